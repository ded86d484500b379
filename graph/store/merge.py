"""Load-time merging: reports become merged contacts, and pair-level summaries stay up to date.

A load (``Load``) gathers its additions into one bulk write and its removals into one list:

* reports already in the store, or seen earlier in the load, are skipped (their IRIs are content-derived);
* each new report joins its merged contact (``graph.rdf.merged_key``), which gains a source, the
  highest status, an initiator if it had none, and the report's topics;
* summaries are updated by deltas: per pair of actors (contacts, reports, first and last date,
  types), per actor (contacts, contacts initiated), per pair of countries (dated contacts) and per
  pair of countries and month (contacts, linked to the country pair).

Removing an article rebuilds the contacts it touched from their remaining reports, and recomputes the
summaries of the actors involved from the merged contacts.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations, permutations

from ..rdf import (
    CLASS_TYPE,
    CONTACTS,
    ENTITIES,
    HAS_ACTOR,
    HAS_TIME,
    PAIR_BASE,
    STATUS_NAME,
    STATUS_RANK,
    SUBJECT,
    SUMMARIES,
    XSD_DATE,
    XSD_INT,
    A,
    D,
    Described,
    MergedContact,
    Q,
    Term,
    country_month_iri,
    country_pair_iri,
    pair_iri,
    typed,
    value,
)
from .backend import Backend


@dataclass
class LoadReport:
    """What a load did: contacts read, new reports added, of which merged into an existing contact."""

    contacts_read: int = 0
    contacts_added: int = 0
    merged: int = 0
    quads_added: int = 0


def _lexical(literal: Term) -> str:
    """The lexical form of a literal term without escapes (numbers, dates)."""
    return literal[1:literal.index('"', 1)]


_NAMES = {term: name for name, term in D.items()}
PAIR_SUMMARY, COUNTRY_PAIR, COUNTRY_MONTH = D["PairSummary"], D["CountryPair"], D["CountryPairMonth"]
FIRST_DATE, LAST_DATE = D["firstDate"], D["lastDate"]
PART = 20_000  # quads of merged contacts and of summary changes handed to the store at a time
#: what a person's summary holds besides its rank and its partner links: a load reads only these (a person
#: in much of the news has thousands of partner links)
PERSON_COUNTS = [D["contactCount"], D["initiatedCount"]]


@dataclass(slots=True)
class Summary:
    """Counters, a date range and links of one summary node in the ``summaries`` graph."""

    cls: Term | None = None
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    first: str | None = None
    last: str | None = None
    links: set[tuple[str, Term]] = field(default_factory=set)

    def see_date(self, day: str | None) -> None:
        if day:
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)

    def absorb(self, other: Summary) -> None:
        self.cls = self.cls or other.cls
        for key, count in other.counts.items():
            self.counts[key] += count
        self.see_date(other.first)
        self.see_date(other.last)
        self.links |= other.links

    def quads(self, node: Term) -> list[Q]:
        g = SUMMARIES
        out = [(node, D[k], typed(str(v), XSD_INT), g) for k, v in sorted(self.counts.items())]
        if self.cls:
            out.append((node, A, self.cls, g))
        if self.first and self.last:
            out += [(node, FIRST_DATE, typed(self.first, XSD_DATE), g),
                    (node, LAST_DATE, typed(self.last, XSD_DATE), g)]
        links = sorted(self.links)
        out += [(node, D[p], o, g) for p, o in links]
        if self.cls == PAIR_SUMMARY:
            out += partner_quads([o for p, o in links if p == "actor"])
        return out

    @classmethod
    def parse(cls, quads: Iterable[Q]) -> Summary:
        out = cls()
        for _, p, o, _ in quads:
            name = _NAMES.get(p)
            if p == A:
                out.cls = o
            elif name in ("firstDate", "lastDate"):
                out.see_date(_lexical(o))
            elif o.startswith("<") and name:
                out.links.add((name, o))
            elif name:
                out.counts[name] += int(_lexical(o))
        return out


class Deltas:
    """Summary changes accumulated over a load, keyed by summary node."""

    def __init__(self) -> None:
        self.nodes: dict[Term, Summary] = defaultdict(Summary)
        self.people: set[Term] = set()  # the nodes that are people's summaries
        self._pairs: dict[tuple[Term, ...], list[tuple[Term, Term, Term]]] = {}  # actors → (pair node, a, b)
        self._months: dict[tuple[Term, Term, str], tuple[Term, Term]] = {}  # see ``_country_month``

    def _pairs_of(self, actors: tuple[Term, ...]) -> list[tuple[Term, Term, Term]]:
        """The pair summaries of ``actors`` with the two actors of each, worked out once per set of actors."""
        pairs = self._pairs.get(actors)
        if pairs is None:
            pairs = self._pairs[actors] = [(pair_iri(a, b), a, b) for a, b in combinations(sorted(actors), 2)]
        return pairs

    def _country_month(self, c1: Term, c2: Term, month: str) -> tuple[Term, Term]:
        """The summaries of two countries, and of the two in ``month``, worked out once."""
        key = (c1, c2, month)
        found = self._months.get(key)
        if found is None:
            found = self._months[key] = (country_pair_iri(c1, c2), country_month_iri(c1, c2, month))
        return found

    def _node(self, iri: Term, cls: Term, links: Iterable[tuple[str, Term]]) -> Summary:
        """The summary ``iri``, given its class and constant ``links`` when it has none yet."""
        node = self.nodes[iri]
        if node.cls is None:
            node.cls = cls
            node.links.update(links)
        return node

    def count(self, m: MergedContact, affiliations: dict[Term, Term | None], *, contacts: int,
              reports: int, initiated: int) -> None:
        """Add one merged contact's share: ``contacts`` (0 or 1) new contacts, ``reports`` new reports;
        ``affiliations`` (each actor's country) is read only for a new dated contact."""
        date, nodes = m.date, self.nodes
        for iri, a, b in self._pairs_of(m.actors):
            pair = self._node(iri, PAIR_SUMMARY, (("actor", a), ("actor", b)))
            counts = pair.counts
            counts["contactCount"] += contacts
            counts["reportCount"] += reports
            if date:
                pair.see_date(date)
            pair.links.add(("contactType", m.cls))
        self.people.update(m.actors)
        for actor in m.actors:
            counts = nodes[actor].counts
            counts["contactCount"] += contacts
            counts["initiatedCount"] += initiated if actor == m.initiator else 0
        if not (date and contacts):
            return
        places = {p for a in m.actors if (p := affiliations.get(a)) and "/country/" in p}
        if len(places) < 2:
            return
        for c1, c2 in combinations(sorted(places), 2):
            both, month = self._country_month(c1, c2, date[:7])
            self._node(both, COUNTRY_PAIR, (("country", c1), ("country", c2))).counts["contactCount"] += contacts
            self._node(month, COUNTRY_MONTH, (("countryPair", both),)).counts["contactCount"] += contacts

    def changes(self, backend: Backend, replace: bool = False, stored: bool = True) -> tuple[list[Q], list[Q]]:
        """Removals and additions that apply the deltas (or, with ``replace``, set the values), and keep
        the rankings of the nodes they raise (loads only raise counts; after a removal, see ``rerank``).
        ``stored=False`` says the store has no summaries yet, so that none are read."""
        remove: list[Q] = []
        add = [q for part in self.additions(backend, remove, replace=replace, stored=stored) for q in part]
        return remove, add

    def additions(self, backend: Backend, remove: list[Q], *, replace: bool = False,
                  stored: bool = True) -> Iterator[list[Q]]:
        """The additions of :meth:`changes`, in parts of about ``PART`` quads as they are worked out (a load
        writes each while the next is made); the removals go to ``remove``."""
        nodes = list(self.nodes)
        old: dict[Term, list[Q]] = {}
        if stored:
            old = backend.statements([n for n in nodes if n not in self.people], SUMMARIES)
            old.update(backend.statements([n for n in nodes if n in self.people], SUMMARIES, PERSON_COUNTS))
        add: list[Q] = []
        totals: dict[Term, Summary] = {}
        for node in nodes:
            new = self.nodes[node]
            before = [q for q in old[node] if q[1] not in RANKS] if node in old else []
            if before and not replace:
                total = Summary.parse(before)
                total.absorb(new)
                new = total
            if before and _is_pair(node):  # its partner links exist with it: see :func:`partner_quads`
                before += partner_quads([q[2] for q in before if q[1] == D["actor"]])
            totals[node] = new
            gone, fresh = replacement(before, new.quads(node) if new.counts.get("contactCount", 0) > 0 else [])
            remove += gone
            add += fresh
            if len(add) >= PART:
                yield add
                add = []
        if not replace:
            r_remove, r_add = rank_changes(backend, totals)
            remove += r_remove
            add += r_add
        yield add


PARTNER = D["partner"]


def partner_quads(actors: list[Term]) -> list[Q]:
    """``dg:partner`` links between the actors of a pair summary, both ways: they are stored with the actors as
    subjects (so that a person's partners are one look-up) and added and removed with the pair summary."""
    return [(a, PARTNER, b, SUMMARIES) for a, b in permutations(sorted(actors), 2)]


def replacement(before: list[Q], after: list[Q]) -> tuple[list[Q], list[Q]]:
    """The quads to remove and to add to replace ``before`` by ``after``."""
    if not before:
        return [], after
    kept, had = set(after), set(before)
    return [q for q in before if q not in kept], [q for q in after if q not in had]


RANKED = 100  # pairs and initiators kept in rank order, so that ranking queries sort no more than these
RANKS = {D["pairRank"]: "contactCount", D["initiatorRank"]: "initiatedCount"}  # rank → the count it orders


def _ranked(scores: dict[Term, int]) -> list[Term]:
    """The top ``RANKED`` nodes with a positive score, highest first, ties by IRI."""
    best = sorted((item for item in scores.items() if item[1] > 0), key=lambda item: (-item[1], item[0]))
    return [node for node, _ in best[:RANKED]]


def _rank_diff(old: list[Q], rank: Term, top: list[Term]) -> tuple[list[Q], list[Q]]:
    new = {(node, rank, typed(str(i), XSD_INT), SUMMARIES) for i, node in enumerate(top, 1)}
    return [q for q in old if q not in new], sorted(new.difference(old))


def _is_pair(node: Term) -> bool:
    return node.startswith(PAIR_BASE, 1)


def rank_changes(backend: Backend, totals: dict[Term, Summary]) -> tuple[list[Q], list[Q]]:
    """Re-rank after counts only rose: the new top is among the old top and the nodes in ``totals``."""
    remove: list[Q] = []
    add: list[Q] = []
    for rank, count in RANKS.items():
        old = backend.with_predicate(rank, SUMMARIES)
        mine = [n for n in totals if _is_pair(n) == (rank == D["pairRank"])]
        others = [q[0] for q in old if q[0] not in totals]
        scores = {n: totals[n].counts.get(count, 0) for n in mine}
        for node, quads in backend.statements(others, SUMMARIES, [D[count]]).items():
            scores[node] = sum(int(_lexical(q[2])) for q in quads if q[1] == D[count])
        r_remove, r_add = _rank_diff(old, rank, _ranked(scores))
        remove += r_remove
        add += r_add
    return remove, add


def rerank(backend: Backend) -> tuple[list[Q], list[Q]]:
    """Rank every summary again (after counts fell)."""
    remove: list[Q] = []
    add: list[Q] = []
    for rank, count in RANKS.items():
        scores = {q[0]: int(_lexical(q[2])) for q in backend.with_predicate(D[count], SUMMARIES)
                  if _is_pair(q[0]) == (rank == D["pairRank"])}
        r_remove, r_add = _rank_diff(backend.with_predicate(rank, SUMMARIES), rank, _ranked(scores))
        remove += r_remove
        add += r_add
    return remove, add


def read_contacts(backend: Backend, iris: Sequence[Term]) -> dict[Term, tuple[MergedContact, list[Q]]]:
    """The merged contacts of ``iris`` already in the store, with their quads."""
    out = {}
    for iri, quads in backend.statements(iris, CONTACTS).items():
        if quads:
            out[iri] = (parse_contact(iri, quads), quads)
    return out


def parse_contact(iri: Term, quads: Iterable[Q]) -> MergedContact:
    m = MergedContact(iri, A, (), None, None, "planned", set(), 0)
    actors: list[Term] = []
    for _, p, o, _ in quads:
        if p == A and value(o) in CLASS_TYPE:
            m.cls = o
        elif p == HAS_ACTOR:
            actors.append(o)
        elif p == D["initiator"]:
            m.initiator = o
        elif p == HAS_TIME:
            m.date = _lexical(o)
        elif p == SUBJECT:
            m.topics.add(o)
        elif p == D["sourceCount"]:
            m.sources = int(_lexical(o))
        elif p == D["status"]:
            m.status = STATUS_NAME[o]
    m.actors = tuple(sorted(actors))
    return m


def fold(m: MergedContact, status: str, initiator: Term | None, topics: Iterable[Term]) -> bool:
    """Add one new report to a merged contact; True when it gave the contact its initiator."""
    m.sources += 1
    if STATUS_RANK[status] > STATUS_RANK[m.status]:
        m.status = status
    m.topics.update(topics)
    if m.initiator is None and initiator is not None:
        m.initiator = initiator
        return True
    return False


class Load:
    """One load, batch by batch: new reports, their articles, actors and topics, the merged contacts and
    the summary changes, as quads produced while they are written (``quads``), so that Oxigraph's bulk
    loader parses each batch while the next is merged, and a load that stops early writes nothing; the
    stored quads they replace (``replaced``, complete once ``quads`` is exhausted) are removed afterwards.
    Only stores that held contacts before are read."""

    def __init__(self, backend: Backend):
        self.backend = backend
        self.contacts_stored = backend.has_graph(CONTACTS)
        self.summaries_stored = backend.has_graph(SUMMARIES)
        self.reports: set[Term] = set()  # reports of this load
        self.contacts: dict[Term, MergedContact] = {}  # merged contacts this load touches, as they will be
        self.before: dict[Term, list[Q]] = {}  # the stored quads of those stored before
        self.groups: set[tuple[Q, ...]] = set()  # article, actor and topic quads of this load
        self.group_ids: dict[int, tuple[Q, ...]] = {}  # the same by identity (kept, so that no id is reused)
        self.stored: set[Q] = set()  # their quads stored before this load
        self.looked_up: set[Q] = set()  # their quads looked up in the store (``stored`` holds those found)
        self.buckets: set[Q] = set()  # bucket quads of this load
        self.deltas = Deltas()
        self.report = LoadReport()
        self.replaced: list[Q] = []  # stored quads that the written ones replace

    def quads(self, batches: Iterable[Sequence[Described]]) -> Iterator[list[Q]]:
        """Every quad to add, in parts: batch by batch, then the merged contacts and the summary changes."""
        for batch in batches:
            yield self.add(batch)
        yield from self.finish()

    def _new_reports(self, batch: Sequence[Described]) -> list[Described]:
        """The reports of ``batch`` neither stored nor seen earlier in this load."""
        unique = {d.report: d for d in batch if d.report not in self.reports}
        if self.contacts_stored:
            old_articles = self.backend.existing_graphs(list({d.article: None for d in unique.values()}))
            maybe_old = [r for r, d in unique.items() if d.article in old_articles]
            for report, quads in self.backend.statements(maybe_old, None).items():
                if quads:
                    del unique[report]
        self.reports.update(unique)
        return list(unique.values())

    def _shared_quads(self, new: Sequence[Described]) -> list[Q]:
        """The quads of the articles, actors and topics of ``new`` that the store lacks."""
        groups = []
        for d in new:
            for g in d.shared:  # the cached groups of a batch are one object each: their content is hashed once
                if id(g) not in self.group_ids:
                    self.group_ids[id(g)] = g
                    if g not in self.groups:
                        self.groups.add(g)
                        groups.append(g)
        quads = {q: None for g in groups for q in g}
        if self.contacts_stored:  # looked up, not read back: not a person's partner links, nor all the names
            unknown = [q for q in quads if q not in self.looked_up]
            self.stored.update(self.backend.existing(unknown))
            self.looked_up.update(unknown)
        return [q for q in quads if q not in self.stored]

    def add(self, batch: Sequence[Described]) -> list[Q]:
        """Add one batch: its new reports join their merged contacts; the quads to write now."""
        self.report.contacts_read += len(batch)
        new = self._new_reports(batch)
        by_contact: dict[Term, list[Described]] = defaultdict(list)
        for d in new:
            by_contact[d.contact].append(d)
        unknown = [iri for iri in by_contact if iri not in self.contacts]
        if self.contacts_stored and unknown:
            for iri, (m, quads) in read_contacts(self.backend, unknown).items():
                self.contacts[iri], self.before[iri] = m, quads
        add = self._shared_quads(new)
        for iri, reports in by_contact.items():
            known = self.contacts.get(iri)
            if known is not None:
                m = known
                gained = sum(fold(m, d.status, d.initiator, d.topics) for d in reports)
                self.report.merged += len(reports)
                self.deltas.count(m, {}, contacts=0, reports=len(reports), initiated=gained)
            else:
                affiliations = {a: p for d in reports for a, p in zip(d.actors, d.affiliations, strict=True)}
                m = self.contacts[iri] = MergedContact.first(reports[0])
                gained = int(m.initiator is not None) + sum(fold(m, d.status, d.initiator, d.topics)
                                                            for d in reports[1:])
                self.report.merged += len(reports) - 1
                self.deltas.count(m, affiliations, contacts=1, reports=len(reports), initiated=gained)
                buckets = [q for q in m.bucket_quads() if q not in self.buckets]
                self.buckets.update(buckets)
                add += buckets
        for d in new:
            add += d.report_quads
        self.report.contacts_added += len(new)
        return add

    def finish(self) -> Iterator[list[Q]]:
        """The quads of the merged contacts and the summary changes, in parts; the stored quads they replace go
        to ``replaced``."""
        part: list[Q] = []
        for iri, m in self.contacts.items():
            gone, fresh = replacement(self.before.get(iri, []), m.quads())
            self.replaced += gone
            part += fresh
            if len(part) >= PART:
                yield part
                part = []
        yield part
        yield from self.deltas.additions(self.backend, self.replaced, stored=self.summaries_stored)


def actor_affiliations(backend: Backend, actors: Sequence[Term]) -> dict[Term, Term | None]:
    """Each actor's country as the entities graph records it (the first by IRI when several)."""
    out: dict[Term, Term | None] = {}
    for actor, quads in backend.statements(actors, ENTITIES).items():
        places = sorted(q[2] for q in quads if q[1] == D["country"])
        out[actor] = places[0] if places else None
    return out


def report_view(quads: Iterable[Q]) -> tuple[str, Term | None, list[Term]]:
    """What merging reads of a stored report: its status, initiator and topics."""
    status, initiator, topics = "planned", None, []
    for _, p, o, _ in quads:
        if p == D["status"]:
            status = STATUS_NAME[o]
        elif p == D["initiator"]:
            initiator = o
        elif p == SUBJECT:
            topics.append(o)
    return status, initiator, topics
