"use strict";
// Timeline: one row per counterpart (or per type for a pair), one mark per dated contact.
(() => {
  const {data, el, show, unpin, drawLegend} = dipgraph;
  const SVG = "http://www.w3.org/2000/svg";  // the SVG namespace name, not a resource
  const canvas = document.getElementById("canvas");
  canvas.classList.add("timeline");
  const LABEL = 220, ROW = 26, TOP = 30, RIGHT = 30;
  const day = (iso) => Date.parse(iso + "T00:00:00Z");

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  const width = Math.max(canvas.clientWidth, 700);
  const height = TOP + ROW * data.rows.length + 20;
  const root = svg("svg", {width, height, role: "img"});
  const times = data.marks.map((m) => day(m.date));
  const pad = 15 * 86400000;
  const lo = Math.min(...times) - pad, hi = Math.max(...times) + pad;
  const x = (t) => LABEL + ((t - lo) / Math.max(hi - lo, 1)) * (width - LABEL - RIGHT);

  data.rows.forEach((label, row) => {
    const y = TOP + ROW * row + ROW / 2;
    root.append(svg("line", {x1: LABEL, x2: width - RIGHT, y1: y, y2: y, stroke: "#eee"}));
    root.append(svg("text", {x: LABEL - 8, y: y + 4, "text-anchor": "end", class: "row-label"}, label));
  });
  if (times.length) {
    const first = new Date(lo), last = new Date(hi);
    const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
    const step = Math.max(1, Math.ceil(months / 10));
    for (let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); d <= last;
         d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))) {
      const tx = x(d.getTime());
      root.append(svg("line", {x1: tx, x2: tx, y1: TOP - 8, y2: height - 20, stroke: "#ddd"}));
      root.append(svg("text", {x: tx, y: TOP - 12, "text-anchor": "middle", class: "row-label"},
                      d.toISOString().slice(0, 7)));
    }
  }

  const stacked = new Map();
  const marks = data.marks.map((mark) => {
    const c = data.contacts[mark.contact];
    const key = mark.row + "/" + mark.date;
    const depth = stacked.get(key) || 0;
    stacked.set(key, depth + 1);
    const color = data.typeColors[c.type];
    const circle = svg("circle", {
      cx: x(day(mark.date)), cy: TOP + ROW * mark.row + ROW / 2 - 4 * depth, r: 6, class: "mark",
      fill: c.status === "planned" ? "#ffffff" : color, stroke: color, "stroke-width": 2,
      opacity: c.status === "background" ? 0.55 : 1, "data-contact": mark.contact,
    });
    const describe = (pin) => show(pin, c.date + " · " + c.type.replace("_", " "), [], [mark.contact]);
    circle.addEventListener("mouseenter", () => describe(false));
    circle.addEventListener("click", () => { unpin(); describe(true); });
    root.append(circle);
    return circle;
  });
  canvas.append(root);
  if (data.undated.length) {
    canvas.append(el("div", {class: "undated"},
      el("button", {type: "button"}, data.undated.length + " undated contacts")));
    canvas.querySelector(".undated button").addEventListener("click",
      () => { unpin(); show(true, "Undated contacts", [], data.undated); });
  }
  const total = Object.keys(data.contacts).length;
  document.getElementById("summary").textContent = total + (total === 1 ? " contact" : " contacts");
  drawLegend(["filled: occurred", "hollow: planned", "faded: background"]);
  window.dipgraphReady = performance.now();
  document.body.dataset.ready = "true";
  Object.assign(dipgraph, {marks});
})();
