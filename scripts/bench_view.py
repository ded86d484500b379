"""Benchmark the network page on a synthetic graph (2,000 people, 10,000 contacts by default).

Prints the median time to build the page in Python and, with headless Chromium, the median time
from navigation until the network is drawn and settled (physics is off, so drawn = settled).

    python scripts/bench_view.py [--people 2000] [--contacts 10000] [--runs 5] [--no-browser]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from graph.model import Contact
from graph.store.synthetic import synthetic_contacts
from graph.view import network_page
from graph.view.browser import READY, chromium_path, open_browser


def time_build(contacts: list[Contact], path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        network_page(contacts, path)
        times.append(time.perf_counter() - begin)
    return times


def time_browser(path: Path, runs: int) -> list[float]:
    """Seconds from navigation start until the page reports the network drawn."""
    times = []
    with open_browser() as browser:
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(path.resolve().as_uri())
            page.wait_for_function(READY, timeout=120_000)
            times.append(page.evaluate("window.dipgraphReady") / 1000.0)
            page.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--people", type=int, default=2000)
    parser.add_argument("--contacts", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true", help="only time building the page")
    args = parser.parse_args()
    contacts = list(synthetic_contacts(args.contacts, people=args.people))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.html"
        build = time_build(contacts, path, args.runs)
        print(f"{args.people} people, {args.contacts} contacts: page {path.stat().st_size / 1e6:.1f} MB")
        print(f"build page: median {statistics.median(build):.2f} s over {args.runs} runs")
        if args.no_browser:
            return
        if chromium_path() is None:
            print("browser: skipped (no Chromium; set DIPGRAPH_CHROMIUM)")
            return
        drawn = time_browser(path, args.runs)
        median = statistics.median(drawn)
        print(f"open, draw and settle in Chromium: median {median:.2f} s over {args.runs} runs")


if __name__ == "__main__":
    main()
