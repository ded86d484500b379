"""Saved queries: ``graph/queries/NAME.rq``, each with a header saying what it answers and its parameters.

Header lines look like::

    # Contacts of a person, newest first.
    # @param person text  English or Arabic name, or part of it, any case (required)
    # @param from date  earliest date, YYYY-MM-DD (optional)

A parameter is bound to the query variable of the same name as an RDF term of its type, never
pasted into the text: ``text`` → plain literal, ``name`` → the name's key (``graph.rdf.name_key``:
normalised words, matched by equality against the ``dg:nameKey`` of actors), ``date`` →
``xsd:date``, ``type`` → our contact class (``phone_call`` → ``dg:PhoneCall``), ``country`` → the
country's IRI (ISO 3166-1 alpha-3).
Parameters the query declares ``(optional)`` may be left out; the query sees them unbound. Test
that with ``COALESCE(STR(?from), "") = ""``: pyoxigraph's ``BOUND`` does not see substituted values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib.resources import files

from pyoxigraph import Literal, NamedNode

from ..errors import DipgraphError
from ..model import CONTACT_TYPES
from ..rdf import TYPE_CLASS, XSD_DATE, XSD_INT, country_iri, name_key, node
from .backend import Binding


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    help: str
    optional: bool


@dataclass(frozen=True)
class SavedQuery:
    name: str
    summary: str
    params: tuple[Param, ...]
    text: str

    def bind(self, values: dict[str, str]) -> dict[str, Binding]:
        """Parameter values as typed RDF terms; unknown or missing required parameters are errors."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise DipgraphError(f"saved query {self.name!r} has no parameter {unknown[0]!r}; "
                                f"its parameters: {self.usage()}")
        missing = [p.name for p in self.params if not p.optional and not values.get(p.name)]
        if missing:
            raise DipgraphError(f"saved query {self.name!r} needs --param {missing[0]}=…; "
                                f"its parameters: {self.usage()}")
        return {k: to_term(known[k], v) for k, v in values.items() if v}

    def usage(self) -> str:
        return ", ".join(f"{p.name} ({p.kind}{', optional' if p.optional else ''})" for p in self.params) or "none"


def to_term(param: Param, value: str) -> Binding:
    """One parameter value as the RDF term its kind says."""
    if param.kind == "text":
        return Literal(value)
    if param.kind == "name":
        return Literal(name_key(value))
    if param.kind == "int":
        if not value.isdigit():
            raise DipgraphError(f"parameter {param.name} needs a whole number, not {value!r}")
        return Literal(value, datatype=node(XSD_INT))
    if param.kind == "date":
        try:
            return Literal(date.fromisoformat(value).isoformat(), datatype=node(XSD_DATE))
        except ValueError as err:
            raise DipgraphError(f"parameter {param.name} needs a date as YYYY-MM-DD, not {value!r}") from err
    if param.kind == "type":
        if value not in TYPE_CLASS:
            raise DipgraphError(f"parameter {param.name} is a contact type: one of {', '.join(CONTACT_TYPES)}")
        return node(TYPE_CLASS[value])
    if param.kind == "country":
        code = value.strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DipgraphError(f"parameter {param.name} needs an ISO 3166-1 alpha-3 code such as RUS, not {value!r}")
        return node(country_iri(code))
    if param.kind == "iri":
        return NamedNode(value)
    raise DipgraphError(f"unknown parameter kind {param.kind!r} in a saved query")


def parse_saved(name: str, text: str) -> SavedQuery:
    summary: list[str] = []
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        match = re.match(r"@param\s+(\w+)\s+(\w+)\s*(.*)", body)
        if match:
            params.append(Param(match[1], match[2], match[3].strip(), "(optional)" in match[3]))
        elif body and not params:
            summary.append(body)
    return SavedQuery(name, " ".join(summary), tuple(params), text)


@cache
def saved_queries() -> dict[str, SavedQuery]:
    """Every saved query shipped in ``graph/queries``, by name."""
    out = {}
    for item in sorted((files("graph") / "queries").iterdir(), key=lambda f: f.name):
        if item.name.endswith(".rq"):
            out[item.name[:-3]] = parse_saved(item.name[:-3], item.read_text(encoding="utf-8"))
    return out


def saved_query(name: str) -> SavedQuery:
    queries = saved_queries()
    if name not in queries:
        raise DipgraphError(f"no saved query {name!r}; saved queries: {', '.join(queries)} "
                            f"(`dipgraph query --list` describes them)")
    return queries[name]
