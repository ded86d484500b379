"""What a store holds, counted by the store (SPARQL aggregates): no contact is read into memory."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..rdf import CLASS_TYPE
from ..vocab import PROLOGUE
from .backend import Backend
from .results import plain

TOP_PAIRS = 5  # pairs listed by default

KINDS_Q = PROLOGUE + """SELECT ?cls ?status (COUNT(?m) AS ?n) WHERE { GRAPH dgg:contacts {
  ?m a ?cls ; dg:status ?status . FILTER(?cls != sem:Event) } } GROUP BY ?cls ?status"""
ARTICLES_Q = PROLOGUE + """SELECT (COUNT(DISTINCT ?art) AS ?n) WHERE { GRAPH ?art { ?r dg:reportOf ?m } }"""
# the pairs ranked at load time (the pair summaries, as the saved query top_pairs reads them)
PAIRS_Q = PROLOGUE + """SELECT ?first ?second ?n WHERE {
  GRAPH dgg:summaries { ?pair dg:pairRank ?rank . FILTER(?rank <= {top})
    ?pair dg:contactCount ?n ; dg:actor ?a , ?b . FILTER(STR(?a) < STR(?b)) }
  OPTIONAL { GRAPH dgg:entities { ?a rdfs:label ?a_en FILTER(LANG(?a_en) = "en") } }
  OPTIONAL { GRAPH dgg:entities { ?a rdfs:label ?a_ar FILTER(LANG(?a_ar) = "ar") } }
  OPTIONAL { GRAPH dgg:entities { ?b rdfs:label ?b_en FILTER(LANG(?b_en) = "en") } }
  OPTIONAL { GRAPH dgg:entities { ?b rdfs:label ?b_ar FILTER(LANG(?b_ar) = "ar") } }
  BIND(COALESCE(?a_en, ?a_ar, STR(?a)) AS ?first) BIND(COALESCE(?b_en, ?b_ar, STR(?b)) AS ?second)
} ORDER BY ?rank ?first ?second"""


@dataclass(frozen=True)
class Tally:
    """Counts of a store's contents."""

    articles: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    by_status: Counter[str] = field(default_factory=Counter)
    top_pairs: tuple[tuple[str, str, int], ...] = ()  # two people (names sorted) and the contacts they share

    @property
    def contacts(self) -> int:
        return sum(self.by_type.values())


def count_contents(backend: Backend, top: int = TOP_PAIRS) -> Tally:
    """The ``Tally`` of what ``backend`` holds, with the ``top`` pairs."""
    by_type: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    for row in backend.select(KINDS_Q):  # type: ignore[union-attr]
        n = int(row["n"].value)
        by_type[CLASS_TYPE[row["cls"].value]] += n
        by_status[row["status"].value.rsplit("#", 1)[1]] += n
    articles = next(iter(backend.select(ARTICLES_Q)))["n"]  # type: ignore[arg-type]
    pairs = []
    for row in backend.select(PAIRS_Q.replace("{top}", str(top))) if top else ():  # type: ignore[union-attr]
        first, second = sorted((str(plain(row["first"])), str(plain(row["second"]))))
        pairs.append((first, second, int(row["n"].value)))
    return Tally(int(articles.value), by_type, by_status, tuple(pairs))
