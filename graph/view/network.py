"""The person network page: people as nodes, one line per pair, contacts listed on hover."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import networkx as nx

from ..analyse import MEASURES, centrality, contact_graph
from ..errors import DipgraphError
from ..model import Contact
from .filters import ViewFilters, apply_filters
from .page import render_page
from .payload import graph_payload
from .style import OTHER_COLOR, UNKNOWN, country_colors, legend


def check_measure(size_by: str) -> None:
    """Raise a DipgraphError unless ``size_by`` names a measure nodes can be sized by."""
    if size_by not in MEASURES:
        raise DipgraphError(f"cannot size nodes by {size_by!r} (expected one of {', '.join(MEASURES)})")


def draw_graph(
    graph: nx.Graph,
    records_from: Sequence[Contact],
    path: str | Path,
    *,
    title: str,
    kind: str,
    size_by: str,
    info: dict[str, list[str]],
) -> Path:
    """Write a network page for a graph from ``contact_graph`` (people or countries)."""
    counts = Counter(graph.nodes[n]["country"] or UNKNOWN for n in graph)
    colors = country_colors(counts)
    payload = graph_payload(
        graph,
        records_from,
        scores=centrality(graph, size_by),
        color=lambda n: colors.get(graph.nodes[n]["country"], OTHER_COLOR),
        info=info.__getitem__,
    )
    payload.update(legend=legend(colors, counts), sizeBy=size_by.replace("_", " "), kind=kind)
    return render_page(path, title=title, kind=kind, payload=payload, script="network.js")


def _person_info(graph: nx.Graph, node: str) -> list[str]:
    data = graph.nodes[node]
    lines = [
        data["name_ar"],
        data["role"],
        f"country: {data['country'] or 'unknown'}",
        f"{data['contacts']} contacts with {graph.degree(node)} counterparts",
    ]
    return [line for line in lines if line]


def network_page(
    contacts: Sequence[Contact],
    path: str | Path,
    *,
    title: str | None = None,
    size_by: str = "contacts",
    filters: ViewFilters | None = None,
) -> Path:
    """Write the person network of ``contacts`` (after ``filters``) to ``path``; returns the path.

    Nodes are coloured by country and sized by ``size_by`` (contacts, degree, betweenness or
    eigenvector); lines are as wide as the pair's number of contacts.
    """
    check_measure(size_by)
    kept = apply_filters(contacts, filters)
    graph = contact_graph(kept)
    title = title or f"Diplomatic contacts: {len(graph)} people, {len(kept)} contacts"
    return draw_graph(
        graph,
        kept,
        path,
        title=title,
        kind="network",
        size_by=size_by,
        info={node: _person_info(graph, node) for node in graph},
    )
