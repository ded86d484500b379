"use strict";
// The side panel: details of the selection (person, pair, country, community, contact) with every
// contact's provenance, and the rankings (counterparts, brokers, initiators) of what is shown.
(() => {
  const {data, P, S, C, A, N, COL, state, el} = dg;
  const details = document.getElementById("details");
  const rankings = document.getElementById("rankings");
  const PAGE = 50;           // contacts listed before "show more"
  const TOPICS_SHOWN = 3;    // topics listed before "more topics"
  const TOP = 10;
  let listed = [];           // the contacts the panel lists now (what "CSV" exports when something is selected)

  const personButton = (p, extra) => {
    const button = el("button", {type: "button", class: "linkish", dir: "auto", "data-person": P.key[p]}, P.name[p]);
    button.addEventListener("click", () => dg.set({p: P.key[p]}));
    return extra ? el("span", {}, button, extra) : button;
  };
  const action = (label, handler, title) => {
    const button = el("button", {type: "button", title: title || null}, label);
    button.addEventListener("click", handler);
    return button;
  };

  function sourceLines(source) {
    const [article, evidence, rtl] = source;
    const [id, title, url, domain, fullUrl, published] = A[article];
    const parts = [];
    if (evidence >= 0) parts.push(el("blockquote", {dir: rtl ? "rtl" : "auto"}, S[evidence]));
    const label = title || domain || "article " + id;
    const link = url ? el("a", {href: url, target: "_blank", rel: "noopener noreferrer", dir: "auto", title: fullUrl}, label)
                     : el("span", {dir: "auto"}, label);
    const line = el("div", {class: "source"}, "source: ", link);
    if (title && domain) line.append(" (" + domain + ")");
    if (published !== null) line.append(" · published " + dg.isoDay(published));
    parts.push(line);
    return parts;
  }

  function contactItem(id) {
    const row = C[id];
    const type = dg.typeOf(id);
    const what = [dg.dayLabel(id), type.label];
    if (row[COL.status] !== 0) what.push(data.statuses[row[COL.status]]);
    const item = el("li", {"data-contact": id}, el("div", {class: "what"}, dg.glyphIcon(type), what.join(" · ")));
    if (row[COL.dateText] >= 0) item.append(el("div", {class: "muted", dir: "auto"}, "date as written: “" + S[row[COL.dateText]] + "”"));
    const people = el("div", {class: "people"}, "between ");
    row[COL.people].forEach((p, i) => {
      if (i) people.append(i === row[COL.people].length - 1 ? " and " : ", ");
      const role = dg.role(id, p);
      people.append(personButton(p, role ? el("span", {class: "muted", dir: "auto"}, " (" + role + ")") : null));
    });
    item.append(people);
    const initiator = dg.initiatorName(id);
    if (initiator) item.append(el("div", {dir: "auto"}, "initiated by " + initiator));
    const topics = row[COL.topics].map((t) => S[t]);
    if (topics.length) {
      const line = el("div", {dir: "auto"}, "about: " + topics.slice(0, TOPICS_SHOWN).join("; "));
      if (topics.length > TOPICS_SHOWN) {
        line.append(" ", el("details", {}, el("summary", {}, "+" + (topics.length - TOPICS_SHOWN) + " more topics"),
                                 topics.slice(TOPICS_SHOWN).join("; ")));
      }
      item.append(line);
    }
    const facts = ["confidence " + row[COL.confidence] + "%"];
    if (row[COL.published] !== null) facts.push("published " + dg.isoDay(row[COL.published]));
    if (row[COL.sources].length > 1) facts.push(row[COL.sources].length + " articles");
    item.append(el("div", {class: "muted"}, facts.join(" · ")));
    for (const source of row[COL.sources]) item.append(...sourceLines(source));
    return item;
  }

  function contactList(ids) {
    const list = el("ol", {class: "contacts"});
    let at = 0;
    const more = el("button", {type: "button"}, "");
    const page = () => {
      list.append(...ids.slice(at, at + PAGE).map(contactItem));
      at += PAGE;
      more.textContent = "show " + Math.min(PAGE, ids.length - at) + " more (of " + (ids.length - at) + ")";
      more.hidden = at >= ids.length;
    };
    more.addEventListener("click", page);
    page();
    return [list, more];
  }

  const byDay = (a, b) => (C[a][COL.day] ?? Infinity) - (C[b][COL.day] ?? Infinity) || a - b;
  const shownOf = (ids) => ids.filter((id) => dg.shown.position[id] >= 0).sort(byDay);

  function typeCounts(ids) {
    const line = el("p", {});
    data.types.forEach((type, t) => {
      const n = ids.filter((id) => C[id][COL.type] === t).length;
      if (n) line.append(el("span", {}, dg.glyphIcon(type), type.label + " " + n + "  "));
    });
    return line;
  }
  function span(ids) {
    const days = ids.map((id) => C[id][COL.day]).filter((d) => d !== null);
    return days.length ? dg.isoDay(Math.min(...days)) + " – " + dg.isoDay(Math.max(...days)) : "no dated contact";
  }

  function render(heading, sub, body, ids) {
    listed = ids || [];
    const children = [el("h2", {dir: "auto"}, heading)];
    for (const line of sub) if (line) children.push(typeof line === "string" ? el("p", {class: "muted", dir: "auto"}, line) : line);
    children.push(...body);
    details.replaceChildren(...children);
  }

  function personPanel(p) {
    const all = dg.contactsOf[p];
    const ids = shownOf(all);
    const roles = new Map();
    for (const id of all) {
      const role = dg.role(id, p), day = C[id][COL.day];
      if (!role) continue;
      const seen = roles.get(role) || [Infinity, -Infinity];
      if (day !== null) { seen[0] = Math.min(seen[0], day); seen[1] = Math.max(seen[1], day); }
      roles.set(role, seen);
    }
    const counterparts = new Map();
    let initiated = 0;
    for (const id of ids) {
      if (C[id][COL.initiator] === p) initiated++;
      for (const q of dg.shown.parts[dg.shown.position[id]]) if (q !== p) counterparts.set(q, (counterparts.get(q) || 0) + 1);
    }
    const country = dg.country(p);
    const top = [...counterparts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, TOP);
    const [list, more] = contactList(ids);
    const body = [
      el("p", {}, dg.swatch(country.color), country.name + " · community " + (P.community[p] + 1)),
      el("ul", {class: "roles"}, ...[...roles].map(([role, [first, last]]) =>
        el("li", {dir: "auto"}, role + (first <= last ? " (" + dg.isoDay(first) + (last > first ? " – " + dg.isoDay(last) : "") + ")" : "")))),
      el("p", {}, dg.plural(ids.length, "contact") + " shown" + (ids.length < all.length ? " of " + all.length : "") +
                  " · " + dg.plural(counterparts.size, "counterpart") + " · initiated " + initiated),
      el("div", {class: "tools"},
         action("Ego network", () => dg.set({ego: P.key[p], p: P.key[p], view: state.view === "timeline" ? "network" : state.view}), "Show this person and their contacts only (e)"),
         action("Timeline", () => dg.set({view: "timeline", p: P.key[p]}), "This person's contacts over time (t)"),
         action("Zoom to", () => { if (state.view !== "network") dg.set({view: "network", p: P.key[p]}); dg.network.focusPerson(p); })),
      el("h3", {}, "Most frequent counterparts"),
      el("ol", {class: "counterparts"}, ...top.map(([q, n]) => {
        const button = el("button", {type: "button", class: "linkish", dir: "auto"}, P.name[q]);
        button.addEventListener("click", () => dg.set({p: P.key[p], p2: P.key[q]}));
        return el("li", {}, button, " " + n);
      })),
      el("h3", {}, "Contacts (" + ids.length + ")"),
      typeCounts(ids), list, more,
    ];
    render(P.name[p], [P.alt[p] ? el("p", {class: "muted", dir: "rtl"}, P.alt[p]) : null], body, ids);
  }

  function pairPanel(a, b) {
    const both = dg.contactsOf[a].filter((id) => C[id][COL.people].includes(b));
    const ids = shownOf(both);
    const initiated = (p) => ids.filter((id) => C[id][COL.initiator] === p).length;
    const [list, more] = contactList(ids);
    render(P.name[a] + " — " + P.name[b], [
      dg.plural(ids.length, "contact") + " shown" + (ids.length < both.length ? " of " + both.length : "") + " · " + span(ids),
    ], [
      typeCounts(ids),
      el("p", {dir: "auto"}, "initiated by " + P.name[a] + ": " + initiated(a) + " · by " + P.name[b] + ": " + initiated(b)),
      el("div", {class: "tools"},
         action("Pair timeline", () => dg.set({view: "timeline", p: P.key[a], p2: P.key[b]})),
         action(P.name[a], () => dg.set({p: P.key[a]})), action(P.name[b], () => dg.set({p: P.key[b]}))),
      el("h3", {}, "History"), list, more,
    ], ids);
  }

  function membersPanel(heading, sub, members, extra) {
    const count = dg.shown.count;
    const people = members.filter((p) => count[p]).sort((x, y) => count[y] - count[x] || x - y);
    const ids = new Set();
    for (const p of people) for (const id of dg.contactsOf[p]) if (dg.shown.position[id] >= 0) ids.add(id);
    const list = el("ol", {class: "members"});
    let at = 0;
    const more = el("button", {type: "button"}, "");
    const page = () => {
      list.append(...people.slice(at, at + PAGE).map((p) => el("li", {}, personButton(p), " " + count[p])));
      at += PAGE;
      more.textContent = "show more (" + (people.length - at) + ")";
      more.hidden = at >= people.length;
    };
    more.addEventListener("click", page);
    page();
    render(heading, [...sub, dg.plural(people.length, "person", "people") + " shown · " + dg.plural(ids.size, "contact")],
           [...extra, el("h3", {}, "People"), list, more], [...ids].sort(byDay));
  }

  function countryPanel(code) {
    const index = dg.countryByCode.get(code);
    const info = data.countries[index];
    const members = [];
    for (let p = 0; p < N; p++) if (P.country[p] === index) members.push(p);
    const partners = new Map();
    for (const p of members) {
      for (const id of dg.contactsOf[p]) {
        const j = dg.shown.position[id];
        if (j < 0) continue;
        for (const q of new Set(dg.shown.parts[j].map((x) => P.country[x]))) if (q !== index) partners.set(q, (partners.get(q) || 0) + 1);
      }
    }
    const top = [...partners].sort((a, b) => b[1] - a[1]).slice(0, TOP);
    membersPanel(info.name, [info.alt ? el("p", {class: "muted", dir: "rtl"}, info.alt) : null, el("p", {}, dg.swatch(info.color), info.code)], members, [
      el("div", {class: "tools"},
         action("Open in the network", () => { dg.set({view: "network", group: "country", c: code}); dg.network.openBubble({group: index}); }),
         action("Keep only this country", () => dg.set({countries: [code], c: code}))),
      el("h3", {}, "Partner countries"),
      el("ol", {}, ...top.map(([q, n]) => {
        const button = el("button", {type: "button", class: "linkish"}, data.countries[q].name);
        button.addEventListener("click", () => dg.set({c: data.countries[q].code}));
        return el("li", {}, dg.swatch(data.countries[q].color), button, " " + n);
      })),
    ]);
  }

  function groupPanel(group) {
    const members = [];
    for (let p = 0; p < N; p++) if (P.community[p] === group) members.push(p);
    const countries = new Map();
    for (const p of members) if (dg.shown.count[p]) countries.set(P.country[p], (countries.get(P.country[p]) || 0) + 1);
    const mix = [...countries].sort((a, b) => b[1] - a[1]).slice(0, 5);
    membersPanel("Community " + (group + 1), ["a group of people in contact more with each other than with others (Louvain)"], members, [
      el("p", {}, ...mix.map(([c, n]) => el("span", {}, dg.swatch(dg.data.countries[c].color), dg.data.countries[c].name + " " + n + "  "))),
      el("div", {class: "tools"}, action("Open", () => dg.network.openBubble({group}))),
    ]);
  }

  function showContacts(heading, ids) {
    const shown = shownOf(ids);
    const [list, more] = contactList(shown);
    render(heading, [dg.plural(shown.length, "contact") + " · " + span(shown)], [typeCounts(shown), list, more], shown);
  }

  function hint() {
    render("Nothing selected", [], [
      el("p", {class: "muted"}, "Click a person, a line, a bubble or a mark to see its contacts here; " +
         "filter on the left; drag over the histogram below to pick dates. Press ? for the keyboard shortcuts."),
    ], null);
  }

  function update() {
    if (state.p && state.p2) pairPanel(dg.byKey.get(state.p), dg.byKey.get(state.p2));
    else if (state.p) personPanel(dg.byKey.get(state.p));
    else if (state.c !== null) countryPanel(state.c);
    else if (state.g !== null && state.group === "community") groupPanel(state.g);
    else if (state.k !== null) showContacts("Contact", [state.k]);
    else hint();
  }

  // ---- rankings -------------------------------------------------------------------------------
  // The same figures as `dipgraph stats` (degree, brokers, initiators), over the contacts shown.
  function rank() {
    const shown = dg.shown;
    const neighbours = new Map(), initiated = new Int32Array(N), cross = new Int32Array(N), reached = new Map();
    for (let j = 0; j < shown.ids.length; j++) {
      const people = shown.parts[j];
      const initiator = C[shown.ids[j]][COL.initiator];
      if (initiator >= 0 && people.includes(initiator)) initiated[initiator]++;
      for (const a of people) for (const b of people) {
        if (a === b) continue;
        if (!neighbours.has(a)) neighbours.set(a, new Set());
        neighbours.get(a).add(b);
        if (P.community[a] !== P.community[b]) {
          cross[a]++;
          if (!reached.has(a)) reached.set(a, new Set());
          reached.get(a).add(P.community[b]);
        }
      }
    }
    const byName = (a, b) => (P.name[a] < P.name[b] ? -1 : P.name[a] > P.name[b] ? 1 : 0);
    const degree = [...neighbours.keys()].sort((a, b) => neighbours.get(b).size - neighbours.get(a).size || byName(a, b));
    const brokers = [...reached.keys()].sort((a, b) => reached.get(b).size - reached.get(a).size || cross[b] - cross[a] ||
                                                       shown.count[b] - shown.count[a] || byName(a, b));
    const initiators = [];
    for (let p = 0; p < N; p++) if (initiated[p]) initiators.push(p);
    initiators.sort((a, b) => initiated[b] - initiated[a] || byName(a, b));
    return {
      degree: degree.map((p) => [p, neighbours.get(p).size]),
      brokers: brokers.map((p) => [p, reached.get(p).size, cross[p]]),
      initiators: initiators.map((p) => [p, initiated[p], shown.count[p]]),
    };
  }

  function table(rows, headings, limit) {
    const body = el("tbody", {});
    for (const [p, ...values] of rows.slice(0, limit)) {
      const country = dg.country(p);
      body.append(el("tr", {"data-person": P.key[p]}, el("td", {}, dg.swatch(country.color), personButton(p)),
                     ...values.map((v) => el("td", {class: "n"}, String(v)))));
    }
    return el("table", {}, el("thead", {}, el("tr", {}, ...headings.map((h) => el("th", {}, h)))), body);
  }

  let rankLimit = TOP;
  function updateRankings() {
    if (rankings.hidden) return;
    const ranks = rank();
    const more = action(rankLimit === TOP ? "show 25" : "show 10", () => { rankLimit = rankLimit === TOP ? 25 : TOP; updateRankings(); });
    rankings.replaceChildren(
      el("p", {class: "muted"}, "Over the contacts shown (as dipgraph stats computes them over the store)."),
      el("h3", {}, "Most counterparts (degree)"), table(ranks.degree, ["person", "counterparts"], rankLimit),
      el("h3", {}, "Brokers (reach into other communities)"), table(ranks.brokers, ["person", "communities", "contacts across"], rankLimit),
      el("h3", {}, "Initiators"), table(ranks.initiators, ["person", "initiated", "of contacts"], rankLimit),
      more,
    );
  }

  function showPanel(name) {
    details.hidden = name !== "details";
    rankings.hidden = name !== "rankings";
    for (const tab of document.querySelectorAll("#panels [data-panel]")) tab.setAttribute("aria-selected", String(tab.dataset.panel === name));
    updateRankings();
  }

  dg.on((changed) => {
    const filters = changed.some((k) => ["from", "to", "types", "status", "countries", "min", "q", "ego", "depth"].includes(k));
    if (changed.includes("panel")) showPanel(state.panel);
    if (filters || changed.some((k) => ["p", "p2", "c", "g", "k", "group"].includes(k))) update();
    if (filters) updateRankings();
  });
  for (const tab of document.querySelectorAll("#panels [data-panel]")) tab.addEventListener("click", () => dg.set({panel: tab.dataset.panel}));

  function start() {
    showPanel(state.panel);
    update();
  }
  dg.details = {start, update, showContacts, rank, listed: () => listed, showPanel};
})();
