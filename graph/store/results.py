"""Query answers in a backend-neutral form, rendered as a text table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, QueryBoolean, Triple

from ..defaults import FORMATS
from ..errors import DipgraphError
from ..vocab import PREFIXES


def plain(term: Any) -> str | None:
    """A term as plain text: the IRI, the literal's lexical form, ``_:id`` for a blank node."""
    if term is None:
        return None
    if isinstance(term, (NamedNode, Literal)):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


def compact(iri: str) -> str:
    """An IRI shortened with the graph's prefixes, for display."""
    for prefix, base in PREFIXES.items():
        if iri.startswith(base) and re.fullmatch(r"[\w.-]*", iri[len(base):]):
            return f"{prefix}:{iri[len(base):]}"
    return iri


@dataclass
class QueryResult:
    """Columns and rows of a SELECT (terms, None when unbound), the answer of an ASK, or triples."""

    columns: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Triple] | None = None

    @classmethod
    def from_raw(cls, raw: Any, hide: frozenset[str] = frozenset()) -> QueryResult:
        if isinstance(raw, QueryBoolean):
            return cls(boolean=bool(raw))
        if isinstance(raw, list):
            return cls(triples=[q.triple if hasattr(q, "triple") else q for q in raw])
        names = [v.value for v in raw.variables if v.value not in hide]
        return cls(names, [[solution[name] for name in names] for solution in raw])

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dictionaries of plain values."""
        return [{c: plain(v) for c, v in zip(self.columns, row, strict=True)} for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def render(self, fmt: str = "table") -> str:
        """The answer as ``table`` (aligned text), ``csv`` or ``json``."""
        if fmt not in FORMATS:
            raise DipgraphError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        if self.boolean is not None:
            return json.dumps(self.boolean) if fmt == "json" else ("yes" if self.boolean else "no")
        if self.triples is not None:
            return "".join(f"{t.subject} {t.predicate} {t.object} .\n" for t in self.triples)
        if fmt == "json":
            return json.dumps(self.records(), ensure_ascii=False, indent=1)
        if fmt == "csv":
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(self.columns)
            writer.writerows([[plain(v) or "" for v in row] for row in self.rows])
            return out.getvalue()
        cells = [[compact(v.value) if isinstance(v, NamedNode) else plain(v) or "" for v in row] for row in self.rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(self.columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(self.columns, widths, strict=True)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(lines)
