"""Merged contacts read back from the graph as ``Contact`` records (for views and network analysis)."""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from pyoxigraph import NamedNode

from ..model import Actor, Contact, Evidence
from ..rdf import CLASS_TYPE, D, value
from ..vocab import PREFIXES
from .backend import Backend
from .results import plain

_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())

CONTACTS_Q = _PROLOGUE + """SELECT ?m ?cls ?date ?status ?init WHERE { GRAPH dgg:contacts {
  ?m a ?cls ; dg:status ?status . FILTER(?cls != sem:Event)
  OPTIONAL { ?m sem:hasTimeStamp ?date } OPTIONAL { ?m dg:initiator ?init } } }"""
LINKS_Q = _PROLOGUE + """SELECT ?m ?p ?o WHERE { GRAPH dgg:contacts {
  ?m ?p ?o . VALUES ?p { sem:hasActor dcterms:subject } } }"""
ENTITIES_Q = _PROLOGUE + "SELECT ?s ?p ?o WHERE { GRAPH dgg:entities { ?s ?p ?o } }"
REPORTS_Q = _PROLOGUE + """SELECT ?m ?r ?art ?id ?conf ?dateText ?exact ?start ?end ?url ?title ?published ?lang
WHERE { GRAPH ?art {
  ?r dg:reportOf ?m ; prov:wasDerivedFrom ?art ; dg:confidence ?conf . ?art dg:articleId ?id .
  ?r nif:anchorOf ?exact . OPTIONAL { ?r nif:beginIndex ?start ; nif:endIndex ?end }
  OPTIONAL { ?r dg:dateText ?dateText } OPTIONAL { ?art schema:url ?url } OPTIONAL { ?art dcterms:title ?title }
  OPTIONAL { ?art dcterms:issued ?published } OPTIONAL { ?art dcterms:language ?lang } } }"""


def _entities(backend: Backend) -> dict[Any, dict[str, list[Any]]]:
    out: dict[Any, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for row in backend.select(ENTITIES_Q):  # type: ignore[union-attr]
        out[row["s"]][row["p"].value].append(row["o"])
    return out


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


def read_contacts(backend: Backend) -> list[Contact]:
    """Every merged contact, with its sources; ordered by date (undated last), then IRI."""
    entities = _entities(backend)
    actors: dict[Any, Actor] = {}
    links: dict[Any, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for row in backend.select(LINKS_Q):  # type: ignore[union-attr]
        links[row["m"]][row["p"].value].append(row["o"])
    sources: dict[Any, dict[Any, dict[str, Any]]] = defaultdict(dict)
    for row in backend.select(REPORTS_Q):  # type: ignore[union-attr]
        sources[row["m"]].setdefault(row["r"], {k: plain(row[k]) for k in (
            "id", "conf", "dateText", "exact", "start", "end", "url", "title", "published", "lang")})
    out = []
    for row in backend.select(CONTACTS_Q):  # type: ignore[union-attr]
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
    out.sort(key=lambda c: (c.date or "9999", c.article_id, c.evidence.start))
    return out
