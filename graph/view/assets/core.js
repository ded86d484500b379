"use strict";
// The workbench's data, state and filters, shared by every part of the page.
// Text only ever enters the document through textContent / append(string) or canvas fillText,
// never parsed as markup; links keep only the http(s) URLs the page was built with.
const dg = (() => {
  const data = JSON.parse(document.getElementById("dipgraph-data").textContent);
  const P = data.people, S = data.strings, C = data.contacts, A = data.articles;
  const N = P.key.length;
  const DAY_MS = 86400000;
  const COL = {day: 0, approx: 1, type: 2, status: 3, people: 4, roles: 5, initiator: 6, initiatorName: 7,
               dateText: 8, confidence: 9, published: 10, topics: 11, sources: 12};
  const TYPES = data.types.map((t) => t.type);
  const STATUSES = data.statuses;
  const byKey = new Map(P.key.map((key, i) => [key, i]));
  const countryByCode = new Map(data.countries.map((c, i) => [c.code, i]));
  const contactsOf = Array.from({length: N}, () => []);
  C.forEach((row, i) => { for (const p of row[COL.people]) contactsOf[p].push(i); });
  const dated = C.map((row) => row[COL.day]).filter((d) => d !== null);
  const extent = dated.length ? [Math.min(...dated), Math.max(...dated)] : null;

  // ---- text and elements -------------------------------------------------------------------
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }
  const SVG_NS = "http://www.w3.org/2000/svg";  // the SVG namespace name, not a resource
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647").toLowerCase();
  }
  const isoDay = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);
  function dayOf(iso) {
    if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
    const time = Date.parse(iso + "T00:00:00Z");
    return Number.isNaN(time) ? null : Math.round(time / DAY_MS);
  }
  const plural = (n, one, many) => n.toLocaleString("en") + " " + (n === 1 ? one : many || one + "s");
  const country = (person) => data.countries[P.country[person]] || {code: "", name: "unknown country", color: "#b5b5b5"};
  const typeOf = (contact) => data.types[C[contact][COL.type]];
  function swatch(color) {
    const mark = el("span", {class: "swatch", "aria-hidden": "true"});
    mark.style.background = color;
    return mark;
  }
  // A type's glyph (circle, diamond, triangle, square) as a small SVG, or its path on a canvas.
  function glyphPath(ctx, glyph, x, y, r) {
    if (glyph === "circle") { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI); }
    else if (glyph === "diamond") { ctx.moveTo(x, y - r * 1.25); ctx.lineTo(x + r * 1.25, y); ctx.lineTo(x, y + r * 1.25); ctx.lineTo(x - r * 1.25, y); ctx.closePath(); }
    else if (glyph === "triangle") { ctx.moveTo(x, y - r * 1.3); ctx.lineTo(x + r * 1.2, y + r * 0.9); ctx.lineTo(x - r * 1.2, y + r * 0.9); ctx.closePath(); }
    else { ctx.rect(x - r * 0.95, y - r * 0.95, r * 1.9, r * 1.9); }
  }
  function glyphShape(glyph, x, y, r, attrs) {
    if (glyph === "circle") return svg("circle", {cx: x, cy: y, r, ...attrs});
    if (glyph === "square") return svg("rect", {x: x - r * 0.95, y: y - r * 0.95, width: r * 1.9, height: r * 1.9, ...attrs});
    const points = glyph === "diamond"
      ? [[x, y - r * 1.25], [x + r * 1.25, y], [x, y + r * 1.25], [x - r * 1.25, y]]
      : [[x, y - r * 1.3], [x + r * 1.2, y + r * 0.9], [x - r * 1.2, y + r * 0.9]];
    return svg("polygon", {points: points.map((p) => p.join(",")).join(" "), ...attrs});
  }
  function glyphIcon(type, fill) {
    const icon = svg("svg", {width: 12, height: 12, viewBox: "0 0 12 12", class: "glyph", "aria-hidden": "true"});
    icon.append(glyphShape(type.glyph, 6, 6.3, 4, {fill: fill || "#333", stroke: "#333", "stroke-width": 1}));
    return icon;
  }

  // ---- state and the URL hash ---------------------------------------------------------------
  const DEFAULTS = {view: "network", from: null, to: null, types: [], status: [], countries: [], min: 1, q: "",
                    group: "community", clusters: "auto", p: null, p2: null, c: null, g: null, k: null,
                    ego: null, depth: 1, cam: null, panel: "details"};
  const LISTS = ["types", "status", "countries"];
  const FILTER_KEYS = ["from", "to", "types", "status", "countries", "min", "q", "ego", "depth"];
  const SELECTION_KEYS = ["p", "p2", "c", "g", "k"];
  const VIEWS = ["network", "countries", "timeline"];
  const state = {...DEFAULTS};
  const listeners = [];

  function clean(raw) {
    const next = {...DEFAULTS};
    if (VIEWS.includes(raw.view)) next.view = raw.view;
    for (const name of ["from", "to"]) next[name] = dayOf(raw[name]) === null ? null : raw[name];
    next.types = (raw.types || []).filter((t) => TYPES.includes(t));
    next.status = (raw.status || []).filter((s) => STATUSES.includes(s));
    next.countries = (raw.countries || []).filter((c) => countryByCode.has(c));
    next.min = Math.max(1, Math.min(9999, parseInt(raw.min, 10) || 1));
    next.q = typeof raw.q === "string" ? raw.q.slice(0, 200) : "";
    next.group = raw.group === "country" ? "country" : "community";
    next.clusters = ["auto", "open", "closed"].includes(raw.clusters) ? raw.clusters : "auto";
    for (const name of ["p", "p2", "ego"]) next[name] = byKey.has(raw[name]) ? raw[name] : null;
    if (!next.p) next.p2 = null;
    next.c = raw.c !== null && raw.c !== undefined && countryByCode.has(raw.c) ? raw.c : null;
    const g = parseInt(raw.g, 10);
    next.g = g >= 0 && g < groupCount(next.group) ? g : null;
    const k = parseInt(raw.k, 10);
    next.k = k >= 0 && k < C.length ? k : null;
    next.depth = raw.depth === 2 || raw.depth === "2" ? 2 : 1;
    const cam = Array.isArray(raw.cam) ? raw.cam : String(raw.cam || "").split(",").map(Number);
    next.cam = cam.length === 3 && cam.every(Number.isFinite) && cam[2] > 0 ? cam : null;
    next.panel = raw.panel === "rankings" ? "rankings" : "details";
    return next;
  }
  function groupCount(group) {
    return group === "country" ? data.countries.length : data.communities;
  }
  function fromHash(hash) {
    const params = new URLSearchParams(hash.replace(/^#/, ""));
    const raw = {};
    for (const [name, value] of params) raw[name] = LISTS.includes(name) ? value.split(",").filter(Boolean) : value;
    return raw;
  }
  function toHash() {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(state)) {
      const fallback = DEFAULTS[name];
      if (value === null || value === fallback || (Array.isArray(value) && !value.length)) continue;
      if (name === "cam") params.set(name, value.map((v, i) => v.toFixed(i === 2 ? 4 : 1)).join(","));
      else params.set(name, Array.isArray(value) ? value.join(",") : String(value));
    }
    return "#" + params.toString();
  }
  function writeHash() {
    const hash = toHash();
    if (hash === location.hash || (hash === "#" && !location.hash)) return;
    try { history.replaceState(null, "", hash === "#" ? location.pathname + location.search : hash); }
    catch (err) { location.replace(hash); }
  }

  // ---- filters --------------------------------------------------------------------------------
  let searchTexts = null;
  function searchText(i) {
    if (searchTexts === null) searchTexts = new Array(C.length);
    if (searchTexts[i] === undefined) {
      const row = C[i];
      const parts = [];
      for (const p of row[COL.people]) parts.push(P.name[p], P.alt[p] || "");
      for (const t of row[COL.topics]) parts.push(S[t]);
      for (const [article, evidence] of row[COL.sources]) parts.push(A[article][1] || "", evidence >= 0 ? S[evidence] : "");
      if (row[COL.dateText] >= 0) parts.push(S[row[COL.dateText]]);
      searchTexts[i] = fold(parts.join("\n"));
    }
    return searchTexts[i];
  }

  function restrict(ids, parts, keep) {
    const outIds = [], outParts = [];
    for (let j = 0; j < ids.length; j++) {
      const inside = parts[j].filter((p) => keep[p]);
      if (inside.length >= 2) { outIds.push(ids[j]); outParts.push(inside.length === parts[j].length ? parts[j] : inside); }
    }
    return [outIds, outParts];
  }

  function egoMembers(ids, parts, centre, depth) {
    const neighbours = new Map();
    for (const people of parts) {
      for (const a of people) for (const b of people) {
        if (a === b) continue;
        if (!neighbours.has(a)) neighbours.set(a, new Set());
        neighbours.get(a).add(b);
      }
    }
    const keep = new Uint8Array(N);
    const ring = new Int8Array(N).fill(-1);
    keep[centre] = 1; ring[centre] = 0;
    let frontier = [centre];
    for (let step = 1; step <= depth; step++) {
      const next = [];
      for (const node of frontier) for (const other of neighbours.get(node) || []) {
        if (!keep[other]) { keep[other] = 1; ring[other] = step; next.push(other); }
      }
      frontier = next;
    }
    return [keep, ring];
  }

  // The contacts the filters keep, as the library's apply_filters does: per-contact filters, then the
  // ego network (people within depth steps and the contacts among them), then the minimum contacts.
  function compute() {
    const from = dayOf(state.from), to = dayOf(state.to);
    const types = state.types.length ? new Set(state.types.map((t) => TYPES.indexOf(t))) : null;
    const statuses = state.status.length ? new Set(state.status.map((s) => STATUSES.indexOf(s))) : null;
    const countries = state.countries.length ? new Set(state.countries.map((c) => countryByCode.get(c))) : null;
    const query = fold(state.q.trim());
    let ids = [], parts = [];
    for (let i = 0; i < C.length; i++) {
      const row = C[i];
      if (types && !types.has(row[COL.type])) continue;
      if (statuses && !statuses.has(row[COL.status])) continue;
      if (countries && !row[COL.people].some((p) => countries.has(P.country[p]))) continue;
      if (from !== null || to !== null) {
        const day = row[COL.day];
        if (day === null || (from !== null && day < from) || (to !== null && day > to)) continue;
      }
      if (query && !searchText(i).includes(query)) continue;
      ids.push(i); parts.push(row[COL.people]);
    }
    let ring = null;
    if (state.ego) {
      let keep;
      [keep, ring] = egoMembers(ids, parts, byKey.get(state.ego), state.depth);
      [ids, parts] = restrict(ids, parts, keep);
    }
    if (state.min > 1) {
      const counts = new Int32Array(N);
      for (const people of parts) for (const p of people) counts[p]++;
      [ids, parts] = restrict(ids, parts, counts.map((n) => (n >= state.min ? 1 : 0)));
    }
    const count = new Int32Array(N);
    const pairs = new Set();
    for (const people of parts) {
      for (let a = 0; a < people.length; a++) {
        count[people[a]]++;
        for (let b = a + 1; b < people.length; b++) {
          const lo = Math.min(people[a], people[b]), hi = Math.max(people[a], people[b]);
          pairs.add(lo * N + hi);
        }
      }
    }
    let people = 0;
    for (let p = 0; p < N; p++) if (count[p]) people++;
    const position = new Int32Array(C.length).fill(-1);
    ids.forEach((id, j) => { position[id] = j; });
    return {ids, parts, count, position, people, pairs: pairs.size, contacts: ids.length, ring};
  }

  let shown = null;
  function set(patch, options) {
    const before = {...state};
    const merged = {...state, ...patch};
    if (SELECTION_KEYS.some((k) => k in patch)) for (const k of SELECTION_KEYS) if (!(k in patch)) merged[k] = null;
    Object.assign(state, clean(merged));
    const changed = Object.keys(state).filter((k) => JSON.stringify(state[k]) !== JSON.stringify(before[k]));
    if (!changed.length && !(options && options.force)) return;
    if (changed.some((k) => FILTER_KEYS.includes(k)) || shown === null) shown = compute();
    writeHash();
    for (const listener of listeners) listener(changed);
  }
  const on = (listener) => listeners.push(listener);
  const restore = (hash) => set({...DEFAULTS, ...fromHash(hash)});

  // ---- describing people and contacts -----------------------------------------------------------
  const role = (contact, person) => {
    const row = C[contact];
    const at = row[COL.people].indexOf(person);
    return at >= 0 && row[COL.roles][at] >= 0 ? S[row[COL.roles][at]] : null;
  };
  function initiatorName(contact) {
    const row = C[contact];
    if (row[COL.initiator] >= 0) return P.name[row[COL.initiator]];
    return row[COL.initiatorName] >= 0 ? S[row[COL.initiatorName]] : null;
  }
  function dayLabel(contact) {
    const row = C[contact];
    if (row[COL.day] === null) return "undated";
    return isoDay(row[COL.day]) + (row[COL.approx] ? " (publication date)" : "");
  }

  function initial() {
    const hash = location.hash.length > 1 ? fromHash(location.hash) : (data.state || {});
    Object.assign(state, clean(hash));
    shown = compute();
  }

  return {
    data, P, S, C, A, N, COL, TYPES, STATUSES, DAY_MS, byKey, countryByCode, contactsOf, extent,
    el, svg, fold, isoDay, dayOf, plural, country, typeOf, swatch, glyphPath, glyphShape, glyphIcon,
    state, set, on, restore, initial, fromHash, toHash, writeHash, compute, searchText,
    get shown() { return shown; },
    role, initiatorName, dayLabel,
  };
})();
