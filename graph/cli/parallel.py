"""The options of ``dipgraph extract`` and ``dipgraph run`` that spread extraction over workers."""
from __future__ import annotations

import argparse

from ..parallel import PARTITION_ARTICLES, ExtractionPlan


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--workers``, ``--scheduler`` and ``--partition-size``."""
    group = parser.add_argument_group("extracting in parallel")
    where = group.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_positive, metavar="N",
                       help="worker processes on this machine (default: one per core; 1 extracts in this process)")
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="extract on the workers of a Dask distributed cluster, e.g. tcp://host:8786 (needs "
                            "pip install 'dipgraph[distributed]' here and on the workers)")
    group.add_argument("--partition-size", type=_positive, default=PARTITION_ARTICLES, metavar="N",
                       help=f"articles sent to a worker at a time (default: {PARTITION_ARTICLES})")


def plan_from(args: argparse.Namespace) -> ExtractionPlan:
    """Where the parsed arguments say to extract."""
    return ExtractionPlan(workers=args.workers, scheduler=args.scheduler, partition=args.partition_size)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from err
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number
