"""Queries of an on-disk store run in a worker process, so that they can be stopped.

Oxigraph evaluates a query in native code that neither Ctrl-C nor a timer can interrupt, so a
query with a time limit or a way to cancel it runs in a child process (:mod:`graph.query_process`)
holding its own read-only view of the store. The parent waits for the answer; at the time limit, on Ctrl-C or when
``cancelled()`` says so, it kills the child, which frees the CPU at once. The next query starts a
new child. Answers come back as SPARQL JSON results or N-Triples, as from a SPARQL server.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from ..defaults import DEFAULT_TIMEOUT
from ..errors import DipgraphError
from ..query_process import RESULTS, TRIPLES, serve_queries

WORKERS = max(2, os.cpu_count() or 2)  # queries of one store that may run at once (started when needed)
POLL_SECONDS = 0.05  # how often a waiting parent checks the clock and the cancel condition


class QueryTimeout(DipgraphError):
    """A query stopped at its time limit."""


class QueryCancelled(DipgraphError):
    """A query stopped because its answer was no longer wanted (the client went away)."""


class WorkerStopped(DipgraphError):
    """The query process ended without answering."""


@dataclass(frozen=True)
class QueryLimits:
    """How a user's query may run: its time limit in seconds (None: none), whether ``SERVICE`` may
    reach other servers, and a check that says the answer is no longer wanted."""

    timeout: float | None = DEFAULT_TIMEOUT
    allow_service: bool = False
    cancelled: Callable[[], bool] | None = None


class QueryWorker:
    """A child process answering queries on a read-only view of the store at ``path``."""

    def __init__(self, path: Path, prefixes: dict[str, str]):
        self.path, self.prefixes = path, prefixes
        self.process: Any = None
        self.conn: Connection | None = None

    def run(self, sparql: str, limits: QueryLimits, started: float | None = None) -> tuple[str, bytes]:
        """``(media type, body)`` of the answer; QueryTimeout or QueryCancelled when stopped. The time
        limit counts from ``started`` (a ``time.monotonic()``), by default from now. A child that dies
        before answering (its view of a store just rewritten could not be opened) is replaced once."""
        started = started or time.monotonic()
        try:
            return self._run(sparql, limits, started)
        except (EOFError, ConnectionResetError, BrokenPipeError, WorkerStopped):
            return self._run(sparql, limits, started)

    def _run(self, sparql: str, limits: QueryLimits, started: float) -> tuple[str, bytes]:
        conn = self._connection()
        deadline = started + limits.timeout if limits.timeout else None
        try:
            conn.send(sparql)
            while not conn.poll(POLL_SECONDS):
                if deadline is not None and time.monotonic() > deadline:
                    raise QueryTimeout(f"the query ran past its time limit of {limits.timeout:g} s and was stopped")
                if limits.cancelled is not None and limits.cancelled():
                    raise QueryCancelled("the query was stopped: its answer is no longer wanted")
                if not self.process.is_alive():
                    raise WorkerStopped(f"the query process stopped unexpectedly (exit code {self.process.exitcode})")
            status, kind, body = conn.recv()
        except BaseException:
            self.stop()
            raise
        if status == "syntax":
            from .sparql import syntax_error

            raise syntax_error(sparql, body)
        if status == "error":
            raise DipgraphError(f"the query failed: {body}")
        return kind, body

    def _connection(self) -> Connection:
        if self.conn is None or self.process is None or not self.process.is_alive():
            self.stop()
            context = multiprocessing.get_context("spawn")  # never fork a process holding the store's locks
            parent, child = context.Pipe()
            self.process = context.Process(target=serve_queries, args=(str(self.path), child, self.prefixes),
                                           name="dipgraph-query", daemon=True)
            self.process.start()
            child.close()
            self.conn = parent
        return self.conn

    def stop(self) -> None:
        """Kill the child (if any) and wait for it: its CPU is free when this returns."""
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
            self.process.close()
        if self.conn is not None:
            self.conn.close()
        self.process = self.conn = None


class QueryWorkers:
    """A few :class:`QueryWorker` s for queries that come at once (from a threaded server); a query waits
    for a free one, and that wait counts against its time limit."""

    def __init__(self, path: Path, prefixes: dict[str, str], size: int = WORKERS):
        self.idle: queue.LifoQueue[QueryWorker] = queue.LifoQueue()
        for _ in range(size):
            self.idle.put(QueryWorker(path, prefixes))
        self.size = size

    def run(self, sparql: str, limits: QueryLimits) -> tuple[str, bytes]:
        """As :meth:`QueryWorker.run`, on the worker that last finished (it is warm)."""
        start = time.monotonic()
        try:
            worker = self.idle.get(timeout=limits.timeout)
        except queue.Empty:
            raise QueryTimeout(f"every query process stayed busy for {limits.timeout:g} s; try again later") from None
        try:
            return worker.run(sparql, limits, start)
        finally:
            self.idle.put(worker)

    def stop(self) -> None:
        """Stop the idle workers (a busy one is left to finish); the next query starts a fresh one."""
        for _ in range(self.size):
            try:
                worker = self.idle.get_nowait()
            except queue.Empty:
                break
            worker.stop()
            self.idle.put(worker)
