"""``dipgraph view`` (HTML pages) and ``dipgraph stats`` (network figures) over the store's contacts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..analyse import MEASURES, format_csv, format_json, format_table, network_stats
from ..errors import DipgraphError
from ..model import CONTACT_TYPES, STATUSES, Contact

VIEW_EXAMPLES = """examples:
  dipgraph view -o graph.html
  dipgraph view --from 2017-01-01 --to 2017-12-31 --type phone_call visit --country EGY -o egypt.html
  dipgraph view --person "Vladimir Putin" --depth 2 --size-by betweenness -o putin.html
  dipgraph view --kind countries --min-contacts 3 -o countries.html
  dipgraph view --kind timeline --person "Vladimir Putin" --other "Donald Trump" -o timeline.html
"""
STATS_EXAMPLES = """examples:
  dipgraph stats
  dipgraph stats --format json --top 20 -o stats.json
  dipgraph stats --format csv > stats.csv
"""


def _contacts(args: argparse.Namespace) -> list[Contact]:
    from ..store import open_store  # imported here: the store module is optional for importing the CLI

    with open_store(args.store, endpoint=args.endpoint, read_only=True) as opened:
        return opened.contacts()


def _view(args: argparse.Namespace) -> int:
    from ..view import ViewFilters, country_page, network_page, timeline_page

    if args.kind == "timeline":
        if not args.person:
            raise DipgraphError("--kind timeline needs --person NAME (and optionally --other NAME)")
        path = timeline_page(
            _contacts(args), args.output, person=args.person, other=args.other, title=args.title
        )
    else:
        if args.other:
            raise DipgraphError("--other is only for --kind timeline")
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
        draw = network_page if args.kind == "network" else country_page
        path = draw(
            _contacts(args), args.output, title=args.title, size_by=args.size_by, filters=filters
        )
    print(path)
    return 0


def _stats(args: argparse.Namespace) -> int:
    stats = network_stats(_contacts(args), top=args.top)
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
        help="write an interactive HTML page (network, countries or timeline)",
        description="Write one self-contained HTML page of the contacts in the store.",
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
        help="people network, countries, or one person's timeline (network)",
    )
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
    view.add_argument("--person", metavar="NAME", help="ego network of this person (timeline: whose)")
    view.add_argument("--depth", type=int, choices=(1, 2), default=1, help="ego network depth (1)")
    view.add_argument("--other", metavar="NAME", help="timeline of --person's contacts with this person")
    view.add_argument("--size-by", choices=MEASURES, default="contacts", help="node size measure (contacts)")
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
