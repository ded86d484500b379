"""Node positions computed in Python: groups (communities or countries) as discs, members inside.

The groups are placed first, as a small weighted graph: a seeded spring layout, then packed so
their discs do not overlap while linked groups stay close. Inside its disc each group's members
are placed by one force layout run on all groups at once: springs along the group's own lines,
repulsion from the nearest nodes within a cut-off (found with a k-d tree, so a step costs
n log n, not n²), and a pull toward the group's centre. A group collapses to its disc when zoomed out, so
the page never has to show the whole graph node by node. Everything is seeded: the same graph
gives the same picture.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

SPACING = 60.0  # world units between neighbouring nodes
DISC_PER_NODE = 0.62  # disc radius is SPACING * (DISC_PER_NODE * sqrt(members) + DISC_PAD)
DISC_PAD = 0.5
GAP = 0.6 * SPACING  # empty space between two discs
PACK_STEPS = 300
FORCE_STEPS = 60
CUTOFF = 2.5 * SPACING  # nodes further apart than this do not repel each other
LARGE = 5000  # from this many nodes, half the force steps (the layout of 20,000 people stays within seconds)
NEIGHBOURS = 10  # a node is pushed by at most this many nearest nodes (bounds the cost of a step)
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


@dataclass(frozen=True)
class Layout:
    """Positions of ``n`` nodes (``xy``, shape (n, 2)) and of their groups' discs (``discs``: x, y, r)."""

    xy: np.ndarray
    discs: np.ndarray


def disc_radius(members: np.ndarray | int) -> np.ndarray:
    """The radius of the disc holding a group of ``members`` nodes."""
    return SPACING * (DISC_PER_NODE * np.sqrt(members) + DISC_PAD)


def _group_links(edges: np.ndarray, groups: np.ndarray, count: int) -> nx.Graph:
    """The groups as a weighted graph: one edge per pair of groups with lines between them."""
    graph = nx.Graph()
    graph.add_nodes_from(range(count))
    if len(edges):
        a, b = groups[edges[:, 0]], groups[edges[:, 1]]
        cross = a != b
        pairs, weights = np.unique(np.sort(np.stack([a[cross], b[cross]], axis=1), axis=1), axis=0, return_counts=True)
        graph.add_weighted_edges_from((int(u), int(v), float(w)) for (u, v), w in zip(pairs, weights, strict=True))
    return graph


def _separate(pos: np.ndarray, radii: np.ndarray, minimum: np.ndarray) -> bool:
    """One step pushing overlapping discs apart (the smaller moves more); False when none overlapped."""
    delta = pos[:, None, :] - pos[None, :, :]
    dist = np.linalg.norm(delta, axis=2)
    overlap = np.where(dist < minimum, minimum - dist, 0.0)
    np.fill_diagonal(overlap, 0.0)
    if not overlap.any():
        return False
    direction = delta / np.maximum(dist, 1e-6)[:, :, None]
    weight = radii[None, :] / (radii[:, None] + radii[None, :])
    pos += 0.5 * (direction * (overlap * weight)[:, :, None]).sum(axis=1)
    return True


def _pack(centres: np.ndarray, radii: np.ndarray, links: nx.Graph) -> np.ndarray:
    """Discs at ``centres`` moved until none overlap: linked discs drawn together, all pulled to the middle."""
    count = len(radii)
    if count == 1:
        return np.zeros((1, 2))
    pos = centres - centres.mean(axis=0)
    spread = np.abs(pos).max() or 1.0
    pos *= math.sqrt(float((4 * (radii + GAP) ** 2).sum())) / spread / 2
    edges = np.array(list(links.edges()), dtype=int).reshape(-1, 2)
    degree = np.maximum(np.bincount(edges.ravel(), minlength=count), 1)[:, None]
    minimum = radii[:, None] + radii[None, :] + GAP
    np.fill_diagonal(minimum, 0.0)
    for step in range(PACK_STEPS):
        cool = 1 - step / PACK_STEPS
        if len(edges):
            delta = pos[edges[:, 1]] - pos[edges[:, 0]]
            dist = np.linalg.norm(delta, axis=1, keepdims=True)
            target = minimum[edges[:, 0], edges[:, 1]][:, None]
            shift = 0.3 * cool * np.maximum(dist - target, 0.0) / np.maximum(dist, 1e-6) * delta
            moves = np.zeros_like(pos)
            np.add.at(moves, edges[:, 0], shift)
            np.add.at(moves, edges[:, 1], -shift)
            pos += moves / degree  # a disc moves at most part of the way toward the average of its links
        pos -= 0.04 * cool * (pos - np.average(pos, axis=0, weights=radii**2))
        _separate(pos, radii, minimum)
    for _ in range(PACK_STEPS):
        if not _separate(pos, radii, minimum):
            break
    return pos


