"""Colours and line styles shared by the views (plain data handed to the page's script)."""

from __future__ import annotations

from collections import Counter

TYPE_COLORS = {"phone_call": "#1f77b4", "meeting": "#2ca02c", "visit": "#ff7f0e", "message": "#9467bd"}
# Tableau-like palette, distinguishable on white; countries beyond it share OTHER_COLOR.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#17becf",
    "#bcbd22",
    "#8c564b",
)
OTHER_COLOR = "#aaaaaa"
UNKNOWN = "?"


def country_colors(counts: Counter[str]) -> dict[str, str]:
    """A colour for each of the most frequent countries (ties by code, so the result is stable)."""
    ranked = sorted((c for c in counts if c != UNKNOWN), key=lambda c: (-counts[c], c))
    return {code: PALETTE[rank] for rank, code in enumerate(ranked[: len(PALETTE)])}


def legend(colors: dict[str, str], counts: Counter[str]) -> dict[str, list[list[str]]]:
    """Legend entries: countries with their colours (then "other"), and contact types."""
    countries = [[code, color] for code, color in colors.items()]
    if any(code not in colors for code in counts):
        countries.append(["other / unknown", OTHER_COLOR])
    return {"countries": countries, "types": [[t.replace("_", " "), c] for t, c in TYPE_COLORS.items()]}
