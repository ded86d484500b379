"""Contacts as RDF quads, with stable IRIs derived from their content.

One contact of the facts format becomes:

* a *report* (``dg:ContactReport``) in the article's own named graph (the graph's name is the
  article's IRI): status, initiator, date words, topics, confidence, ``prov:wasDerivedFrom`` the
  article, and the evidence sentence on the report itself as a NIF string (``nif:anchorOf``, with its
  character offsets ``nif:beginIndex`` / ``nif:endIndex`` in the article);
* the article itself (URL, title, language, publication date), in the same graph;
* people, countries, organisations and topics in the shared ``entities`` graph; actors carry
  ``dg:nameKey`` literals (see ``name_keys``) so that saved queries find a name by equality;
* the *contact* (``dg:Contact``, a ``sem:Event``) in the shared ``contacts`` graph, which
  ``graph.store`` merges over every report of the same event.

The contact's IRI depends on its type, participants and date, so the same event reported by
several articles gets one IRI; an undated contact adds the normalised evidence sentence to the key,
so it merges only with a report of the very same sentence (a syndicated copy).

Terms and quads are written as N-Triples text (``<iri>``, ``"text"@ar``, ``"5"^^<…#integer>``): the
store loads them with Oxigraph's own parser, which is several times faster than building pyoxigraph
terms one by one, and ``node`` turns a term back into a pyoxigraph ``NamedNode`` where an API needs one.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any
from urllib.parse import quote

from pyoxigraph import NamedNode, Quad

from .model import Actor, Contact
from .text import norm, script_of
from .vocab import DATA, DG, NIF, PREFIXES, PROV, SCHEMA, SEM, WD, graph_iri

Term = str  # an RDF term in N-Triples syntax
Q = tuple[Term, Term, Term, Term]  # a quad: subject, predicate, object, graph


def ref(iri: str) -> Term:
    """An IRI as a term."""
    return f"<{iri}>"


def node(term: Term) -> NamedNode:
    """An IRI term as a pyoxigraph ``NamedNode``."""
    return NamedNode(term[1:-1])


def value(term: Term) -> str:
    """The IRI of an IRI term."""
    return term[1:-1]


_ESCAPES = {**{i: f"\\u{i:04X}" for i in [*range(0x20), 0x7F]},
            8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r", 34: '\\"', 92: "\\\\"}


def text(value: str, lang: str | None = None) -> Term:
    """A string literal, escaped as Oxigraph writes it, with an optional language tag."""
    body = f'"{value.translate(_ESCAPES)}"'
    return f"{body}@{lang}" if lang else body


def typed(value: str, datatype: Term) -> Term:
    """A typed literal whose lexical form needs no escaping (numbers, dates, IRIs)."""
    return f'"{value}"^^{datatype}'


def as_text(quad: Quad) -> Q:
    """A stored pyoxigraph quad as text."""
    return str(quad.subject), str(quad.predicate), str(quad.object), str(quad.graph_name)


def nquads(quads: Iterable[Q]) -> str:
    """Quads as an N-Quads document."""
    return "".join(f"{s} {p} {o} {g} .\n" for s, p, o, g in quads)


XSD = PREFIXES["xsd"]
XSD_DATE = ref(f"{XSD}date")
XSD_INT = ref(f"{XSD}integer")
XSD_DECIMAL = ref(f"{XSD}decimal")
XSD_ANYURI = ref(f"{XSD}anyURI")

ENTITIES = ref(graph_iri("entities"))
CONTACTS = ref(graph_iri("contacts"))
SUMMARIES = ref(graph_iri("summaries"))
PAIR_BASE = f"{DATA}pair/"

A = ref(PREFIXES["rdf"] + "type")
LABEL = ref(PREFIXES["rdfs"] + "label")
SAME_AS = ref(PREFIXES["owl"] + "sameAs")
SUBJECT = ref(PREFIXES["dcterms"] + "subject")
TITLE = ref(PREFIXES["dcterms"] + "title")
LANGUAGE = ref(PREFIXES["dcterms"] + "language")
ISSUED = ref(PREFIXES["dcterms"] + "issued")
PREF_LABEL = ref(PREFIXES["skos"] + "prefLabel")
NOTATION = ref(PREFIXES["skos"] + "notation")
CONCEPT = ref(PREFIXES["skos"] + "Concept")
SEM_EVENT, HAS_ACTOR, HAS_TIME = ref(SEM.Event), ref(SEM.hasActor), ref(SEM.hasTimeStamp)
DERIVED_FROM = ref(PROV.wasDerivedFrom)
URL = ref(SCHEMA.url)
ANCHOR_OF, BEGIN, END = ref(NIF.anchorOf), ref(NIF.beginIndex), ref(NIF.endIndex)

D = {name: ref(DG[name]) for name in DG.__annotations__}  # our terms
STATUS_OF, SOURCE_COUNT, INITIATOR = D["status"], D["sourceCount"], D["initiator"]
PAIR, BUCKET, BUCKET_OF = D["pair"], D["bucket"], D["bucketOf"]

TYPE_CLASS = {"phone_call": D["PhoneCall"], "meeting": D["Meeting"], "visit": D["Visit"],
              "message": D["Message"]}
CLASS_TYPE = {value(cls): name for name, cls in TYPE_CLASS.items()}  # class IRI → contact type
STATUS_RANK = {"planned": 0, "background": 1, "occurred": 2}  # the merged status is the highest
STATUS = {name: D[name] for name in STATUS_RANK}
STATUS_NAME = {term: name for name, term in STATUS.items()}


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def slug(text: str) -> str:
    """A readable IRI segment: normalised letters and digits joined by hyphens."""
    return re.sub(r"[^\w]+", "-", norm(text)).strip("-") or _digest(text)


def article_iri(article_id: str) -> Term:
    """The article's IRI, which is also the name of its graph."""
    return f"<{DATA}article/{quote(article_id, safe='-._~')}>"


