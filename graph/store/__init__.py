"""The contact graph store: an on-disk Oxigraph store by default, or any SPARQL 1.1 server.

>>> with open_store("my-store") as store:                      # doctest: +SKIP
...     store.load(load_facts_file("facts.jsonl"))
...     print(store.run_saved("contacts_of_person", {"person": "Putin"}).render("table"))
"""
from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import combinations, islice
from pathlib import Path
from types import TracebackType

from ..errors import DipgraphError, InputError
from ..model import Contact
from ..rdf import CONTACTS, HAS_ACTOR, A, D, Described, MergedContact, Shared, Term, article_iri, describe, pair_iri
from .backend import Backend, LocalBackend, Raw, RemoteBackend, apply
from .merge import Deltas, Load, LoadReport, actor_affiliations, fold, read_contacts, report_view, rerank
from .isolation import QueryCancelled, QueryLimits, QueryTimeout
from .readback import read_contacts as read_merged
from .results import QueryResult
from .tally import TOP_PAIRS, Tally, count_contents
from .saved import Param, SavedQuery, saved_queries, saved_query, to_term
from .sparql import QueryRefused, QuerySyntaxError, check_query

__all__ = ["ContactStore", "FactsFile", "LoadReport", "QueryCancelled", "QueryLimits", "QueryRefused", "QueryResult",
           "QuerySyntaxError", "QueryTimeout", "SavedQuery", "Tally", "default_store_path", "load_facts_file",
           "open_store", "saved_queries"]
USER_QUERY = QueryLimits()  # the limits of queries run for users: a time limit, no SERVICE

