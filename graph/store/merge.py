"""Load-time merging: reports become merged contacts, and pair-level summaries stay up to date.

A batch of described contacts is turned into one set of removals and additions:

* reports already in the store are skipped (their IRIs are content-derived);
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from pyoxigraph import Literal, NamedNode, Quad

from ..rdf import (
    CLASS_TYPE,
    CONTACTS,
    ENTITIES,
    HAS_ACTOR,
    HAS_TIME,
    PAIR_BASE,
    STATUS_RANK,
    SUBJECT,
    SUMMARIES,
    XSD_DATE,
    XSD_GYEARMONTH,
    XSD_INT,
    A,
    D,
    Described,
    MergedContact,
    country_month_iri,
    country_pair_iri,
    pair_iri,
)
from .backend import Backend


@dataclass
class LoadReport:
    """What a load did: contacts read, new reports added, of which merged into an existing contact."""

    contacts_read: int = 0
    contacts_added: int = 0
    merged: int = 0
    quads_added: int = 0

    def __iadd__(self, other: LoadReport) -> LoadReport:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self


@dataclass
class Summary:
    """Counters, a date range and links of one summary node in the ``summaries`` graph."""

    cls: NamedNode | None = None
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    first: str | None = None
    last: str | None = None
    links: set[tuple[str, NamedNode]] = field(default_factory=set)
    month: str | None = None

    def see_date(self, day: str | None) -> None:
        if day:
            self.first = min(self.first or day, day)
            self.last = max(self.last or day, day)

    def absorb(self, other: Summary) -> None:
        self.cls = self.cls or other.cls
        self.month = self.month or other.month
        for key, value in other.counts.items():
            self.counts[key] += value
        self.see_date(other.first)
        self.see_date(other.last)
        self.links |= other.links

    def quads(self, node: NamedNode) -> list[Quad]:
        g = SUMMARIES
        out = [Quad(node, D[k], Literal(str(v), datatype=XSD_INT), g) for k, v in sorted(self.counts.items())]
        if self.cls:
            out.append(Quad(node, A, self.cls, g))
        if self.first and self.last:
            out += [Quad(node, D["firstDate"], Literal(self.first, datatype=XSD_DATE), g),
                    Quad(node, D["lastDate"], Literal(self.last, datatype=XSD_DATE), g)]
        if self.month:
            out.append(Quad(node, D["month"], Literal(self.month, datatype=XSD_GYEARMONTH), g))
        out.extend(Quad(node, D[p], o, g) for p, o in sorted(self.links, key=lambda x: (x[0], x[1].value)))
        return out

    @classmethod
    def parse(cls, quads: Iterable[Quad]) -> Summary:
        out = cls()
        local = {v.value: k for k, v in D.items()}
        for q in quads:
            name = local.get(q.predicate.value)
            if q.predicate == A:
                out.cls = q.object
            elif name in ("firstDate", "lastDate"):
                out.see_date(q.object.value)
            elif name == "month":
                out.month = q.object.value
            elif isinstance(q.object, NamedNode) and name:
                out.links.add((name, q.object))
            elif name:
                out.counts[name] += int(q.object.value)
        return out


class Deltas:
    """Summary changes accumulated over a batch, keyed by summary node."""

    def __init__(self) -> None:
        self.nodes: dict[NamedNode, Summary] = defaultdict(Summary)

    def count(self, m: MergedContact, affiliations: dict[NamedNode, NamedNode | None], *, contacts: int,
              reports: int, initiated: int) -> None:
        """Add one merged contact's share: ``contacts`` (0 or 1) new contacts, ``reports`` new reports."""
        for a, b in combinations(sorted(m.actors, key=lambda n: n.value), 2):
            pair = self.nodes[pair_iri(a, b)]
            pair.cls = D["PairSummary"]
            pair.counts["contactCount"] += contacts
            pair.counts["reportCount"] += reports
            pair.see_date(m.date)
            pair.links |= {("actor", a), ("actor", b), ("contactType", m.cls)}
        for actor in m.actors:
            node = self.nodes[actor]
            node.counts["contactCount"] += contacts
            node.counts["initiatedCount"] += initiated if actor == m.initiator else 0
        if not (m.date and contacts):
            return
        places = sorted({p for p in (affiliations.get(a) for a in m.actors) if p and "/country/" in p.value},
                        key=lambda n: n.value)
        for c1, c2 in combinations(places, 2):
            month = m.date[:7]
            both = country_pair_iri(c1, c2)
            pair = self.nodes[both]
            pair.cls = D["CountryPair"]
            pair.counts["contactCount"] += contacts
            pair.links |= {("country", c1), ("country", c2)}
            node = self.nodes[country_month_iri(c1, c2, month)]
            node.cls, node.month = D["CountryPairMonth"], month
            node.counts["contactCount"] += contacts
            node.links.add(("countryPair", both))

    def changes(self, backend: Backend, replace: bool = False) -> tuple[list[Quad], list[Quad]]:
        """Removals and additions that apply the deltas (or, with ``replace``, set the values), and keep
        the rankings of the nodes they raise (loads only raise counts; after a removal, see ``rerank``)."""
        nodes = list(self.nodes)
        old = backend.statements(nodes, SUMMARIES)
        remove: list[Quad] = []
        add: list[Quad] = []
        totals: dict[NamedNode, Summary] = {}
        for node in nodes:
            before = [q for q in old.get(node, []) if q.predicate not in RANKS]
            new = self.nodes[node]
            if not replace:
                total = Summary.parse(before)
                total.absorb(new)
                new = total
            totals[node] = new
            after = new.quads(node) if new.counts.get("contactCount", 0) > 0 else []
            kept = set(after)
            remove += [q for q in before if q not in kept]
            have = set(before)
            add += [q for q in after if q not in have]
        if not replace:
            r_remove, r_add = rank_changes(backend, totals)
            remove += r_remove
            add += r_add
        return remove, add


