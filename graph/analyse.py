"""Contacts → networkx graph, and the network figures an analyst asks for first.

``contact_graph`` is the one place contacts become a graph (the views build on it too): one node
per actor, one undirected edge per pair of actors who took part in the same contact, holding the
indices of those contacts. ``network_stats`` returns plain data (dicts, lists, numbers, strings)
that ``format_table``, ``format_csv`` and ``format_json`` render.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import combinations
from typing import TYPE_CHECKING, Any

from .errors import DipgraphError
from .model import Actor, Contact

if TYPE_CHECKING:
    import networkx as nx

MEASURES = ("contacts", "degree", "betweenness", "eigenvector")
EXACT_BETWEENNESS_LIMIT = 1000  # above this many nodes, betweenness is estimated from a seeded sample
BETWEENNESS_SAMPLE = 500


def actor_key(actor: Actor) -> str:
    """The node id of an actor: its Wikidata id when known, else its name."""
    return actor.wikidata or actor.name


def contact_day(contact: Contact) -> str | None:
    """The day a contact is placed at: its own date, else the article's publication date."""
    return contact.date or (contact.published[:10] if contact.published else None)


def sources(contact: Contact) -> list[dict[str, Any]]:
    """The articles reporting a contact: the store's merged ``sources``, else the contact's own article."""
    return contact.extra.get("sources") or [
        {
            "article_id": contact.article_id,
            "url": contact.url,
            "title": contact.title,
            "evidence": {"text": contact.evidence.text},
        }
    ]


def initiator_key(contact: Contact) -> str | None:
    """The key of the participant who initiated ``contact``, or None when the text does not say."""
    if not contact.initiator:
        return None
    return next((actor_key(a) for a in contact.participants if a.name == contact.initiator), None)


def pair_direction(contact: Contact, a: str, b: str) -> str | None:
    """The key of whichever of ``a``/``b`` initiated ``contact``, or None when neither did."""
    key = initiator_key(contact)
    return key if key in (a, b) else None


def contact_graph(contacts: Sequence[Contact]) -> nx.Graph:
    """One node per actor, one edge per pair that shared a contact.

    Node attributes: ``name``, ``name_ar``, ``country``, ``role``, ``kind``, ``contacts`` (count).
    Edge attributes: ``contacts`` (indices into ``graph.graph["contacts"]``), ``weight`` (count).
    """
    import networkx as nx  # imported on use: it takes a while to load

    graph = nx.Graph(contacts=list(contacts))
    for index, contact in enumerate(contacts):
        keys = []
        for actor in contact.participants:
            key = actor_key(actor)
            if key in keys:
                continue
            keys.append(key)
            if key not in graph:
                graph.add_node(
                    key,
                    name=actor.name,
                    name_ar=actor.name_ar,
                    country=actor.country,
                    role=actor.role,
                    kind=actor.kind,
                    contacts=0,
                )
            graph.nodes[key]["contacts"] += 1
        for a, b in combinations(keys, 2):
            if graph.has_edge(a, b):
                edge = graph.edges[a, b]
                edge["contacts"].append(index)
                edge["weight"] += 1
            else:
                graph.add_edge(a, b, contacts=[index], weight=1)
    return graph


def centrality(graph: nx.Graph, measure: str, *, seed: int = 0) -> dict[str, float]:
    """Node scores by ``measure`` (one of ``MEASURES``)."""
    import networkx as nx  # imported on use: it takes a while to load

    if measure == "contacts":
        return {node: float(count) for node, count in graph.nodes(data="contacts")}
    if measure == "degree":
        return {node: float(degree) for node, degree in graph.degree()}
    if measure == "betweenness":
        sample = min(BETWEENNESS_SAMPLE, len(graph)) if len(graph) > EXACT_BETWEENNESS_LIMIT else None
        return nx.betweenness_centrality(graph, k=sample, seed=seed)
    if measure == "eigenvector":
        if graph.number_of_edges() == 0:
            return dict.fromkeys(graph, 0.0)
        try:
            return nx.eigenvector_centrality(graph, max_iter=1000, tol=1e-8, weight="weight")
        except nx.PowerIterationFailedConvergence as err:
            raise DipgraphError("eigenvector centrality did not converge; size by degree instead") from err
    raise DipgraphError(f"unknown measure {measure!r} (expected one of {', '.join(MEASURES)})")


def _person(graph: nx.Graph, node: str, value: float) -> dict[str, Any]:
    data = graph.nodes[node]
    return {
        "name": data["name"],
        "country": data["country"],
        "value": round(value, 6),
        "contacts": data["contacts"],
    }


def _ranked(graph: nx.Graph, scores: dict[str, float], top: int) -> list[dict[str, Any]]:
    order = sorted(scores, key=lambda n: (-scores[n], graph.nodes[n]["name"]))
    return [_person(graph, node, scores[node]) for node in order[:top]]


