"""The input options shared by ``dipgraph extract`` and ``dipgraph run``, and the reading report."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from datetime import date

from ..errors import DipgraphError
from ..ingest import IngestOptions, IngestReport, check_inputs, read_articles
from ..ingest.decode import check_encoding
from ..ingest.language import SUPPORTED
from ..ingest.reader import READERS
from ..model import Article

COLUMNS = ("text", "date", "id", "url", "title")
STDIN_TYPES = tuple(sorted(suffix.lstrip(".") for suffix in READERS))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``INPUT...`` and the options that say how to read it."""
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files or folders (walked recursively) of .txt, .jsonl, .json, .csv, .tsv, "
                             ".html articles, optionally .gz; - reads standard input")
    group = parser.add_argument_group("reading the input")
    group.add_argument("--published", type=_iso_date, metavar="YYYY-MM-DD",
                       help="publication date of every article (overrides dates found in the input)")
    group.add_argument("--lang", choices=SUPPORTED, help="language of every article (default: detected)")
    group.add_argument("--encoding", type=_encoding, metavar="NAME",
                       help="text encoding of the files, e.g. cp1256 (default: detected)")
    group.add_argument("--stdin-type", choices=STDIN_TYPES, metavar="TYPE",
                       help=f"type of standard input ({', '.join(STDIN_TYPES)}; default: told from its content: "
                            "JSON, JSON Lines, HTML, else plain text)")
    for column in COLUMNS:
        group.add_argument(f"--{column}-column", metavar="NAME",
                           help=f"CSV column or JSON field holding the article's {column}")


def options_from(args: argparse.Namespace) -> IngestOptions:
    """The ingest options the parsed arguments give."""
    return IngestOptions(published=args.published, lang=args.lang, encoding=args.encoding, stdin_type=args.stdin_type,
                         **{f"{column}_column": getattr(args, f"{column}_column") for column in COLUMNS})


def read(args: argparse.Namespace) -> tuple[Iterator[Article], IngestReport]:
    """The articles of the inputs (read lazily) and the report they fill; a missing input fails at once."""
    paths = check_inputs(args.inputs)
    report = IngestReport()
    return read_articles(paths, options_from(args), report), report


def report_problems(report: IngestReport) -> int:
    """Print each problem and the summary on stderr; the exit status: 1 when anything failed, else 0."""
    for problem in report.problems:
        print(f"dipgraph: {problem}", file=sys.stderr)
    for warning in report.warnings:
        print(f"dipgraph: warning: {warning}", file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return 1 if report.failed else 0


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from err


def _encoding(value: str) -> str:
    try:
        return check_encoding(value)
    except DipgraphError as err:
        raise argparse.ArgumentTypeError(str(err)) from err
