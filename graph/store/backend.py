"""Where the quads live: an embedded Oxigraph store on disk, or any SPARQL 1.1 server over HTTP.

Both backends offer the same few operations, batched so that a remote server answers a whole load
in a handful of requests: which graphs exist, the statements about a list of subjects, applying a
set of removals and additions, and running a read-only query.
"""
from __future__ import annotations

import contextlib
import io
import logging
import os
import queue
import re
import shutil
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from pyoxigraph import (
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    parse,
    parse_query_results,
)

from ..errors import DipgraphError
from ..rdf import Q, Term, as_text, node, nquads
from ..vocab import PREFIXES
from .isolation import RESULTS, TRIPLES, QueryLimits, QueryTimeout, QueryWorkers
from .sparql import declare_prefixes, query_form, syntax_error

log = logging.getLogger(__name__)
SPOOL_PREFIX = ".dipgraph-load-"  # earlier versions spooled a load's N-Quads in a folder of this name
LEFTOVERS = (f"{SPOOL_PREFIX}*", "bulk-*.sst")  # what a load stopped by force leaves in the store folder
READ_BUFFER = 1 << 20  # bytes of N-Quads handed to the bulk loader at a time
PIPE_SIZE = 1 << 20  # bytes a pipe to the bulk loader holds where the system lets it be widened (Linux)
AHEAD = 8  # N-Quads chunks (of ``CHUNK`` quads) made ahead of the bulk loader, waiting to be written to it
FD_PATHS = Path("/dev/fd")  # where a pipe can be opened by name (Linux, macOS)
ABORT = b"\n<stopped> .\n"  # not N-Quads: a bulk load that reads it fails and adds nothing
Binding = NamedNode | Literal  # a value bound to a query variable
FORM = "application/x-www-form-urlencoded"  # how queries and updates are posted (SPARQL 1.1 Protocol)
Raw = QuerySolutions | QueryBoolean | list[Any]  # SELECT solutions, ASK answer, CONSTRUCT triples


class Backend(Protocol):
    def existing_graphs(self, graphs: Sequence[Term]) -> set[Term]: ...
    def has_graph(self, graph: Term) -> bool: ...
    def statements(self, subjects: Sequence[Term], graph: Term | None,
                   predicates: Sequence[Term] | None = None) -> dict[Term, list[Q]]: ...
    def subjects(self, predicate: Term, objects: Sequence[Term], graph: Term | None) -> dict[Term, list[Q]]: ...
    def with_predicate(self, predicate: Term, graph: Term) -> list[Q]: ...
    def existing(self, quads: Sequence[Q]) -> set[Q]: ...
    def remove(self, quads: Sequence[Q]) -> None: ...
    def write(self, parts: Iterable[Sequence[Q]]) -> int: ...
    def drop_graph(self, graph: Term) -> None: ...
    def select(self, sparql: str, bindings: dict[str, Binding] | None = None,
               limits: QueryLimits | None = None) -> Raw: ...
    def close(self) -> None: ...


def apply(backend: Backend, remove: Sequence[Q], add: Sequence[Q]) -> None:
    """Add quads in one bulk write, then remove those not added again: a failed write removes nothing."""
    backend.write([add])
    added = set(add)
    backend.remove([q for q in remove if q not in added])


def parse_answer(kind: str, body: bytes) -> Raw:
    """A query's answer from its serialisation: SPARQL JSON results, or N-Triples for a graph."""
    if kind == TRIPLES:
        return list(parse(body, RdfFormat.N_TRIPLES))
    return parse_query_results(body, QueryResultsFormat.JSON)


CHUNK = 20_000  # quads turned into N-Quads text at a time


def chunks(parts: Iterable[Sequence[Q]], size: int = CHUNK) -> Iterator[Sequence[Q]]:
    """The quads of ``parts`` in chunks of at most ``size`` (a part is cut, never joined to the next)."""
    for part in parts:
        for start in range(0, len(part), size):
            yield part[start:start + size]