_CODE = re.compile(r"[A-Z]{3}")
CODES_KEPT = 4096  # country and organisation codes whose IRIs are remembered


@lru_cache(maxsize=CODES_KEPT)
def country_iri(code: str, org_codes: frozenset[str] = frozenset()) -> Term:
    """A country (ISO 3166-1 alpha-3) or, for codes in ``org_codes`` or not of three letters, an organisation."""
    if code in org_codes or not _CODE.fullmatch(code):
        return f"<{DATA}org/{slug(code).upper()}>"
    return f"<{DATA}country/{code}>"


def actor_iri(actor: Actor, org_codes: frozenset[str] = frozenset()) -> Term:
    """People by Wikidata id when known, else by normalised name; countries and organisations by code."""
    if actor.kind != "person" and actor.country:
        return country_iri(actor.country, org_codes)
    if actor.kind == "country":
        return f"<{DATA}country/{slug(actor.name)}>"
    if actor.kind == "organization":
        return f"<{DATA}org/{slug(actor.name)}>"
    if actor.wikidata:
        return f"<{DATA}person/{actor.wikidata}>"
    return f"<{DATA}person/{slug(actor.name)}>"


def topic_iri(topic: str) -> Term:
    return f"<{DATA}topic/{slug(topic)}>"


def _local(actor: Term) -> str:
    """An actor's IRI without the data base: ``person/Q7747``."""
    return actor[1 + len(DATA):-1]


def pair_iri(a: Term, b: Term) -> Term:
    """The pair summary of two actors (unordered): ``pair/person/Q7747/person/Q39723``, the two local
    parts in code point order, so that a query can build it from the two actors (see ``pair_contacts.rq``)."""
    first, second = _local(a), _local(b)
    if second < first:
        first, second = second, first
    return f"<{PAIR_BASE}{first}/{second}>"


