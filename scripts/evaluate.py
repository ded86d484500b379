"""Score the extractor on annotated articles with the shared scorer, in one command.

    python scripts/evaluate.py [--corpus ../shared/corpus] [--sets seed ar-dev en-dev ...] [--show] [--floor]
                               [--summary] [--out DIR]

Extracts contacts from each gold file (reading only id, text, lang, published, url, title), writes
``facts-<set>.jsonl`` to ``--out`` (a temporary folder by default), and prints the scorer's table
for each set. ``--summary`` prints one line per set instead (dyad F1, P, R, actors F1, planned F1,
type, date and initiator accuracy); ``--floor`` adds the main F1 of the sentence co-occurrence floor
(``../shared/eval/baseline.py`` on this project's data). ``--show`` lists missed and spurious dyads, never
for the validation sets (``*-val``), which are for measuring only.
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
SETS = ("seed", "ar-dev", "en-dev", "ar-train", "en-train", "ar-val", "en-val")


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
    ap.add_argument("--sets", nargs="+", default=list(SETS))
    ap.add_argument("--show", action="store_true", help="list every missed and spurious dyad (not for val sets)")
    ap.add_argument("--summary", action="store_true", help="one line of figures per set")
    ap.add_argument("--floor", action="store_true", help="also score the co-occurrence floor (baseline.py)")
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
            cmd = [sys.executable, str(args.scorer), "--gold", str(gold), "--pred", str(facts)]
            floor = _floor(args.scorer.parent / "baseline.py", gold, out, cmd) if args.floor else None
            if args.summary:
                report = json.loads(subprocess.run(cmd + ["--json"], check=True, capture_output=True,
                                                   text=True).stdout)
                print(_summary_line(name, report, floor))
                continue
            print(f"== {name}: {len(articles)} articles, {len(contacts)} contacts, {elapsed:.2f} s"
                  + (f"; floor main F1 {floor:.3f}" if floor is not None else ""))
            show = args.show and not name.endswith("-val")
            subprocess.run(cmd + (["--show"] if show else []), check=True)
    print(f"facts written to {out}")
    return 0


def _floor(baseline: Path, gold: Path, out: Path, cmd: list[str]) -> float:
    """Main F1 of the co-occurrence floor on one gold file: baseline.py run on the texts with this project's
    gazetteer and trigger words."""
    texts = out / f"texts-{gold.stem}.jsonl"
    texts.write_text("".join(json.dumps({k: v for k, v in json.loads(line).items() if k not in ("events", "notes")},
                                        ensure_ascii=False) + "\n"
                             for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()),
                     encoding="utf-8")
    facts = out / f"floor-{gold.stem}.jsonl"
    with facts.open("w", encoding="utf-8") as f:
        subprocess.run([sys.executable, str(baseline), "--data", str(ROOT / "data"), "--articles", str(texts)],
                       check=True, stdout=f)
    scored = subprocess.run(cmd[:-1] + [str(facts), "--json"], check=True, capture_output=True, text=True)
    return float(json.loads(scored.stdout)["all/main"]["f1"])


def _summary_line(name: str, report: dict, floor: float | None) -> str:
    main, actors, planned = report["all/main"], report["all/actors"], report["all/planned"]
    line = (f"{name:9} dyad F1 {main['f1']:.3f} (P {main['precision']:.3f} R {main['recall']:.3f})  "
            f"actors F1 {actors['f1']:.3f}  planned F1 {planned['f1']:.3f}  "
            + "  ".join(f"{k} {main.get(k + '_accuracy', 0):.2f}" for k in ("type", "date", "init")))
    return line + (f"  floor {floor:.3f}" if floor is not None else "")


if __name__ == "__main__":
    raise SystemExit(main())
