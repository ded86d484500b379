"""``dipgraph run``: the whole pipeline in one go — facts, store, HTML view and a summary."""
from __future__ import annotations

import argparse
import sys
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from ..defaults import VIEW_CONTACTS
from ..errors import DipgraphError
from ..ingest.report import counted
from . import inputs, parallel
from .extract import contacts_of, write_facts

if TYPE_CHECKING:
    from ..store import Tally

#: contacts extracted, written to the facts file and loaded into the store together: what a run holds in
#: memory does not grow with its input (a load into a store that holds contacts costs in proportion to it)
LOAD_BATCH = 5_000


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "run", help="extract, load, draw and summarise in one go",
        description="Extract contacts from the articles into OUT/facts.jsonl, load them into the store "
                    "OUT/store, draw OUT/graph.html and print a summary. OUT must be new or empty, unless "
                    "--append adds the articles to the results already there: then the facts file grows, and "
                    "the view and the summary are drawn again from the whole store.",
        epilog="example: dipgraph run data/samples --out dipgraph-out",
    )
    inputs.add_arguments(p)
    parallel.add_arguments(p)
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the results")
    p.add_argument("--append", action="store_true",
                   help="add to the results already in DIR (its facts, store, view and summary stay in step)")
    p.add_argument("--view-contacts", type=int, default=VIEW_CONTACTS, metavar="N",
                   help=f"the view holds the latest N contacts by date ({VIEW_CONTACTS:,}; 0: all of them); "
                        "`dipgraph view` draws others, by date, person or country")
    p.set_defaults(func=run_command)


def check_out(out: Path, append: bool) -> None:
    """Refuse a folder that is a file, or that already holds something unless appending to it."""
    if out.exists() and not out.is_dir():
        raise DipgraphError(f"--out {out} is a file; name a folder")
    held = sorted(p.name for p in out.iterdir()) if out.is_dir() else []
    if held and not append:
        raise DipgraphError(f"{out} is not empty ({', '.join(held[:5])}{', …' if len(held) > 5 else ''}); pass "
                            f"--append to add these articles to the results there, or choose a new --out folder")


def summary(tally: Tally) -> str:
    """Counts of articles and of the stored contacts by type and status, and the most frequent pairs."""
    lines = [f"{counted(tally.articles, 'article')}, {counted(tally.contacts, 'contact')}"]
    lines.append("by type:   " + ", ".join(f"{t} {n}" for t, n in tally.by_type.most_common()))
    lines.append("by status: " + ", ".join(f"{s} {n}" for s, n in tally.by_status.most_common()))
    if tally.top_pairs:
        lines.append("top pairs:")
        lines += [f"  {n:3d}  {first} – {second}" for first, second, n in tally.top_pairs]
    return "\n".join(lines)


def run_command(args: argparse.Namespace) -> int:
    from ..store import open_store  # imported on use, like every library the command line needs
    from ..view import network_page

    out: Path = args.out
    check_out(out, args.append)
    if args.view_contacts < 0:
        raise DipgraphError(f"--view-contacts must be 0 (all) or more, not {args.view_contacts}")
    articles, report = inputs.read(args)
    out.mkdir(parents=True, exist_ok=True)
    facts_path = out / "facts.jsonl"
    found = added = 0
    with facts_path.open("a" if args.append else "w", encoding="utf-8") as facts, \
            open_store(out / "store") as store:
        stream = contacts_of(articles, parallel.plan_from(args))
        while batch := list(islice(stream, LOAD_BATCH)):  # facts and store stay in step, batch by batch
            write_facts(batch, facts)
            facts.flush()
            added += store.load(batch).contacts_added
            found += len(batch)
        status = inputs.report_problems(report)
        tally = store.tally()
        shown, held = store.page_contacts(args.view_contacts or None, total=tally.contacts)
    page = network_page(shown, out / "graph.html", title="Diplomatic contacts", held=held)
    print(f"this run: {counted(report.read, 'article')} read, {counted(found, 'contact')} found, "
          f"{added} added to the store")
    print(summary(tally))
    print(f"facts: {facts_path}\nstore: {out / 'store'}\nview:  {page}" + (f" ({held[0]})" if held else ""))
    sys.stdout.flush()
    return status
