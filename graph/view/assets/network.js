"use strict";
// The network and countries views: a canvas drawn from precomputed positions, at any size.
// Groups (communities or countries) whose disc is small on screen are drawn as one bubble, with one
// line per pair of bubbles; lines between groups are bundled through the point between the groups;
// labels are placed by importance where they do not overlap; only what is on screen is drawn.
(() => {
  const {data, P, C, COL, N, state} = dg;
  const canvas = document.getElementById("canvas");
  const stage = document.getElementById("stage");
  const ctx = canvas.getContext("2d");
  const SPACING = 60;          // world units between neighbours (as in layout.py)
  const EXPAND_PX = 110;       // a large group opens once its disc's radius is this many pixels on screen
  const LARGE_GROUP = 25;      // members from which a group waits for EXPAND_PX before opening
  const MIN_GAP_PX = 15;       // below this distance between neighbours on screen, every group closes
  const MAX_LABELS = 220;
  const MAX_LABEL_TRIES = 1500; // people considered for a label per frame, most contacts first
  const CHAR_PX = 6.6;          // about the width of a character of LABEL_FONT (measuring every label is slow)
  const LABEL_FONT = "12px system-ui, 'Noto Sans', sans-serif";
  const BUBBLE_FONT = "600 12px system-ui, 'Noto Sans', sans-serif";
  const HIT_PX = 5;
  const ARROW_MIN_PX = 60;     // arrows are drawn on lines at least this long on screen
  const MIN_ZOOM = 0.002, MAX_ZOOM = 8;
  const LINE_BUDGET = 2500;    // lines drawn at most, the pairs with most contacts first
  const DETAIL_LINES = 250;    // up to this many lines, each shows its types (dashes), width and curve
  const WEIGHT_CAP = 64;
  const CLIP_MARGIN = 40;      // pixels beyond the screen that lines are still drawn to
  const FAR_PX = 4000;         // a curve reaching further than this off screen is drawn straight, clipped
  const LINE = "60,60,60";
  const cam = {x: 0, y: 0, k: 1};
  let width = 1, height = 1, ratio = 1;
  let positions = null, discs = null, grid = null, scene = null, sceneKey = "", frame = 0;
  let hover = null;
  const frames = [];
  const tooltip = dg.el("div", {id: "tooltip", role: "tooltip", hidden: true});
  tooltip.style.cssText = "position:absolute;pointer-events:none;background:rgba(255,255,255,.95);border:1px solid #bbb;" +
    "border-radius:3px;padding:.15em .45em;font-size:12px;max-width:22em;unicode-bidi:plaintext";
  stage.append(tooltip);

  const grouping = () => (state.view === "countries" ? "country" : state.group);
  const groupOf = (person, by) => (by === "country" ? P.country[person] : P.community[person]);
  const discRadius = (members) => SPACING * (0.62 * Math.sqrt(members) + 0.5);

  // ---- positions ----------------------------------------------------------------------------
  function egoPositions(shown) {
    const xy = new Float64Array(2 * N).fill(NaN);
    const centre = dg.byKey.get(state.ego);
    xy[2 * centre] = 0; xy[2 * centre + 1] = 0;
    let radius = 2.2 * SPACING;
    for (let step = 1; step <= state.depth; step++) {
      const members = [];
      for (let p = 0; p < N; p++) if (shown.ring[p] === step && shown.count[p]) members.push(p);
      members.sort((a, b) => shown.count[b] - shown.count[a] || a - b);
      let at = 0;
      while (at < members.length) {
        const capacity = Math.max(6, Math.floor((2 * Math.PI * radius) / (0.95 * SPACING)));
        const ring = members.slice(at, at + capacity);
        ring.sort((a, b) => P.country[a] - P.country[b] || shown.count[b] - shown.count[a]);
        ring.forEach((p, i) => {
          const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length + (at ? 0.5 / ring.length : 0);
          xy[2 * p] = radius * Math.cos(angle); xy[2 * p + 1] = radius * Math.sin(angle);
        });
        at += ring.length;
        radius += 1.1 * SPACING;
      }
      radius += 1.5 * SPACING;
    }
    return xy;
  }

  function buildGrid() {
    grid = new Map();
    const cell = 2 * SPACING;
    for (let p = 0; p < N; p++) {
      const x = positions[2 * p], y = positions[2 * p + 1];
      if (Number.isNaN(x)) continue;
      const key = Math.floor(x / cell) + "," + Math.floor(y / cell);
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(p);
    }
  }

  function place() {
    if (state.ego) {
      positions = egoPositions(dg.shown);
      discs = null;
    } else {
      const layout = data.layouts[grouping()];
      positions = Float64Array.from(layout.xy);
      discs = layout.discs;
    }
    buildGrid();
    sceneKey = "";
  }

  // ---- the scene: what is drawn, given the filters and which groups are closed ---------------
  function closedGroups(shown) {
    const by = grouping();
    const count = by === "country" ? data.countries.length : data.communities;
    const closed = new Uint8Array(count);
    if (state.ego) return closed;
    const members = new Int32Array(count);
    for (let p = 0; p < N; p++) if (shown.count[p]) members[groupOf(p, by)]++;
    for (let g = 0; g < count; g++) {
      if (!members[g]) continue;
      if (state.view === "countries" || state.clusters === "closed") closed[g] = 1;
      else if (state.clusters === "auto" && members[g] > 1) {
        closed[g] = SPACING * cam.k < MIN_GAP_PX || (members[g] >= LARGE_GROUP && discs[3 * g + 2] * cam.k < EXPAND_PX) ? 1 : 0;
      }
    }
    return closed;
  }

  // One link per pair of people in two-person contacts, and the group contacts: rebuilt when the
  // filters change; the scene below only folds them into bubbles, so opening a group stays cheap.
  let base = null, baseFrame = -1;
  function pairLinks(shown) {
    if (baseFrame === frame && base) return base;
    const links = new Map(), groups = [];
    for (let j = 0; j < shown.ids.length; j++) {
      const id = shown.ids[j], people = shown.parts[j], row = C[id];
      if (people.length !== 2) { groups.push(j); continue; }
      const [a, b] = people[0] < people[1] ? people : [people[1], people[0]];
      const key = a * N + b;
      let link = links.get(key);
      if (!link) links.set(key, link = {a, b, contacts: [], types: [0, 0, 0, 0], init: 0, planned: 0, background: 0});
      link.contacts.push(id);
      link.types[row[COL.type]]++;
      if (row[COL.status] === 1) link.planned++;
      if (row[COL.status] === 2) link.background++;
      const initiator = row[COL.initiator];
      if (initiator === a) link.init |= 1;
      else if (initiator === b) link.init |= 2;
    }
    const list = [...links.values()];
    for (const link of list) {
      link.n = link.contacts.length;
      let dominant = 0;
      for (let t = 1; t < 4; t++) if (link.types[t] > link.types[dominant]) dominant = t;
      link.dominant = dominant;
    }
    base = {links: list, groups};
    baseFrame = frame;
    return base;
  }

  function buildScene(shown, closed) {
    const by = grouping();
    const anyClosed = closed.includes(1);
    const unitOf = (p) => (anyClosed && closed[groupOf(p, by)] ? N + groupOf(p, by) : p);
    const {links: pairs, groups} = pairLinks(shown);
    const folded = new Map(), events = new Map(), bubbles = new Map();
    const linkList = [];
    const fold = (ua, ub, n, contacts, type) => {
      const [a, b] = ua < ub ? [ua, ub] : [ub, ua];
      const key = a * (N + 4096) + b;
      let link = folded.get(key);
      if (!link) folded.set(key, link = {a, b, contacts: [], types: [0, 0, 0, 0], init: 0, planned: 0, background: 0, n: 0, dominant: type});
      link.n += n;
      link.types[type] += n;
      for (const id of contacts) link.contacts.push(id);
    };
    for (const link of pairs) {
      const ua = unitOf(link.a), ub = unitOf(link.b);
      if (ua === link.a && ub === link.b) linkList.push(link);
      else if (ua !== ub) fold(ua, ub, link.n, link.contacts, link.dominant);
    }
    for (const j of groups) {
      const id = shown.ids[j], row = C[id];
      const units = [...new Set(shown.parts[j].map(unitOf))];
      if (units.length === 2) fold(units[0], units[1], 1, [id], row[COL.type]);
      else if (units.length >= 3) {
        const sorted = units.sort((x, y) => x - y);
        const key = sorted.join(",") + "/" + row[COL.type];
        let event = events.get(key);
        if (!event) events.set(key, event = {units: sorted, type: row[COL.type], contacts: []});
        event.contacts.push(id);
      }
    }
    const visible = new Uint8Array(N);
    for (let p = 0; p < N; p++) {
      if (!shown.count[p]) continue;
      const u = unitOf(p);
      if (u < N) { visible[p] = 1; continue; }
      if (!bubbles.has(u)) bubbles.set(u, {unit: u, group: u - N, members: new Set()});
      bubbles.get(u).members.add(p);
    }
    for (const link of folded.values()) {
      let dominant = 0;
      for (let t = 1; t < 4; t++) if (link.types[t] > link.types[dominant]) dominant = t;
      link.dominant = dominant;
      linkList.push(link);
    }
    const unitXY = (u) => (u < N ? [positions[2 * u], positions[2 * u + 1]] : [discs[3 * (u - N)], discs[3 * (u - N) + 1]]);
    for (const link of linkList) {
      [link.ax, link.ay] = unitXY(link.a);
      [link.bx, link.by] = unitXY(link.b);
      link.cross = !state.ego && link.a < N && link.b < N && groupOf(link.a, by) !== groupOf(link.b, by);
      if (link.cross) {
        const ga = groupOf(link.a, by), gb = groupOf(link.b, by);
        link.cx = (discs[3 * ga] + discs[3 * gb]) / 2; link.cy = (discs[3 * ga + 1] + discs[3 * gb + 1]) / 2;
      }
    }
    const eventList = [...events.values()];
    for (const event of eventList) {
      let x = 0, y = 0;
      for (const u of event.units) { const [ux, uy] = unitXY(u); x += ux; y += uy; }
      event.x = x / event.units.length; event.y = y / event.units.length;
    }
    const bubbleList = [...bubbles.values()];
    for (const bubble of bubbleList) {
      bubble.x = discs[3 * bubble.group]; bubble.y = discs[3 * bubble.group + 1];
      bubble.r = Math.min(discs[3 * bubble.group + 2], discRadius(bubble.members.size)) * 0.92;
      let top = -1;
      for (const p of bubble.members) if (top < 0 || shown.count[p] > shown.count[top]) top = p;
      bubble.top = top;
      bubble.color = by === "country" ? dg.country(top).color : dominantColor(bubble.members);
      bubble.label = by === "country"
        ? dg.country(top).name + " · " + bubble.members.size
        : P.name[top] + (bubble.members.size > 1 ? " +" + (bubble.members.size - 1) : "");
    }
    const order = [];
    for (let p = 0; p < N; p++) if (visible[p]) order.push(p);
    order.sort((a, b) => shown.count[b] - shown.count[a] || a - b);
    return {links: linkList, events: eventList, bubbles: bubbleList, visible, order, by};
  }

  function dominantColor(members) {
    const counts = new Map();
    for (const p of members) counts.set(P.country[p], (counts.get(P.country[p]) || 0) + 1);
    let best = null;
    for (const [c, n] of counts) if (best === null || n > counts.get(best)) best = c;
    return (data.countries[best] || {color: "#999"}).color;
  }

  function current() {
    const shown = dg.shown;
    const closed = closedGroups(shown);
    const key = frame + "|" + grouping() + "|" + state.ego + "|" + closed.join("");
    if (key !== sceneKey) { scene = buildScene(shown, closed); sceneKey = key; }
    return scene;
  }

  // ---- camera ---------------------------------------------------------------------------------
  const sx = (x) => (x - cam.x) * cam.k + width / 2;
  const sy = (y) => (y - cam.y) * cam.k + height / 2;
  const wx = (x) => (x - width / 2) / cam.k + cam.x;
  const wy = (y) => (y - height / 2) / cam.k + cam.y;
  const topScore = P.score ? Math.max(...P.score, 1e-9) : 1;
  const nodeRadius = (p, shown) => {
    const score = P.score ? Math.sqrt(Math.max(P.score[p], 0) / topScore) * 30 : Math.sqrt(shown.count[p]) * 4;
    return Math.max(2.5, Math.min(60, (6 + score) * Math.pow(cam.k, 0.6)));
  };

  function bounds() {
    const shown = dg.shown;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    const grow = (x, y, r) => { x0 = Math.min(x0, x - r); y0 = Math.min(y0, y - r); x1 = Math.max(x1, x + r); y1 = Math.max(y1, y + r); };
    if (state.view === "countries" && !state.ego) {
      for (let g = 0; g < data.countries.length; g++) grow(discs[3 * g], discs[3 * g + 1], 0);
      const s = current();
      for (const b of s.bubbles) grow(b.x, b.y, b.r);
    } else {
      for (let p = 0; p < N; p++) if (shown.count[p]) grow(positions[2 * p], positions[2 * p + 1], SPACING / 2);
    }
    return x0 === Infinity ? [-100, -100, 100, 100] : [x0, y0, x1, y1];
  }

  function fit(box) {
    const [x0, y0, x1, y1] = box || bounds();
    cam.x = (x0 + x1) / 2; cam.y = (y0 + y1) / 2;
    cam.k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, 0.92 * Math.min(width / Math.max(x1 - x0, 1), height / Math.max(y1 - y0, 1))));
    request();
    rememberCamera();
  }

  let cameraTimer = null;
  function rememberCamera() {
    clearTimeout(cameraTimer);
    cameraTimer = setTimeout(() => dg.set({cam: [cam.x, cam.y, cam.k]}), 250);
  }

  function zoomAt(factor, x, y) {
    const px = wx(x), py = wy(y);
    cam.k = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, cam.k * factor));
    cam.x = px - (x - width / 2) / cam.k; cam.y = py - (y - height / 2) / cam.k;
    request();
    rememberCamera();
  }
  function panBy(dx, dy) {
    cam.x -= dx / cam.k; cam.y -= dy / cam.k;
    request();
    rememberCamera();
  }

  // ---- drawing --------------------------------------------------------------------------------
  let pending = false;
  function request() {
    if (pending || !active()) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; draw(); });
  }
  const active = () => state.view !== "timeline";

  function resize() {
    const box = canvas.getBoundingClientRect();
    ratio = window.devicePixelRatio || 1;
    width = Math.max(1, box.width); height = Math.max(1, box.height);
    canvas.width = Math.round(width * ratio); canvas.height = Math.round(height * ratio);
  }

  function focusSet(shown) {
    const person = state.p !== null ? dg.byKey.get(state.p) : null;
    if (person === null || person === undefined) return null;
    const near = new Uint8Array(N);
    near[person] = 2;
    for (const id of dg.contactsOf[person]) {
      if (shown.position[id] < 0) continue;
      for (const q of shown.parts[shown.position[id]]) if (q !== person) near[q] = 1;
    }
    return near;
  }

  function draw(target) {
    const begin = performance.now();
    const c = target || ctx;
    const shown = dg.shown;
    const s = current();
    c.setTransform(ratio, 0, 0, ratio, 0, 0);
    c.fillStyle = "#ffffff";
    c.fillRect(0, 0, width, height);
    const near = focusSet(shown);
    const margin = 80;
    const x0 = wx(-margin), x1 = wx(width + margin), y0 = wy(-margin), y1 = wy(height + margin);
    const outside = (ax, ay, bx, by) => (ax < x0 && bx < x0) || (ax > x1 && bx > x1) || (ay < y0 && by < y0) || (ay > y1 && by > y1);
    const types = data.types;
    // lines: batched by (type, width, strength); lines of the selected person drawn last, dark
    const batches = new Map();
    const arrows = [];
    const add = (key, ...coords) => { if (!batches.has(key)) batches.set(key, []); batches.get(key).push(...coords); };
    const inView = [];
    const weights = new Int32Array(WEIGHT_CAP + 1);
    for (const link of s.links) {
      if (outside(link.ax, link.ay, link.bx, link.by) && !(link.cross && !outside(link.ax, link.ay, link.cx, link.cy))) continue;
      inView.push(link);
      weights[Math.min(link.n, WEIGHT_CAP)]++;
    }
    // Too many lines on screen: only the pairs with most contacts are drawn (and the selection's).
    let least = 1, kept = inView.length;
    while (kept > LINE_BUDGET && least < WEIGHT_CAP) kept -= weights[least++];
    s.leastDrawn = least;
    const plain = Math.min(kept, LINE_BUDGET) > DETAIL_LINES;  // many lines: thin and solid, the cheap way to paint
    s.detailed = !plain;
    let drawn = 0;
    for (const link of inView) {
      const focused = near && (near[link.a] === 2 || near[link.b] === 2);
      if (!focused && (link.n < least || drawn >= LINE_BUDGET)) continue;
      drawn++;
      const ax = sx(link.ax), ay = sy(link.ay), bx = sx(link.bx), by = sy(link.by);
      const faint = link.planned + link.background === link.n;
      const strength = focused ? "focus" : near ? "dim" : link.a >= N || link.b >= N ? "group" : link.cross ? "cross" : faint ? "faint" : "plain";
      const far = Math.max(Math.abs(ax), Math.abs(bx), Math.abs(ay), Math.abs(by)) > FAR_PX;
      if (link.cross && !focused && !far && !plain) {
        const w = Math.min(5, 0.8 + Math.log2(link.n) * 0.6).toFixed(1);
        add(link.dominant + "|" + w + "|" + strength, ax, ay, bx, by, sx(link.cx), sy(link.cy));
        continue;
      }
      if (link.a >= N || link.b >= N) {
        const w = plain ? "1" : Math.min(9, 1 + Math.log2(link.n) * 0.9).toFixed(1);
        const part = clip(ax, ay, bx, by);
        if (part) add("-|" + w + "|" + strength, ...part, NaN, NaN);
        continue;
      }
      if (plain && !focused) {
        const part = clip(ax, ay, bx, by);
        if (part) add("-|1|" + strength, ...part, NaN, NaN);
        continue;
      }
      const present = [0, 1, 2, 3].filter((t) => link.types[t]);
      const length = Math.hypot(bx - ax, by - ay) || 1;
      const nx = -(by - ay) / length, ny = (bx - ax) / length;
      present.forEach((t, i) => {
        const offset = (i - (present.length - 1) / 2) * 3.2;
        const w = Math.min(7, 1 + Math.log2(link.types[t]) * 0.8).toFixed(1);
        const part = clip(ax + nx * offset, ay + ny * offset, bx + nx * offset, by + ny * offset);
        if (part) add(t + "|" + w + "|" + strength, ...part, NaN, NaN);
      });
      if (link.init && length > ARROW_MIN_PX && !far) {
        arrows.push([ax, ay, bx, by, link.init, nodeRadius(link.b, shown), nodeRadius(link.a, shown)]);
      }
    }
    const alpha = {plain: 0.62, faint: 0.3, cross: 0.22, group: 0.35, dim: 0.09, focus: 0.95};
    const order = [...batches.keys()].sort((a, b) => (a.endsWith("focus") ? 1 : 0) - (b.endsWith("focus") ? 1 : 0));
    for (const key of order) {
      const [type, w, strength] = key.split("|");
      const dashes = type === "-" ? [] : types[+type].dashes;
      const color = strength === "focus" ? "rgba(0,0,0,0.95)" : "rgba(" + LINE + "," + alpha[strength] + ")";
      c.setLineDash(dashes);
      c.strokeStyle = color;
      c.lineWidth = +w + (strength === "focus" ? 0.6 : 0);
      const batch = batches.get(key);
      c.beginPath();
      for (let i = 0; i < batch.length; i += 6) {
        c.moveTo(batch[i], batch[i + 1]);
        if (Number.isNaN(batch[i + 4])) c.lineTo(batch[i + 2], batch[i + 3]);
        else c.quadraticCurveTo(batch[i + 4], batch[i + 5], batch[i + 2], batch[i + 3]);
      }
      c.stroke();
    }
    c.setLineDash([]);
    // arrowheads: toward the side that was contacted, next to it
    c.beginPath();
    for (const [ax, ay, bx, by, init, radiusB, radiusA] of arrows) {
      for (const [fromX, fromY, toX, toY, bit, radius] of [[ax, ay, bx, by, 1, radiusB], [bx, by, ax, ay, 2, radiusA]]) {
        if (!(init & bit)) continue;
        const length = Math.hypot(toX - fromX, toY - fromY);
        const ux = (toX - fromX) / length, uy = (toY - fromY) / length;
        const tipX = toX - ux * (radius + 3), tipY = toY - uy * (radius + 3);
        c.moveTo(tipX, tipY);
        c.lineTo(tipX - ux * 8 - uy * 4, tipY - uy * 8 + ux * 4);
        c.lineTo(tipX - ux * 8 + uy * 4, tipY - uy * 8 - ux * 4);
        c.closePath();
      }
    }
    c.fillStyle = "rgba(40,40,40,0.85)";
    c.fill();
    // group contacts (three or more people): spokes to a glyph of the contact's type
    for (const event of s.events) {
      if (event.x < x0 || event.x > x1 || event.y < y0 || event.y > y1) continue;
      const ex = sx(event.x), ey = sy(event.y);
      const focused = near && event.units.some((u) => near[u] === 2);
      c.strokeStyle = focused ? "rgba(0,0,0,0.9)" : "rgba(" + LINE + "," + (near ? 0.1 : 0.45) + ")";
      c.lineWidth = 1;
      c.setLineDash([2, 2]);
      c.beginPath();
      for (const u of event.units) {
        const ux = u < N ? positions[2 * u] : discs[3 * (u - N)], uy = u < N ? positions[2 * u + 1] : discs[3 * (u - N) + 1];
        c.moveTo(ex, ey); c.lineTo(sx(ux), sy(uy));
      }
      c.stroke();
      c.setLineDash([]);
      c.beginPath();
      dg.glyphPath(c, types[event.type].glyph, ex, ey, 4 + Math.min(4, event.contacts.length));
      c.fillStyle = focused || !near ? "#333" : "rgba(51,51,51,0.25)";
      c.fill();
      c.strokeStyle = "#fff"; c.lineWidth = 1; c.stroke();
    }
    // bubbles: closed groups
    for (const b of s.bubbles) {
      if (b.x + b.r < x0 || b.x - b.r > x1 || b.y + b.r < y0 || b.y - b.r > y1) continue;
      const r = Math.max(6, b.r * cam.k);
      c.beginPath();
      c.arc(sx(b.x), sy(b.y), r, 0, 2 * Math.PI);
      c.globalAlpha = near ? 0.35 : 0.8;
      c.fillStyle = b.color;
      c.fill();
      c.globalAlpha = 1;
      const chosen = (s.by === "country" && state.c === (data.countries[b.group] || {}).code) ||
                     (s.by === "community" && state.g === b.group);
      c.strokeStyle = chosen ? "#000" : "rgba(0,0,0,0.45)";
      c.lineWidth = chosen ? 3 : 1;
      c.stroke();
    }
    // people: batched by colour
    const byColor = new Map();
    const squares = [];
    for (const p of s.order) {
      const x = positions[2 * p], y = positions[2 * p + 1];
      if (x < x0 || x > x1 || y < y0 || y > y1) continue;
      const color = dg.country(p).color;
      const key = color + (near && !near[p] ? "|dim" : "");
      if (!byColor.has(key)) byColor.set(key, []);
      byColor.get(key).push(p);
      if (P.kind[p]) squares.push(p);
    }
    c.lineWidth = 1;
    for (const [key, people] of byColor) {
      c.beginPath();
      for (const p of people) {
        const x = sx(positions[2 * p]), y = sy(positions[2 * p + 1]), r = nodeRadius(p, shown);
        if (P.kind[p]) c.rect(x - r, y - r, 2 * r, 2 * r);
        else { c.moveTo(x + r, y); c.arc(x, y, r, 0, 2 * Math.PI); }
      }
      c.globalAlpha = key.endsWith("|dim") ? 0.25 : 1;
      c.fillStyle = key.split("|")[0];
      c.fill();
      c.strokeStyle = "#ffffff";
      c.stroke();
      c.globalAlpha = 1;
    }
    // rings: the selected person, the ego centre, the pair
    const ring = (p, r, w) => { c.beginPath(); c.arc(sx(positions[2 * p]), sy(positions[2 * p + 1]), nodeRadius(p, shown) + r, 0, 2 * Math.PI); c.lineWidth = w; c.strokeStyle = "#000"; c.stroke(); };
    if (state.ego && s.visible[dg.byKey.get(state.ego)]) { ring(dg.byKey.get(state.ego), 3, 2); ring(dg.byKey.get(state.ego), 7, 1.5); }
    for (const key of [state.p, state.p2]) if (key && s.visible[dg.byKey.get(key)]) ring(dg.byKey.get(key), 3, 2.5);
    drawLabels(c, s, shown, near, x0, x1, y0, y1);
    if (!target) {
      frames.push(performance.now() - begin);
      if (frames.length > 500) frames.shift();
    }
  }

  function drawLabels(c, s, shown, near, x0, x1, y0, y1) {
    const taken = [];
    const cells = new Map();
    const CELL = 64;
    const free = (l, t, r, b) => {
      for (let gx = Math.floor(l / CELL); gx <= Math.floor(r / CELL); gx++) {
        for (let gy = Math.floor(t / CELL); gy <= Math.floor(b / CELL); gy++) {
          for (const i of cells.get(gx + "," + gy) || []) {
            const o = taken[i];
            if (l < o[2] && r > o[0] && t < o[3] && b > o[1]) return false;
          }
        }
      }
      return true;
    };
    const take = (l, t, r, b) => {
      taken.push([l, t, r, b]);
      for (let gx = Math.floor(l / CELL); gx <= Math.floor(r / CELL); gx++) {
        for (let gy = Math.floor(t / CELL); gy <= Math.floor(b / CELL); gy++) {
          const key = gx + "," + gy;
          if (!cells.has(key)) cells.set(key, []);
          cells.get(key).push(taken.length - 1);
        }
      }
    };
    const labels = [];
    const tryLabel = (text, x, y, below, font, strong, widthHint) => {
      c.font = font;
      const w = widthHint >= 0 ? widthHint : c.measureText(text).width;
      const l = x - w / 2 - 2, t = y + below - 1, r = x + w / 2 + 2, b = y + below + 14;
      if (r < 0 || l > width || b < 0 || t > height) return w;
      if (!strong && !free(l, t, r, b)) return w;
      take(l, t, r, b);
      labels.push([text, x, y + below + 11, font]);
      return w;
    };
    const person = (p, strong) => {
      const x = sx(positions[2 * p]), y = sy(positions[2 * p + 1]);
      tryLabel(P.name[p], x, y, nodeRadius(p, shown) + 2, LABEL_FONT, strong, P.name[p].length * CHAR_PX);
    };
    if (near) {
      for (const p of s.order) if (near[p] === 2) person(p, true);
    }
    for (const b of s.bubbles) {
      if (b.x < x0 || b.x > x1 || b.y < y0 || b.y > y1) continue;
      tryLabel(b.label, sx(b.x), sy(b.y), -7, BUBBLE_FONT, false, -1);
    }
    let tried = 0;
    for (const p of s.order) {
      if (labels.length >= MAX_LABELS || tried > MAX_LABEL_TRIES) break;
      if (near && !near[p]) continue;
      const x = positions[2 * p], y = positions[2 * p + 1];
      if (x < x0 || x > x1 || y < y0 || y > y1 || (near && near[p] === 2)) continue;
      tried++;
      person(p, false);
    }
    c.textAlign = "center";
    c.lineJoin = "round";
    for (const [text, x, y, font] of labels) {
      c.font = font;
      c.lineWidth = 3; c.strokeStyle = "rgba(255,255,255,0.92)";
      c.strokeText(text, x, y);
      c.fillStyle = "#111";
      c.fillText(text, x, y);
    }
    s.labels = labels.length;
  }

  // The part of a segment inside the screen (with a margin), or null: a line running far off screen
  // is never handed whole to the canvas, whose dashing would cost its full length (Liang-Barsky).
  function clip(ax, ay, bx, by) {
    const lo = -CLIP_MARGIN, hiX = width + CLIP_MARGIN, hiY = height + CLIP_MARGIN;
    const dx = bx - ax, dy = by - ay;
    let t0 = 0, t1 = 1;
    for (const [p, q] of [[-dx, ax - lo], [dx, hiX - ax], [-dy, ay - lo], [dy, hiY - ay]]) {
      if (p === 0) { if (q < 0) return null; continue; }
      const r = q / p;
      if (p < 0) { if (r > t1) return null; if (r > t0) t0 = r; }
      else { if (r < t0) return null; if (r < t1) t1 = r; }
    }
    return [ax + t0 * dx, ay + t0 * dy, ax + t1 * dx, ay + t1 * dy];
  }

  // ---- hit testing ----------------------------------------------------------------------------
  function segmentDistance(px, py, ax, ay, bx, by) {
    const dx = bx - ax, dy = by - ay;
    const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy || 1)));
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  }
  function hit(x, y) {
    const s = current(), shown = dg.shown;
    const px = wx(x), py = wy(y);
    const cell = 2 * SPACING;
    let best = null, bestDistance = Infinity;
    const reach = Math.ceil((60 + HIT_PX) / cam.k / cell);
    const gx = Math.floor(px / cell), gy = Math.floor(py / cell);
    for (let i = gx - reach; i <= gx + reach; i++) {
      for (let j = gy - reach; j <= gy + reach; j++) {
        for (const p of grid.get(i + "," + j) || []) {
          if (!s.visible[p]) continue;
          const d = Math.hypot(sx(positions[2 * p]) - x, sy(positions[2 * p + 1]) - y);
          if (d <= nodeRadius(p, shown) + HIT_PX && d < bestDistance) { best = {kind: "person", person: p}; bestDistance = d; }
        }
      }
    }
    if (best) return best;
    for (const event of s.events) {
      if (Math.hypot(sx(event.x) - x, sy(event.y) - y) < 9) return {kind: "event", event};
    }
    for (const b of s.bubbles) {
      if (Math.hypot(sx(b.x) - x, sy(b.y) - y) <= Math.max(6, b.r * cam.k)) return {kind: "bubble", bubble: b};
    }
    for (const link of s.links) {
      const ax = sx(link.ax), ay = sy(link.ay), bx = sx(link.bx), by = sy(link.by);
      let d;
      if (link.cross) {
        const cx = sx(link.cx), cy = sy(link.cy);
        d = Infinity;
        let lx = ax, ly = ay;
        for (let t = 0.125; t <= 1.0001; t += 0.125) {
          const qx = (1 - t) * (1 - t) * ax + 2 * (1 - t) * t * cx + t * t * bx;
          const qy = (1 - t) * (1 - t) * ay + 2 * (1 - t) * t * cy + t * t * by;
          d = Math.min(d, segmentDistance(x, y, lx, ly, qx, qy));
          lx = qx; ly = qy;
        }
      } else d = segmentDistance(x, y, ax, ay, bx, by);
      if (d < HIT_PX && d < bestDistance) { best = {kind: "link", link}; bestDistance = d; }
    }
    return best;
  }

  function select(target) {
    if (!target) return dg.set({p: null});
    if (target.kind === "person") return dg.set({p: P.key[target.person]});
    if (target.kind === "bubble") {
      return grouping() === "country" ? dg.set({c: data.countries[target.bubble.group].code}) : dg.set({g: target.bubble.group});
    }
    if (target.kind === "link") {
      const {a, b} = target.link;
      if (a < N && b < N) return dg.set({p: P.key[a], p2: P.key[b]});
      return dg.details.showContacts(linkTitle(target.link), target.link.contacts);
    }
    if (target.kind === "event") return dg.details.showContacts("Group contact", target.event.contacts);
  }
  function unitName(u) {
    if (u < N) return P.name[u];
    return grouping() === "country" ? data.countries[u - N].name : "community " + (u - N + 1);
  }
  const linkTitle = (link) => unitName(link.a) + " — " + unitName(link.b);

  function contactsOf(members) {
    const seen = new Set();
    for (const p of members) for (const id of dg.contactsOf[p]) if (dg.shown.position[id] >= 0) seen.add(id);
    return seen.size;
  }

  function describe(target) {
    const shown = dg.shown;
    if (target.kind === "person") {
      const p = target.person;
      return P.name[p] + " · " + dg.country(p).name + " · " + dg.plural(shown.count[p], "contact");
    }
    if (target.kind === "bubble") {
      const b = target.bubble;
      return (grouping() === "country" ? dg.country(b.top).name : "community " + (b.group + 1)) + " · " +
        dg.plural(b.members.size, "person", "people") + " · " + dg.plural(contactsOf(b.members), "contact") + " (click: details, double-click: open)";
    }
    if (target.kind === "link") return linkTitle(target.link) + " · " + dg.plural(target.link.n, "contact");
    return "group contact: " + target.event.units.map(unitName).join(", ");
  }

  // ---- pointer and wheel ----------------------------------------------------------------------
  let drag = null;
  canvas.addEventListener("pointerdown", (event) => {
    drag = {x: event.clientX, y: event.clientY, moved: false};
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener("pointermove", (event) => {
    const box = canvas.getBoundingClientRect();
    const x = event.clientX - box.left, y = event.clientY - box.top;
    if (drag) {
      const dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (drag.moved || Math.abs(dx) + Math.abs(dy) > 3) {
        drag.moved = true;
        canvas.classList.add("dragging");
        panBy(dx, dy);
        drag.x = event.clientX; drag.y = event.clientY;
      }
      return;
    }
    hover = hit(x, y);
    tooltip.hidden = !hover;
    if (hover) {
      tooltip.textContent = describe(hover);
      tooltip.style.left = Math.min(x + 14, width - 260) + "px";
      tooltip.style.top = (y + 14) + "px";
    }
    canvas.style.cursor = hover ? "pointer" : "";
  });
  canvas.addEventListener("pointerup", (event) => {
    const box = canvas.getBoundingClientRect();
    const wasDrag = drag && drag.moved;
    drag = null;
    canvas.classList.remove("dragging");
    if (!wasDrag) select(hit(event.clientX - box.left, event.clientY - box.top));
  });
  canvas.addEventListener("pointerleave", () => { tooltip.hidden = true; });
  canvas.addEventListener("dblclick", (event) => {
    const box = canvas.getBoundingClientRect();
    const target = hit(event.clientX - box.left, event.clientY - box.top);
    if (target && target.kind === "bubble") openBubble(target.bubble);
    else if (target && target.kind === "person") dg.set({ego: P.key[target.person], p: P.key[target.person]});
  });
  canvas.addEventListener("wheel", (event) => {
    event.preventDefault();
    const box = canvas.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }, {passive: false});

  function openBubble(bubble) {
    if (state.view === "countries") dg.set({view: "network", group: "country", c: data.countries[bubble.group].code});
    const disc = [discs[3 * bubble.group], discs[3 * bubble.group + 1], discs[3 * bubble.group + 2]];
    fit([disc[0] - disc[2], disc[1] - disc[2], disc[0] + disc[2], disc[1] + disc[2]]);
  }

  function focusPerson(p) {
    if (!dg.shown.count[p]) return;
    const r = 4 * SPACING;
    const x = positions[2 * p], y = positions[2 * p + 1];
    cam.x = x; cam.y = y; cam.k = Math.max(cam.k, Math.min(MAX_ZOOM, Math.min(width, height) / (2 * r)));
    request();
    rememberCamera();
  }

  // Countries on screen: how many of the people drawn in view (or inside bubbles in view) are of each.
  function onScreen() {
    const s = current();
    const counts = new Map();
    const x0 = wx(0), x1 = wx(width), y0 = wy(0), y1 = wy(height);
    const inside = (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
    const count = (p) => counts.set(P.country[p], (counts.get(P.country[p]) || 0) + 1);
    for (const p of s.order) if (inside(positions[2 * p], positions[2 * p + 1])) count(p);
    for (const b of s.bubbles) if (inside(b.x, b.y)) for (const p of b.members) count(p);
    return counts;
  }

  // Client coordinates of a person, or of the middle of a pair's line (for tests and tools).
  function screenPoint(key, other) {
    const box = canvas.getBoundingClientRect();
    const a = dg.byKey.get(key);
    const s = current();
    if (other === undefined) {
      if (!s.visible[a]) {
        const b = s.bubbles.find((bubble) => bubble.members.has(a));
        return b ? [box.left + sx(b.x), box.top + sy(b.y)] : null;
      }
      return [box.left + sx(positions[2 * a]), box.top + sy(positions[2 * a + 1])];
    }
    const b = dg.byKey.get(other);
    const link = s.links.find((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
    if (!link) return null;
    if (link.cross) {
      const cx = sx(link.cx), cy = sy(link.cy);
      return [box.left + 0.25 * sx(link.ax) + 0.5 * cx + 0.25 * sx(link.bx), box.top + 0.25 * sy(link.ay) + 0.5 * cy + 0.25 * sy(link.by)];
    }
    return [box.left + (sx(link.ax) + sx(link.bx)) / 2, box.top + (sy(link.ay) + sy(link.by)) / 2];
  }

  // ---- reacting to the state -----------------------------------------------------------------
  let placedFor = "";
  let unfitted = false;  // the page opened on the timeline, so the canvas had no size to fit to
  const FILTERS = ["from", "to", "types", "status", "countries", "min", "q", "ego", "depth"];
  function refresh(changed) {
    if (changed.some((k) => FILTERS.includes(k))) frame++;
    const key = grouping() + "|" + state.ego + "|" + (state.ego ? frame : "");
    if (changed.includes("view") && active()) {
      resize();
      if (unfitted && !changed.includes("cam")) { unfitted = false; place(); placedFor = key; fit(); }
    }
    if (key !== placedFor) {
      place();
      placedFor = key;
      const moved = ["ego", "group", "view"].some((k) => changed.includes(k));
      if (!changed.includes("cam") && active() && moved) fit();
    }
    if (changed.includes("cam") && state.cam) {
      const [x, y, k] = state.cam;
      if (Math.abs(x - cam.x) > 0.5 || Math.abs(y - cam.y) > 0.5 || Math.abs(k / cam.k - 1) > 1e-3) { cam.x = x; cam.y = y; cam.k = k; }
    }
    request();
  }

  function start() {
    resize();
    placedFor = grouping() + "|" + state.ego + "|" + (state.ego ? frame : "");
    place();
    if (state.cam) [cam.x, cam.y, cam.k] = state.cam;
    else if (active()) fit();
    else unfitted = true;
    draw();
  }
  window.addEventListener("resize", () => { resize(); request(); });
  dg.on(refresh);

  Object.assign(dg, {
    network: {start, draw, request, fit, zoomAt, panBy, focusPerson, screenPoint, hit, cam, frames,
              scene: () => current(), onScreen, size: () => [width, height], canvas, openBubble},
  });
})();
