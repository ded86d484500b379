"use strict";
// Shared by every page: the data block, safe element building, the details panel and the legend.
// Text only ever enters the document through textContent / append(string), never parsed as markup.
const dipgraph = (() => {
  const data = JSON.parse(document.getElementById("dipgraph-data").textContent);
  const details = document.getElementById("details");
  let pinned = false;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function swatch(cls, color) {
    const mark = el("span", {class: cls});
    mark.style.background = color;
    return mark;
  }

  function sourceItem(source) {
    const parts = [];
    if (source.text) parts.push(el("blockquote", {dir: source.dir}, source.text));
    const label = source.title || source.url || "article " + source.article;
    const link = source.url && /^https?:\/\//i.test(source.url)
      ? el("a", {href: source.url, target: "_blank", rel: "noopener noreferrer", dir: "auto"}, label)
      : el("span", {dir: "auto"}, label);
    parts.push(el("div", {class: "source"}, "source: ", link));
    return parts;
  }

  function contactItem(index) {
    const c = data.contacts[index];
    const when = c.date ? c.date + (c.approx ? " (published)" : "") : "undated";
    const what = [when, c.type.replace("_", " ")];
    if (c.status !== "occurred") what.push(c.status);
    const item = el("li", {"data-contact": index},
      el("div", {class: "what"}, swatch("type", data.typeColors[c.type]), what.join(" · ")),
      el("div", {dir: "auto"}, "between " + c.people.join(", ")));
    if (c.initiator) item.append(el("div", {dir: "auto"}, "initiated by " + c.initiator));
    if (c.topics.length) item.append(el("div", {dir: "auto"}, "about: " + c.topics.join("; ")));
    for (const source of c.sources) item.append(...sourceItem(source));
    return item;
  }

  function show(pin, heading, lines, contactIndices) {
    if (pinned && !pin) return;
    pinned = Boolean(pin);
    const children = [el("h2", {dir: "auto"}, heading)];
    for (const line of lines) children.push(el("p", {class: "muted", dir: "auto"}, line));
    if (contactIndices && contactIndices.length) {
      children.push(el("ol", {}, ...contactIndices.map(contactItem)));
    }
    details.replaceChildren(...children);
  }

  function unpin() {
    pinned = false;
  }

  function drawLegend(extra) {
    const legend = document.getElementById("legend");
    const groups = [];
    if (data.legend.countries.length) groups.push(["countries", data.legend.countries]);
    groups.push(["contact types", data.legend.types]);
    for (const [name, entries] of groups) {
      legend.append(el("span", {class: "group"}, name + ":"));
      for (const [label, color] of entries) legend.append(el("span", {}, swatch("swatch", color), label));
    }
    for (const line of extra) legend.append(el("span", {}, line));
  }

  return {data, el, show, unpin, drawLegend};
})();
