"""Render the topic vocabulary (data/topics.tsv) as a SKOS concept scheme (data/topics.ttl).

    python scripts/build_topics_ttl.py            # rewrite data/topics.ttl
    python scripts/build_topics_ttl.py --check    # exit 1 if data/topics.ttl is out of date

Each row becomes a skos:Concept ``https://dipgraph.org/topic/<id>`` with English and Arabic
prefLabels; keywords written in full become altLabels, stems marked with ``*`` or ``=`` become
hiddenLabels (search strings, not names); ``broader`` becomes skos:broader/narrower.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rdflib import DCTERMS, RDF, SKOS, Graph, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.resources import read_tsv  # noqa: E402

TOPIC = Namespace("https://dipgraph.org/topic/")
SCHEME = URIRef("https://dipgraph.org/topic/")
TTL = ROOT / "data" / "topics.ttl"


def build_graph(rows: list[dict[str, str]]) -> Graph:
    """The SKOS graph of the vocabulary rows."""
    g = Graph()
    g.bind("skos", SKOS)
    g.bind("dcterms", DCTERMS)
    g.bind("topic", TOPIC)
    g.add((SCHEME, RDF.type, SKOS.ConceptScheme))
    g.add((SCHEME, SKOS.prefLabel, Literal("dipgraph topics of diplomatic contacts", lang="en")))
    g.add((SCHEME, SKOS.prefLabel, Literal("مواضيع الاتصالات الدبلوماسية", lang="ar")))
    g.add((SCHEME, DCTERMS.source, Literal("data/topics.tsv (hand-compiled for dipgraph)")))
    for row in rows:
        concept = TOPIC[row["id"]]
        g.add((concept, RDF.type, SKOS.Concept))
        g.add((concept, SKOS.inScheme, SCHEME))
        g.add((concept, SKOS.notation, Literal(row["id"])))
        g.add((concept, SKOS.prefLabel, Literal(row["label_en"], lang="en")))
        g.add((concept, SKOS.prefLabel, Literal(row["label_ar"], lang="ar")))
        for column, lang in (("keywords_en", "en"), ("keywords_ar", "ar")):
            for keyword in filter(None, (k.strip() for k in row.get(column, "").split("|"))):
                if keyword[-1] in "*=":
                    g.add((concept, SKOS.hiddenLabel, Literal(keyword[:-1], lang=lang)))
                elif keyword not in (row["label_en"], row["label_ar"]):
                    g.add((concept, SKOS.altLabel, Literal(keyword, lang=lang)))
        if row.get("broader"):
            g.add((concept, SKOS.broader, TOPIC[row["broader"]]))
            g.add((TOPIC[row["broader"]], SKOS.narrower, concept))
        else:
            g.add((concept, SKOS.topConceptOf, SCHEME))
            g.add((SCHEME, SKOS.hasTopConcept, concept))
    return g


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether topics.ttl is up to date")
    args = parser.parse_args(argv)
    text = build_graph(read_tsv("topics.tsv")).serialize(format="turtle")
    if args.check:
        current = TTL.read_text(encoding="utf-8") if TTL.exists() else ""
        if current != text:
            print(f"{TTL} is out of date: run python scripts/build_topics_ttl.py", file=sys.stderr)
            return 1
        return 0
    TTL.write_text(text, encoding="utf-8")
    print(f"wrote {TTL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