RANKED = 100  # pairs and initiators kept in rank order, so that ranking queries sort no more than these
RANKS = {D["pairRank"]: "contactCount", D["initiatorRank"]: "initiatedCount"}  # rank → the count it orders


def _ranked(scores: dict[NamedNode, int]) -> list[NamedNode]:
    """The top ``RANKED`` nodes with a positive score, highest first, ties by IRI."""
    best = sorted((item for item in scores.items() if item[1] > 0), key=lambda item: (-item[1], item[0].value))
    return [node for node, _ in best[:RANKED]]


def _rank_diff(old: list[Quad], rank: NamedNode, top: list[NamedNode]) -> tuple[list[Quad], list[Quad]]:
    new = {Quad(node, rank, Literal(str(i), datatype=XSD_INT), SUMMARIES) for i, node in enumerate(top, 1)}
    return [q for q in old if q not in new], list(new.difference(old))


def _is_pair(node: NamedNode) -> bool:
    return node.value.startswith(PAIR_BASE)


def rank_changes(backend: Backend, totals: dict[NamedNode, Summary]) -> tuple[list[Quad], list[Quad]]:
    """Re-rank after counts only rose: the new top is among the old top and the nodes in ``totals``."""
    remove: list[Quad] = []
    add: list[Quad] = []
    for rank, count in RANKS.items():
        old = backend.with_predicate(rank, SUMMARIES)
        mine = [n for n in totals if _is_pair(n) == (rank == D["pairRank"])]
        others = [q.subject for q in old if q.subject not in totals]
        scores = {n: s.counts.get(count, 0) for n, s in ((n, totals[n]) for n in mine)}
        for node, quads in backend.statements(others, SUMMARIES).items():
            scores[node] = sum(int(q.object.value) for q in quads if q.predicate == D[count])
        r_remove, r_add = _rank_diff(old, rank, _ranked(scores))
        remove += r_remove
        add += r_add
    return remove, add


def rerank(backend: Backend) -> tuple[list[Quad], list[Quad]]:
    """Rank every summary again (after counts fell)."""
    remove: list[Quad] = []
    add: list[Quad] = []
    for rank, count in RANKS.items():
        scores = {q.subject: int(q.object.value) for q in backend.with_predicate(D[count], SUMMARIES)
                  if _is_pair(q.subject) == (rank == D["pairRank"])}
        r_remove, r_add = _rank_diff(backend.with_predicate(rank, SUMMARIES), rank, _ranked(scores))
        remove += r_remove
        add += r_add
    return remove, add


def read_contacts(backend: Backend, iris: Sequence[NamedNode]) -> dict[NamedNode, tuple[MergedContact, list[Quad]]]:
    """The merged contacts of ``iris`` already in the store, with their quads."""
    out = {}
    for iri, quads in backend.statements(iris, CONTACTS).items():
        if quads:
            out[iri] = (parse_contact(iri, quads), quads)
    return out


