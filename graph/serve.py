"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store, with a small query page.

``GET /query?query=…`` or ``POST /query`` (``application/sparql-query`` or a form) answers SELECT and
ASK as SPARQL JSON results and CONSTRUCT/DESCRIBE as N-Triples; updates are refused with 400.
``GET /view`` is the workbench page over the store (see ``graph.view.live``).
"""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from urllib.parse import parse_qs, urlsplit

from pyoxigraph import QueryResultsFormat, RdfFormat, serialize

from .errors import DipgraphError
from .store import ContactStore
from .store.results import check_read_only
from .view.live import LivePage


def answer(store: ContactStore, sparql: str) -> tuple[bytes, str]:
    """The body and content type answering a read query; DipgraphError for updates and bad queries."""
    check_read_only(sparql)
    raw = store.backend.select(sparql)
    if isinstance(raw, list):
        return serialize(raw, format=RdfFormat.N_TRIPLES), "application/n-triples"
    return raw.serialize(format=QueryResultsFormat.JSON), "application/sparql-results+json"


def make_handler(store: ContactStore) -> type[BaseHTTPRequestHandler]:
    page = (files("graph") / "ontology" / "query.html").read_bytes()
    workbench = LivePage(store)

    class Handler(BaseHTTPRequestHandler):
        server_version = "dipgraph"

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Access-Control-Allow-Origin", "*")
            self.end_headers()
            self.wfile.write(body)

        def _query(self, sparql: str | None) -> None:
            if not sparql:
                self._send(400, b"missing the query parameter", "text/plain; charset=utf-8")
                return
            try:
                body, content_type = answer(store, sparql)
            except DipgraphError as err:
                self._send(400, str(err).encode("utf-8"), "text/plain; charset=utf-8")
                return
            self._send(200, body, content_type)

        def do_GET(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            if url.path == "/":
                self._send(200, page, "text/html; charset=utf-8")
            elif url.path == "/query":
                self._query(parse_qs(url.query).get("query", [None])[0])
            elif url.path == "/view":
                self._send(200, workbench(), "text/html; charset=utf-8")
            else:
                self._send(404, b"not found: try /, /query or /view", "text/plain; charset=utf-8")

        def do_POST(self) -> None:  # noqa: N802
            if urlsplit(self.path).path != "/query":
                self._send(405, b"this endpoint is read-only: POST only queries to /query", "text/plain")
                return
            length = int(self.headers.get("Content-Length") or 0)
            data = self.rfile.read(length).decode("utf-8")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if kind == "application/sparql-query":
                self._query(data)
            elif kind == "application/x-www-form-urlencoded":
                self._query(parse_qs(data).get("query", [None])[0])
            else:
                self._send(415, b"send application/sparql-query or a form with query=", "text/plain")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Quiet: the library never prints."""

    return Handler


def make_server(store: ContactStore, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    """An HTTP server answering queries on ``store`` (call ``serve_forever``; port 0 picks a free port)."""
    try:
        return ThreadingHTTPServer((host, port), make_handler(store))
    except OSError as err:
        raise DipgraphError(f"cannot listen on {host}:{port} ({err.strerror}); choose another --port") from err


def serve(store: ContactStore, host: str = "127.0.0.1", port: int = 7878) -> None:
    """Serve until interrupted."""
    server = make_server(store, host, port)
    try:
        server.serve_forever()
    finally:
        server.server_close()
