"""Peak memory of ``dipgraph run`` as the input grows, and of drawing the view of its store alone.

    python scripts/bench_memory.py [--articles 1000 5000 10000] [--workers 1]

The articles are the bundled sample (``data/samples/seed.jsonl``) repeated, each copy with its own id, its
number as a last line (exact copies are skipped) and a publication date one day after the previous copy's,
so that its contacts are new contacts on new dates (no real text beyond the sample). For each size, ``dipgraph
run`` runs in a child process and the figures printed are its peak resident memory (max RSS), its wall time and
the contacts it stored; then ``dipgraph view --latest N`` on the resulting store shows what the run's view step
(the latest ``N`` contacts, ``dipgraph run``'s default) takes alone, and ``dipgraph view`` what a page of every
stored contact takes.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from graph.defaults import VIEW_CONTACTS  # noqa: E402  (the package of this checkout)

SAMPLE = ROOT / "data" / "samples" / "seed.jsonl"
FIRST_DAY = date(1990, 1, 1)  # the first copy's publication date
KIB = 1024


def write_articles(path: Path, n: int) -> None:
    """``n`` articles: the sample's, each copy with its own id and a later publication date."""
    samples = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            article = dict(samples[i % len(samples)])
            article["id"] = f"{article['id']}-copy-{i:07d}"
            article["published"] = (FIRST_DAY + timedelta(days=i)).isoformat()
            article["url"] = None
            article["text"] = f"{article['text']}\n\n{i}"  # not an exact copy, which would be skipped
            out.write(json.dumps(article, ensure_ascii=False) + "\n")


def measured(argv: list[str]) -> tuple[float, float]:
    """Peak RSS in MiB and wall seconds of one child process."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if status:
        assert child.stderr is not None
        raise SystemExit(f"{' '.join(argv)} failed:\n{child.stderr.read().decode()[-2000:]}")
    return usage.ru_maxrss / KIB, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1_000, 5_000, 10_000])
    parser.add_argument("--workers", type=int, default=1, help="extraction processes (1: in the measured process)")
    args = parser.parse_args()
    print(f"{'articles':>9} {'contacts':>9} {'run peak MiB':>13} {'run s':>7} {'view latest MiB':>16} {'s':>5} "
          f"{'view all MiB':>13} {'s':>5}")
    for n in args.articles:
        with tempfile.TemporaryDirectory() as tmp:
            articles, out = Path(tmp) / "articles.jsonl", Path(tmp) / "out"
            write_articles(articles, n)
            run_peak, run_wall = measured([sys.executable, "-m", "graph", "run", str(articles), "--out", str(out),
                                           "--workers", str(args.workers)])
            view = [sys.executable, "-m", "graph", "view", "--store", str(out / "store"),
                    "-o", str(Path(tmp) / "v.html")]
            latest_peak, latest_wall = measured([*view, "--latest", str(VIEW_CONTACTS)])
            view_peak, view_wall = measured(view)
            with (out / "facts.jsonl").open(encoding="utf-8") as facts:
                found = sum(1 for _ in facts)
        print(f"{n:9,} {found:9,} {run_peak:13.0f} {run_wall:7.1f} {latest_peak:16.0f} {latest_wall:5.1f} "
              f"{view_peak:13.0f} {view_wall:5.1f}", flush=True)


if __name__ == "__main__":
    main()