class NQuadsStream(io.RawIOBase):
    """Quads, given in parts, as N-Quads bytes, made chunk by chunk as they are asked for: the parts may be
    produced while Oxigraph's bulk loader parses what came before. ``blocks`` yields the encoded chunks
    (to write them whole, uncopied); the stream is also a readable file of them. ``count`` is the number of
    quads made so far."""

    def __init__(self, parts: Iterable[Sequence[Q]]):
        super().__init__()
        self.blocks = self._encoded(parts)
        self._pending = memoryview(b"")
        self.count = 0

    def _encoded(self, parts: Iterable[Sequence[Q]]) -> Iterator[bytes]:
        for chunk in chunks(parts):
            self.count += len(chunk)
            yield nquads(chunk).encode("utf-8")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._pending:
            block = next(self.blocks, None)
            if block is None:
                return 0
            self._pending = memoryview(block)
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def widen(pipe: int) -> None:
    """Let ``pipe`` hold ``PIPE_SIZE`` bytes where the system allows it (Linux), so that its writer and its
    reader wait for each other less often; elsewhere it keeps its size."""
    import fcntl  # POSIX only, as pipes opened by name are

    if hasattr(fcntl, "F_SETPIPE_SZ"):
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, PIPE_SIZE)


def data_updates(verb: str, quads: Sequence[Q], chunk: int) -> Iterator[str]:
    """``INSERT DATA`` or ``DELETE DATA`` requests of at most ``chunk`` quads each, grouped by graph."""
    for start in range(0, len(quads), chunk):
        by_graph: dict[Term, list[str]] = defaultdict(list)
        for s, p, o, g in quads[start:start + chunk]:
            by_graph[g].append(f"{s} {p} {o} .")
        body = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
        yield f"{verb} DATA {{\n{body}\n}}"


