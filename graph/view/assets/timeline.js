"use strict";
// The timeline view: one row per counterpart of the selected person (per type for a pair, per partner
// country for a country, per person otherwise), one mark per contact shaped by its type and coloured
// by the counterpart's country; same-day marks stack; the time axis stays on top while rows scroll;
// dragging across the rows zooms to those dates (the date range filter).
(() => {
  const {data, P, C, N, COL, state, el, svg} = dg;
  const root = document.getElementById("timeline");
  const LABEL = 230, RIGHT = 70, ROW = 24, LANE = 9, LANES = 3, AXIS = 42, R = 5;
  const MAX_ROWS = 40;
  const SEVERAL = "several people at once";

  function rowsFor(ids) {
    const rows = new Map();
    const put = (key, label, color, id, tag) => {
      if (!rows.has(key)) rows.set(key, {key, label, color, marks: [], tag});
      rows.get(key).marks.push(id);
    };
    const parts = (id) => dg.shown.parts[dg.shown.position[id]];
    if (state.p && state.p2) {
      const types = data.types;
      for (const id of ids) put("t" + C[id][COL.type], types[C[id][COL.type]].label, null, id, null);
      return {title: P.name[dg.byKey.get(state.p)] + " — " + P.name[dg.byKey.get(state.p2)], rows: [...rows.values()]};
    }
    if (state.p) {
      const p = dg.byKey.get(state.p);
      for (const id of ids) {
        const others = parts(id).filter((q) => q !== p);
        if (others.length === 1) put("p" + others[0], P.name[others[0]], dg.country(others[0]).color, id, P.key[others[0]]);
        else put("several", SEVERAL, "#555", id, null);
      }
      return {title: "Contacts of " + P.name[p], rows: [...rows.values()]};
    }
    if (state.c !== null) {
      const index = dg.countryByCode.get(state.c);
      for (const id of ids) {
        for (const q of new Set(parts(id).map((x) => P.country[x]))) {
          if (q !== index) put("c" + q, data.countries[q].name, data.countries[q].color, id, null);
        }
      }
      return {title: "Contacts of " + data.countries[index].name + " by partner country", rows: [...rows.values()]};
    }
    for (const id of ids) for (const q of parts(id)) put("p" + q, P.name[q], dg.country(q).color, id, P.key[q]);
    return {title: "The busiest people", rows: [...rows.values()]};
  }

  function scope() {
    const shown = dg.shown;
    if (state.p) {
      const a = dg.byKey.get(state.p), b = state.p2 ? dg.byKey.get(state.p2) : null;
      return dg.contactsOf[a].filter((id) => shown.position[id] >= 0 && (b === null || shown.parts[shown.position[id]].includes(b)));
    }
    if (state.c !== null) {
      const index = dg.countryByCode.get(state.c);
      return shown.ids.filter((id, j) => shown.parts[j].some((p) => P.country[p] === index));
    }
    return shown.ids;
  }

  function ticks(lo, hi, width) {
    const days = hi - lo;
    const out = [];
    const years = days > 900, months = !years && days > 75;
    const start = new Date(lo * dg.DAY_MS);
    let d = years ? new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1))
          : months ? new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
          : new Date(lo * dg.DAY_MS);
    const stepYears = Math.max(1, Math.ceil(days / 365 / (width / 70)));
    const stepMonths = Math.max(1, Math.ceil(days / 30 / (width / 70)));
    const stepDays = Math.max(1, Math.ceil(days / (width / 70)));
    while (d.getTime() <= hi * dg.DAY_MS) {
      const day = Math.round(d.getTime() / dg.DAY_MS);
      out.push([day, years ? String(d.getUTCFullYear()) : months ? d.toISOString().slice(0, 7) : d.toISOString().slice(0, 10)]);
      d = years ? new Date(Date.UTC(d.getUTCFullYear() + stepYears, 0, 1))
        : months ? new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + stepMonths, 1))
        : new Date(d.getTime() + stepDays * dg.DAY_MS);
    }
    return out;
  }

  let marks = [];
  function draw() {
    if (state.view !== "timeline") return;
    const ids = scope();
    const {title, rows} = rowsFor(ids);
    rows.sort((a, b) => (a.label === SEVERAL) - (b.label === SEVERAL) || b.marks.length - a.marks.length || (a.label < b.label ? -1 : 1));
    let kept = rows;
    if (rows.length > MAX_ROWS) {
      kept = rows.slice(0, MAX_ROWS - 1);
      const rest = rows.slice(MAX_ROWS - 1);
      kept.push({key: "rest", label: rest.length + " more rows", color: "#777", marks: [...new Set(rest.flatMap((r) => r.marks))], tag: null});
    }
    const dated = ids.filter((id) => C[id][COL.day] !== null);
    const undated = ids.length - dated.length;
    const width = Math.max(root.clientWidth - 4, 600);
    let lo = dg.dayOf(state.from), hi = dg.dayOf(state.to);
    if (lo === null || hi === null) {
      const days = dated.map((id) => C[id][COL.day]);
      if (lo === null) lo = days.length ? Math.min(...days) - 10 : 0;
      if (hi === null) hi = days.length ? Math.max(...days) + 10 : lo + 30;
    }
    hi = Math.max(hi, lo + 1);
    const x = (day) => LABEL + ((day - lo) / (hi - lo)) * (width - LABEL - RIGHT);
    const axis = svg("svg", {width, height: AXIS, class: "axis-svg", role: "presentation"});
    for (const [day, label] of ticks(lo, hi, width - LABEL - RIGHT)) {
      axis.append(svg("line", {x1: x(day), x2: x(day), y1: AXIS - 8, y2: AXIS, stroke: "#999"}));
      axis.append(svg("text", {x: x(day), y: AXIS - 12, "text-anchor": "middle", class: "label"}, label));
    }
    axis.append(svg("text", {x: 8, y: 14, class: "label", "font-weight": "600"}, title + " · " + dg.plural(ids.length, "contact")));
    const body = svg("svg", {width, role: "img", "aria-label": title});
    marks = [];
    let y = 4;
    for (const row of kept) {
      const lanes = [];
      const placed = [];
      let hidden = 0;
      row.marks.sort((a, b) => (C[a][COL.day] ?? 0) - (C[b][COL.day] ?? 0));
      for (const id of row.marks) {
        const day = C[id][COL.day];
        if (day === null || day < lo || day > hi) continue;
        const mx = x(day);
        let lane = lanes.findIndex((last) => mx - last > 2 * R + 1);
        if (lane < 0 && lanes.length < LANES) lane = lanes.length;
        if (lane < 0) { hidden++; continue; }
        lanes[lane] = mx;
        placed.push([id, mx, lane]);
      }
      const height = ROW + LANE * Math.max(0, lanes.length - 1);
      const middle = y + ROW / 2;
      body.append(svg("line", {x1: LABEL, x2: width - RIGHT, y1: middle, y2: middle, stroke: "#eee"}));
      const label = svg("text", {x: LABEL - 8, y: middle + 4, "text-anchor": "end", class: "label", "data-row": row.key}, row.label);
      body.append(label);
      if (row.color) body.append(svg("circle", {cx: 10, cy: middle, r: 4, fill: row.color}));
      body.append(svg("text", {x: width - RIGHT + 6, y: middle + 4, class: "label", fill: "#555"},
                      String(row.marks.length) + (hidden ? " (+" + hidden + ")" : "")));
      for (const [id, mx, lane] of placed) {
        const type = dg.typeOf(id);
        const status = C[id][COL.status];
        const color = markColor(id, row);
        const shape = dg.glyphShape(type.glyph, mx, middle + lane * LANE, R, {
          class: "mark", fill: status === 1 ? "#ffffff" : color, stroke: status === 1 ? color : "#333",
          "stroke-width": status === 1 ? 2 : 0.8, opacity: status === 2 ? 0.45 : 1, "data-contact": id, tabindex: "-1",
        });
        shape.append(svg("title", {}, dg.dayLabel(id) + " · " + type.label + " · " + C[id][COL.people].map((p) => P.name[p]).join(", ")));
        body.append(shape);
        marks.push(shape);
      }
      y += height;
    }
    body.setAttribute("height", y + 10);
    const children = [el("div", {class: "axis"}, axis), body];
    if (!ids.length) children.push(el("p", {class: "note"}, "No contact is shown: widen the filters."));
    if (undated) {
      const button = el("button", {type: "button"}, dg.plural(undated, "undated contact"));
      button.addEventListener("click", () => dg.details.showContacts("Undated contacts", ids.filter((id) => C[id][COL.day] === null)));
      children.push(el("p", {class: "note"}, button));
    }
    if (!state.p && state.c === null) children.push(el("p", {class: "note"}, "Select a person (click a row's name) for their own timeline."));
    root.replaceChildren(...children);
    brushOn(body, x, lo, hi);
  }

  function markColor(id, row) {
    if (row.color && row.key !== "rest") return row.color;
    const people = C[id][COL.people];
    const other = state.p ? people.find((q) => P.key[q] !== state.p) : people[0];
    return other === undefined ? "#555" : dg.country(other).color;
  }

  function brushOn(body, x, lo, hi) {
    let begin = null;
    const band = svg("rect", {y: 0, height: "100%", fill: "rgba(26,115,232,0.12)", visibility: "hidden"});
    body.prepend(band);
    const dayAt = (px) => Math.round(lo + ((px - LABEL) / (x(hi) - LABEL)) * (hi - lo));
    body.addEventListener("pointerdown", (event) => {
      const target = event.target;
      if (target.classList && target.classList.contains("mark")) return;
      const box = body.getBoundingClientRect();
      const px = event.clientX - box.left;
      if (px < LABEL) {
        const label = target.closest && target.closest("text[data-row]");
        const row = label && label.dataset.row;
        if (row && row.startsWith("p")) dg.set({p: P.key[Number(row.slice(1))], view: "timeline"});
        return;
      }
      begin = px;
      body.setPointerCapture(event.pointerId);
    });
    body.addEventListener("pointermove", (event) => {
      if (begin === null) return;
      const px = event.clientX - body.getBoundingClientRect().left;
      band.setAttribute("x", Math.min(begin, px)); band.setAttribute("width", Math.abs(px - begin));
      band.setAttribute("visibility", "visible");
    });
    body.addEventListener("pointerup", (event) => {
      if (begin === null) return;
      const px = event.clientX - body.getBoundingClientRect().left;
      const [a, b] = [dayAt(Math.min(begin, px)), dayAt(Math.max(begin, px))];
      begin = null;
      band.setAttribute("visibility", "hidden");
      if (b - a >= 1) dg.set({from: dg.isoDay(a), to: dg.isoDay(b)});
    });
    body.addEventListener("click", (event) => {
      const mark = event.target.closest && event.target.closest(".mark");
      if (!mark) return;
      for (const other of marks) other.classList.toggle("selected", other === mark);
      dg.details.showContacts("Contact", [Number(mark.dataset.contact)]);
    });
    body.addEventListener("dblclick", () => dg.set({from: null, to: null}));
  }

  dg.on((changed) => {
    if (state.view !== "timeline") { root.hidden = true; return; }
    root.hidden = false;
    if (changed.some((k) => !["cam", "panel"].includes(k))) draw();
  });
  window.addEventListener("resize", () => { if (state.view === "timeline") draw(); });
  dg.timeline = {draw, marks: () => marks, svg: () => root};
})();
