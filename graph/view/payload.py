"""The plain data a page's script draws: contact records, and nodes/edges with their positions.

Nodes and edges are built here as lists of dicts (vis-network's own format), not with pyvis'
``add_edge``, whose duplicate check makes large graphs quadratic. Text is not escaped here: the
page writes it into the document as text (see ``page.py``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import networkx as nx

from ..analyse import contact_day, pair_direction, sources
from ..model import Contact
from .layout import positions
from .page import safe_url, text_dir
from .style import TYPE_COLORS

MIN_NODE, MAX_NODE = 8.0, 40.0
MAX_EDGE = 12.0


def contact_record(contact: Contact) -> dict[str, Any]:
    """What the details panel shows about one contact, with one entry per source article."""
    return {
        "date": contact_day(contact),
        "approx": not contact.date and bool(contact.published),
        "type": contact.type,
        "status": contact.status,
        "initiator": contact.initiator,
        "people": [a.name for a in contact.participants],
        "topics": list(contact.topics),
        "sources": [
            {
                "article": str(s.get("article_id") or ""),
                "title": s.get("title") or None,
                "url": safe_url(s.get("url")),
                "text": (s.get("evidence") or {}).get("text") or "",
                "dir": text_dir((s.get("evidence") or {}).get("text") or "", contact.lang),
            }
            for s in sources(contact)
        ],
    }


def _edge_style(contacts: Sequence[Contact], indices: list[int], u: str, v: str) -> dict[str, Any]:
    """Width by count, colour by dominant type, dashes when all planned, arrows where initiators are known."""
    types = Counter(contacts[i].type for i in indices)
    dominant = min(types, key=lambda t: (-types[t], t))
    initiators = {pair_direction(contacts[i], u, v) for i in indices} - {None}
    style: dict[str, Any] = {
        "width": min(MAX_EDGE, 1.0 + 2.0 * math.log2(len(indices))),
        "color": {"color": TYPE_COLORS[dominant], "highlight": "#000000", "hover": "#000000", "opacity": 0.8},
        "dashes": all(contacts[i].status == "planned" for i in indices),
        "type": dominant,
    }
    if initiators:
        style["arrows"] = {
            "to": {"enabled": u in initiators, "scaleFactor": 0.6},
            "from": {"enabled": v in initiators, "scaleFactor": 0.6},
        }
    return style


def graph_payload(
    graph: nx.Graph,
    records_from: Sequence[Contact],
    *,
    scores: dict[str, float],
    color: Callable[[str], str],
    info: Callable[[str], list[str]],
) -> dict[str, Any]:
    """Nodes (sized by ``scores``), edges and contact records of a graph from ``contact_graph``.

    ``records_from[i]`` is the contact shown for the graph's contact ``i`` (the country view draws
    an aggregated graph but shows the original contacts).
    """
    contacts = graph.graph["contacts"]
    ids = {node: number for number, node in enumerate(graph)}
    top = max(scores.values(), default=0.0) or 1.0
    nodes = []
    for node, (x, y) in positions(graph).items():
        data = graph.nodes[node]
        nodes.append(
            {
                "id": ids[node],
                "label": data["name"],
                "alt": data["name_ar"],
                "x": round(x, 1),
                "y": round(y, 1),
                "size": round(MIN_NODE + (MAX_NODE - MIN_NODE) * math.sqrt(max(scores[node], 0.0) / top), 1),
                "score": round(scores[node], 6),
                "color": color(node),
                "shape": "dot" if data["kind"] == "person" else "square",
                "info": info(node),
            }
        )
    edges: list[dict[str, Any]] = []
    for number, (u, v, data) in enumerate(graph.edges(data=True)):
        edge = {
            "id": number,
            "from": ids[u],
            "to": ids[v],
            "contacts": sorted(data["contacts"], key=lambda i: contact_day(contacts[i]) or ""),
        }
        edge.update(_edge_style(contacts, data["contacts"], u, v))
        edges.append(edge)
    used = sorted({i for edge in edges for i in edge["contacts"]})
    return {
        "nodes": nodes,
        "edges": edges,
        "contacts": {str(i): contact_record(records_from[i]) for i in used},
        "typeColors": TYPE_COLORS,
    }
