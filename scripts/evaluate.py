"""Score the extractor on annotated articles with the shared scorer, in one command.

    python scripts/evaluate.py [--corpus ../shared/corpus] [--sets seed ar-dev en-dev] [--show] [--out DIR]

Extracts contacts from each gold file (reading only id, text, lang, published, url, title), writes
``facts-<set>.jsonl`` to ``--out`` (a temporary folder by default), and prints the scorer's table
for each set and for all of them together.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from graph.extract import extract
from graph.model import Article

ROOT = Path(__file__).resolve().parent.parent


def gold_articles(path: Path) -> list[Article]:
    """The articles of a gold file, without their answers."""
    articles = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            published = date.fromisoformat(r["published"]) if r.get("published") else None
            articles.append(Article(id=r["id"], text=r["text"], lang=r.get("lang"), published=published,
                                    url=r.get("url"), title=r.get("title")))
    return articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--sets", nargs="+", default=["seed", "ar-dev", "en-dev"])
    ap.add_argument("--show", action="store_true", help="list every missed and spurious dyad")
    ap.add_argument("--out", type=Path, help="folder for the facts files (default: a temporary folder)")
    args = ap.parse_args()
    if not args.corpus.is_dir() or not args.scorer.is_file():
        sys.exit(f"evaluate: no corpus at {args.corpus} or no scorer at {args.scorer}")
    out = args.out or Path(tempfile.mkdtemp(prefix="dipgraph-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    every = out / "facts-all.jsonl"
    with every.open("w", encoding="utf-8") as all_facts:
        for name in args.sets:
            gold = args.corpus / f"{name}.jsonl"
            articles = gold_articles(gold)
            t0 = time.perf_counter()
            contacts = [c for a in articles for c in extract(a)]
            elapsed = time.perf_counter() - t0
            facts = out / f"facts-{name}.jsonl"
            lines = [json.dumps(c.to_json(), ensure_ascii=False) for c in contacts]
            facts.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            all_facts.writelines(line + "\n" for line in lines)
            print(f"== {name}: {len(articles)} articles, {len(contacts)} contacts, {elapsed:.2f} s")
            cmd = [sys.executable, str(args.scorer), "--gold", str(gold), "--pred", str(facts)]
            subprocess.run(cmd + (["--show"] if args.show else []), check=True)
    print(f"facts written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
