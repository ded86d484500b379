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
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from .model import Actor, Contact
from .text import norm, script_of
from .vocab import DATA, DG, NIF, PREFIXES, PROV, SCHEMA, SEM, WD, graph_iri

XSD = PREFIXES["xsd"]
XSD_DATE = NamedNode(f"{XSD}date")
XSD_INT = NamedNode(f"{XSD}integer")
XSD_DECIMAL = NamedNode(f"{XSD}decimal")
XSD_ANYURI = NamedNode(f"{XSD}anyURI")
XSD_GYEARMONTH = NamedNode(f"{XSD}gYearMonth")

ENTITIES = NamedNode(graph_iri("entities"))
CONTACTS = NamedNode(graph_iri("contacts"))
SUMMARIES = NamedNode(graph_iri("summaries"))
PAIR_BASE = f"{DATA}pair/"


def _n(term: str) -> NamedNode:
    return NamedNode(str(term))


A = _n(PREFIXES["rdf"] + "type")
LABEL = _n(PREFIXES["rdfs"] + "label")
SAME_AS = _n(PREFIXES["owl"] + "sameAs")
SUBJECT = _n(PREFIXES["dcterms"] + "subject")
TITLE = _n(PREFIXES["dcterms"] + "title")
LANGUAGE = _n(PREFIXES["dcterms"] + "language")
ISSUED = _n(PREFIXES["dcterms"] + "issued")
PREF_LABEL = _n(PREFIXES["skos"] + "prefLabel")
NOTATION = _n(PREFIXES["skos"] + "notation")
CONCEPT = _n(PREFIXES["skos"] + "Concept")
SEM_EVENT, HAS_ACTOR, HAS_TIME = _n(SEM.Event), _n(SEM.hasActor), _n(SEM.hasTimeStamp)
DERIVED_FROM = _n(PROV.wasDerivedFrom)
URL = _n(SCHEMA.url)
ANCHOR_OF, BEGIN, END = _n(NIF.anchorOf), _n(NIF.beginIndex), _n(NIF.endIndex)

D = {name: _n(DG[name]) for name in DG.__annotations__}  # our terms as NamedNodes

TYPE_CLASS = {"phone_call": D["PhoneCall"], "meeting": D["Meeting"], "visit": D["Visit"],
              "message": D["Message"]}
CLASS_TYPE = {cls.value: name for name, cls in TYPE_CLASS.items()}
CAMEO = {"phone_call": "041", "visit": "042", "meeting": "044", "message": "040"}
STATUS_RANK = {"planned": 0, "background": 1, "occurred": 2}  # the merged status is the highest


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def slug(text: str) -> str:
    """A readable IRI segment: normalised letters and digits joined by hyphens."""
    return re.sub(r"[^\w]+", "-", norm(text)).strip("-") or _digest(text)


def article_iri(article_id: str) -> NamedNode:
    """The article's IRI, which is also the name of its graph."""
    return NamedNode(f"{DATA}article/{quote(article_id, safe='-._~')}")


def country_iri(code: str, org_codes: frozenset[str] = frozenset()) -> NamedNode:
    """A country (ISO 3166-1 alpha-3) or, for codes in ``org_codes`` or not of three letters, an organisation."""
    if code in org_codes or not re.fullmatch(r"[A-Z]{3}", code):
        return NamedNode(f"{DATA}org/{slug(code).upper()}")
    return NamedNode(f"{DATA}country/{code}")


def actor_iri(actor: Actor, org_codes: frozenset[str] = frozenset()) -> NamedNode:
    """People by Wikidata id when known, else by normalised name; countries and organisations by code."""
    if actor.kind != "person" and actor.country:
        return country_iri(actor.country, org_codes)
    if actor.kind == "country":
        return NamedNode(f"{DATA}country/{slug(actor.name)}")
    if actor.kind == "organization":
        return NamedNode(f"{DATA}org/{slug(actor.name)}")
    if actor.wikidata:
        return NamedNode(f"{DATA}person/{actor.wikidata}")
    return NamedNode(f"{DATA}person/{slug(actor.name)}")


def topic_iri(topic: str) -> NamedNode:
    return NamedNode(f"{DATA}topic/{slug(topic)}")


def pair_iri(a: NamedNode, b: NamedNode) -> NamedNode:
    """The pair summary of two actors (unordered)."""
    return NamedNode(f"{PAIR_BASE}{_digest(*sorted((a.value, b.value)))}")


def country_pair_iri(a: NamedNode, b: NamedNode) -> NamedNode:
    """The summary of contacts between two countries (unordered); its months link to it."""
    first, second = sorted((a.value.rsplit("/", 1)[1], b.value.rsplit("/", 1)[1]))
    return NamedNode(f"{DATA}country-pair/{first}-{second}")


def country_month_iri(a: NamedNode, b: NamedNode, month: str) -> NamedNode:
    """The count of contacts between two countries (unordered) in one month (``YYYY-MM``)."""
    first, second = sorted((a.value.rsplit("/", 1)[1], b.value.rsplit("/", 1)[1]))
    return NamedNode(f"{DATA}country-month/{first}-{second}-{month}")