class LocalBackend:
    """An on-disk pyoxigraph store (one writer at a time; read-only opens share it)."""

    CHUNK = 50_000  # quads per removal transaction

    def __init__(self, path: Path, read_only: bool = False):
        self.path = path
        try:
            if read_only:
                if not (path / "CURRENT").exists():
                    raise DipgraphError(f"no store at {path}: create one with `dipgraph load FACTS --store {path}`")
                self.store = Store.read_only(str(path))
            else:
                self.store = Store(str(path))
        except OSError as err:
            if "lock" in str(err).lower():
                raise DipgraphError(
                    f"the store {path} is open for writing by another process (a `dipgraph load` or another "
                    f"writer); wait for it to finish, or use another --store. Reading commands (query, serve, "
                    f"export) can still open it.") from err
            raise DipgraphError(f"cannot open the store {path}: {err}") from err
        self.read_only = read_only
        if not read_only:
            remove_leftovers(path)
        self.workers = QueryWorkers(path, PREFIXES)  # started by the first queries with limits
        self.written = False  # since the worker started: its view of the store is then out of date

    def existing_graphs(self, graphs: Sequence[Term]) -> set[Term]:
        return {g for g in graphs if self.store.contains_named_graph(node(g))}

    def has_graph(self, graph: Term) -> bool:
        return next(self.store.quads_for_pattern(None, None, None, node(graph)), None) is not None

    def statements(self, subjects: Sequence[Term], graph: Term | None,
                   predicates: Sequence[Term] | None = None) -> dict[Term, list[Q]]:
        """The quads of each subject in ``graph`` (else in any named graph), only those of ``predicates`` when
        given: the others (a person's many partner links) are then not even read."""
        g = node(graph) if graph else None
        if predicates is None:
            return {s: [as_text(q) for q in self.store.quads_for_pattern(node(s), None, None, g)] for s in subjects}
        ps = [node(p) for p in predicates]
        return {s: [as_text(q) for p in ps for q in self.store.quads_for_pattern(node(s), p, None, g)]
                for s in subjects}

    def subjects(self, predicate: Term, objects: Sequence[Term], graph: Term | None) -> dict[Term, list[Q]]:
        p, g = node(predicate), node(graph) if graph else None
        return {o: [as_text(q) for q in self.store.quads_for_pattern(None, p, node(o), g)] for o in objects}

    def with_predicate(self, predicate: Term, graph: Term) -> list[Q]:
        return [as_text(q) for q in self.store.quads_for_pattern(None, node(predicate), None, node(graph))]

    def existing(self, quads: Sequence[Q]) -> set[Q]:
        """Those of ``quads`` in the store, each looked up by its encoded terms: no stored text is read back."""
        if not quads:
            return set()
        parsed = parse(nquads(quads), RdfFormat.N_QUADS)
        return {q for q, found in zip(quads, parsed, strict=True) if found in self.store}

    def remove(self, quads: Sequence[Q]) -> None:
        self.written = True
        for update in data_updates("DELETE", quads, self.CHUNK):
            self.store.update(update)

    def write(self, parts: Iterable[Sequence[Q]]) -> int:
        """Add quads, given in parts, with Oxigraph's bulk loader, which parses them on its own threads while
        they are produced here (``parts`` may be a generator that reads the store: it sees the store as before
        the write). The write is atomic: when producing the quads raises (Ctrl-C included), nothing is added."""
        self.written = True
        stream = NQuadsStream(parts)
        if not FD_PATHS.is_dir():  # no pipe the loader can open by name: it reads the stream itself
            self.store.bulk_load(io.BufferedReader(stream, READ_BUFFER), format=RdfFormat.N_QUADS)
        else:
            self._piped(stream)
        if stream.count:
            log.info("bulk-loaded %d quads into %s", stream.count, self.path)
            self.store.flush()
        return stream.count

    def _piped(self, stream: NQuadsStream) -> None:
        """Bulk-load ``stream`` through a pipe: the loader runs in a thread and reads the pipe without Python's
        lock; this thread makes the quads up to ``AHEAD`` chunks ahead of it, and a third writes them into the
        pipe, so that making and parsing overlap; a failure on either side stops both."""
        read_end, write_end = os.pipe()
        failed: list[BaseException] = []

        def load() -> None:
            try:
                self.store.bulk_load(path=str(FD_PATHS / str(read_end)), format=RdfFormat.N_QUADS)
            except BaseException as err:  # noqa: BLE001  (raised again by the making thread)
                failed.append(err)
            finally:
                os.close(read_end)  # the writer then gets a broken pipe instead of waiting for a reader

        loader = threading.Thread(target=load, name="dipgraph-bulk-load", daemon=True)
        loader.start()
        widen(write_end)
        pipe = open(write_end, "wb")  # noqa: SIM115  (closed below, once the writer is done with it)
        ahead: queue.Queue[bytes | None] = queue.Queue(AHEAD)
        stopped = threading.Event()  # the loader stopped reading: the chunks still to come are dropped

        def write() -> None:
            while (block := ahead.get()) is not None:
                if not stopped.is_set():
                    try:
                        pipe.write(block)
                    except OSError:  # a broken pipe: the loader stopped, its error is raised below
                        stopped.set()

        writer = threading.Thread(target=write, name="dipgraph-bulk-write", daemon=True)
        writer.start()
        try:
            for block in stream.blocks:
                if stopped.is_set():
                    break
                ahead.put(block)
        except BaseException:
            ahead.put(ABORT)  # the loader fails on it and adds nothing
            raise
        finally:
            ahead.put(None)
            writer.join()
            with contextlib.suppress(OSError):
                pipe.close()
            loader.join()
        if failed:
            raise failed[0]

    def drop_graph(self, graph: Term) -> None:
        self.written = True
        if self.store.contains_named_graph(node(graph)):
            self.store.remove_graph(node(graph))

    def select(self, sparql: str, bindings: dict[str, Binding] | None = None,
               limits: QueryLimits | None = None) -> Raw:
        """Run a query; ``bindings`` replace their variables in the WHERE clause, subqueries included,
        as terms serialised by pyoxigraph (as for a remote server). With ``limits`` (a user's query) it
        runs in a worker process, killed at the time limit, on Ctrl-C or when ``limits.cancelled()``."""
        text = bind_values(sparql, bindings or {})
        if limits is not None:
            if self.written:
                self.workers.stop()
                self.written = False
            return parse_answer(*self.workers.run(text, limits))
        try:
            result = self.store.query(text, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as err:
            raise syntax_error(text, str(err)) from err
        except RuntimeError as err:
            raise DipgraphError(f"the query failed: {err}") from err
        return result if isinstance(result, (QuerySolutions, QueryBoolean)) else list(result)

    def close(self) -> None:
        self.workers.stop()
        if not self.read_only:
            self.store.flush()
        del self.store


def remove_leftovers(path: Path) -> None:
    """Remove what a load stopped by force left in the store folder (the bulk loader's unfinished tables, the
    N-Quads spool of earlier versions), and say so; only a writer, who holds the store's lock, may call this."""
    found = [p for pattern in LEFTOVERS for p in path.glob(pattern)]
    if not found:
        return
    size = sum(f.stat().st_size for p in found for f in ([p] if p.is_file() else p.rglob("*")) if f.is_file())
    for leftover in found:
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
    log.warning("removed %d leftover(s), %.1f MB, that a load stopped before it finished left in %s; "
                "the store holds what was there before that load", len(found), size / 1e6, path)


def bind_values(sparql: str, bindings: dict[str, Binding]) -> str:
    """Bind variables in the text of a query: in the first ``WHERE`` clause (subqueries included, so a
    bound variable must not be projected by a subquery), each ``?name`` becomes its term, serialised
    (and so escaped) by pyoxigraph, never raw user text. Oxigraph's own substitutions would not reach
    into subqueries, and a server has none."""
    if not bindings:
        return sparql
    match = re.search(r"\bWHERE\s*\{", sparql, re.IGNORECASE)
    if not match:
        raise DipgraphError("parameters need a query with a WHERE clause")
    depth, end = 0, len(sparql)
    for index in range(match.end() - 1, len(sparql)):
        depth += {"{": 1, "}": -1}.get(sparql[index], 0)
        if depth == 0:
            end = index + 1
            break
    body = re.sub(r"[?$](\w+)\b", lambda m: str(bindings[m[1]]) if m[1] in bindings else m[0],
                  sparql[match.start():end])
    return sparql[:match.start()] + body + sparql[end:]


class RemoteBackend:
    """A SPARQL 1.1 server: Protocol for queries, Update (INSERT/DELETE DATA) for loading."""

    CHUNK = 2_000  # quads per update request (Virtuoso's parser stops near 5,000 lines a request)

    def __init__(self, endpoint: str, update_endpoint: str | None = None, timeout: float = 300):
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or (endpoint[:-len("/query")] + "/update"
                                                   if endpoint.endswith("/query") else endpoint)
        self.timeout = timeout

    def post(self, url: str, body: bytes, content_type: str, accept: str | None = None,
             timeout: float | None = None) -> bytes:
        """POST ``body`` to ``url``; the answer's body, or a ``DipgraphError`` that says what went wrong."""
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace")[:500]
            raise DipgraphError(f"the SPARQL endpoint {url} answered {err.code}: {detail}") from err
        except TimeoutError as err:
            raise QueryTimeout(f"the SPARQL endpoint {url} did not answer within {timeout or self.timeout:g} s") \
                from err
        except urllib.error.URLError as err:
            raise DipgraphError(f"cannot reach the SPARQL endpoint {url} ({err.reason}); "
                                f"check the --endpoint URL and that the server runs") from err

    def _form(self, url: str, field: str, sparql: str, accept: str | None = None,
              timeout: float | None = None) -> bytes:
        """POST a query or update as an HTML form, the one way of the SPARQL 1.1 Protocol that every server
        takes (Virtuoso 7 does not read a bare ``application/sparql-query`` body)."""
        body = urllib.parse.urlencode({field: sparql}).encode("ascii")
        return self.post(url, body, FORM, accept, timeout)

    def update(self, sparql: str) -> None:
        self._form(self.update_endpoint, "update", sparql)

    def select(self, sparql: str, bindings: dict[str, Binding] | None = None,
               limits: QueryLimits | None = None) -> Raw:
        """Run a query on the server, with the shipped prefixes it uses declared; a time limit in
        ``limits`` bounds each wait for the server."""
        text = declare_prefixes(bind_values(sparql, bindings or {}))
        kind = TRIPLES if query_form(sparql) in ("CONSTRUCT", "DESCRIBE") else RESULTS
        timeout = limits.timeout if limits is not None else None
        return parse_answer(kind, self._form(self.endpoint, "query", text, kind, timeout))

    def rows(self, sparql: str) -> Iterator[dict[str, Term]]:
        """The rows of a SELECT query, each variable bound to its term as text."""
        result = self.select(sparql)
        names = [v.value for v in result.variables]  # type: ignore[union-attr]
        for row in result:  # type: ignore[union-attr]
            yield {name: str(v) for name, v in zip(names, row, strict=True) if v is not None}

    def existing_graphs(self, graphs: Sequence[Term]) -> set[Term]:
        found: set[Term] = set()
        for start in range(0, len(graphs), 500):
            chunk = " ".join(graphs[start:start + 500])
            found.update(row["g"] for row in self.rows(
                f"SELECT ?g WHERE {{ VALUES ?g {{ {chunk} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"))
        return found

    def has_graph(self, graph: Term) -> bool:
        return bool(self.existing_graphs([graph]))

    def statements(self, subjects: Sequence[Term], graph: Term | None,
                   predicates: Sequence[Term] | None = None) -> dict[Term, list[Q]]:
        out: dict[Term, list[Q]] = defaultdict(list)
        only = f"VALUES ?p {{ {' '.join(predicates)} }} " if predicates is not None else ""
        for start in range(0, len(subjects), 500):
            chunk = " ".join(subjects[start:start + 500])
            where = f"GRAPH {graph} {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
            for row in self.rows(f"SELECT * WHERE {{ VALUES ?s {{ {chunk} }} {only}{where} }}"):
                out[row["s"]].append((row["s"], row["p"], row["o"], graph or row["g"]))
        return {s: out.get(s, []) for s in subjects}

    def subjects(self, predicate: Term, objects: Sequence[Term], graph: Term | None) -> dict[Term, list[Q]]:
        out: dict[Term, list[Q]] = defaultdict(list)
        for start in range(0, len(objects), 500):
            chunk = " ".join(objects[start:start + 500])
            where = f"GRAPH {graph} {{ ?s {predicate} ?o }}" if graph else f"GRAPH ?g {{ ?s {predicate} ?o }}"
            for row in self.rows(f"SELECT * WHERE {{ VALUES ?o {{ {chunk} }} {where} }}"):
                out[row["o"]].append((row["s"], predicate, row["o"], graph or row["g"]))
        return {o: out.get(o, []) for o in objects}

    def with_predicate(self, predicate: Term, graph: Term) -> list[Q]:
        rows = self.rows(f"SELECT ?s ?o WHERE {{ GRAPH {graph} {{ ?s {predicate} ?o }} }}")
        return [(row["s"], predicate, row["o"], graph) for row in rows]

    def existing(self, quads: Sequence[Q]) -> set[Q]:
        """Those of ``quads`` on the server, found among the statements of their subjects and predicates."""
        by_subject: dict[Term, dict[Term, None]] = defaultdict(dict)
        for q in quads:
            by_subject[q[0]][q[1]] = None
        by_predicates: dict[tuple[Term, ...], list[Term]] = defaultdict(list)
        for subject, predicates in by_subject.items():
            by_predicates[tuple(predicates)].append(subject)
        stored = {q for predicates, subjects in by_predicates.items()
                  for found in self.statements(subjects, None, list(predicates)).values() for q in found}
        return stored.intersection(quads)

    def remove(self, quads: Sequence[Q]) -> None:
        for update in data_updates("DELETE", quads, self.CHUNK):
            self.update(update)

    def write(self, parts: Iterable[Sequence[Q]]) -> int:
        """Send quads, given in parts, as ``INSERT DATA`` requests as they come."""
        count = 0
        for chunk in chunks(parts, self.CHUNK):
            for update in data_updates("INSERT", chunk, self.CHUNK):
                self.update(update)
            count += len(chunk)
        return count

    def drop_graph(self, graph: Term) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""