def parse_contact(iri: NamedNode, quads: Iterable[Quad]) -> MergedContact:
    m = MergedContact(iri, A, (), None, None, "planned", set(), 0)
    actors: list[NamedNode] = []
    status = D["status"]
    for q in quads:
        p, o = q.predicate, q.object
        if p == A and o.value in CLASS_TYPE:
            m.cls = o
        elif p == HAS_ACTOR:
            actors.append(o)
        elif p == D["initiator"]:
            m.initiator = o
        elif p == HAS_TIME:
            m.date = o.value
        elif p == SUBJECT:
            m.topics.add(o)
        elif p == D["sourceCount"]:
            m.sources = int(o.value)
        elif p == status:
            m.status = o.value.rsplit("#", 1)[1]
    m.actors = tuple(sorted(actors, key=lambda n: n.value))
    return m


def fold(m: MergedContact, status: str, initiator: NamedNode | None, topics: Iterable[NamedNode]) -> bool:
    """Add one new report to a merged contact; True when it gave the contact its initiator."""
    m.sources += 1
    if STATUS_RANK[status] > STATUS_RANK[m.status]:
        m.status = status
    m.topics.update(topics)
    if m.initiator is None and initiator is not None:
        m.initiator = initiator
        return True
    return False


def plan_load(backend: Backend, batch: Sequence[Described]) -> tuple[list[Quad], list[Quad], LoadReport]:
    """Removals and additions that load one batch, and its report."""
    report = LoadReport(contacts_read=len(batch))
    unique = {d.report: d for d in batch}
    old_articles = backend.existing_graphs(list({d.article: None for d in unique.values()}))
    maybe_old = [r for r, d in unique.items() if d.article in old_articles]
    present = {r for r, qs in backend.statements(maybe_old, None).items() if qs}
    new = [d for r, d in unique.items() if r not in present]
    by_contact: dict[NamedNode, list[Described]] = defaultdict(list)
    for d in new:
        by_contact[d.contact].append(d)
    existing = read_contacts(backend, list(by_contact))
    remove: list[Quad] = []
    add: list[Quad] = []
    deltas = Deltas()
    for iri, reports in by_contact.items():
        affiliations = {a: p for d in reports for a, p in zip(d.actors, d.affiliations, strict=True)}
        if iri in existing:
            m, before = existing[iri]
            gained = sum(fold(m, d.status, d.initiator, d.topics) for d in reports)
            report.merged += len(reports)
            deltas.count(m, affiliations, contacts=0, reports=len(reports), initiated=gained)
        else:
            m, before = MergedContact.first(reports[0]), []
            gained = int(m.initiator is not None) + sum(fold(m, d.status, d.initiator, d.topics) for d in reports[1:])
            report.merged += len(reports) - 1
            deltas.count(m, affiliations, contacts=1, reports=len(reports), initiated=gained)
        after = m.quads()
        kept, had = set(after), set(before)
        remove += [q for q in before if q not in kept]
        add += [q for q in after if q not in had]
    shared = {q for d in new for q in d.entity_quads}
    shared.update(q for d in new if d.article in old_articles for q in d.report_quads if q.subject == d.article)
    known = backend.statements(list({q.subject: None for q in shared}), None)
    shared.difference_update(q for quads in known.values() for q in quads)
    add += shared
    add += [q for d in new for q in d.report_quads if q.subject != d.article or d.article not in old_articles]
    s_remove, s_add = deltas.changes(backend)
    add = list(dict.fromkeys(add + s_add))
    report.contacts_added = len(new)
    report.quads_added = len(add)
    return remove + s_remove, add, report


def actor_affiliations(backend: Backend, actors: Sequence[NamedNode]) -> dict[NamedNode, NamedNode | None]:
    """Each actor's country as the entities graph records it (the first by IRI when several)."""
    out: dict[NamedNode, NamedNode | None] = {}
    for actor, quads in backend.statements(actors, ENTITIES).items():
        places = sorted((q.object for q in quads if q.predicate == D["country"]), key=lambda n: n.value)
        out[actor] = places[0] if places else None
    return out



def report_view(quads: Iterable[Quad]) -> tuple[str, NamedNode | None, list[NamedNode]]:
    """What merging reads of a stored report: its status, initiator and topics."""
    status, initiator, topics = "planned", None, []
    for q in quads:
        if q.predicate == D["status"]:
            status = q.object.value.rsplit("#", 1)[1]
        elif q.predicate == D["initiator"]:
            initiator = q.object
        elif q.predicate == SUBJECT:
            topics.append(q.object)
    return status, initiator, topics