def _text(value: str) -> Literal:
    """A language-tagged literal: ``ar`` for Arabic script, ``en`` otherwise."""
    return Literal(value, language="ar" if script_of(value) == "ar" else "en")


@dataclass(frozen=True)
class Described:
    """One contact as quads, plus what the store needs to merge it with other reports."""

    article: NamedNode
    report: NamedNode
    contact: NamedNode
    cls: NamedNode
    actors: tuple[NamedNode, ...]
    affiliations: tuple[NamedNode | None, ...]  # each actor's country or organisation
    date: str | None
    initiator: NamedNode | None
    status: str
    topics: tuple[NamedNode, ...]
    report_quads: list[Quad]  # article graph
    entity_quads: list[Quad]  # entities graph


def _initiator(contact: Contact, actors: tuple[NamedNode, ...]) -> NamedNode | None:
    """The participant named as initiator: exact name first, then normalised name, then containment."""
    if not contact.initiator:
        return None
    wanted = norm(contact.initiator)
    names = [(p, norm(p.name), norm(p.name_ar or "")) for p in contact.participants]
    for test in (lambda p, n, a: p.name == contact.initiator,
                 lambda p, n, a: wanted in (n, a),
                 lambda p, n, a: wanted in n or (bool(a) and wanted in a) or (bool(n) and n in wanted)):
        for (person, name, name_ar), iri in zip(names, actors, strict=False):
            if test(person, name, name_ar):
                return iri
    return None


def merged_key(contact: Contact, actors: Iterable[NamedNode]) -> NamedNode:
    """The IRI of the real-world contact a report describes (see the module docstring)."""
    people = sorted({a.value for a in actors})
    if contact.date:
        return NamedNode(f"{DATA}contact/{_digest(contact.type, *people, contact.date)}")
    said = re.sub(r"\W+", " ", norm(contact.evidence.text)).strip()
    return NamedNode(f"{DATA}contact/{_digest(contact.type, *people, 'undated', said)}")


Shared = dict[object, tuple[NamedNode, list[Quad]]]  # actor, topic or article → its IRI and quads


def _shared(cache: Shared, key: object,
            build: Callable[[], tuple[NamedNode, list[Quad]]]) -> tuple[NamedNode, list[Quad]]:
    if key not in cache:
        cache[key] = build()
    return cache[key]


def describe(contact: Contact, org_codes: frozenset[str] = frozenset(), cache: Shared | None = None) -> Described:
    """The quads of one contact's report and entities, and its merge key.

    ``cache`` keeps the IRIs and quads of the actors, topics and articles already described, so that a
    batch builds them once; the returned quads are the same either way.
    """
    cache = {} if cache is None else cache
    art, art_quads = _shared(cache, ("article", contact.article_id, contact.url, contact.title, contact.lang,
                                     contact.published), lambda: _article_quads(contact))
    people: dict[NamedNode, Actor] = {}
    eq: list[Quad] = []
    for person in contact.participants:
        iri, quads = _shared(cache, (person, org_codes), lambda p=person: _actor_quads(p, org_codes))
        if iri not in people:
            people[iri] = person
            eq += quads
    actors = tuple(people)
    ev = contact.evidence
    report = NamedNode(f"{DATA}report/" + _digest(contact.article_id, contact.type, *sorted(a.value for a in actors),
                                                  contact.date, contact.status, ev.start, ev.end, ev.text))
    initiator = _initiator(contact, actors)
    key = merged_key(contact, actors)
    topics: dict[NamedNode, None] = {}
    for t in contact.topics:
        if t.strip():
            iri, quads = _shared(cache, ("topic", t), lambda t=t: _topic_quads(t))
            if iri not in topics:
                topics[iri] = None
                eq += quads
    rq: list[Quad] = [
        *art_quads,
        Quad(report, A, D["ContactReport"], art),
        Quad(report, D["reportOf"], key, art),
        Quad(report, DERIVED_FROM, art, art),
        Quad(report, D["status"], D[contact.status], art),
        Quad(report, D["confidence"], Literal(f"{contact.confidence:.3f}", datatype=XSD_DECIMAL), art),
    ]
    if initiator:
        rq.append(Quad(report, D["initiator"], initiator, art))
    if contact.date_text:
        rq.append(Quad(report, D["dateText"], _text(contact.date_text), art))
    rq.extend(Quad(report, SUBJECT, t, art) for t in topics)
    rq.extend(_evidence_quads(report, art, contact))
    affiliations = tuple(country_iri(p.country, org_codes) if p.country and p.kind == "person" else None
                         for p in people.values())
    return Described(art, report, key, TYPE_CLASS[contact.type], actors,
                     affiliations, contact.date, initiator, contact.status, tuple(topics), rq, eq)


def _article_quads(contact: Contact) -> tuple[NamedNode, list[Quad]]:
    art = article_iri(contact.article_id)
    out = [Quad(art, A, D["Article"], art), Quad(art, D["articleId"], Literal(contact.article_id), art)]
    if contact.url:
        out.append(Quad(art, URL, Literal(contact.url, datatype=XSD_ANYURI), art))
    if contact.title:
        out.append(Quad(art, TITLE, _text(contact.title), art))
    if contact.lang:
        out.append(Quad(art, LANGUAGE, Literal(contact.lang), art))
    if contact.published:
        out.append(Quad(art, ISSUED, Literal(contact.published[:10], datatype=XSD_DATE), art))
    return art, out


