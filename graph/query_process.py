"""The worker process of :mod:`graph.store.isolation`: answers queries on a read-only view of a store.

Kept apart from ``graph.store`` so that a new worker imports only pyoxigraph and starts quickly.
"""
from __future__ import annotations

import signal
import time
from multiprocessing.connection import Connection

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, Store, serialize

RESULTS = "application/sparql-results+json"
TRIPLES = "application/n-triples"


OPEN_TRIES = 40  # attempts at opening the read-only view while a writer's compaction renames its files
OPEN_PAUSE = 0.05  # seconds between attempts


def open_read_only(path: str) -> Store:
    """A read-only view of the store: retried while a writer that just finished compacts the files the view
    would open (the engine then reports them missing)."""
    for attempt in range(OPEN_TRIES):
        try:
            return Store.read_only(path)
        except (OSError, RuntimeError):
            if attempt == OPEN_TRIES - 1:
                raise
            time.sleep(OPEN_PAUSE)
    raise AssertionError("unreachable")


def serve_queries(path: str, conn: Connection, prefixes: dict[str, str]) -> None:
    """The child's loop: answer each query text received on ``conn`` until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the parent, which stops this process
    store = open_read_only(path)
    while True:
        try:
            sparql = conn.recv()
        except EOFError:
            return
        answer: tuple[str, str, bytes | str]
        try:
            result = store.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
            if isinstance(result, (QuerySolutions, QueryBoolean)):
                answer = ("ok", RESULTS, result.serialize(format=QueryResultsFormat.JSON) or b"")
            else:
                answer = ("ok", TRIPLES, serialize(result, format=RdfFormat.N_TRIPLES) or b"")
        except SyntaxError as err:
            answer = ("syntax", "", str(err))
        except (OSError, RuntimeError, ValueError) as err:
            answer = ("error", "", str(err))
        conn.send(answer)
