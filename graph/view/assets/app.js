"use strict";
// Wiring: view tabs, the find box, the summary, export (PNG, CSV), the shareable link, keyboard
// shortcuts and their help, the URL hash, and the page's "ready" flag.
(() => {
  const {data, P, S, C, A, N, COL, state, el} = dg;
  const canvas = document.getElementById("canvas");
  const timeline = document.getElementById("timeline");
  const banner = document.getElementById("banner");
  const search = document.getElementById("search");
  const summary = document.getElementById("summary");
  const help = document.getElementById("help");
  const SHORTCUTS = [
    ["/", "find a person or country"], ["1 2 3", "network, countries, timeline"],
    ["+ −  0", "zoom in, out, fit everything"], ["arrows", "pan"],
    ["n  p", "next, previous person by contacts shown"], ["e", "ego network of the selected person (again: leave it)"],
    ["t", "timeline of the selection"], ["g", "group by community or by country"], ["c", "bubbles: as you zoom, all open, all closed"],
    ["r  d", "rankings, details"], ["Esc", "clear the selection, then leave the ego network"], ["?", "this help"],
  ];

  // ---- views and summary ----------------------------------------------------------------------
  function showView() {
    const isTimeline = state.view === "timeline";
    canvas.hidden = isTimeline;
    timeline.hidden = !isTimeline;
    for (const tab of document.querySelectorAll("#views [data-view]")) tab.setAttribute("aria-selected", String(tab.dataset.view === state.view));
    document.body.dataset.view = state.view;
  }
  for (const tab of document.querySelectorAll("#views [data-view]")) tab.addEventListener("click", () => dg.set({view: tab.dataset.view}));

  function showSummary() {
    const shown = dg.shown;
    const total = (n, all) => (n === all ? n.toLocaleString("en") : n.toLocaleString("en") + " of " + all.toLocaleString("en"));
    summary.textContent = total(shown.people, N) + " people · " + shown.pairs.toLocaleString("en") + " pairs · " +
      total(shown.contacts, C.length) + " contacts";
    summary.dataset.people = shown.people; summary.dataset.pairs = shown.pairs; summary.dataset.contacts = shown.contacts;
    banner.hidden = !state.ego;
    if (state.ego) {
      const leave = el("button", {type: "button"}, "leave (Esc)");
      leave.addEventListener("click", () => dg.set({ego: null}));
      banner.replaceChildren("Ego network of ", el("strong", {dir: "auto"}, P.name[dg.byKey.get(state.ego)]),
                             " · " + (state.depth === 1 ? "contacts and the contacts among them" : "two steps") + " ", leave);
    }
  }
  const built = document.getElementById("built");
  built.textContent = data.built && data.built.length ? "Page built from: " + data.built.join("; ") + " (filters below work within these)." : "";
  built.hidden = !built.textContent;

  // ---- find -----------------------------------------------------------------------------------
  const names = document.getElementById("names");
  const order = [...Array(N).keys()].sort((a, b) => dg.contactsOf[b].length - dg.contactsOf[a].length);
  names.append(...order.slice(0, 5000).map((p) => el("option", {value: P.name[p]})),
               ...data.countries.filter((c) => c.code).map((c) => el("option", {value: c.name})));
  function find(query) {
    const wanted = dg.fold(query.trim());
    if (!wanted) return null;
    const exact = order.find((p) => dg.fold(P.name[p]) === wanted || dg.fold(P.alt[p]) === wanted || dg.fold(P.key[p]) === wanted);
    if (exact !== undefined) return {person: exact};
    const country = data.countries.find((c) => c.code && (dg.fold(c.name) === wanted || dg.fold(c.alt) === wanted || dg.fold(c.code) === wanted));
    if (country) return {country: country.code};
    const partial = order.find((p) => dg.fold(P.name[p]).includes(wanted) || dg.fold(P.alt[p]).includes(wanted));
    return partial === undefined ? null : {person: partial};
  }
  function go(query) {
    const found = find(query);
    if (!found) {
      dg.set({p: null});
      document.getElementById("details").replaceChildren(el("h2", {}, "No match"), el("p", {dir: "auto"}, "Nobody here is named “" + query + "”."));
      return null;
    }
    if (found.country) { dg.set({c: found.country, panel: "details"}); return found; }
    dg.set({p: P.key[found.person], panel: "details"});
    if (state.view === "network" && dg.shown.count[found.person]) dg.network.focusPerson(found.person);
    return found;
  }
  search.addEventListener("keydown", (event) => { if (event.key === "Enter") { event.preventDefault(); go(search.value); } });
  search.addEventListener("change", () => { if (search.value) go(search.value); });

  // ---- export ---------------------------------------------------------------------------------
  function download(blob, name) {
    const link = el("a", {href: URL.createObjectURL(blob), download: name});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  }
  const stamp = () => new Date().toISOString().slice(0, 10);
  const describeFilters = () => {
    const parts = [];
    if (state.from || state.to) parts.push((state.from || "…") + " – " + (state.to || "…"));
    if (state.types.length) parts.push(state.types.map((t) => t.replace("_", " ")).join(", "));
    if (state.status.length) parts.push(state.status.join(", "));
    if (state.countries.length) parts.push(state.countries.join(", "));
    if (state.min > 1) parts.push("at least " + state.min + " contacts");
    if (state.q) parts.push("“" + state.q + "”");
    if (state.ego) parts.push("ego network of " + P.name[dg.byKey.get(state.ego)]);
    return parts.length ? parts.join(" · ") : "all contacts";
  };

  const CSV_COLUMNS = ["date", "date_is_publication_date", "date_text", "type", "status", "participants", "countries",
                       "roles", "initiator", "topics", "confidence", "published", "sources", "urls", "evidence"];
  function csvCell(value) {
    let text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;  // a spreadsheet must not read a cell as a formula
    return /[",\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csvRows(ids) {
    const lines = [CSV_COLUMNS.join(",")];
    for (const id of ids) {
      const row = C[id];
      const people = row[COL.people];
      const sources = row[COL.sources].map(([article]) => A[article]);
      lines.push([
        row[COL.day] === null ? "" : dg.isoDay(row[COL.day]), row[COL.approx] ? "yes" : "no",
        row[COL.dateText] >= 0 ? S[row[COL.dateText]] : "", data.types[row[COL.type]].type, data.statuses[row[COL.status]],
        people.map((p) => P.name[p]).join("; "), people.map((p) => dg.country(p).code).join("; "),
        people.map((p) => dg.role(id, p) || "").join("; "), dg.initiatorName(id) || "",
        row[COL.topics].map((t) => S[t]).join("; "), (row[COL.confidence] / 100).toFixed(2),
        row[COL.published] === null ? "" : dg.isoDay(row[COL.published]),
        sources.map((a) => a[1] || a[3] || a[0]).join("; "), sources.map((a) => a[2] || "").join(" "),
        row[COL.sources].map(([, evidence]) => (evidence >= 0 ? S[evidence] : "")).join(" | "),
      ].map(csvCell).join(","));
    }
    return lines.join("\r\n") + "\r\n";
  }
  function exportCsv() {
    const selected = state.p || state.c !== null || state.g !== null || state.k !== null;
    const ids = selected ? dg.details.listed() : dg.shown.ids;
    download(new Blob(["\ufeff" + csvRows(ids)], {type: "text/csv;charset=utf-8"}), "dipgraph-contacts-" + stamp() + ".csv");
    return ids.length;
  }

  function withBands(width, height, paint) {
    const ratio = 2, top = 46, bottom = 26;
    const out = document.createElement("canvas");
    out.width = width * ratio; out.height = (height + top + bottom) * ratio;
    const c = out.getContext("2d");
    c.scale(ratio, ratio);
    c.fillStyle = "#fff"; c.fillRect(0, 0, width, height + top + bottom);
    c.fillStyle = "#111"; c.font = "600 15px system-ui, sans-serif"; c.textAlign = "left";
    c.fillText(document.querySelector("h1").textContent, 10, 20);
    c.font = "12px system-ui, sans-serif"; c.fillStyle = "#444";
    c.fillText(summary.textContent + " · " + describeFilters(), 10, 38);
    paint(c, top);
    c.fillStyle = "#666";
    c.fillText("dipgraph · " + stamp() + " · " + document.getElementById("legend").textContent.replace(/\s+/g, " ").slice(0, 220), 10, top + height + 17);
    return out;
  }
  function exportPng() {
    return new Promise((resolve) => {
      const finish = (out) => out.toBlob((blob) => { download(blob, "dipgraph-" + state.view + "-" + stamp() + ".png"); resolve(blob.size); }, "image/png");
      if (state.view !== "timeline") {
        dg.network.draw();
        const [w, h] = dg.network.size();
        finish(withBands(w, h, (c, top) => c.drawImage(canvas, 0, top, w, h)));
        return;
      }
      const [axis, body] = timeline.querySelectorAll("svg");
      const w = Number(body.getAttribute("width")), ha = Number(axis.getAttribute("height")), hb = Number(body.getAttribute("height"));
      const whole = dg.svg("svg", {xmlns: "http://www.w3.org/2000/svg", width: w, height: ha + hb});
      whole.append(dg.svg("style", {}, ".label{font:12px sans-serif}"));
      const top = dg.svg("g", {}), rest = dg.svg("g", {transform: "translate(0," + ha + ")"});
      top.append(...[...axis.childNodes].map((n) => n.cloneNode(true)));
      rest.append(...[...body.childNodes].map((n) => n.cloneNode(true)));
      whole.append(top, rest);
      const image = new Image();
      image.onload = () => finish(withBands(w, ha + hb, (c, y) => c.drawImage(image, 0, y)));
      image.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(whole));
    });
  }
  document.getElementById("export-csv").addEventListener("click", exportCsv);
  document.getElementById("export-png").addEventListener("click", exportPng);

  const share = document.getElementById("share");
  share.addEventListener("click", async () => {
    dg.writeHash();
    const link = location.href;
    try {
      await navigator.clipboard.writeText(link);
      share.textContent = "Link copied";
    } catch (err) {
      const field = el("input", {type: "text", readonly: true, value: link, "aria-label": "Link to this view", size: 40});
      share.replaceWith(field);
      field.select();
      field.addEventListener("blur", () => field.replaceWith(share));
    }
    setTimeout(() => { share.textContent = "Link"; }, 2000);
  });

  // ---- keyboard -------------------------------------------------------------------------------
  help.append(el("h2", {}, "Keyboard shortcuts"),
              el("table", {}, el("tbody", {}, ...SHORTCUTS.map(([keys, what]) => el("tr", {}, el("td", {}, keys), el("td", {}, what))))),
              el("p", {class: "muted"}, "Tab moves through every control; the lists in the side panel are buttons."),
              el("form", {method: "dialog"}, el("button", {type: "submit"}, "Close")));
  function stepPerson(direction) {
    const shown = dg.shown;
    const people = [];
    for (let p = 0; p < N; p++) if (shown.count[p]) people.push(p);
    if (!people.length) return;
    people.sort((a, b) => shown.count[b] - shown.count[a] || a - b);
    const at = state.p ? people.indexOf(dg.byKey.get(state.p)) : -1;
    const next = people[(at + direction + people.length) % people.length];
    dg.set({p: P.key[next]});
    if (state.view === "network") dg.network.focusPerson(next);
  }
  const PAN = 80;
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || help.open) return;  // the open help handles its own keys
    const target = event.target;
    const typing = target.closest && target.closest("input, select, textarea");
    if (typing) {
      if (event.key === "Escape") target.blur();
      return;
    }
    if (target.closest && target.closest("#histogram .handle") && event.key.startsWith("Arrow")) return;
    const network = state.view !== "timeline";
    const keys = {
      "/": () => search.focus(), "?": () => help.showModal(),
      "1": () => dg.set({view: "network"}), "2": () => dg.set({view: "countries"}), "3": () => dg.set({view: "timeline"}),
      "+": () => network && dg.network.zoomAt(1.25, ...dg.network.size().map((v) => v / 2)),
      "=": () => network && dg.network.zoomAt(1.25, ...dg.network.size().map((v) => v / 2)),
      "-": () => network && dg.network.zoomAt(0.8, ...dg.network.size().map((v) => v / 2)),
      "0": () => network && dg.network.fit(),
      ArrowLeft: () => network && dg.network.panBy(PAN, 0), ArrowRight: () => network && dg.network.panBy(-PAN, 0),
      ArrowUp: () => network && dg.network.panBy(0, PAN), ArrowDown: () => network && dg.network.panBy(0, -PAN),
      n: () => stepPerson(1), p: () => stepPerson(-1),
      e: () => { if (state.ego) dg.set({ego: null}); else if (state.p) dg.set({ego: state.p, view: state.view === "timeline" ? "network" : state.view}); },
      t: () => dg.set({view: "timeline"}),
      g: () => dg.set({group: state.group === "community" ? "country" : "community"}),
      c: () => dg.set({clusters: {auto: "open", open: "closed", closed: "auto"}[state.clusters]}),
      r: () => dg.set({panel: "rankings"}), d: () => dg.set({panel: "details"}),
      Escape: () => { if (state.p || state.c !== null || state.g !== null || state.k !== null) dg.set({p: null}); else if (state.ego) dg.set({ego: null}); },
    };
    const run = keys[event.key];
    if (!run) return;
    if (target.tagName === "BUTTON" && event.key === "Enter") return;
    event.preventDefault();
    run();
  });

  // ---- state ----------------------------------------------------------------------------------
  window.addEventListener("hashchange", () => dg.restore(location.hash));
  dg.on((changed) => {
    if (changed.includes("view")) showView();
    if (changed.some((k) => k !== "cam" && k !== "panel")) showSummary();
  });

  dg.initial();
  showView();
  showSummary();
  dg.network.start();
  dg.details.start();
  dg.controls.start();
  if (state.view === "timeline") dg.timeline.draw();
  dg.writeHash();
  requestAnimationFrame(() => {
    window.dipgraphReady = performance.now();
    document.body.dataset.ready = "true";
  });
  Object.assign(dg, {find: go, exportCsv, exportPng, csvRows});
})();
