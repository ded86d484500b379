"""Where the quads live: an embedded Oxigraph store on disk, or any SPARQL 1.1 server over HTTP.

Both backends offer the same few operations, batched so that a remote server answers a whole load
in a handful of requests: which graphs exist, the statements about a list of subjects, applying a
set of removals and additions, and running a read-only query.
"""
from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from pyoxigraph import (
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Store,
    Variable,
    parse,
    parse_query_results,
)

from ..errors import DipgraphError
from .results import query_form

Term = NamedNode | Literal
Raw = QuerySolutions | QueryBoolean | list[Any]  # SELECT solutions, ASK answer, CONSTRUCT triples


class Backend(Protocol):
    def existing_graphs(self, graphs: Sequence[NamedNode]) -> set[NamedNode]: ...
    def statements(self, subjects: Sequence[NamedNode], graph: NamedNode | None) -> dict[NamedNode, list[Quad]]: ...
    def subjects(self, predicate: NamedNode, objects: Sequence[NamedNode],
                 graph: NamedNode | None) -> dict[NamedNode, list[Quad]]: ...
    def with_predicate(self, predicate: NamedNode, graph: NamedNode) -> list[Quad]: ...
    def apply(self, remove: Sequence[Quad], add: Iterable[Quad]) -> None: ...
    def drop_graph(self, graph: NamedNode) -> None: ...
    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> Raw: ...
    def close(self) -> None: ...


class LocalBackend:
    """An on-disk pyoxigraph store (one writer at a time; read-only opens share it)."""

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

    def existing_graphs(self, graphs: Sequence[NamedNode]) -> set[NamedNode]:
        return {g for g in graphs if self.store.contains_named_graph(g)}

    def statements(self, subjects: Sequence[NamedNode], graph: NamedNode | None) -> dict[NamedNode, list[Quad]]:
        return {s: list(self.store.quads_for_pattern(s, None, None, graph)) for s in subjects}

    def subjects(self, predicate: NamedNode, objects: Sequence[NamedNode],
                 graph: NamedNode | None) -> dict[NamedNode, list[Quad]]:
        return {o: list(self.store.quads_for_pattern(None, predicate, o, graph)) for o in objects}

    def with_predicate(self, predicate: NamedNode, graph: NamedNode) -> list[Quad]:
        return list(self.store.quads_for_pattern(None, predicate, None, graph))

    def apply(self, remove: Sequence[Quad], add: Iterable[Quad]) -> None:
        for quad in remove:
            self.store.remove(quad)
        self.store.bulk_extend(add)
        self.store.flush()

    def drop_graph(self, graph: NamedNode) -> None:
        if self.store.contains_named_graph(graph):
            self.store.remove_graph(graph)

    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> Raw:
        subs = {Variable(k): v for k, v in (bindings or {}).items()}
        try:
            result = self.store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)
        except SyntaxError as err:
            raise DipgraphError(f"SPARQL syntax error: {err}") from err
        except RuntimeError as err:
            if "projection" in str(err):
                raise DipgraphError(f"{err}: a bound parameter must be listed in the SELECT clause "
                                    f"(or use SELECT *)") from err
            raise DipgraphError(f"the query failed: {err}") from err
        return result if isinstance(result, (QuerySolutions, QueryBoolean)) else list(result)

    def close(self) -> None:
        if not self.read_only:
            self.store.flush()
        del self.store


