"""Name matching speed: the gazetteer matcher against a spaCy EntityRuler holding the same names.

    python scripts/bench_matching.py [--corpus ../shared/corpus] [--runs 5]

Both match every gazetteer name form (people, countries, adjectives, organisations, seats and office
words) in the normalised text of the development and training articles (the validation sets are never
read; the bundled sample when no corpus is there). The EntityRuler gets the forms as phrase patterns on
lower-cased tokens of a blank multilingual pipeline: no model is downloaded. spaCy is not a dependency of
dipgraph; install it (``pip install spacy``) to run this comparison. Prints the median time of each over
``--runs`` runs, the ratio, and how many matches each found.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from bench_extract import source_articles
from graph.gazetteer import load_gazetteer
from graph.gazetteer.matcher import gazetteer_matcher
from graph.text import normalize

ROOT = Path(__file__).resolve().parent.parent


def texts(corpus: Path) -> list[str]:
    """The development and training texts (see :func:`bench_extract.source_articles`)."""
    return [a.text for a in source_articles(corpus)]


def name_forms() -> set[str]:
    """Every surface form the gazetteer matcher holds, normalised as the matcher sees them."""
    gaz = load_gazetteer()
    forms: set[str] = set()
    for p in gaz.people.values():
        forms.update(x for x in (p.name, p.name_ar, *p.aliases_en, *p.aliases_ar) if x)
    for c in gaz.countries.values():
        forms.update(x for x in (c.name_en, c.name_ar, *c.names_en, *c.names_ar, *c.adjectives_en,
                                 *c.adjectives_ar) if x)
    for o in gaz.organizations.values():
        forms.update(x for x in (o.name_en, o.name_ar, *o.aliases_en, *o.aliases_ar) if x)
    forms.update(m.surface for m in gaz.metonyms)
    forms.update(w.surface for w in gaz.role_words)
    return {normalize(f).text for f in forms}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    try:
        import spacy
        from spacy.pipeline import EntityRuler  # noqa: F401  (the component the comparison uses)
    except ImportError:
        sys.exit("bench_matching: spaCy is needed for the comparison: pip install spacy")
    docs = [normalize(t) for t in texts(args.corpus)]
    matcher = gazetteer_matcher()
    matcher.find(docs[0])  # build the automaton outside the timing
    nlp = spacy.blank("xx")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "NAME", "pattern": f} for f in sorted(name_forms())])
    plain = [d.text for d in docs]
    nlp(plain[0])

    def ours() -> int:
        return sum(len(matcher.find(d)) for d in docs)

    def spacy_ruler() -> int:
        return sum(len(doc.ents) for doc in nlp.pipe(plain))

    results = {}
    for name, run in (("dipgraph matcher", ours), ("spaCy EntityRuler", spacy_ruler)):
        times, found = [], 0
        for _ in range(args.runs):
            t0 = time.perf_counter()
            found = run()
            times.append(time.perf_counter() - t0)
        results[name] = statistics.median(times)
        print(f"{name:18} median {results[name]:.3f} s over {args.runs} runs, {found} matches, "
              f"{len(docs)} articles")
    print(f"ratio: the EntityRuler takes {results['spaCy EntityRuler'] / results['dipgraph matcher']:.1f}× "
          f"the matcher's time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