def bucket_iri(actor: Term, date: str | None) -> Term:
    """The bucket of an actor's contacts of one year (``bucket/person/Q7747/2017``), or undated ones."""
    return f"<{DATA}bucket/{_local(actor)}/{date[:4] if date else 'undated'}>"


def _codes(a: Term, b: Term) -> str:
    first, second = a[:-1].rsplit("/", 1)[1], b[:-1].rsplit("/", 1)[1]
    if second < first:
        first, second = second, first
    return f"{first}-{second}"


def country_pair_iri(a: Term, b: Term) -> Term:
    """The summary of contacts between two countries (unordered); its months link to it."""
    return f"<{DATA}country-pair/{_codes(a, b)}>"


def country_month_iri(a: Term, b: Term, month: str) -> Term:
    """The count of contacts between two countries (unordered) in one month (``YYYY-MM``)."""
    return f"<{DATA}country-month/{_codes(a, b)}-{month}>"


def _text(value: str) -> Term:
    """A language-tagged literal: ``ar`` for Arabic script, ``en`` otherwise."""
    return text(value, "ar" if script_of(value) == "ar" else "en")


@dataclass(frozen=True)
class Described:
    """One contact as quads, plus what the store needs to merge it with other reports."""

    article: Term
    report: Term
    contact: Term
    cls: Term
    actors: tuple[Term, ...]
    affiliations: tuple[Term | None, ...]  # each actor's country or organisation
    date: str | None
    initiator: Term | None
    status: str
    topics: tuple[Term, ...]
    report_quads: list[Q]  # the report, in the article graph
    shared: tuple[tuple[Q, ...], ...]  # the article (in its graph), actors and topics (entities graph)

    @property
    def entity_quads(self) -> list[Q]:
        return [q for group in self.shared[1:] for q in group]


def _initiator(contact: Contact, actors: tuple[Term, ...]) -> Term | None:
    """The participant named as initiator: exact name first, then normalised name, then containment."""
    if not contact.initiator:
        return None
    for person, iri in zip(contact.participants, actors, strict=False):
        if person.name == contact.initiator:
            return iri
    wanted = norm(contact.initiator)
    names = [(p, norm(p.name), norm(p.name_ar or "")) for p in contact.participants]
    for test in (lambda p, n, a: wanted in (n, a),
                 lambda p, n, a: wanted in n or (bool(a) and wanted in a) or (bool(n) and n in wanted)):
        for (person, name, name_ar), iri in zip(names, actors, strict=False):
            if test(person, name, name_ar):
                return iri
    return None


def merged_key(contact: Contact, actors: Iterable[Term]) -> Term:
    """The IRI of the real-world contact a report describes (see the module docstring)."""
    return _merged_key(contact, sorted({value(a) for a in actors}))


def _merged_key(contact: Contact, people: list[str]) -> Term:
    """:func:`merged_key` given the IRIs of the distinct actors, sorted."""
    if contact.date:
        return f"<{DATA}contact/{_digest(contact.type, *people, contact.date)}>"
    said = re.sub(r"\W+", " ", norm(contact.evidence.text)).strip()
    return f"<{DATA}contact/{_digest(contact.type, *people, 'undated', said)}>"


Shared = dict[object, tuple[Term, tuple[Q, ...]]]  # actor, topic or article → its IRI and quads


def _shared(cache: Shared, key: object, build: Callable[..., tuple[Term, tuple[Q, ...]]],
            *args: Any) -> tuple[Term, tuple[Q, ...]]:
    """What ``build(*args)`` gives, from ``cache`` under ``key`` once built."""
    found = cache.get(key)
    if found is None:
        found = cache[key] = build(*args)
    return found


