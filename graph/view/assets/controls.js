"use strict";
// The filters in the page (dates, types, statuses, countries, minimum contacts, text, grouping), the
// histogram of contacts over time with its date-range brush, and the legend of what is on screen.
(() => {
  const {data, P, C, N, COL, state, el, svg} = dg;
  const form = document.getElementById("filters");
  const histogram = document.getElementById("histogram");
  const legend = document.getElementById("legend");
  const HEIGHT = 64, BOTTOM = 14;

  // ---- the filter form ------------------------------------------------------------------------
  const field = (title, ...children) => el("fieldset", {}, el("legend", {}, title), ...children);
  const from = el("input", {type: "date", id: "filter-from", "aria-label": "First day"});
  const to = el("input", {type: "date", id: "filter-to", "aria-label": "Last day"});
  const text = el("input", {type: "search", id: "filter-text", placeholder: "names, topics, sentences…", "aria-label": "Text to find in contacts"});
  const minimum = el("input", {type: "number", id: "filter-min", min: 1, step: 1, value: 1, "aria-label": "Minimum contacts per person"});
  const groupBy = el("select", {id: "filter-group", "aria-label": "Group people by"},
                     el("option", {value: "community"}, "community"), el("option", {value: "country"}, "country"));
  const clusters = el("select", {id: "filter-clusters", "aria-label": "Clusters"},
                      el("option", {value: "auto"}, "open as you zoom in"), el("option", {value: "open"}, "all open"),
                      el("option", {value: "closed"}, "all closed"));
  const countryFind = el("input", {type: "search", placeholder: "find a country…", "aria-label": "Find a country in the list"});
  const countryList = el("div", {class: "countries", role: "group", "aria-label": "Countries"});
  const egoLine = el("div", {});

  function dashSample(type) {
    const sample = svg("svg", {width: 26, height: 10, class: "glyph", "aria-hidden": "true"});
    sample.append(svg("line", {x1: 1, y1: 5, x2: 25, y2: 5, stroke: "#333", "stroke-width": 2, "stroke-dasharray": type.dashes.join(" ") || "none"}));
    return sample;
  }
  function checks(name, values, labelOf, iconOf) {
    return values.map((value) => {
      const box = el("input", {type: "checkbox", name, value, checked: true});
      box.addEventListener("change", () => {
        const boxes = [...form.querySelectorAll(`input[name="${name}"]`)];
        const on = boxes.filter((b) => b.checked).map((b) => b.value);
        if (!on.length) { box.checked = true; return; }
        dg.set({[name]: on.length === boxes.length ? [] : on});
      });
      return el("label", {}, box, " ", iconOf ? iconOf(value) : "", labelOf(value));
    });
  }
  const contactCount = new Map();
  C.forEach((row) => { for (const c of new Set(row[COL.people].map((p) => P.country[p]))) contactCount.set(c, (contactCount.get(c) || 0) + 1); });
  const countryOrder = data.countries.map((c, i) => i).sort((a, b) => (contactCount.get(b) || 0) - (contactCount.get(a) || 0) || a - b);
  for (const i of countryOrder) {
    const info = data.countries[i];
    if (!info.code) continue;
    const box = el("input", {type: "checkbox", name: "countries", value: info.code});
    box.addEventListener("change", () => {
      const on = [...countryList.querySelectorAll("input:checked")].map((b) => b.value);
      dg.set({countries: on});
    });
    countryList.append(el("label", {"data-name": dg.fold(info.name + " " + (info.alt || "") + " " + info.code), title: info.code},
                          box, " ", dg.swatch(info.color), info.name + " (" + (contactCount.get(i) || 0) + ")"));
  }
  countryFind.addEventListener("input", () => {
    const wanted = dg.fold(countryFind.value.trim());
    for (const label of countryList.children) label.hidden = Boolean(wanted) && !label.dataset.name.includes(wanted);
  });
  const clearDates = el("button", {type: "button"}, "all dates");
  clearDates.addEventListener("click", () => dg.set({from: null, to: null}));
  const reset = el("button", {type: "button", id: "filter-reset"}, "Reset all filters");
  reset.addEventListener("click", () => dg.set({from: null, to: null, types: [], status: [], countries: [], min: 1, q: "", ego: null}));
  form.append(
    egoLine,
    el("fieldset", {class: "dates"}, el("legend", {}, "Dates"), el("label", {}, "from", from), el("label", {}, "to", to), clearDates),
    field("Contact types", ...checks("types", dg.TYPES, (t) => data.types[dg.TYPES.indexOf(t)].label, (t) => dashSample(data.types[dg.TYPES.indexOf(t)]))),
    field("Status", ...checks("status", dg.STATUSES, (s) => s)),
    field("Countries", countryFind, countryList, el("p", {class: "hint"}, "none ticked: all countries")),
    field("Minimum contacts per person", minimum),
    field("Text in contacts", text, el("p", {class: "hint"}, "Arabic or English; case, accents and hamza forms ignored")),
    field("Group people by", groupBy),
    field("Groups (bubbles)", clusters),
    reset,
  );
  form.addEventListener("submit", (event) => event.preventDefault());
  from.addEventListener("change", () => dg.set({from: from.value || null}));
  to.addEventListener("change", () => dg.set({to: to.value || null}));
  minimum.addEventListener("change", () => dg.set({min: Number(minimum.value) || 1}));
  let typing = null;
  text.addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(() => dg.set({q: text.value}), 250); });
  text.addEventListener("keydown", (event) => { if (event.key === "Enter") { clearTimeout(typing); dg.set({q: text.value}); } });
  groupBy.addEventListener("change", () => dg.set({group: groupBy.value}));
  clusters.addEventListener("change", () => dg.set({clusters: clusters.value}));

  function syncForm() {
    from.value = state.from || ""; to.value = state.to || "";
    if (dg.extent) { for (const input of [from, to]) { input.min = dg.isoDay(dg.extent[0]); input.max = dg.isoDay(dg.extent[1]); } }
    for (const box of form.querySelectorAll('input[name="types"]')) box.checked = !state.types.length || state.types.includes(box.value);
    for (const box of form.querySelectorAll('input[name="status"]')) box.checked = !state.status.length || state.status.includes(box.value);
    for (const box of countryList.querySelectorAll("input")) box.checked = state.countries.includes(box.value);
    minimum.value = state.min;
    if (document.activeElement !== text) text.value = state.q;
    groupBy.value = state.group; clusters.value = state.clusters;
    groupBy.disabled = clusters.disabled = state.view === "countries";
    egoLine.replaceChildren();
    if (state.ego) {
      const p = dg.byKey.get(state.ego);
      const depth = el("select", {"aria-label": "Ego network depth"}, el("option", {value: 1}, "1 step"), el("option", {value: 2}, "2 steps"));
      depth.value = String(state.depth);
      depth.addEventListener("change", () => dg.set({depth: Number(depth.value)}));
      const leave = el("button", {type: "button", id: "ego-exit"}, "show everyone (Esc)");
      leave.addEventListener("click", () => dg.set({ego: null}));
      egoLine.append(field("Ego network", el("p", {dir: "auto"}, P.name[p]), depth, leave));
    }
  }

  // ---- histogram and date brush ---------------------------------------------------------------
  const bars = el("div", {class: "bars"});
  const caption = el("div", {class: "dates muted"});
  histogram.append(el("div", {class: "dates"}, el("strong", {}, "Contacts over time"), caption), bars);
  let bins = null;

  function binning() {
    if (!dg.extent) return null;
    const [lo, hi] = dg.extent;
    const span = hi - lo;
    const unit = span > 3 * 365 ? "month" : span > 120 ? "week" : "day";
    const starts = [];
    if (unit === "month") {
      const first = new Date(lo * dg.DAY_MS);
      for (let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)); d.getTime() <= hi * dg.DAY_MS;
           d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) starts.push(Math.round(d.getTime() / dg.DAY_MS));
    } else {
      const step = unit === "week" ? 7 : 1;
      for (let d = lo; d <= hi; d += step) starts.push(d);
    }
    starts.push(unit === "month" ? Math.round(Date.UTC(new Date(hi * dg.DAY_MS).getUTCFullYear(), new Date(hi * dg.DAY_MS).getUTCMonth() + 1, 1) / dg.DAY_MS)
                                 : starts[starts.length - 1] + (unit === "week" ? 7 : 1));
    return {unit, starts};
  }
  const binOf = (day) => {
    let a = 0, b = bins.starts.length - 2;
    while (a < b) { const m = (a + b + 1) >> 1; if (bins.starts[m] <= day) a = m; else b = m - 1; }
    return a;
  };

  function counts() {
    const saved = {from: state.from, to: state.to};
    state.from = null; state.to = null;
    const all = dg.compute();
    Object.assign(state, saved);
    const total = new Int32Array(bins.starts.length - 1), mine = new Int32Array(bins.starts.length - 1);
    const person = state.p ? dg.byKey.get(state.p) : -1;
    for (let j = 0; j < all.ids.length; j++) {
      const day = C[all.ids[j]][COL.day];
      if (day === null) continue;
      const b = binOf(day);
      total[b]++;
      if (person >= 0 && all.parts[j].includes(person)) mine[b]++;
    }
    return {total, mine};
  }

  let drawnRange = null;
  function drawHistogram() {
    if (!bins) bins = binning();
    if (!bins) { bars.replaceChildren(el("p", {class: "muted"}, "no dated contact")); return; }
    const {total, mine} = counts();
    const width = Math.max(bars.clientWidth, 300);
    const count = total.length;
    const top = Math.max(1, ...total);
    const bw = width / count;
    const chart = svg("svg", {viewBox: `0 0 ${width} ${HEIGHT}`, preserveAspectRatio: "none", role: "img",
                              "aria-label": "Contacts per " + bins.unit});
    const lo = dg.dayOf(state.from) ?? bins.starts[0], hi = dg.dayOf(state.to) ?? bins.starts[count] - 1;
    const first = binOf(Math.max(lo, bins.starts[0])), last = binOf(Math.min(hi, bins.starts[count] - 1));
    drawnRange = [first, last];
    const inner = HEIGHT - BOTTOM;
    for (let b = 0; b < count; b++) {
      if (!total[b]) continue;
      const h = Math.max(1, (total[b] / top) * inner);
      const inside = b >= first && b <= last;
      chart.append(svg("rect", {x: b * bw, y: inner - h, width: Math.max(bw - (bw > 3 ? 1 : 0), 0.8), height: h,
                                fill: inside ? "#6b7f99" : "#d5d9df"}));
      if (mine[b]) {
        const m = Math.max(1, (mine[b] / top) * inner);
        chart.append(svg("rect", {x: b * bw, y: inner - m, width: Math.max(bw - (bw > 3 ? 1 : 0), 0.8), height: m, fill: "#1b2a41"}));
      }
    }
    const years = new Set();
    for (let b = 0; b < count; b++) {
      const year = new Date(bins.starts[b] * dg.DAY_MS).getUTCFullYear();
      if (!years.has(year) && (bins.unit !== "month" || new Date(bins.starts[b] * dg.DAY_MS).getUTCMonth() === 0 || b === 0)) {
        years.add(year);
        chart.append(svg("text", {x: b * bw + 2, y: HEIGHT - 2, "font-size": 10, fill: "#555"}, String(year)));
      }
    }
    chart.append(svg("rect", {x: first * bw, y: 0, width: (last - first + 1) * bw, height: inner, fill: "none", stroke: "#1a73e8", "stroke-width": 1.5}));
    for (const [side, b] of [["start", first], ["end", last]]) {
      const handle = svg("g", {class: "handle", tabindex: 0, role: "slider", "data-side": side,
                               "aria-label": side === "start" ? "Start of the date range" : "End of the date range",
                               "aria-valuemin": 0, "aria-valuemax": count - 1, "aria-valuenow": b,
                               "aria-valuetext": dg.isoDay(side === "start" ? bins.starts[b] : bins.starts[b + 1] - 1)});
      handle.append(svg("rect", {x: (side === "start" ? b : b + 1) * bw - 3, y: 0, width: 6, height: inner, fill: "#1a73e8", rx: 2}));
      handle.addEventListener("keydown", (event) => moveHandle(event, side));
      chart.append(handle);
    }
    const shownDays = state.from || state.to ? (state.from || "start") + " – " + (state.to || "end") : "all dates";
    caption.textContent = shownDays + " · per " + bins.unit + (state.p ? " · dark: " + P.name[dg.byKey.get(state.p)] : "");
    const focused = document.activeElement && document.activeElement.closest && document.activeElement.closest("#histogram .handle");
    const side = focused && focused.dataset.side;
    bars.replaceChildren(chart);
    if (side) chart.querySelector(`.handle[data-side="${side}"]`).focus();
    brush(chart, bw, count);
  }

  function setBins(first, last) {
    first = Math.max(0, Math.min(first, bins.starts.length - 2));
    last = Math.max(first, Math.min(last, bins.starts.length - 2));
    const whole = first === 0 && last === bins.starts.length - 2;
    dg.set(whole ? {from: null, to: null} : {from: dg.isoDay(bins.starts[first]), to: dg.isoDay(bins.starts[last + 1] - 1)});
  }

  function moveHandle(event, side) {
    const step = event.shiftKey ? 10 : 1;
    let [first, last] = drawnRange;
    const keys = {ArrowLeft: -step, ArrowDown: -step, ArrowRight: step, ArrowUp: step, PageDown: -10, PageUp: 10};
    if (event.key in keys) {
      if (side === "start") first += keys[event.key]; else last += keys[event.key];
    } else if (event.key === "Home") { if (side === "start") first = 0; else last = first; }
    else if (event.key === "End") { if (side === "end") last = bins.starts.length - 2; else first = last; }
    else return;
    event.preventDefault();
    event.stopPropagation();
    setBins(Math.min(first, last), Math.max(first, last));
  }

  function brush(chart, bw, count) {
    let begin = null;
    const band = svg("rect", {y: 0, height: HEIGHT - BOTTOM, fill: "rgba(26,115,232,0.18)", visibility: "hidden"});
    chart.append(band);
    const binAt = (event) => {
      const box = chart.getBoundingClientRect();
      return Math.max(0, Math.min(count - 1, Math.floor(((event.clientX - box.left) / box.width) * count)));
    };
    chart.addEventListener("pointerdown", (event) => {
      begin = binAt(event);
      chart.setPointerCapture(event.pointerId);
    });
    chart.addEventListener("pointermove", (event) => {
      if (begin === null) return;
      const b = binAt(event);
      band.setAttribute("x", Math.min(begin, b) * bw); band.setAttribute("width", (Math.abs(b - begin) + 1) * bw);
      band.setAttribute("visibility", "visible");
    });
    chart.addEventListener("pointerup", (event) => {
      if (begin === null) return;
      const b = binAt(event);
      const [first, last] = [Math.min(begin, b), Math.max(begin, b)];
      begin = null;
      if (first === last && drawnRange && drawnRange[0] <= first && first <= drawnRange[1] && !(state.from || state.to)) return;
      setBins(first, last);
    });
    chart.addEventListener("dblclick", () => dg.set({from: null, to: null}));
  }

  // ---- legend ---------------------------------------------------------------------------------
  const LEGEND_COUNTRIES = 14;
  function drawLegend() {
    const parts = [];
    const group = (name) => parts.push(el("span", {class: "group"}, name));
    const item = (...children) => parts.push(el("span", {}, ...children));
    const scene = state.view !== "timeline" ? dg.network.scene() : null;
    const counts = scene ? dg.network.onScreen() : new Map();
    if (!scene) for (let p = 0; p < N; p++) if (dg.shown.count[p]) counts.set(P.country[p], (counts.get(P.country[p]) || 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    group("countries (" + ranked.length + "):");
    for (const [c] of ranked.slice(0, LEGEND_COUNTRIES)) {
      const info = data.countries[c];
      item(dg.swatch(info.color), info.name);
    }
    if (ranked.length > LEGEND_COUNTRIES) {
      const rest = ranked.slice(LEGEND_COUNTRIES).map(([c]) => data.countries[c].name);
      parts.push(el("span", {title: rest.join(", "), class: "muted"}, "+" + rest.length + " more (hover)"));
    }
    if (state.view === "timeline") {
      group("marks:");
      for (const type of data.types) item(dg.glyphIcon(type), type.label);
      item("colour: the counterpart's country"); item("hollow: planned"); item("pale: background (mentioned in passing)");
      item("stacked: same day"); item("drag across rows: zoom to those dates");
    } else {
      group("lines:");
      for (const type of data.types) item(dashSample(type), type.label);
      item("width: number of contacts");
      if (scene && !scene.detailed) item("many lines on screen: thin and solid (zoom in for types and widths)");
      if (scene && scene.leastDrawn > 1) item("only pairs with at least " + scene.leastDrawn + " contacts drawn at this zoom");
      if (scene && scene.links.some((l) => l.cross)) item("faint curves: lines between groups, bundled");
      item("arrowhead: toward the side contacted by the initiator (when zoomed in)");
      item("pale: planned or background only");
      if (scene && scene.events.length) {
        group("group contacts (3+ people):");
        for (const type of data.types) item(dg.glyphIcon(type), type.label);
      }
      group("points:");
      item(P.score ? "size: " + (dg.data.sizeBy || "score") : "size: contacts shown");
      item("colour: country");
      if (scene && scene.bubbles.length) item(state.view === "countries" ? "bubble: a country's people (click: details, double-click: open)" : "bubble: a " + (scene.by === "country" ? "country" : "community") + " (click: members, double-click: open)");
      if (state.ego) item("double ring: ego centre");
      item("ring: selected");
    }
    legend.replaceChildren(...parts);
  }

  let legendTimer = null;
  const legendSoon = () => { clearTimeout(legendTimer); legendTimer = setTimeout(drawLegend, 200); };
  dg.on((changed) => {
    if (changed.some((k) => k !== "cam" && k !== "panel")) { syncForm(); drawHistogram(); }
    legendSoon();
  });
  window.addEventListener("resize", drawHistogram);
  dg.controls = {start: () => { syncForm(); drawHistogram(); drawLegend(); }, drawLegend, drawHistogram};
})();
