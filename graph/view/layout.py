"""Node positions computed in Python, so the browser draws a finished layout with physics off.

Each connected component gets its own layout (Kamada-Kawai when small, seeded spring otherwise),
as large as its number of nodes needs; the components are then packed in rows, largest first
(news graphs have many small components, which one spring layout would push to the rim and squeeze).
"""

from __future__ import annotations

import math

import networkx as nx

SPACING = 160.0  # pixels per node, roughly the distance between neighbours
SMALL = 100  # up to this many nodes, Kamada-Kawai spaces nodes evenly (it is quadratic)
LARGE = 500  # from this many nodes, fewer layout iterations keep page building within seconds


def _component(graph: nx.Graph, seed: int) -> tuple[dict[str, tuple[float, float]], float]:
    """A component's positions centred on 0, and its radius."""
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}, SPACING / 2
    radius = SPACING * math.sqrt(len(graph)) / 2 + SPACING / 4
    if len(graph) <= SMALL:
        layout = nx.kamada_kawai_layout(graph, weight=None, scale=radius)
    else:
        layout = nx.spring_layout(
            graph, weight=None, seed=seed, scale=radius, iterations=50 if len(graph) < LARGE else 20
        )
    return {node: (float(x), float(y)) for node, (x, y) in layout.items()}, radius


def positions(graph: nx.Graph, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Seeded screen positions (pixels) of every node of ``graph``."""
    parts = [
        _component(graph.subgraph(nodes), seed)
        for nodes in sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    ]
    area = sum((2 * radius + SPACING / 2) ** 2 for _, radius in parts)
    width = max([math.sqrt(area) * 1.3] + [2 * radius for _, radius in parts[:1]])
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for layout, radius in parts:
        box = 2 * radius + SPACING / 2
        if x > 0 and x + box > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in layout.items():
            out[node] = (x + box / 2 + px, y + box / 2 + py)
        x += box
        row_height = max(row_height, box)
    return out
