"""Checking a graph against the SHACL shapes the package ships (``graph/ontology/shapes.ttl``), with pySHACL.

The shapes say what every contact, report, article, actor, topic and summary must carry. The
ontology is given to the validator, so that ``sh:targetClass`` and ``sh:class`` see the class tree
(a ``dg:PhoneCall`` is a ``sem:Event``) without running RDFS inference over the data.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import pyshacl
import rdflib
from pyoxigraph import Quad, RdfFormat, serialize

from .export import store_quads
from .store import ContactStore


@dataclass(frozen=True)
class Validation:
    """Whether the graph conforms, how many results the validator reported, and its text report."""

    conforms: bool
    violations: int
    text: str


@cache
def _shapes() -> tuple[rdflib.Graph, rdflib.Graph]:
    """The shapes and the ontology, parsed once (the validator does not change them)."""
    folder = files("graph") / "ontology"
    shapes = rdflib.Graph().parse(data=(folder / "shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    ontology = rdflib.Graph().parse(data=(folder / "dipgraph.ttl").read_text(encoding="utf-8"), format="turtle")
    return shapes, ontology


def data_graph(quads: Iterable[Quad]) -> rdflib.Graph:
    """The triples of ``quads`` (named graphs merged) as an rdflib graph, the form pySHACL reads."""
    text = serialize([q.triple for q in quads], format=RdfFormat.N_TRIPLES) or b""
    return rdflib.Graph().parse(data=text, format="nt")


def validate_graph(data: rdflib.Graph, *, first_only: bool = False) -> Validation:
    """Validate an rdflib graph against the shipped shapes (``first_only``: stop at the first violation)."""
    shapes, ontology = _shapes()
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                              abort_on_first=first_only, allow_warnings=True)
    results = sum(1 for _ in report.subjects(rdflib.RDF.type, rdflib.SH.ValidationResult))
    return Validation(bool(conforms), results, str(text))


def validate(store: ContactStore) -> Validation:
    """Validate every graph of the store against the shipped shapes."""
    return validate_graph(data_graph(store_quads(store)))