def communities(graph: nx.Graph, seed: int = 0) -> list[list[str]]:
    """Louvain communities (seeded), largest first, members by number of contacts."""
    import networkx as nx  # imported on use: it takes a while to load

    found = nx.community.louvain_communities(graph, weight="weight", seed=seed) if len(graph) else []

    def by_contacts(node: str) -> tuple[int, str]:
        return -graph.nodes[node]["contacts"], graph.nodes[node]["name"]

    ordered = [sorted(group, key=by_contacts) for group in found]
    return sorted(ordered, key=lambda members: (-len(members), by_contacts(members[0])))


def _brokers(
    graph: nx.Graph, groups: list[list[str]], betweenness: dict[str, float], top: int
) -> list[dict[str, Any]]:
    """People whose contacts reach into other communities, most bridging first."""
    member_of = {node: number for number, group in enumerate(groups, 1) for node in group}
    rows = []
    for node in graph:
        reached: Counter[int] = Counter()
        for other, data in graph[node].items():
            if member_of[other] != member_of[node]:
                reached[member_of[other]] += data["weight"]
        if reached:
            row = _person(graph, node, betweenness[node])
            row.update(community=member_of[node], bridges=len(reached), cross_contacts=sum(reached.values()))
            rows.append(row)
    rows.sort(key=lambda r: (-r["bridges"], -r["cross_contacts"], -r["value"], r["name"]))
    return rows[:top]


def _pairs(graph: nx.Graph, contacts: Sequence[Contact], top: int) -> list[dict[str, Any]]:
    def key(edge: tuple[str, str, dict]) -> tuple[int, str, str]:
        a, b = sorted((graph.nodes[edge[0]]["name"], graph.nodes[edge[1]]["name"]))
        return -edge[2]["weight"], a, b

    rows = []
    for u, v, data in sorted(graph.edges(data=True), key=key)[:top]:
        days = sorted(d for d in (contact_day(contacts[i]) for i in data["contacts"]) if d)
        a, b = sorted((graph.nodes[u]["name"], graph.nodes[v]["name"]))
        rows.append(
            {
                "a": a,
                "b": b,
                "contacts": data["weight"],
                "first": days[0] if days else None,
                "last": days[-1] if days else None,
                "types": dict(Counter(contacts[i].type for i in data["contacts"]).most_common()),
            }
        )
    return rows


def _initiators(graph: nx.Graph, contacts: Sequence[Contact], top: int) -> list[dict[str, Any]]:
    """People who initiated the most contacts (placed the call, travelled, wrote or asked)."""
    counts = Counter(key for key in map(initiator_key, contacts) if key is not None)
    return [
        dict(_person(graph, node, counts[node]), initiated=counts[node])
        for node in sorted(counts, key=lambda n: (-counts[n], graph.nodes[n]["name"]))[:top]
    ]


def _countries(contacts: Sequence[Contact]) -> list[dict[str, Any]]:
    totals: Counter[str] = Counter()
    people: dict[str, set[str]] = {}
    partners: dict[str, set[str]] = {}
    for contact in contacts:
        codes = {a.country for a in contact.participants if a.country}
        for code in codes:
            totals[code] += 1
            partners.setdefault(code, set()).update(codes - {code})
        for actor in contact.participants:
            if actor.country:
                people.setdefault(actor.country, set()).add(actor_key(actor))
    return [
        {"country": code, "contacts": n, "people": len(people[code]), "partners": len(partners[code])}
        for code, n in sorted(totals.items(), key=lambda item: (-item[1], item[0]))
    ]


def network_stats(contacts: Sequence[Contact], *, top: int = 10, seed: int = 0) -> dict[str, Any]:
    """Summary figures of the contact network, as plain data.

    Keys: ``summary``, ``degree``, ``betweenness``, ``eigenvector`` (top people), ``communities``,
    ``brokers``, ``initiators``, ``pairs``, ``countries``, ``types``, ``months``. Louvain and the betweenness sample
    (used above ``EXACT_BETWEENNESS_LIMIT`` people) are seeded, so equal input gives equal output.
    """
    if top < 1:
        raise DipgraphError(f"top must be at least 1, not {top}")
    import networkx as nx  # imported on use: it takes a while to load

    graph = contact_graph(contacts)
    betweenness = centrality(graph, "betweenness", seed=seed)
    groups = communities(graph, seed)
    months = Counter(day[:7] for day in map(contact_day, contacts) if day)
    return {
        "summary": {
            "contacts": len(contacts),
            "people": graph.number_of_nodes(),
            "pairs": graph.number_of_edges(),
            "articles": len({s.get("article_id") for c in contacts for s in sources(c)}),
            "components": nx.number_connected_components(graph) if len(graph) else 0,
            "communities": len(groups),
            "betweenness_sample": min(BETWEENNESS_SAMPLE, len(graph))
            if len(graph) > EXACT_BETWEENNESS_LIMIT
            else None,
        },
        "degree": _ranked(graph, centrality(graph, "degree"), top),
        "betweenness": _ranked(graph, betweenness, top),
        "eigenvector": _ranked(graph, centrality(graph, "eigenvector"), top),
        "communities": [
            {
                "id": number,
                "size": len(members),
                "members": [graph.nodes[n]["name"] for n in members[:top]],
                "countries": dict(
                    Counter(
                        graph.nodes[n]["country"] for n in members if graph.nodes[n]["country"]
                    ).most_common(3)
                ),
            }
            for number, members in enumerate(groups[:top], 1)
        ],
        "brokers": _brokers(graph, groups, betweenness, top),
        "initiators": _initiators(graph, contacts, top),
        "pairs": _pairs(graph, contacts, top),
        "countries": _countries(contacts)[:top],
        "types": dict(Counter(c.type for c in contacts).most_common()),
        "months": dict(sorted(months.items())),
        "undated": sum(1 for c in contacts if not contact_day(c)),
    }


