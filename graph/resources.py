"""Access to the reference data the package ships (gazetteer, vocabularies, samples).

In an installed wheel the top-level ``data/`` folder lives inside the package as ``graph/_data``;
in a source checkout it is the ``data/`` folder beside the package.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path


@cache
def data_root() -> Traversable:
    """The folder holding the shipped reference data."""
    packaged = files("graph") / "_data"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / "data"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("dipgraph's reference data is missing: reinstall the package (pip install dipgraph)")


def data_file(*parts: str) -> Traversable:
    """One shipped data file, e.g. ``data_file("gazetteer", "people.tsv")``."""
    node = data_root()
    for part in parts:
        node = node / part
    return node


def read_tsv(*parts: str) -> list[dict[str, str]]:
    """Rows of a shipped TSV table (header line first; lines starting with ``#`` are comments)."""
    text = data_file(*parts).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows
