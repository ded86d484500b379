"""Exports of the graph: RDF (Turtle, TriG, N-Quads, JSON-LD), the contact network for Gephi
(GraphML, GEXF, via networkx), and one CSV row per merged contact."""
from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, BinaryIO

from .errors import DipgraphError
from .model import Actor, Contact

if TYPE_CHECKING:  # the libraries are imported on use: they take a while to load
    import networkx as nx
    from pyoxigraph import Quad

    from .store import ContactStore

EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld", "graphml", "gexf", "csv")
FORMAT_ALIASES = {"ttl": "turtle", "nq": "nquads", "json-ld": "jsonld"}  # the files' usual extensions
ALL_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


def store_quads(store: ContactStore) -> list[Quad]:
    """Every quad of every named graph."""
    from pyoxigraph import Quad

    rows = store.backend.select(ALL_QUADS)
    return [Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]  # type: ignore[union-attr]


def _node_id(actor: Actor) -> str:
    return actor.wikidata or f"{actor.kind}:{actor.country or ''}:{actor.name}"


def contact_network(contacts: list[Contact]) -> nx.Graph:
    """Actors as nodes, one weighted edge per pair (weight = contacts; types, first and last date, reports)."""
    import networkx as nx

    graph = nx.Graph()
    for c in contacts:
        for actor in c.participants:
            graph.add_node(_node_id(actor), label=actor.name, name_ar=actor.name_ar or "",
                           country=actor.country or "", wikidata=actor.wikidata or "", kind=actor.kind)
        ids = sorted({_node_id(a) for a in c.participants})
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                edge = graph.get_edge_data(a, b) or {"weight": 0, "reports": 0, "types": "", "first": "", "last": ""}
                dates = [d for d in (edge["first"], edge["last"], c.date or "") if d]
                types = sorted(set(filter(None, edge["types"].split(" "))) | {c.type})
                graph.add_edge(a, b, weight=edge["weight"] + 1, reports=edge["reports"] + c.extra.get("n_sources", 1),
                               types=" ".join(types), first=min(dates, default=""), last=max(dates, default=""))
    return graph


def contacts_csv(contacts: list[Contact]) -> str:
    """One row per merged contact."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["date", "type", "participants", "initiator", "status", "topics", "n_sources", "article_id",
                     "url", "evidence"])
    for c in contacts:
        writer.writerow([c.date or "", c.type, "; ".join(p.name for p in c.participants), c.initiator or "",
                         c.status, "; ".join(c.topics), c.extra.get("n_sources", 1), c.article_id, c.url or "",
                         c.evidence.text])
    return out.getvalue()


def export(store: ContactStore, fmt: str, out: BinaryIO) -> None:
    """Write the store's graph to the binary stream ``out`` in ``fmt`` (one of ``EXPORT_FORMATS``, or an
    alias of ``FORMAT_ALIASES`` such as ``ttl``)."""
    import networkx as nx
    from pyoxigraph import RdfFormat, serialize
    from rdflib import Dataset

    from .vocab import PREFIXES

    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt in ("turtle", "trig", "nquads"):
        quads = store_quads(store)
        if fmt == "turtle":
            serialize([q.triple for q in quads], out, RdfFormat.TURTLE, prefixes=PREFIXES)
        elif fmt == "trig":
            serialize(quads, out, RdfFormat.TRIG, prefixes=PREFIXES)
        else:
            serialize(quads, out, RdfFormat.N_QUADS)
    elif fmt == "jsonld":
        dataset = Dataset()
        dataset.parse(data=serialize(store_quads(store), format=RdfFormat.N_QUADS), format="nquads")
        out.write(dataset.serialize(format="json-ld", context=PREFIXES, indent=1).encode("utf-8"))
    elif fmt in ("graphml", "gexf"):
        graph = contact_network(store.contacts())
        (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, out)
    elif fmt == "csv":
        out.write(contacts_csv(store.contacts()).encode("utf-8"))
    else:
        names = ", ".join(EXPORT_FORMATS + tuple(FORMAT_ALIASES))
        raise DipgraphError(f"unknown export format {fmt!r}: use one of {names}")
