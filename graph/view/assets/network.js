"use strict";
// Person or country network: vis-network on precomputed positions, physics off (nothing to settle).
(() => {
  const {data, el, show, unpin, drawLegend} = dipgraph;
  const byId = new Map(data.nodes.map((node) => [node.id, node]));
  const edgeById = new Map(data.edges.map((edge) => [edge.id, edge]));
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const big = data.edges.length > 2000;
  const network = new vis.Network(document.getElementById("canvas"), {nodes, edges}, {
    physics: false,
    layout: {improvedLayout: false},
    interaction: {hover: true, hideEdgesOnDrag: big, tooltipDelay: 150},
    nodes: {font: {size: 14, strokeWidth: 3, strokeColor: "#ffffff"}, borderWidth: 1},
    edges: {smooth: false, selectionWidth: 2, hoverWidth: 1.5},
  });
  network.fit();  // with physics off vis-network does not fit the view by itself

  function showEdge(id, pin) {
    const edge = edgeById.get(id);
    const a = byId.get(edge.from).label, b = byId.get(edge.to).label;
    const n = edge.contacts.length;
    show(pin, a + " — " + b, [n + (n === 1 ? " contact" : " contacts")], edge.contacts);
  }

  function showNode(id, pin) {
    const node = byId.get(id);
    show(pin, node.label, [...node.info, data.sizeBy + ": " + node.score]);
  }

  function find(query) {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return null;
    const exact = data.nodes.find((n) => n.label.toLowerCase() === wanted || (n.alt || "").toLowerCase() === wanted);
    const hit = exact || data.nodes.find((n) => n.label.toLowerCase().includes(wanted) || (n.alt || "").includes(query.trim()));
    return hit ? hit.id : null;
  }

  function focus(query) {
    const id = find(query);
    if (id === null) {
      show(true, "No match", ["Nobody here is named “" + query + "”."]);
      return null;
    }
    network.selectNodes([id]);
    network.focus(id, {scale: 1.2, animation: {duration: 300}});
    showNode(id, true);
    return id;
  }

  network.on("hoverEdge", (event) => showEdge(event.edge, false));
  network.on("hoverNode", (event) => showNode(event.node, false));
  network.on("click", (event) => {
    unpin();
    if (event.nodes.length) showNode(event.nodes[0], true);
    else if (event.edges.length) showEdge(event.edges[0], true);
  });

  const search = document.getElementById("search");
  const names = document.getElementById("people");
  names.append(...data.nodes.map((n) => n.label).sort().map((label) => el("option", {value: label})));
  search.addEventListener("change", () => focus(search.value));
  search.addEventListener("keydown", (event) => { if (event.key === "Enter") focus(search.value); });
  search.placeholder = data.kind === "countries" ? "Find a country…" : "Find a person…";

  const noun = data.kind === "countries" ? "countries" : "people";
  document.getElementById("summary").textContent =
    data.nodes.length + " " + noun + " · " + data.edges.length + " pairs · " + Object.keys(data.contacts).length + " contacts";
  drawLegend(["size: " + data.sizeBy, "width: number of contacts", "colour of a line: its most frequent type",
              "arrow: who initiated", "dashed: planned only"]);

  network.once("afterDrawing", () => {
    window.dipgraphReady = performance.now();
    document.body.dataset.ready = "true";
  });
  Object.assign(dipgraph, {network, nodes, edges, showEdge, showNode, find, focus});
})();
