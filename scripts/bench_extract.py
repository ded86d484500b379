"""Extraction speed and memory: articles per second on one core, and peak memory as the corpus grows.

    python scripts/bench_extract.py [--articles 2000] [--runs 5] [--corpus ../shared/corpus] [--min-kb 2]
    python scripts/bench_extract.py --big 1 2 4 8 [--runs 3]
    python scripts/bench_extract.py --workers 1 2 [--dask] [--articles 20000] [--runs 3]

Articles are drawn from the annotated development sets when ``--corpus`` exists (their text only),
else from the bundled sample, cycled to the requested count with distinct ids. The figures printed
are the median over ``--runs`` runs of the time to extract every article, the rate, and the peak
memory (tracemalloc) at 1/4, 1/2 and all of the corpus, to show it stays flat. With ``--min-kb``,
consecutive articles of one language are joined (a blank line between) until each has at least that
many kilobytes of UTF-8, for the rate on articles of typical length (the development articles are short).
With ``--big``, one article of each given number of megabytes is built the same way and extracted, to show
that the time grows in proportion to the size. With ``--workers``, the articles are extracted by
``graph.parallel`` on each number of local worker processes (starting the pool included), and with
``--dask`` on a Dask ``LocalCluster`` of the largest number too: the median time of each, its speed-up
over the first, and whether the facts are identical. The validation sets are never read.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
import tracemalloc
from datetime import date
from itertools import cycle, islice
from pathlib import Path

from graph.extract import extract
from graph.gazetteer import load_gazetteer
from graph.model import Article
from graph.parallel import ExtractionPlan, default_workers, extract_parallel
from graph.resources import data_file

ROOT = Path(__file__).resolve().parent.parent


def source_articles(corpus: Path) -> list[Article]:
    files = sorted(f for f in corpus.glob("*.jsonl") if "-val" not in f.name) if corpus.is_dir() else []
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not lines:
        lines = data_file("samples", "seed.jsonl").read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        r = json.loads(line)
        published = date.fromisoformat(r["published"]) if r.get("published") else None
        out.append(Article(id=r["id"], text=r["text"], lang=r.get("lang"), published=published))
    return out


def joined(articles: list[Article], min_bytes: int) -> list[Article]:
    """Consecutive articles of one language joined until each has at least ``min_bytes`` of UTF-8."""
    out: list[Article] = []
    pending: dict[str | None, Article] = {}
    for a in articles:
        head = pending.pop(a.lang, None)
        merged = head.with_(text=f"{head.text}\n\n{a.text}") if head else a
        if len(merged.text.encode()) >= min_bytes:
            out.append(merged)
        else:
            pending[a.lang] = merged
    return out or articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--min-kb", type=float, default=0, help="join articles until each has this many KB")
    ap.add_argument("--big", type=float, nargs="+", metavar="MB", help="time one article of each size instead")
    ap.add_argument("--workers", type=int, nargs="+", metavar="N", help="time extraction on N worker processes")
    ap.add_argument("--dask", action="store_true", help="with --workers, time a Dask LocalCluster too")
    args = ap.parse_args()
    if args.big:
        return big_articles(source_articles(args.corpus), args.big, args.runs)
    base = joined(source_articles(args.corpus), int(args.min_kb * 1024))
    articles = [a.with_(id=f"{a.id}-{i}") for i, a in enumerate(islice(cycle(base), args.articles))]
    if args.workers:
        return on_workers(articles, args.workers, args.runs, args.dask)
    size = statistics.mean(len(a.text.encode()) for a in base)
    gaz = load_gazetteer()
    extract(articles[0], gaz)  # build the matchers once, outside the timing
    times = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        n = sum(len(extract(a, gaz)) for a in articles)
        times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    print(f"{len(articles)} articles (mean {size / 1024:.1f} KB, {len(base)} distinct), {n} contacts")
    kb = sum(len(a.text.encode()) for a in articles) / 1024
    print(f"extraction: median {median:.2f} s over {args.runs} runs -> {len(articles) / median:.0f} articles/s, "
          f"{kb / median:.0f} KB/s, so about {kb / median / 3:.0f} articles/s of 3 KB "
          f"(min {min(times):.2f} s, max {max(times):.2f} s)")
    tracemalloc.start()
    marks = {len(articles) // 4, len(articles) // 2, len(articles)}
    for i, a in enumerate(articles, 1):
        extract(a, gaz)
        if i in marks:
            print(f"peak memory after {i:5d} articles: {tracemalloc.get_traced_memory()[1] / 2**20:.1f} MiB")
    tracemalloc.stop()
    return 0


def on_workers(articles: list[Article], workers: list[int], runs: int, dask: bool) -> int:
    """Time ``extract_parallel`` on each number of worker processes (and a Dask cluster): medians, speed-ups,
    and whether every setting wrote the facts of the first."""
    plans = {f"{n} worker process{'es' if n > 1 else ''}": ExtractionPlan(workers=n) for n in workers}
    cluster = None
    if dask:
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=max(workers), threads_per_worker=1, dashboard_address=None)
        plans[f"Dask LocalCluster of {max(workers)} workers"] = ExtractionPlan(scheduler=cluster.scheduler_address)
    print(f"{len(articles)} articles, {sum(len(a.text.encode()) for a in articles) / 2**20:.1f} MB, "
          f"{default_workers()} cores; times include starting the workers")
    first: tuple[float, list[str]] | None = None
    try:
        for name, plan in plans.items():
            times, facts = [], []
            for _ in range(runs):
                t0 = time.perf_counter()
                facts = [json.dumps(c.to_json(), ensure_ascii=False) for c in extract_parallel(articles, plan)]
                times.append(time.perf_counter() - t0)
            median = statistics.median(times)
            first = first or (median, facts)
            print(f"{name}: median {median:.2f} s over {runs} runs, {len(articles) / median:.0f} articles/s, "
                  f"speed-up {first[0] / median:.2f}x, {len(facts)} contacts, "
                  f"facts {'identical' if facts == first[1] else 'DIFFERENT'}")
    finally:
        if cluster is not None:
            cluster.close()
    return 0


def big_articles(articles: list[Article], sizes: list[float], runs: int) -> int:
    """Extract one long article per size (in MB, of each language) and print the median time and rate."""
    gaz = load_gazetteer()
    for lang in ("ar", "en"):
        own = [a for a in articles if a.lang == lang] or articles
        for mb in sizes:
            article = joined(own * (int(mb * 2**20 / sum(len(a.text.encode()) for a in own)) + 1),
                             int(mb * 2**20))[0]
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                extract(article, gaz)
                times.append(time.perf_counter() - t0)
            size = len(article.text.encode()) / 2**20
            median = statistics.median(times)
            print(f"{lang} article of {size:.1f} MB: median {median:.2f} s over {runs} runs, {size / median:.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