def _topic_quads(topic: str) -> tuple[NamedNode, list[Quad]]:
    iri = topic_iri(topic)
    return iri, [Quad(iri, A, CONCEPT, ENTITIES), Quad(iri, A, D["Topic"], ENTITIES),
                 Quad(iri, PREF_LABEL, _text(topic), ENTITIES)]


def _evidence_quads(report: NamedNode, art: NamedNode, contact: Contact) -> list[Quad]:
    """The evidence sentence on the report itself, as a NIF string: its text and, when known, its
    character offsets in the article (the report's ``prov:wasDerivedFrom``)."""
    ev = contact.evidence
    out = [Quad(report, ANCHOR_OF, Literal(ev.text), art)]
    if ev.start >= 0 and ev.end >= ev.start:
        out += [Quad(report, BEGIN, Literal(str(ev.start), datatype=XSD_INT), art),
                Quad(report, END, Literal(str(ev.end), datatype=XSD_INT), art)]
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


def _actor_quads(actor: Actor, org_codes: frozenset[str]) -> tuple[NamedNode, list[Quad]]:
    iri = actor_iri(actor, org_codes)
    kind = {"person": D["Person"], "country": D["Country"], "organization": D["Organization"]}[actor.kind] \
        if actor.kind in ("person", "country", "organization") else D["Person"]
    out = [Quad(iri, A, kind, ENTITIES), Quad(iri, LABEL, _text(actor.name), ENTITIES)]
    if actor.name_ar:
        out.append(Quad(iri, LABEL, Literal(actor.name_ar, language="ar"), ENTITIES))
    keys = name_keys(actor.name) | name_keys(actor.name_ar or "")
    out.extend(Quad(iri, D["nameKey"], Literal(k), ENTITIES) for k in sorted(keys))
    if actor.wikidata:
        out.append(Quad(iri, SAME_AS, NamedNode(f"{WD}{actor.wikidata}"), ENTITIES))
    if actor.role and actor.kind == "person":
        out.append(Quad(iri, D["role"], _text(actor.role), ENTITIES))
    if actor.country and actor.kind == "person":
        place = country_iri(actor.country, org_codes)
        out += [Quad(iri, D["country"], place, ENTITIES),
                Quad(place, A, D["Organization"] if "/org/" in place.value else D["Country"], ENTITIES),
                Quad(place, NOTATION, Literal(actor.country), ENTITIES)]
    elif actor.country:
        out.append(Quad(iri, NOTATION, Literal(actor.country), ENTITIES))
    return iri, out


@dataclass
class MergedContact:
    """The state of one merged contact; ``quads()`` writes it to the ``contacts`` graph."""

    iri: NamedNode
    cls: NamedNode
    actors: tuple[NamedNode, ...]
    date: str | None
    initiator: NamedNode | None
    status: str
    topics: set[NamedNode]
    sources: int

    @classmethod
    def first(cls, d: Described) -> MergedContact:
        return cls(d.contact, d.cls, d.actors, d.date, d.initiator, d.status, set(d.topics), 1)

    def quads(self) -> list[Quad]:
        g, m = CONTACTS, self.iri
        ctype = CLASS_TYPE[self.cls.value]
        out = [Quad(m, A, self.cls, g), Quad(m, A, SEM_EVENT, g), Quad(m, D["status"], D[self.status], g),
               Quad(m, D["cameoCode"], Literal(CAMEO[ctype]), g),
               Quad(m, D["sourceCount"], Literal(str(self.sources), datatype=XSD_INT), g)]
        mode = plover_mode(ctype, len(self.actors))
        if mode:
            out.append(Quad(m, D["ploverMode"], Literal(mode), g))
        out.extend(Quad(m, HAS_ACTOR, a, g) for a in self.actors)
        if self.initiator:
            out.append(Quad(m, D["initiator"], self.initiator, g))
            out.extend(Quad(m, D["recipient"], a, g) for a in self.actors if a != self.initiator)
        if self.date:
            out.append(Quad(m, HAS_TIME, Literal(self.date, datatype=XSD_DATE), g))
        out.extend(Quad(m, SUBJECT, t, g) for t in sorted(self.topics, key=lambda t: t.value))
        return out


def plover_mode(ctype: str, n_actors: int) -> str | None:
    """The PLOVER CONSULT mode of a contact type (messages have none)."""
    if ctype == "meeting":
        return "multilateral" if n_actors > 2 else "third-party"
    return {"phone_call": "phone", "visit": "visit"}.get(ctype)


def contact_quads(contact: Contact, org_codes: frozenset[str] = frozenset()) -> list[Quad]:
    """Every quad one contact contributes when it is the only report of its event."""
    d = describe(contact, org_codes)
    return d.report_quads + d.entity_quads + MergedContact.first(d).quads()