def describe(contact: Contact, org_codes: frozenset[str] = frozenset(), cache: Shared | None = None) -> Described:
    """The quads of one contact's report and entities, and its merge key.

    ``cache`` keeps the IRIs and quads of the actors, topics and articles already described, so that a
    batch builds them once; the returned quads are the same either way.
    """
    cache = {} if cache is None else cache
    art, art_quads = _shared(cache, ("article", contact.article_id, contact.url, contact.title, contact.lang,
                                     contact.published), _article_quads, contact)
    people: dict[Term, Actor] = {}
    groups = [art_quads]
    for person in contact.participants:
        iri, quads = _shared(cache, (person, org_codes), _actor_quads, person, org_codes)
        if iri not in people:
            people[iri] = person
            groups.append(quads)
    actors = tuple(people)
    ev = contact.evidence
    names = sorted([value(a) for a in actors])
    report = f"<{DATA}report/" + _digest(contact.article_id, contact.type, *names, contact.date, contact.status,
                                         ev.start, ev.end, ev.text) + ">"
    initiator = _initiator(contact, actors)
    key = _merged_key(contact, names)
    topics: dict[Term, None] = {}
    for t in contact.topics:
        if t.strip():
            iri, quads = _shared(cache, ("topic", t), _topic_quads, t)
            if iri not in topics:
                topics[iri] = None
                groups.append(quads)
    rq: list[Q] = [
        (report, A, D["ContactReport"], art),
        (report, D["reportOf"], key, art),
        (report, DERIVED_FROM, art, art),
        (report, D["status"], STATUS[contact.status], art),
        (report, D["confidence"], typed(f"{contact.confidence:.3f}", XSD_DECIMAL), art),
    ]
    if initiator:
        rq.append((report, D["initiator"], initiator, art))
    if contact.date_text:
        rq.append((report, D["dateText"], _text(contact.date_text), art))
    rq.extend((report, SUBJECT, t, art) for t in topics)
    rq.extend(_evidence_quads(report, art, contact))
    affiliations = tuple([country_iri(p.country, org_codes) if p.country and p.kind == "person" else None
                          for p in people.values()])
    return Described(art, report, key, TYPE_CLASS[contact.type], actors,
                     affiliations, contact.date, initiator, contact.status, tuple(topics), rq, tuple(groups))


def _article_quads(contact: Contact) -> tuple[Term, tuple[Q, ...]]:
    art = article_iri(contact.article_id)
    out = [(art, A, D["Article"], art), (art, D["articleId"], text(contact.article_id), art)]
    if contact.url:
        out.append((art, URL, f"{text(contact.url)}^^{XSD_ANYURI}", art))
    if contact.title:
        out.append((art, TITLE, _text(contact.title), art))
    if contact.lang:
        out.append((art, LANGUAGE, text(contact.lang), art))
    if contact.published:
        out.append((art, ISSUED, typed(contact.published[:10], XSD_DATE), art))
    return art, tuple(out)


def _topic_quads(topic: str) -> tuple[Term, tuple[Q, ...]]:
    iri = topic_iri(topic)
    return iri, ((iri, A, CONCEPT, ENTITIES), (iri, A, D["Topic"], ENTITIES), (iri, PREF_LABEL, _text(topic), ENTITIES))


def _evidence_quads(report: Term, art: Term, contact: Contact) -> list[Q]:
    """The evidence sentence on the report itself, as a NIF string: its text and, when known, its
    character offsets in the article (the report's ``prov:wasDerivedFrom``)."""
    ev = contact.evidence
    out = [(report, ANCHOR_OF, text(ev.text), art)]
    if ev.start >= 0 and ev.end >= ev.start:
        out += [(report, BEGIN, typed(str(ev.start), XSD_INT), art), (report, END, typed(str(ev.end), XSD_INT), art)]
    return out


def name_tokens(text: str) -> list[str]:
    """The normalised (case-folded, diacritics and Arabic letter variants folded) words of a name."""
    return re.findall(r"\w+", norm(text).lower())


def name_key(text: str) -> str:
    """What a name query looks up: its normalised words joined by one space."""
    return " ".join(name_tokens(text))