def bind_values(sparql: str, bindings: dict[str, Term]) -> str:
    """Bind variables for a server the way pyoxigraph's substitutions do: after the first ``WHERE``,
    each ``?name`` becomes its term, serialised (and so escaped) by pyoxigraph, never raw user text."""
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

    CHUNK = 20_000  # quads per update request

    def __init__(self, endpoint: str, update_endpoint: str | None = None, timeout: float = 300):
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or (endpoint[:-len("/query")] + "/update"
                                                   if endpoint.endswith("/query") else endpoint)
        self.timeout = timeout

    def _post(self, url: str, body: str, content_type: str, accept: str | None = None) -> bytes:
        headers = {"Content-Type": content_type}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace")[:500]
            raise DipgraphError(f"the SPARQL endpoint {url} answered {err.code}: {detail}") from err
        except urllib.error.URLError as err:
            raise DipgraphError(f"cannot reach the SPARQL endpoint {url} ({err.reason}); "
                                f"check the --endpoint URL and that the server runs") from err

    def update(self, sparql: str) -> None:
        self._post(self.update_endpoint, sparql, "application/sparql-update")

    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> Raw:
        text = bind_values(sparql, bindings or {})
        if query_form(sparql) in ("CONSTRUCT", "DESCRIBE"):
            data = self._post(self.endpoint, text, "application/sparql-query", "application/n-triples")
            return list(parse(data, RdfFormat.N_TRIPLES))
        data = self._post(self.endpoint, text, "application/sparql-query", "application/sparql-results+json")
        return parse_query_results(data, QueryResultsFormat.JSON)

    def existing_graphs(self, graphs: Sequence[NamedNode]) -> set[NamedNode]:
        found: set[NamedNode] = set()
        for start in range(0, len(graphs), 500):
            chunk = " ".join(str(g) for g in graphs[start:start + 500])
            rows = self.select(f"SELECT ?g WHERE {{ VALUES ?g {{ {chunk} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g")
            found.update(row["g"] for row in rows)  # type: ignore[union-attr]
        return found

    def statements(self, subjects: Sequence[NamedNode], graph: NamedNode | None) -> dict[NamedNode, list[Quad]]:
        out: dict[NamedNode, list[Quad]] = defaultdict(list)
        for start in range(0, len(subjects), 500):
            chunk = " ".join(str(s) for s in subjects[start:start + 500])
            where = f"GRAPH {graph} {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
            rows = self.select(f"SELECT * WHERE {{ VALUES ?s {{ {chunk} }} {where} }}")
            for row in rows:  # type: ignore[union-attr]
                out[row["s"]].append(Quad(row["s"], row["p"], row["o"], graph or row["g"]))
        return {s: out.get(s, []) for s in subjects}

    def subjects(self, predicate: NamedNode, objects: Sequence[NamedNode],
                 graph: NamedNode | None) -> dict[NamedNode, list[Quad]]:
        out: dict[NamedNode, list[Quad]] = defaultdict(list)
        for start in range(0, len(objects), 500):
            chunk = " ".join(str(o) for o in objects[start:start + 500])
            where = f"GRAPH {graph} {{ ?s {predicate} ?o }}" if graph else f"GRAPH ?g {{ ?s {predicate} ?o }}"
            for row in self.select(f"SELECT * WHERE {{ VALUES ?o {{ {chunk} }} {where} }}"):  # type: ignore
                out[row["o"]].append(Quad(row["s"], predicate, row["o"], graph or row["g"]))
        return {o: out.get(o, []) for o in objects}

    def with_predicate(self, predicate: NamedNode, graph: NamedNode) -> list[Quad]:
        rows = self.select(f"SELECT ?s ?o WHERE {{ GRAPH {graph} {{ ?s {predicate} ?o }} }}")
        return [Quad(row["s"], predicate, row["o"], graph) for row in rows]  # type: ignore[union-attr]

    def _data(self, verb: str, quads: Sequence[Quad]) -> None:
        for start in range(0, len(quads), self.CHUNK):
            by_graph: dict[Any, list[str]] = defaultdict(list)
            for q in quads[start:start + self.CHUNK]:
                by_graph[q.graph_name].append(f"{q.subject} {q.predicate} {q.object} .")
            body = "\n".join(f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items())
            self.update(f"{verb} DATA {{\n{body}\n}}")

    def apply(self, remove: Sequence[Quad], add: Iterable[Quad]) -> None:
        self._data("DELETE", list(remove))
        self._data("INSERT", list(add))

    def drop_graph(self, graph: NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""
