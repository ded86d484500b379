"""Merged contacts read back from the graph as ``Contact`` records (for views and network analysis)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pyoxigraph import NamedNode, QuerySolutions, RdfFormat, Store, parse

from ..model import Actor, Contact, Evidence
from ..rdf import (
    ANCHOR_OF,
    BEGIN,
    CLASS_TYPE,
    CONTACTS,
    DERIVED_FROM,
    END,
    ENTITIES,
    HAS_ACTOR,
    HAS_TIME,
    INITIATOR,
    ISSUED,
    LANGUAGE,
    STATUS_OF,
    SUBJECT,
    TITLE,
    URL,
    A,
    D,
    Q,
    Term,
    nquads,
    value,
)
from ..vocab import PREFIXES, PROLOGUE
from .backend import Backend
from .results import plain

EXCERPT = 2_000  # contacts read together when reading some of a store's contacts
ENTITY_HOPS = 2  # an excerpt's entities: the people and topics of its contacts, then the people's countries
# the statements the queries below read, of contacts, reports and articles
CONTACT_READ = (A, STATUS_OF, HAS_TIME, INITIATOR, HAS_ACTOR, SUBJECT)
REPORT_READ = (D["reportOf"], DERIVED_FROM, D["confidence"], ANCHOR_OF, BEGIN, END, D["dateText"])
ARTICLE_READ = (D["articleId"], URL, TITLE, ISSUED, LANGUAGE)

LATEST_Q = PROLOGUE + """SELECT ?m WHERE { GRAPH dgg:contacts {
  ?m a ?cls ; dg:status ?status . FILTER(?cls != sem:Event) OPTIONAL { ?m sem:hasTimeStamp ?date } } }