def name_keys(label: str) -> set[str]:
    """Every key under which a label is found: each beginning of the label at a word start, so that
    "Putin", "vlad", "Vladimir Putin" and "Tayyip Erd" find their people by equality."""
    words = name_tokens(label)
    out: set[str] = set()
    for i in range(len(words)):
        rest = " ".join(words[i:])
        out.update(rest[:n] for n in range(1, len(rest) + 1) if not rest[:n].endswith(" "))
    return out


def _actor_quads(actor: Actor, org_codes: frozenset[str]) -> tuple[Term, tuple[Q, ...]]:
    iri = actor_iri(actor, org_codes)
    kind = {"person": D["Person"], "country": D["Country"], "organization": D["Organization"]}[actor.kind] \
        if actor.kind in ("person", "country", "organization") else D["Person"]
    out = [(iri, A, kind, ENTITIES), (iri, LABEL, _text(actor.name), ENTITIES)]
    if actor.name_ar:
        out.append((iri, LABEL, text(actor.name_ar, "ar"), ENTITIES))
    keys = name_keys(actor.name) | name_keys(actor.name_ar or "")
    out.extend((iri, D["nameKey"], text(k), ENTITIES) for k in sorted(keys))
    if actor.wikidata:
        out.append((iri, SAME_AS, ref(f"{WD}{actor.wikidata}"), ENTITIES))
    if actor.role and actor.kind == "person":
        out.append((iri, D["role"], _text(actor.role), ENTITIES))
    if actor.country and actor.kind == "person":
        place = country_iri(actor.country, org_codes)
        out += [(iri, D["country"], place, ENTITIES),
                (place, A, D["Organization"] if "/org/" in place else D["Country"], ENTITIES),
                (place, NOTATION, text(actor.country), ENTITIES)]
    elif actor.country:
        out.append((iri, NOTATION, text(actor.country), ENTITIES))
    return iri, tuple(out)


@dataclass(slots=True)
class MergedContact:
    """The state of one merged contact; ``quads()`` writes it to the ``contacts`` graph."""

    iri: Term
    cls: Term
    actors: tuple[Term, ...]
    date: str | None
    initiator: Term | None
    status: str
    topics: set[Term]
    sources: int

    @classmethod
    def first(cls, d: Described) -> MergedContact:
        return cls(d.contact, d.cls, d.actors, d.date, d.initiator, d.status, set(d.topics), 1)

    def quads(self) -> list[Q]:
        g, m, actors, date = CONTACTS, self.iri, self.actors, self.date
        out = [(m, A, self.cls, g), (m, A, SEM_EVENT, g), (m, STATUS_OF, STATUS[self.status], g),
               (m, SOURCE_COUNT, typed(str(self.sources), XSD_INT), g)]
        out += [(m, HAS_ACTOR, a, g) for a in actors]
        if self.initiator:
            out.append((m, INITIATOR, self.initiator, g))
        if date:
            out.append((m, HAS_TIME, typed(date, XSD_DATE), g))
        out += [(m, SUBJECT, t, g) for t in sorted(self.topics)]
        out += [(m, PAIR, pair_iri(a, b), g) for a, b in combinations(actors, 2)]
        out += [(m, BUCKET, bucket_iri(a, date), g) for a in actors]
        return out

    def bucket_quads(self) -> list[Q]:
        """The buckets of this contact's actors (in the summaries graph; the same for every contact of
        an actor and year, so writing them again adds nothing). A bucket's year is the end of its IRI."""
        return [(bucket_iri(a, self.date), BUCKET_OF, a, SUMMARIES) for a in self.actors]


def contact_quads(contact: Contact, org_codes: frozenset[str] = frozenset()) -> list[Q]:
    """Every quad one contact contributes when it is the only report of its event."""
    d = describe(contact, org_codes)
    m = MergedContact.first(d)
    return [*d.shared[0], *d.report_quads, *d.entity_quads, *m.quads(), *m.bucket_quads()]
