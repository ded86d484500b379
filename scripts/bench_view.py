"""Benchmark the workbench page on synthetic graphs (2,000 people/10,000 contacts and 20,000/100,000).

For each size it prints the median time to build the page in Python, and with headless Chromium
the median time from navigation until the page is drawn, and the time to draw one frame while
panning and zooming (a scripted sequence of zooms in, pans and zooms out, from the whole graph to
single people and back; each step's time includes rebuilding what is drawn when groups open or close,
and painting the canvas).

    python scripts/bench_view.py [--sizes 2000:10000 20000:100000] [--runs 3] [--no-browser]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from graph.model import Contact
from graph.store.synthetic import synthetic_contacts
from graph.view import workbench_page
from graph.view.browser import READY, chromium_path, open_browser

STEPS = 40  # zoom-in steps, then as many pans, then as many zoom-out steps
FRAMES = f"""() => {{
  const net = dg.network, [w, h] = net.size(), times = [];
  const pixels = net.canvas.getContext("2d");
  const step = (move) => {{
    const t = performance.now();
    move(); net.draw();
    pixels.getImageData(0, 0, 1, 1);  // makes the canvas paint now, so the time includes rasterising
    times.push(performance.now() - t);
  }};
  net.fit();
  for (let i = 0; i < {STEPS}; i++) step(() => net.zoomAt(1.15, w * 0.45, h * 0.55));
  for (let i = 0; i < {STEPS}; i++) step(() => net.panBy(25, -15));
  for (let i = 0; i < {STEPS}; i++) step(() => net.zoomAt(1 / 1.15, w * 0.5, h * 0.5));
  return times;
}}"""


def time_build(contacts: list[Contact], path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        workbench_page(contacts, path)
        times.append(time.perf_counter() - begin)
    return times


def time_browser(path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds from navigation until drawn, per run; milliseconds per pan/zoom frame, over all runs."""
    drawn, frames = [], []
    with open_browser() as browser:
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(path.resolve().as_uri())
            page.wait_for_function(READY, timeout=300_000)
            drawn.append(page.evaluate("window.dipgraphReady") / 1000.0)
            frames += page.evaluate(FRAMES)
            page.close()
    return drawn, frames


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", nargs="+", default=["2000:10000", "20000:100000"], metavar="PEOPLE:CONTACTS")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-browser", action="store_true", help="only time building the page")
    args = parser.parse_args()
    browser = not args.no_browser and chromium_path() is not None
    if not args.no_browser and not browser:
        print("browser: skipped (no Chromium; set DIPGRAPH_CHROMIUM)")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            people, count = (int(part) for part in size.split(":"))
            contacts = list(synthetic_contacts(count, people=people))
            path = Path(folder) / f"bench-{people}.html"
            build = time_build(contacts, path, args.runs)
            print(f"{people:,} people, {count:,} contacts: page {path.stat().st_size / 1e6:.1f} MB")
            print(f"  build page: median {statistics.median(build):.2f} s over {args.runs} runs")
            if browser:
                drawn, frames = time_browser(path, args.runs)
                first = statistics.median(drawn)
                print(f"  open and first draw in Chromium: median {first:.2f} s over {args.runs} runs")
                print(f"  pan/zoom frame: median {statistics.median(frames):.1f} ms, 95th percentile "
                      f"{percentile(frames, 0.95):.1f} ms, max {max(frames):.1f} ms over {len(frames)} frames")


if __name__ == "__main__":
    main()