def _seed_positions(groups: np.ndarray, order: np.ndarray, discs: np.ndarray) -> np.ndarray:
    """Members on a sunflower spiral in their disc, the best connected at the centre."""
    xy = np.zeros((len(groups), 2))
    rank = np.zeros(len(groups))
    seen: dict[int, int] = {}
    for node in order:
        group = int(groups[node])
        rank[node] = seen.get(group, 0)
        seen[group] = int(rank[node]) + 1
    sizes = np.bincount(groups, minlength=len(discs))[groups]
    radius = discs[groups, 2] * np.sqrt((rank + 0.5) / sizes) * 0.9
    angle = rank * GOLDEN_ANGLE
    xy[:, 0] = discs[groups, 0] + radius * np.cos(angle)
    xy[:, 1] = discs[groups, 1] + radius * np.sin(angle)
    return xy


def _relax(xy: np.ndarray, edges: np.ndarray, groups: np.ndarray, discs: np.ndarray, seed: int) -> np.ndarray:
    """Force steps inside the discs: springs on a group's own lines, local repulsion, centre pull."""
    count = len(xy)
    inside = edges[groups[edges[:, 0]] == groups[edges[:, 1]]] if len(edges) else edges.reshape(-1, 2)
    centre, limit = discs[groups, :2], discs[groups, 2][:, None] - SPACING * 0.3
    movable = np.bincount(groups, minlength=len(discs))[groups] > 1
    jitter = np.random.default_rng(seed).normal(scale=0.01 * SPACING, size=(count, 2))
    steps = FORCE_STEPS if count <= LARGE else FORCE_STEPS // 2
    for step in range(steps):
        force = np.zeros((count, 2))
        dist, near = cKDTree(xy).query(xy, k=NEIGHBOURS + 1, distance_upper_bound=CUTOFF, workers=-1)
        found = near[:, 1:] < count
        if found.any():
            rows = np.repeat(np.arange(count), NEIGHBOURS)[found.ravel()]
            others = near[:, 1:][found]
            delta = xy[rows] - xy[others] + jitter[rows]  # nodes on one spot still push apart
            gap = np.maximum(dist[:, 1:][found], 1.0)[:, None]
            push = delta * (SPACING**2 / gap**2) * (1 - gap / CUTOFF)
            for axis in (0, 1):
                force[:, axis] += np.bincount(rows, push[:, axis], count)
        if len(inside):
            delta = xy[inside[:, 0]] - xy[inside[:, 1]]
            pull = delta * np.linalg.norm(delta, axis=1, keepdims=True) / SPACING
            for axis in (0, 1):
                force[:, axis] -= np.bincount(inside[:, 0], pull[:, axis], count)
                force[:, axis] += np.bincount(inside[:, 1], pull[:, axis], count)
        force -= 0.3 * (xy - centre)
        temperature = SPACING * (1.5 * (1 - step / steps) + 0.05)
        length = np.linalg.norm(force, axis=1, keepdims=True)
        step_xy = force / np.maximum(length, 1e-9) * np.minimum(length, temperature)
        xy = xy + np.where(movable[:, None], step_xy, 0.0)
        offset = xy - centre
        reach = np.linalg.norm(offset, axis=1, keepdims=True)
        xy = np.where(reach > limit, centre + offset * limit / np.maximum(reach, 1e-9), xy)
    return xy


def grouped_layout(
    edges: np.ndarray, groups: np.ndarray, importance: np.ndarray, *, seed: int = 0
) -> Layout:
    """Positions for nodes ``0..n-1`` whose lines are ``edges`` (shape (m, 2)), in ``groups``
    (group number of each node, numbered from 0); ``importance`` orders members from the centre."""
    groups = np.asarray(groups, dtype=int)
    count = int(groups.max()) + 1 if len(groups) else 0
    if count == 0:
        return Layout(np.zeros((0, 2)), np.zeros((0, 3)))
    edges = np.asarray(edges, dtype=int).reshape(-1, 2)
    radii = disc_radius(np.bincount(groups, minlength=count))
    links = _group_links(edges, groups, count)
    start = nx.spring_layout(links, weight="weight", seed=seed, iterations=100) if count > 1 else {0: (0.0, 0.0)}
    centres = _pack(np.array([start[g] for g in range(count)], dtype=float), radii, links)
    discs = np.column_stack([centres, radii])
    order = np.lexsort((np.arange(len(groups)), -np.asarray(importance, dtype=float)))
    xy = _relax(_seed_positions(groups, order, discs), edges, groups, discs, seed)
    return Layout(np.round(xy, 1), np.round(discs, 1))