def _people_rows(
    section: str, people: list[dict[str, Any]], value: Callable[[dict], str], detail: Callable[[dict], str]
) -> list[tuple[str, int, str, str, str]]:
    """A ranking of people as rows (section, rank, name, value, detail)."""
    return [(section, rank, person["name"], value(person), detail(person)) for rank, person in enumerate(people, 1)]


def _rows(stats: dict[str, Any]) -> list[tuple[str, int, str, str, str]]:
    """Every figure as (section, rank, name, value, detail): the long form behind table and CSV."""
    rows: list[tuple[str, int, str, str, str]] = []
    for key, value in stats["summary"].items():
        if value is not None:
            rows.append(("summary", 0, key, str(value), ""))
    for section in ("degree", "betweenness", "eigenvector"):
        rows += _people_rows(
            section,
            stats[section],
            lambda p: f"{p['value']:g}",
            lambda p: f"{p['country'] or '?'}, {p['contacts']} contacts",
        )
    for group in stats["communities"]:
        countries = ", ".join(f"{c} {n}" for c, n in group["countries"].items())
        rows.append(("communities", group["id"], "; ".join(group["members"]), str(group["size"]), countries))
    rows += _people_rows(
        "brokers",
        stats["brokers"],
        lambda p: str(p["bridges"]),
        lambda p: f"community {p['community']}, {p['cross_contacts']} cross contacts",
    )
    rows += _people_rows(
        "initiators",
        stats["initiators"],
        lambda p: str(p["initiated"]),
        lambda p: f"{p['country'] or '?'}, of {p['contacts']} contacts",
    )
    for rank, pair in enumerate(stats["pairs"], 1):
        span = f"{pair['first'] or '?'}..{pair['last'] or '?'}"
        types = ", ".join(f"{t} {n}" for t, n in pair["types"].items())
        rows.append(("pairs", rank, f"{pair['a']} / {pair['b']}", str(pair["contacts"]), f"{span}; {types}"))
    for rank, row in enumerate(stats["countries"], 1):
        rows.append(
            (
                "countries",
                rank,
                row["country"],
                str(row["contacts"]),
                f"{row['people']} people, {row['partners']} partner countries",
            )
        )
    for section in ("types", "months"):
        for rank, (name, count) in enumerate(stats[section].items(), 1):
            rows.append((section, rank, name, str(count), ""))
    if stats["undated"]:
        rows.append(("months", 0, "undated", str(stats["undated"]), ""))
    return rows


def format_json(stats: dict[str, Any]) -> str:
    """The figures as indented JSON (non-ASCII names kept as they are)."""
    return json.dumps(stats, ensure_ascii=False, indent=2) + "\n"


def format_csv(stats: dict[str, Any]) -> str:
    """The figures as CSV rows ``section,rank,name,value,detail``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("section", "rank", "name", "value", "detail"))
    writer.writerows(_rows(stats))
    return out.getvalue()


def format_table(stats: dict[str, Any]) -> str:
    """The figures as aligned plain-text tables, one per section."""
    blocks: dict[str, list[tuple[str, str, str, str]]] = {}
    for section, rank, name, value, detail in _rows(stats):
        blocks.setdefault(section, []).append((str(rank) if rank else "", name, value, detail))
    parts = []
    for section, rows in blocks.items():
        widths = [max(len(row[i]) for row in rows) for i in range(3)]
        lines = [
            f"{rank:>{widths[0]}}  {name:<{widths[1]}}  {value:>{widths[2]}}  {detail}".rstrip()
            for rank, name, value, detail in rows
        ]
        parts.append(f"== {section} ==\n" + "\n".join(lines))
    return "\n\n".join(parts) + "\n"
