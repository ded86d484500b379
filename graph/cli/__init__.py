"""The ``dipgraph`` command line: one thin function per subcommand over library functions.

Each module listed in ``COMMAND_MODULES`` has ``register(subparsers)``, which adds its subcommands
with ``set_defaults(func=...)``; a subcommand function takes the parsed arguments and returns the
exit status. Library errors (``DipgraphError``) become one-line messages here, and only here.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys

from ..errors import DipgraphError

COMMAND_MODULES = ("extract", "store", "view", "run")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dipgraph",
        description="Diplomatic contacts from news articles, as a queryable knowledge graph.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``dipgraph`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="dipgraph: %(message)s", stream=sys.stderr)
    try:
        return int(args.func(args) or 0)
    except DipgraphError as err:
        print(f"dipgraph {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dipgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
