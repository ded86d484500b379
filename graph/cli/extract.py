"""``dipgraph extract``: articles in, one contact a line (the facts format) out."""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

from ..model import Article, Contact
from ..parallel import DEFAULT_PLAN, ExtractionPlan, extract_parallel
from ..urls import is_url, open_for_writing
from . import inputs, parallel

PROGRESS_AFTER = 20  # articles; fewer than this run without a progress bar


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract", help="find diplomatic contacts in articles and write them as JSON lines",
        description="Find diplomatic contacts in articles and write one contact a line (the facts format).",
        epilog="example: dipgraph extract news/ --published 2017-11-21 -o facts.jsonl",
    )
    inputs.add_arguments(p)
    parallel.add_arguments(p)
    p.add_argument("-o", "--output", metavar="FILE",
                   help="facts file to write, a path or a URL such as s3://bucket/facts.jsonl (default: stdout)")
    p.set_defaults(func=extract_command)


def contacts_of(articles: Iterable[Article], plan: ExtractionPlan = DEFAULT_PLAN,
                progress: bool = True) -> Iterator[Contact]:
    """Contacts of the articles, in input order, extracted as ``plan`` says, with a progress bar on stderr
    once there are many of them."""
    from tqdm import tqdm  # imported on use, like every library the command line needs

    bar = tqdm(desc="articles", unit=" art", file=sys.stderr, disable=not progress or not sys.stderr.isatty(),
               delay=1.0)
    done = 0

    def advance(articles_done: int) -> None:
        nonlocal done
        done += articles_done
        if done >= PROGRESS_AFTER or bar.n:
            bar.update(done - bar.n)

    with bar:
        yield from extract_parallel(articles, plan, advance)


def write_facts(contacts: Iterable[Contact], out: TextIO) -> int:
    """Write contacts as JSON lines; the number written."""
    n = 0
    for contact in contacts:
        out.write(json.dumps(contact.to_json(), ensure_ascii=False) + "\n")
        n += 1
    return n


def extract_command(args: argparse.Namespace) -> int:
    articles, report = inputs.read(args)
    target = _open_output(args.output) if args.output else nullcontext(sys.stdout)
    with target as out:
        n = write_facts(contacts_of(articles, parallel.plan_from(args)), out)
    status = inputs.report_problems(report)
    print(f"dipgraph extract: {n} contacts found", file=sys.stderr)
    return status


def _open_output(name: str) -> TextIO:
    """The facts file to write: a local path, or a URL written through fsspec."""
    return open_for_writing(name) if is_url(name) else Path(name).open("w", encoding="utf-8")
