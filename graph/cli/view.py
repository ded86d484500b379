"""``dipgraph view`` (HTML pages) and ``dipgraph stats`` (network figures) over the store's contacts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..analyse import MEASURES, format_csv, format_json, format_table, network_stats
from ..errors import DipgraphError
from ..model import CONTACT_TYPES, STATUSES, Contact

VIEW_EXAMPLES = """The page opens with the filters given here set in it (change them there); --restrict also
leaves everything else out of the file. Its URL hash keeps the view: copy the address to share it.

examples:
  dipgraph view -o graph.html
  dipgraph view --from 2017-01-01 --to 2017-12-31 --type phone_call visit --country EGY -o egypt.html
  dipgraph view --person "Vladimir Putin" --depth 2 -o putin.html
  dipgraph view --kind countries --min-contacts 3 --restrict -o countries.html
  dipgraph view --kind timeline --person "Vladimir Putin" --other "Donald Trump" -o timeline.html
  dipgraph view --latest 10000 -o recent.html
"""
STATS_EXAMPLES = """examples:
  dipgraph stats
  dipgraph stats --format json --top 20 -o stats.json
  dipgraph stats --format csv > stats.csv
"""


def _contacts(args: argparse.Namespace, latest: int | None = None) -> tuple[list[Contact], list[str]]:
    """The store's contacts (or its ``latest`` by date), and what they are of the store's, in words."""
    from ..store import open_store  # imported here: the store module is optional for importing the CLI

    if latest is not None and latest < 1:
        raise DipgraphError(f"--latest must be 1 or more, not {latest}")
    with open_store(args.store, endpoint=args.endpoint, read_only=True) as opened:
        return opened.page_contacts(latest)


def _view(args: argparse.Namespace) -> int:
    from ..view import ViewFilters, workbench_page

    if args.other and not args.person:
        raise DipgraphError("--other needs --person (the timeline of one person's contacts with another)")
    filters = ViewFilters(
        date_from=args.date_from,
        date_to=args.date_to,
        types=tuple(args.type),
        countries=tuple(c.upper() for c in args.country),
        statuses=tuple(args.status),
        min_contacts=args.min_contacts,
        person=args.person,
        depth=args.depth,
    )
    contacts, held = _contacts(args, args.latest)
    path = workbench_page(
        contacts,
        args.output,
        title=args.title,
        view=args.kind,
        group=args.group,
        filters=filters,
        other=args.other,
        restrict=args.restrict,
        size_by=args.size_by,
        held=held,
    )
    print(path)
    return 0


def _stats(args: argparse.Namespace) -> int:
    stats = network_stats(_contacts(args)[0], top=args.top)
    text = {"table": format_table, "json": format_json, "csv": format_csv}[args.format](stats)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as err:
            raise DipgraphError(f"cannot write {args.output}: {err.strerror or err}") from err
    else:
        sys.stdout.write(text)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``view`` and ``stats`` subcommands."""
    view = subparsers.add_parser(
        "view",
        help="write the interactive HTML workbench (network, countries, timeline)",
        description="Write one self-contained, offline HTML page to explore the contacts in the store.",
        epilog=VIEW_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    view.add_argument("--store", metavar="DIR", help="store folder (default: the store's default)")
    view.add_argument("--endpoint", metavar="URL", help="read from this SPARQL query endpoint instead")
    view.add_argument(
        "-o", "--output", default="graph.html", metavar="FILE", help="page to write (graph.html)"
    )
    view.add_argument(
        "--kind",
        choices=("network", "countries", "timeline"),
        default="network",
        help="the view the page opens on: people network, countries, or timeline (network)",
    )
    view.add_argument(
        "--group", choices=("community", "country"), default="community", help="group people by (community)"
    )
    view.add_argument(
        "--restrict", action="store_true", help="keep only the contacts the filters keep in the file (smaller)"
    )
    view.add_argument("--latest", type=int, metavar="N",
                      help="hold only the latest N contacts by date, the filters working within them (all)")
    view.add_argument("--title", help="page title")
    view.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD")
    view.add_argument("--to", dest="date_to", metavar="DATE", help="last day, YYYY-MM-DD")
    view.add_argument(
        "--type",
        nargs="+",
        default=[],
        choices=CONTACT_TYPES,
        metavar="T",
        help=f"contact types to keep ({', '.join(CONTACT_TYPES)})",
    )
    view.add_argument(
        "--country",
        nargs="+",
        default=[],
        metavar="C",
        help="keep contacts with a participant from these countries (ISO 3166 alpha-3)",
    )
    view.add_argument(
        "--status",
        nargs="+",
        default=[],
        choices=STATUSES,
        metavar="S",
        help=f"statuses to keep ({', '.join(STATUSES)})",
    )
    view.add_argument(
        "--min-contacts", type=int, default=1, metavar="N", help="keep people with at least N contacts (1)"
    )
    view.add_argument("--person", metavar="NAME", help="open on this person's ego network (timeline: their contacts)")
    view.add_argument("--depth", type=int, choices=(1, 2), default=1, help="ego network depth (1)")
    view.add_argument("--other", metavar="NAME", help="timeline of --person's contacts with this person")
    view.add_argument(
        "--size-by",
        choices=MEASURES,
        default="contacts",
        help="size people by contacts shown, or by a fixed measure (contacts)",
    )
    view.set_defaults(func=_view)

    stats = subparsers.add_parser(
        "stats",
        help="network figures: central people, communities, brokers, pairs, countries, months",
        description="Print figures about the contact network in the store.",
        epilog=STATS_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    stats.add_argument("--store", metavar="DIR", help="store folder (default: the store's default)")
    stats.add_argument("--endpoint", metavar="URL", help="read from this SPARQL query endpoint instead")
    stats.add_argument(
        "--format", choices=("table", "json", "csv"), default="table", help="output format (table)"
    )
    stats.add_argument("--top", type=int, default=10, metavar="N", help="rows per ranking (10)")
    stats.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    stats.set_defaults(func=_stats)
