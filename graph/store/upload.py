"""Upload a graph to a SPARQL server in batches, resumable: the server's bulk path for a graph at volume.

A graph is first built in the embedded store (``dipgraph load``, fast on every core), then its quads go
to the server in batches. Each batch is named by a digest of its quads and sent in one request together
with a record of itself in the uploads graph (``dgg:uploads``): the server adds the batch and its
record in one transaction, so a batch is either in, recorded, or not at all. An upload that stopped
(server down, network, Ctrl-C) is started again with the same command: batches already recorded are
skipped, the others sent, and the graph ends with exactly the quads of an upload that never stopped
(adding a quad already there adds nothing, and the graph has no blank nodes).

Two ways of sending a batch:

- ``graph_store``: N-Quads posted to a Graph Store Protocol endpoint of the whole dataset (Oxigraph's
  ``/store``, Jena Fuseki's ``/DATASET/data``), the fastest way into servers that take N-Quads;
- otherwise, one SPARQL Update ``INSERT DATA`` request per batch (any SPARQL 1.1 server; Virtuoso 7,
  whose Graph Store endpoint takes one graph at a time, loads this way).
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import Store

from ..errors import DipgraphError
from ..rdf import XSD_INT, A, D, Q, Term, as_text, nquads, ref, typed
from ..vocab import DATA, graph_iri
from .backend import RemoteBackend, data_updates
from .bulk_loader import VirtuosoLoader

UPLOADS = ref(graph_iri("uploads"))  # the graph of the batches uploaded
BATCH_BASE = f"{DATA}upload/"  # a batch's IRI: this and the digest of its quads
GRAPH_STORE_BATCH = 50_000  # quads a batch over the Graph Store Protocol
UPDATE_BATCH = RemoteBackend.CHUNK  # quads a batch over SPARQL Update
N_QUADS = "application/n-quads"


@dataclass
class UploadReport:
    """What an upload did: batches sent now, batches found already uploaded, and quads sent."""

    batches: int = 0
    skipped: int = 0
    quads_sent: int = 0


def store_quads(path: Path) -> Iterator[Q]:
    """The quads of an embedded store, read-only, in the store's order (the same for the same quads)."""
    if not (path / "CURRENT").exists():
        raise DipgraphError(f"no store at {path}: create one with `dipgraph load FACTS --store {path}`")
    store = Store.read_only(str(path))
    for quad in store.quads_for_pattern(None, None, None, None):
        q = as_text(quad)
        if q[3] != UPLOADS:
            yield q


def batches(quads: Iterable[Q], size: int) -> Iterator[tuple[Term, list[Q]]]:
    """The quads in batches of ``size``, each with its IRI (a digest of its N-Quads)."""
    batch: list[Q] = []
    for quad in quads:
        batch.append(quad)
        if len(batch) == size:
            yield batch_iri(batch), batch
            batch = []
    if batch:
        yield batch_iri(batch), batch


def batch_iri(batch: list[Q]) -> Term:
    return ref(BATCH_BASE + hashlib.sha256(nquads(batch).encode("utf-8")).hexdigest()[:32])


def record(iri: Term, batch: list[Q]) -> list[Q]:
    """The quads that say a batch is uploaded."""
    return [(iri, A, D["UploadBatch"], UPLOADS), (iri, D["quadCount"], typed(str(len(batch)), XSD_INT), UPLOADS)]


def uploaded(server: RemoteBackend) -> set[Term]:
    """The batches recorded on the server."""
    return {row["b"] for row in server.rows(f"SELECT ?b WHERE {{ GRAPH {UPLOADS} {{ ?b a {D['UploadBatch']} }} }}")}


def upload(quads: Iterable[Q], server: RemoteBackend, *, graph_store: str | None = None, batch: int | None = None,
           loader: VirtuosoLoader | None = None, on_batch: Callable[[int], None] | None = None) -> UploadReport:
    """Send ``quads`` to ``server`` in batches of ``batch`` quads, skipping batches already uploaded.

    With ``graph_store`` (a Graph Store Protocol URL that takes N-Quads for the whole dataset) each batch is
    one N-Quads POST there; with ``loader`` each batch is a file for Virtuoso's bulk loader, and the files are
    loaded together at the end; else each is one ``INSERT DATA`` to the server's update endpoint.
    ``on_batch`` is called with the number of quads of each batch sent or skipped (for progress).
    """
    size = batch or (GRAPH_STORE_BATCH if graph_store or loader else UPDATE_BATCH)
    if size < 1:
        raise DipgraphError(f"a batch needs at least one quad, not {size}")
    done = uploaded(server)
    if loader is not None:
        loader.clear()
    report = UploadReport()
    for iri, quads_ in batches(quads, size):
        if iri in done:
            report.skipped += 1
        else:
            with_record = quads_ + record(iri, quads_)
            if loader is not None:
                loader.write(iri, with_record)
            elif graph_store:
                server.post(graph_store, nquads(with_record).encode("utf-8"), N_QUADS)
            else:
                (update,) = data_updates("INSERT", with_record, len(with_record))
                server.update(update)
            report.batches += 1
            report.quads_sent += len(quads_)
        if on_batch is not None:
            on_batch(len(quads_))
    if loader is not None and report.batches:
        loader.load()
    return report
