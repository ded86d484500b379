"""``dipgraph load``, ``query``, ``serve``, ``validate`` and ``export``: the graph store from the command line."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..defaults import DEFAULT_TIMEOUT, FORMATS, MAX_BODY
from ..errors import DipgraphError
from ..export import EXPORT_FORMATS, FORMAT_ALIASES

if TYPE_CHECKING:
    from ..store import ContactStore, QueryLimits

STORE_HELP = "the store folder (default: $DIPGRAPH_STORE if set, else ./dipgraph-store)"


def _store_options(parser: argparse.ArgumentParser, remote: bool = True) -> None:
    parser.add_argument("--store", type=Path, help=STORE_HELP)
    if remote:
        parser.add_argument("--endpoint", metavar="URL",
                            help="a SPARQL 1.1 query endpoint to use instead of the store folder "
                                 "(e.g. http://localhost:7878/query)")
        parser.add_argument("--update-endpoint", metavar="URL",
                            help="its update endpoint (default: the query URL with /query replaced by /update)")


def _open(args: argparse.Namespace, read_only: bool) -> ContactStore:
    from ..store import open_store

    return open_store(args.store, endpoint=getattr(args, "endpoint", None), read_only=read_only,
                      update_endpoint=getattr(args, "update_endpoint", None))


def load_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ..store import load_facts_file

    status = 0
    with _open(args, read_only=False) as store:
        for article_id in args.remove or ():
            store.remove_article(article_id)
            print(f"removed article {article_id}", file=sys.stderr)
        for path in args.facts:
            facts = load_facts_file(path)
            bar = tqdm(facts, desc=f"{path}", unit=" contacts", file=sys.stderr, delay=1.0,
                       disable=not sys.stderr.isatty())
            with bar:
                report = store.load(bar)
            for problem in facts.problems:
                print(f"dipgraph load: {problem}", file=sys.stderr)
            status = 1 if facts.problems else status
            print(f"{path}: {report.contacts_read} contacts read, {report.contacts_added} added "
                  f"({report.merged} merged into contacts reported elsewhere), {report.quads_added} quads added",
                  file=sys.stderr)
    return status


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise DipgraphError(f"--param needs NAME=VALUE, not {pair!r} (e.g. --param person=Putin)")
        out[key.strip()] = value
    return out


def query_command(args: argparse.Namespace) -> int:
    from ..store import QueryRefused, QueryTimeout, saved_queries

    if args.list:
        for name, saved in saved_queries().items():
            print(f"{name}\n    {saved.summary}\n    parameters: {saved.usage()}")
        return 0
    sources = [s for s in (args.sparql, args.file, args.saved) if s]
    if len(sources) != 1:
        raise DipgraphError("give exactly one of: a SPARQL query, --file Q.rq, --saved NAME "
                            "(`dipgraph query --list` shows the saved queries)")
    params = _params(args.param or [])
    limits = _limits(args)
    with _open(args, read_only=True) as store:
        try:
            if args.saved:
                result = store.run_saved(args.saved, params, limits=limits)
            else:
                text = args.sparql
                if args.file:
                    try:
                        text = Path(args.file).read_text(encoding="utf-8")
                    except OSError as err:
                        raise DipgraphError(f"cannot read the query file {args.file}: {err.strerror}") from err
                result = store.query(text, params, limits=limits)
        except QueryTimeout as err:
            raise DipgraphError(f"{err}; narrow the query (a LIMIT, more specific patterns) or give it more "
                                f"time with --timeout SECONDS (0: no limit)") from err
        except QueryRefused as err:
            hint = "" if "SERVICE" in str(err) else \
                " Add facts with `dipgraph load`, remove an article with `dipgraph load --remove ID`."
            raise DipgraphError(f"{err}.{hint}") from err
        print(result.render(args.format))
    return 0


def _limits(args: argparse.Namespace) -> QueryLimits:
    from ..store import QueryLimits

    return QueryLimits(timeout=args.timeout or None, allow_service=args.allow_service)


def _limit_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"stop a query after this long (default: {DEFAULT_TIMEOUT:g}; 0: no limit)")
    parser.add_argument("--allow-service", action="store_true",
                        help="let SERVICE clauses query other SPARQL servers over the network (refused by default)")


def serve_command(args: argparse.Namespace) -> int:
    from ..serve import ServeOptions, serve
    from ..store import open_store

    path = args.store or None
    options = ServeOptions(limits=_limits(args), cors_origin=args.cors_origin, max_body=args.max_body)
    with open_store(path, read_only=True) as store:
        print(f"dipgraph serve: read-only SPARQL endpoint on http://{args.host}:{args.port}/query "
              f"(query page at http://{args.host}:{args.port}/, workbench at http://{args.host}:{args.port}/view); "
              f"Ctrl-C stops it", file=sys.stderr)
        serve(store, args.host, args.port, options)
    return 0


def validate_command(args: argparse.Namespace) -> int:
    from ..validate import validate

    with _open(args, read_only=True) as store:
        result = validate(store)
    if result.conforms:
        print("the graph conforms to the shapes")
        return 0
    print(result.text.rstrip() if args.details else "")
    plural = "s" if result.violations != 1 else ""
    print(f"the graph does not conform: {result.violations} violation{plural} of the shapes"
          + ("" if args.details else " (--details lists them)"))
    return 1


def export_command(args: argparse.Namespace) -> int:
    from ..export import export

    with _open(args, read_only=True) as store:
        if args.output:
            with open(args.output, "wb") as out:
                export(store, args.format, out)
        else:
            export(store, args.format, sys.stdout.buffer)
    return 0


def upload_command(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ..store import default_store_path
    from ..store.backend import RemoteBackend
    from ..store.upload import store_quads, upload

    path = args.store or default_store_path()
    server = RemoteBackend(args.endpoint, args.update_endpoint)
    loader = None
    if args.bulk_folder or args.sql:
        if not (args.bulk_folder and args.sql):
            raise DipgraphError("Virtuoso's bulk loader needs both --bulk-folder and --sql")
        from ..store.bulk_loader import VirtuosoLoader

        loader = VirtuosoLoader(args.bulk_folder, args.sql, os.environ.get("DIPGRAPH_VIRTUOSO_USER", "dba"),
                                os.environ.get("DIPGRAPH_VIRTUOSO_PASSWORD", "dba"), args.server_folder)
    with tqdm(desc=f"upload to {args.endpoint}", unit=" quads", unit_scale=True, file=sys.stderr, delay=1.0,
              disable=not sys.stderr.isatty()) as bar:
        try:
            report = upload(store_quads(path), server, graph_store=args.graph_store, batch=args.batch,
                            loader=loader, on_batch=bar.update)
        except DipgraphError as err:
            raise DipgraphError(f"{err}\nthe batches sent so far are kept: run the same command again to "
                                f"send the rest") from err
    print(f"{path} -> {args.endpoint}: {report.quads_sent} quads sent in {report.batches} batches, "
          f"{report.skipped} batches already there", file=sys.stderr)
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    fmt = argparse.RawDescriptionHelpFormatter
    p = sub.add_parser("load", help="add contact facts to the graph store", formatter_class=fmt,
                       description="Add facts (JSONL, one contact a line) to the graph store. Loading the same "
                                   "facts twice changes nothing; the same contact from several articles becomes "
                                   "one contact with several sources.\n\nexample:\n"
                                   "  dipgraph load facts.jsonl --store my-store\n"
                                   "  dipgraph load --remove seed-000 --store my-store")
    p.add_argument("facts", nargs="*", help="facts files (JSONL) as `dipgraph extract` writes them")
    p.add_argument("--remove", action="append", metavar="ARTICLE_ID",
                   help="remove an article's contacts first (repeatable); its contacts are rebuilt from the rest")
    _store_options(p)
    p.set_defaults(func=load_command)

    p = sub.add_parser("upload", help="copy the embedded store to a SPARQL server, in resumable batches",
                       formatter_class=fmt,
                       description="Send every quad of the embedded store to a SPARQL 1.1 server in batches: the "
                                   "way to put a large graph on a server (build it with `dipgraph load --store`, "
                                   "on every core, then upload it). Each batch is recorded on the server in the "
                                   "same request (graph dgg:uploads); when an upload stops, the same command "
                                   "sends the batches not yet there, and adds nothing twice. Batches go as N-Quads "
                                   "to --graph-store when given (Oxigraph: /store; Fuseki: /DATASET/data), else "
                                   "as SPARQL Update requests (Virtuoso: its /sparql endpoint), or with "
                                   "--bulk-folder and --sql as files for Virtuoso's bulk loader (fastest for a large "
                                   "graph; the folder must be on the server's disk and in its DirsAllowed; the "
                                   "administrator's name and password come from DIPGRAPH_VIRTUOSO_USER and "
                                   "DIPGRAPH_VIRTUOSO_PASSWORD, default dba).\n\nexamples:\n"
                                   "  dipgraph upload --store my-store --endpoint http://localhost:8890/sparql\n"
                                   "  dipgraph upload --store my-store --endpoint http://localhost:7878/query "
                                   "--graph-store http://localhost:7878/store\n"
                                   "  dipgraph upload --store my-store --endpoint http://localhost:8890/sparql "
                                   "--bulk-folder /var/lib/virtuoso/bulk --sql localhost:1111")
    p.add_argument("--store", type=Path, help=STORE_HELP)
    p.add_argument("--endpoint", metavar="URL", required=True, help="the server's SPARQL 1.1 query endpoint")
    p.add_argument("--update-endpoint", metavar="URL",
                   help="its update endpoint (default: the query URL with /query replaced by /update)")
    p.add_argument("--graph-store", metavar="URL",
                   help="a Graph Store Protocol URL that takes N-Quads for the whole dataset (faster than updates)")
    p.add_argument("--batch", type=int, metavar="QUADS",
                   help="quads a batch (default: 50,000 with --graph-store, 2,000 by updates, which Virtuoso's "
                        "parser needs); started again with another size, an upload sends everything again")
    p.add_argument("--bulk-folder", type=Path, metavar="DIR",
                   help="write the batches here for Virtuoso's bulk loader (a folder of its DirsAllowed)")
    p.add_argument("--sql", metavar="HOST:PORT", help="Virtuoso's SQL port, where its bulk loader is started")
    p.add_argument("--server-folder", metavar="PATH",
                   help="the bulk folder's path as the server sees it, when it differs (a mounted share)")
    p.set_defaults(func=upload_command)

    p = sub.add_parser("query", help="run a SPARQL or saved query (read only)", formatter_class=fmt,
                       description="Run a SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE query, or a saved query by "
                                   "name. Updates are refused: facts change only through `dipgraph load`. In the "
                                   "embedded store the default graph is the union of all graphs. The graph's "
                                   "prefixes (dg, sem, prov, nif, skos, dcterms, rdf, rdfs, owl, xsd, wd, ...) need "
                                   "no PREFIX line. A query is stopped after --timeout seconds or on Ctrl-C; "
                                   "SERVICE is refused unless --allow-service.\n\nexamples:\n"
                                   "  dipgraph query --saved contacts_of_person --param person=Putin "
                                   "--param type=phone_call\n"
                                   "  dipgraph query 'SELECT (COUNT(*) AS ?n) WHERE { ?c a sem:Event }' --format csv\n"
                                   "  dipgraph query --list")
    p.add_argument("sparql", nargs="?", help="the query text")
    p.add_argument("--file", metavar="Q.rq", help="read the query from a file")
    p.add_argument("--saved", metavar="NAME", help="run a saved query (see --list)")
    p.add_argument("--param", action="append", metavar="NAME=VALUE",
                   help="bind a query variable to a value, safely (repeatable)")
    p.add_argument("--list", action="store_true", help="list the saved queries and their parameters")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    _limit_options(p)
    _store_options(p)
    p.set_defaults(func=query_command)

    p = sub.add_parser("serve", help="serve the store as a read-only SPARQL endpoint", formatter_class=fmt,
                       description="Serve the embedded store read-only over HTTP: a SPARQL 1.1 Protocol endpoint "
                                   "at /query (JSON, XML, CSV or TSV results and N-Triples, Turtle, RDF/XML or "
                                   "JSON-LD graphs, as the Accept header asks) and a small query page at /. Each "
                                   "query is stopped at its time limit or when its client goes away. Stop the "
                                   "server with Ctrl-C.\n\nexample:\n"
                                   "  dipgraph serve --store my-store --port 7878")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=7878, help="port (default: 7878)")
    p.add_argument("--cors-origin", metavar="ORIGIN",
                   help="let web pages of this origin (e.g. http://localhost:8000, or * for any) read answers; "
                        "by default pages of other origins cannot")
    p.add_argument("--max-body", type=int, default=MAX_BODY, metavar="BYTES",
                   help=f"largest POST body accepted (default: {MAX_BODY})")
    _limit_options(p)
    _store_options(p, remote=False)
    p.set_defaults(func=serve_command)

    p = sub.add_parser("validate", help="check the graph against the shipped SHACL shapes", formatter_class=fmt,
                       description="Check every graph in the store against the SHACL shapes shipped with dipgraph "
                                   "(graph/ontology/shapes.ttl): what each contact, report, article, actor, topic "
                                   "and summary must carry. Exits with 1 when the graph does not conform.\n\n"
                                   "example:\n  dipgraph validate --store my-store --details")
    p.add_argument("--details", action="store_true", help="print the validator's report of each violation")
    _store_options(p)
    p.set_defaults(func=validate_command)

    p = sub.add_parser("export", help="export the graph (RDF, Gephi, CSV)", formatter_class=fmt,
                       description="Write the whole graph as RDF (turtle, trig, nquads, jsonld), the contact "
                                   "network for Gephi (graphml, gexf), or one CSV row per contact (csv).\n\n"
                                   "example:\n  dipgraph export --format gexf -o contacts.gexf")
    p.add_argument("--format", choices=EXPORT_FORMATS + tuple(FORMAT_ALIASES), required=True,
                   help="what to write (ttl, nq and json-ld are accepted for turtle, nquads and jsonld)")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    _store_options(p)
    p.set_defaults(func=export_command)