ORDER BY DESC(?date) DESC(STR(?m)) LIMIT {limit}"""
CONTACTS_Q = PROLOGUE + """SELECT ?m ?cls ?date ?status ?init WHERE { GRAPH dgg:contacts {
  ?m a ?cls ; dg:status ?status . FILTER(?cls != sem:Event)
  OPTIONAL { ?m sem:hasTimeStamp ?date } OPTIONAL { ?m dg:initiator ?init } } }"""
LINKS_Q = PROLOGUE + """SELECT ?m ?p ?o WHERE { GRAPH dgg:contacts {
  ?m ?p ?o . VALUES ?p { sem:hasActor dcterms:subject } } }"""
ENTITIES_Q = PROLOGUE + "SELECT ?s ?p ?o WHERE { GRAPH dgg:entities { ?s ?p ?o } }"
REPORTS_Q = PROLOGUE + """SELECT ?m ?r ?art ?id ?conf ?dateText ?exact ?start ?end ?url ?title ?published ?lang
WHERE { GRAPH ?art {
  ?r dg:reportOf ?m ; prov:wasDerivedFrom ?art ; dg:confidence ?conf . ?art dg:articleId ?id .
  ?r nif:anchorOf ?exact . OPTIONAL { ?r nif:beginIndex ?start ; nif:endIndex ?end }
  OPTIONAL { ?r dg:dateText ?dateText } OPTIONAL { ?art schema:url ?url } OPTIONAL { ?art dcterms:title ?title }
  OPTIONAL { ?art dcterms:issued ?published } OPTIONAL { ?art dcterms:language ?lang } } }"""


def _entities(backend: Backend | Excerpt) -> dict[Any, dict[str, list[Any]]]:
    out: dict[Any, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for row in backend.select(ENTITIES_Q):  # type: ignore[union-attr]
        out[row["s"]][row["p"].value].append(row["o"])
    return out


class Excerpt:
    """The quads that describe some of a store's contacts (the contacts, their reports and articles, their
    people, places and topics), copied into a store in memory to be read by the same queries as a whole
    store. Each quad is found by looking up its subject: an excerpt takes time and memory in proportion to
    its contacts, not to the store."""

    def __init__(self, backend: Backend, contacts: Sequence[Term]):
        self.store = Store()
        links = self._add(backend.statements(contacts, CONTACTS, CONTACT_READ))
        reports = [q for found in backend.subjects(D["reportOf"], contacts, None).values() for q in found]
        self._add(backend.statements(sorted({r for r, *_ in reports}), None, REPORT_READ))
        self._add(backend.statements(sorted({art for *_, art in reports}), None, ARTICLE_READ))
        entities = sorted({o for _, p, o, _ in links if p in (HAS_ACTOR, SUBJECT)})
        for _ in range(ENTITY_HOPS):
            found = self._add(backend.statements(entities, ENTITIES))
            entities = sorted({o for _, p, o, _ in found if p == D["country"]})

    def _add(self, statements: dict[Term, list[Q]]) -> list[Q]:
        quads = [q for found in statements.values() for q in found]
        self.store.extend(parse(nquads(quads), RdfFormat.N_QUADS))
        return quads

    def select(self, sparql: str) -> QuerySolutions:
        return self.store.query(sparql, use_default_graph_as_union=True)  # type: ignore[return-value]


def latest_contacts(backend: Backend, limit: int) -> list[Term]:
    """The IRIs of the ``limit`` contacts with the latest dates (undated ones last)."""
    return [str(row["m"]) for row in backend.select(LATEST_Q.replace("{limit}", str(limit)))]  # type: ignore[union-attr]


def _label(props: dict[str, list[Any]], lang: str | None) -> str | None:
    labels = sorted((o for key in ("label", "prefLabel") for o in props.get(_rdfs(key), []) if o.language == lang),
                    key=lambda o: o.value)
    return labels[0].value if labels else None


def _rdfs(key: str) -> str:
    return PREFIXES["rdfs" if key == "label" else "skos"] + key


def _actor(iri: NamedNode, props: dict[str, list[Any]], entities: dict[Any, dict[str, list[Any]]]) -> Actor:
    kinds = {o.value for o in props.get(PREFIXES["rdf"] + "type", [])}
    kind = "country" if value(D["Country"]) in kinds else "organization" if value(D["Organization"]) in kinds \
        else "person"
    wikidata = [o.value.rsplit("/", 1)[1] for o in props.get(PREFIXES["owl"] + "sameAs", [])]
    places = sorted(props.get(value(D["country"]), []), key=lambda o: o.value)
    notation = PREFIXES["skos"] + "notation"
    if places:
        code = entities.get(places[0], {}).get(notation, [places[0]])[0].value.rsplit("/", 1)[-1]
    else:
        code = props[notation][0].value if props.get(notation) else None
    roles = sorted(o.value for o in props.get(value(D["role"]), []))
    name = _label(props, "en") or _label(props, "ar") or iri.value.rsplit("/", 1)[1]
    return Actor(name=name, name_ar=_label(props, "ar"), wikidata=wikidata[0] if wikidata else None,
                 country=code, role=roles[0] if roles else None, kind=kind)


def read_contacts(backend: Backend, latest: int | None = None) -> list[Contact]:
    """Every merged contact (or the ``latest`` ones by date), with its sources; ordered by date (undated
    last), then IRI. The store answers which contacts are the latest; they are then read in excerpts of
    ``EXCERPT`` contacts, so that reading takes memory in proportion to ``latest``, not to the store."""
    actors: dict[Any, Actor] = {}
    chosen = [] if latest is None else latest_contacts(backend, latest)
    if latest is None or len(chosen) < latest:  # all of them: read together
        out = _read(backend, actors)
    else:
        out = [c for start in range(0, len(chosen), EXCERPT)
               for c in _read(Excerpt(backend, chosen[start:start + EXCERPT]), actors)]
    out.sort(key=lambda c: (c.date or "9999", c.article_id, c.evidence.start))
    return out


def _read(source: Backend | Excerpt, actors: dict[Any, Actor]) -> list[Contact]:
    """The contacts ``source`` holds (``actors``: those already made, by IRI; added to)."""
    entities = _entities(source)
    links: dict[Any, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for row in source.select(LINKS_Q):  # type: ignore[union-attr]
        links[row["m"]][row["p"].value].append(row["o"])
    sources: dict[Any, dict[Any, dict[str, Any]]] = defaultdict(dict)
    for row in source.select(REPORTS_Q):  # type: ignore[union-attr]
        sources[row["m"]].setdefault(row["r"], {k: plain(row[k]) for k in (
            "id", "conf", "dateText", "exact", "start", "end", "url", "title", "published", "lang")})
    out = []
    for row in source.select(CONTACTS_Q):  # type: ignore[union-attr]
        m = row["m"]
        people = []
        for iri in sorted(links[m][PREFIXES["sem"] + "hasActor"], key=lambda n: n.value):
            if iri not in actors:
                actors[iri] = _actor(iri, entities[iri], entities)
            people.append((iri, actors[iri]))
        people.sort(key=lambda p: (p[0] != row["init"], p[1].name))
        topics = sorted(_label(entities[t], "en") or _label(entities[t], "ar") or t.value
                        for t in links[m][PREFIXES["dcterms"] + "subject"])
        refs = sorted(sources[m].values(), key=lambda s: (s["published"] or "9999", s["id"], int(s["start"] or -1),
                                                          int(s["end"] or -1)))
        if not refs:
            continue
        first = refs[0]
        out.append(Contact(
            article_id=first["id"], type=CLASS_TYPE[row["cls"].value], participants=tuple(p for _, p in people),
            evidence=Evidence(first["exact"] or "", int(first["start"] or -1), int(first["end"] or -1)),
            initiator=actors[row["init"]].name if row["init"] in actors else None,
            date=plain(row["date"]), date_text=first["dateText"], status=row["status"].value.rsplit("#", 1)[1],
            topics=tuple(topics), confidence=max(float(s["conf"]) for s in refs), lang=first["lang"],
            published=first["published"], url=first["url"], title=first["title"],
            extra={"sources": [{"article_id": s["id"], "url": s["url"], "title": s["title"],
                                "evidence": {"text": s["exact"], "start": int(s["start"] or -1),
                                             "end": int(s["end"] or -1)}} for s in refs],
                   "n_sources": len(refs)}))
    return out
