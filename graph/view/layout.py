"""Node positions computed in Python, so the browser draws a finished layout with physics off."""
from __future__ import annotations

import math

import networkx as nx

LARGE = 500  # from this many nodes, fewer layout iterations keep page building within seconds


def positions(graph: nx.Graph, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """A seeded force-directed layout in screen pixels (about 60 px between neighbours)."""
    if len(graph) == 0:
        return {}
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    scale = 60.0 * math.sqrt(len(graph)) + 100.0
    layout = nx.spring_layout(graph, weight=None, seed=seed, scale=scale,
                              iterations=50 if len(graph) < LARGE else 20)
    return {node: (float(x), float(y)) for node, (x, y) in layout.items()}