BATCH = 20_000  # contacts described and merged together
CACHE = 200_000  # actors, topics and articles whose quads are kept between batches


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's collector of reference cycles paused for the block: a load makes millions of objects that
    live until its end and form no cycles, and each collection would scan them all again (a third of a
    load's Python time at 300,000 contacts). It is enabled again afterwards if it was before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def default_store_path() -> Path:
    """``$DIPGRAPH_STORE`` if set, else ``./dipgraph-store``."""
    return Path(os.environ.get("DIPGRAPH_STORE") or "dipgraph-store")


class ContactStore:
    """Contacts as a knowledge graph: load facts, run SPARQL and saved queries, read contacts back."""

    def __init__(self, backend: Backend, org_codes: frozenset[str] = frozenset()):
        self.backend = backend
        self.org_codes = org_codes

    def __enter__(self) -> ContactStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def load(self, contacts: Iterable[Contact]) -> LoadReport:
        """Add contacts; reports already stored are skipped, reports of one event merge into one contact.
        The embedded store's bulk loader parses the quads as they are produced, batch by batch, and adds
        them at once at the end, so a load that raises (or is interrupted) writes nothing there; a SPARQL
        server gets them as they come."""
        if getattr(self.backend, "read_only", False):
            raise DipgraphError("this store was opened read-only; open it without read_only to load facts")
        load = Load(self.backend)
        with cycle_collection_paused():
            load.report.quads_added = self.backend.write(load.quads(self._described(contacts)))
        self.backend.remove(load.replaced)
        return load.report

    def _described(self, contacts: Iterable[Contact]) -> Iterator[list[Described]]:
        """The contacts as RDF, ``BATCH`` at a time."""
        stream = iter(contacts)
        cache: Shared = {}
        while batch := list(islice(stream, BATCH)):
            yield [describe(c, self.org_codes, cache) for c in batch]
            if len(cache) > CACHE:
                cache.clear()

    def query(self, sparql: str, params: dict[str, str] | None = None, *,
              limits: QueryLimits = USER_QUERY) -> QueryResult:
        """Run a read-only query; ``params`` bind variables of the same name to plain literals.

        The graph's prefixes (``dg:``, ``sem:``, ``prov:``… see ``graph.vocab.PREFIXES``) need no
        declaration. Updates and, unless ``limits.allow_service``, ``SERVICE`` are refused; the query is
        stopped at ``limits.timeout`` seconds (``QueryTimeout``) or when ``limits.cancelled()`` is true.
        """
        return QueryResult.from_raw(self.select(sparql, params, limits=limits), hide=frozenset(params or ()))

    def select(self, sparql: str, params: dict[str, str] | None = None, *,
               limits: QueryLimits = USER_QUERY) -> Raw:
        """The raw answer of a read-only query, checked and limited as by :meth:`query`."""
        check_query(sparql, allow_service=limits.allow_service)
        bindings = {k: to_term(Param(k, "text", "", True), v) for k, v in (params or {}).items()}
        return self.backend.select(sparql, bindings, limits)

    def run_saved(self, name: str, params: dict[str, str] | None = None, *,
                  limits: QueryLimits = USER_QUERY) -> QueryResult:
        """Run a saved query (``graph/queries/NAME.rq``) with its parameters bound as typed terms."""
        saved = saved_query(name)
        bindings = saved.bind(params or {})
        hidden = frozenset(p.name for p in saved.params)
        return QueryResult.from_raw(self.backend.select(saved.text, bindings, limits), hide=hidden)

    def contacts(self, latest: int | None = None) -> list[Contact]:
        """Every merged contact (or the ``latest`` by date) as a ``Contact`` whose ``extra`` lists its
        ``sources`` and ``n_sources``."""
        return read_merged(self.backend, latest)

    def page_contacts(self, latest: int | None = None, total: int | None = None) -> tuple[list[Contact], list[str]]:
        """The contacts a workbench page holds (all, or the ``latest`` by date) and, when some are left out,
        what they are of the store's in words ("the latest 10,000 of 52,000 contacts"); ``total``: the
        store's contacts when already counted."""
        contacts = self.contacts(latest)
        if latest is None or len(contacts) < latest:
            return contacts, []
        total = self.tally(top=0).contacts if total is None else total
        return contacts, [f"the latest {len(contacts):,} of {total:,} contacts"] if len(contacts) < total else []

    def tally(self, top: int = TOP_PAIRS) -> Tally:
        """What the store holds, counted by the store itself: contacts by type and status, articles, and
        the ``top`` pairs of actors with the most contacts together (as the saved query ``top_pairs``)."""
        return count_contents(self.backend, top)

    def remove_article(self, article_id: str) -> None:
        """Remove an article's graph; rebuild the contacts it reported and their summaries."""
        art = article_iri(article_id)
        if not self.backend.existing_graphs([art]):
            raise DipgraphError(f"no article {article_id!r} in the store (article ids are those of the facts file)")
        reports = [q[0] for q in self.backend.subjects(A, [D["ContactReport"]], art)[D["ContactReport"]]]
        touched = {q[2] for quads in self.backend.statements(reports, art).values() for q in quads
                   if q[1] == D["reportOf"]}
        self.backend.drop_graph(art)
        self._rebuild(sorted(touched))

    def _rebuild(self, touched: list[Term]) -> None:
        """Rebuild merged contacts from their remaining reports; fix actor, country and pair summaries."""
        old = read_contacts(self.backend, touched)
        remaining = self.backend.subjects(D["reportOf"], touched, None)
        facts = self.backend.statements([q[0] for qs in remaining.values() for q in qs], None)
        actors = sorted({a for m, _ in old.values() for a in m.actors})
        places = actor_affiliations(self.backend, actors)
        deltas = Deltas()
        remove, add = [], []
        for iri, (m, quads) in old.items():
            deltas.count(m, places, contacts=-1, reports=-m.sources, initiated=-1)
            remove += quads
            fresh = MergedContact(iri, m.cls, m.actors, m.date, None, "planned", set(), 0)
            for link in sorted(remaining[iri]):
                fold(fresh, *report_view(facts[link[0]]))
            if fresh.sources:
                deltas.count(fresh, places, contacts=1, reports=fresh.sources, initiated=1)
                add += fresh.quads()
        pairs = {n for n, s in deltas.nodes.items() if s.cls == D["PairSummary"]}
        for node in pairs:
            del deltas.nodes[node]
        s_remove, s_add = deltas.changes(self.backend)
        apply(self.backend, remove + s_remove, add + s_add)
        self._recount_pairs(actors)

    def _recount_pairs(self, actors: list[Term]) -> None:
        """Recompute the pair summaries among ``actors`` from their merged contacts."""
        of_actor = self.backend.subjects(HAS_ACTOR, actors, CONTACTS)
        ids = {a: {q[0] for q in qs} for a, qs in of_actor.items()}
        merged = read_contacts(self.backend, sorted(set().union(*ids.values())))
        fresh = Deltas()
        wanted = set()
        for a, b in combinations(actors, 2):
            wanted.add(pair_iri(a, b))
            fresh.nodes[pair_iri(a, b)]  # noqa: B018  (an empty summary removes a pair left without contacts)
        for m, _ in merged.values():
            fresh.count(m, {}, contacts=1, reports=m.sources, initiated=int(m.initiator is not None))
        fresh.nodes = {n: s for n, s in fresh.nodes.items() if n in wanted}  # type: ignore[assignment]
        apply(self.backend, *fresh.changes(self.backend, replace=True))
        apply(self.backend, *rerank(self.backend))

    def close(self) -> None:
        self.backend.close()


def open_store(path: str | Path | None = None, *, endpoint: str | None = None, read_only: bool = False,
               update_endpoint: str | None = None) -> ContactStore:
    """Open the store at ``path`` (default: ``$DIPGRAPH_STORE`` or ``./dipgraph-store``), or a SPARQL server.

    With ``endpoint`` (a SPARQL 1.1 query URL) the graph lives on that server; updates go to
    ``update_endpoint``, by default the same URL with ``/query`` replaced by ``/update``.
    """
    if endpoint:
        return ContactStore(RemoteBackend(endpoint, update_endpoint))
    return ContactStore(LocalBackend(Path(path) if path else default_store_path(), read_only))


class FactsFile:
    """The contacts of a facts JSONL file; bad lines are skipped and kept in ``problems``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.problems: list[InputError] = []

    def __iter__(self) -> Iterator[Contact]:
        try:
            handle = self.path.open(encoding="utf-8")
        except OSError as err:
            raise InputError(str(self.path), f"cannot read the facts file ({err.strerror})") from err
        with handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    yield Contact.from_json(json.loads(line))
                except json.JSONDecodeError as err:
                    self.problems.append(InputError(str(self.path), f"not JSON ({err.msg}); skipped", number))
                except DipgraphError as err:
                    self.problems.append(InputError(str(self.path), f"{err}; skipped", number))


def load_facts_file(path: str | Path) -> FactsFile:
    """The contacts of a facts file (iterate it; afterwards ``.problems`` lists the bad lines)."""
    return FactsFile(path)
