"""Start-up time of the command line: ``dipgraph --help`` and each command's ``--help``, as whole processes.

    python scripts/bench_startup.py [--runs 15] [--commands extract run query view load export]

Each command is started ``--runs`` times (after one run not counted) with ``python -m graph``; the
figures printed are the median, min and max wall time and the median CPU time (user + system) of
the finished processes.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

COMMANDS = ("extract", "run", "query", "view", "load", "export")


def timed(argv: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv``."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--commands", nargs="*", default=list(COMMANDS))
    args = ap.parse_args()
    for command in [None, *args.commands]:
        argv = [sys.executable, "-m", "graph", *([command] if command else []), "--help"]
        timed(argv)
        runs = [timed(argv) for _ in range(args.runs)]
        walls = [wall for wall, _ in runs]
        print(f"dipgraph {command + ' ' if command else ''}--help: median {statistics.median(walls):.3f} s wall "
              f"(min {min(walls):.3f}, max {max(walls):.3f}), {statistics.median(c for _, c in runs):.3f} s CPU, "
              f"{args.runs} runs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
