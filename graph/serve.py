"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store, with a small query page.

``GET /query?query=…`` or ``POST /query`` (``application/sparql-query``, or a form with ``query=``)
answers SELECT and ASK as SPARQL results (JSON, XML, CSV or TSV, as the ``Accept`` header asks) and
CONSTRUCT and DESCRIBE as a graph (N-Triples, Turtle, RDF/XML or JSON-LD). Updates are refused, and so
is ``SERVICE`` unless allowed. Each query runs in a worker process with a time limit and is stopped
when its client goes away; request bodies are capped. Cross-origin pages get answers only from the
origin given with ``cors_origin``, and a server listening on this machine only answers requests that
name it (``localhost``, ``127.0.0.1``), not a foreign name rebound to it.

``GET /view`` is the workbench page over the store (see ``graph.view.live``).

Routes are a table from path to function (:data:`ROUTES`); a function takes the :class:`Request` and
the :class:`Endpoint` and returns a :class:`Response`.
"""
from __future__ import annotations

import ipaddress
import select
import socket
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from urllib.parse import parse_qs, urlsplit

from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, serialize

from .defaults import MAX_BODY
from .errors import DipgraphError
from .store import ContactStore, QueryCancelled, QueryLimits, QueryRefused, QuerySyntaxError, QueryTimeout
from .view.live import LivePage

SOCKET_TIMEOUT = 30.0  # seconds a client may take to send its request
TEXT = "text/plain; charset=utf-8"
#: media types of SELECT and ASK answers, the default first
RESULT_TYPES = {
    "application/sparql-results+json": QueryResultsFormat.JSON, "application/json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML, "application/xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV, "text/tab-separated-values": QueryResultsFormat.TSV,
}
#: media types of CONSTRUCT and DESCRIBE answers, the default first
GRAPH_TYPES = {
    "application/n-triples": RdfFormat.N_TRIPLES, "text/turtle": RdfFormat.TURTLE,
    "application/rdf+xml": RdfFormat.RDF_XML, "application/ld+json": RdfFormat.JSON_LD,
    "text/plain": RdfFormat.N_TRIPLES,
}
ALLOWED_METHODS = "GET, POST, OPTIONS"
CORS_MAX_AGE = 600  # seconds a browser may keep a preflight answer
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")  # the names a request to a loopback server may use


@dataclass(frozen=True)
class ServeOptions:
    """How the endpoint answers: query limits, the origin whose pages may read answers (``"*"``: any;
    None: none, the default), and the largest request body accepted."""

    limits: QueryLimits = QueryLimits()
    cors_origin: str | None = None
    max_body: int = MAX_BODY


@dataclass
class Request:
    method: str
    path: str
    params: dict[str, list[str]]
    accept: str
    client_gone: Callable[[], bool]


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = TEXT
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str, **headers: str) -> Response:
        return cls(status, message.encode("utf-8") + b"\n", TEXT, headers)


@dataclass
class Endpoint:
    store: ContactStore
    options: ServeOptions
    loopback: bool = True  # listening on this machine only: requests must name it (no DNS rebinding)
    workbench: LivePage = field(init=False)  # the workbench page over the store, built at its first request

    def __post_init__(self) -> None:
        self.workbench = LivePage(self.store)


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(socket.gethostbyname(host)).is_loopback
    except (OSError, ValueError):
        return False


def host_name(header: str) -> str:
    """The host name of a ``Host`` header: ``[::1]:7878`` → ``::1``, ``localhost:7878`` → ``localhost``."""
    if header.startswith("["):
        return header[1:].split("]", 1)[0]
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def negotiate(accept: str, offered: dict[str, object]) -> str | None:
    """The offered media type the ``Accept`` header prefers (by q, then its order); the first offered for
    ``*/*`` or no header; None when it accepts none of them."""
    if not accept.strip():
        return next(iter(offered))
    ranges = []
    for order, part in enumerate(accept.split(",")):
        media, *parameters = [p.strip() for p in part.split(";")]
        q = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((-q, order, media.lower()))
    for minus_q, _, media in sorted(ranges):
        if minus_q >= 0:
            break
        if media in offered:
            return media
        kind = media.split("/")[0]
        match = next((m for m in offered if media == "*/*" or media == f"{kind}/*" and m.startswith(kind + "/")), None)
        if match:
            return match
    return None


def answer(endpoint: Endpoint, sparql: str, request: Request) -> Response:
    """The answer to one query, in the media type the client accepts."""
    limits = replace(endpoint.options.limits, cancelled=request.client_gone)
    try:
        raw = endpoint.store.select(sparql, limits=limits)
    except (QuerySyntaxError, QueryRefused) as err:
        return Response.text(HTTPStatus.BAD_REQUEST, str(err))
    except QueryTimeout as err:
        return Response.text(HTTPStatus.SERVICE_UNAVAILABLE, str(err))
    except QueryCancelled:
        return Response(0, b"")  # nobody is left to read an answer
    except DipgraphError as err:
        return Response.text(HTTPStatus.INTERNAL_SERVER_ERROR, str(err))
    offered: dict[str, object] = GRAPH_TYPES if isinstance(raw, list) else RESULT_TYPES  # type: ignore[assignment]
    media = negotiate(request.accept, offered)
    if media is None:
        return Response.text(HTTPStatus.NOT_ACCEPTABLE, f"this answer can be sent as {', '.join(offered)}; "
                                                        f"none is in the Accept header ({request.accept})")
    if isinstance(raw, (QuerySolutions, QueryBoolean)):
        body = raw.serialize(format=RESULT_TYPES[media])
    else:
        body = serialize(raw, format=GRAPH_TYPES[media])
    charset = "" if media.endswith(("+xml", "/xml")) else "; charset=utf-8"
    return Response(HTTPStatus.OK, body or b"", media + charset)


def query_route(request: Request, endpoint: Endpoint) -> Response:
    """``/query``: the SPARQL 1.1 Protocol's query operation, read-only."""
    if "update" in request.params:
        return Response.text(HTTPStatus.BAD_REQUEST, "this endpoint is read-only: it runs queries, not updates")
    unsupported = [p for p in ("default-graph-uri", "named-graph-uri", "using-graph-uri") if p in request.params]
    if unsupported:
        return Response.text(HTTPStatus.BAD_REQUEST, f"{unsupported[0]} is not supported: the default graph is the "
                                                     f"union of all graphs; name graphs with GRAPH in the query")
    queries = request.params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        return Response.text(HTTPStatus.BAD_REQUEST, "send one query: GET /query?query=…, or POST it as "
                                                     "application/sparql-query or as a form with query=…")
    return answer(endpoint, queries[0], request)


def page_route(request: Request, endpoint: Endpoint) -> Response:
    """``/``: the query page."""
    if request.method != "GET":
        return Response.text(HTTPStatus.METHOD_NOT_ALLOWED, "the query page answers GET", Allow="GET")
    page = (files("graph") / "ontology" / "query.html").read_bytes()
    return Response(HTTPStatus.OK, page, "text/html; charset=utf-8")


def view_route(request: Request, endpoint: Endpoint) -> Response:
    """``/view``: the workbench over the store (see :mod:`graph.view.live`)."""
    if request.method != "GET":
        return Response.text(HTTPStatus.METHOD_NOT_ALLOWED, "the workbench answers GET", Allow="GET")
    return Response(HTTPStatus.OK, endpoint.workbench(), "text/html; charset=utf-8")


Route = Callable[[Request, Endpoint], Response]
ROUTES: dict[str, Route] = {"/": page_route, "/query": query_route, "/view": view_route}


def make_handler(endpoint: Endpoint, routes: dict[str, Route]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "dipgraph"
        timeout = SOCKET_TIMEOUT

        def _send(self, response: Response) -> None:
            if not response.status:
                self.close_connection = True
                return
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            self.send_header("Content-Length", str(len(response.body)))
            for name, value in {**self._cors(), **response.headers}.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.body)

        def _cors(self) -> dict[str, str]:
            allowed = endpoint.options.cors_origin
            origin = self.headers.get("Origin")
            if allowed and origin and allowed in ("*", origin):
                return {"Access-Control-Allow-Origin": allowed, "Vary": "Origin"}
            return {}

        def _client_gone(self) -> bool:
            """Whether the client closed its connection (readable, with nothing to read)."""
            try:
                readable, _, _ = select.select([self.connection], [], [], 0)
                return bool(readable) and not self.connection.recv(1, socket.MSG_PEEK)
            except OSError:
                return True

        def _foreign_host(self) -> bool:
            """Whether a loopback server got a request for another host name: a page whose DNS name was
            rebound to 127.0.0.1, which must not read the answers. Answers 403 then."""
            name = host_name(self.headers.get("Host", "")).lower()
            if not endpoint.loopback or name in LOOPBACK_NAMES or name.startswith("127."):
                return False
            self._send(Response.text(HTTPStatus.FORBIDDEN, f"this endpoint answers requests addressed to "
                                                           f"{' or '.join(LOOPBACK_NAMES[:2])} only, not {name!r}"))
            return True

        def _route(self, params: dict[str, list[str]]) -> None:
            if self._foreign_host():
                return
            path = urlsplit(self.path).path
            route = routes.get(path)
            if route is None:
                self._send(Response.text(HTTPStatus.NOT_FOUND, f"not found: {path}; try {' or '.join(routes)}"))
                return
            request = Request(self.command, path, params, self.headers.get("Accept", ""), self._client_gone)
            self._send(route(request, endpoint))

        def do_GET(self) -> None:  # noqa: N802
            self._route(parse_qs(urlsplit(self.path).query))

        def do_POST(self) -> None:  # noqa: N802
            problem = self._body_problem()
            if problem is not None:
                self.close_connection = True
                self._send(problem)
                return
            data = self.rfile.read(int(self.headers["Content-Length"]))
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                self._send(Response.text(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8"))
                return
            if kind == "application/sparql-query":
                self._route({**parse_qs(urlsplit(self.path).query), "query": [text]})
            elif kind == "application/x-www-form-urlencoded":
                self._route(parse_qs(text))
            elif kind == "application/sparql-update":
                self._send(Response.text(HTTPStatus.BAD_REQUEST, "this endpoint is read-only: it runs queries, "
                                                                 "not updates"))
            else:
                self._send(Response.text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, "send the query as "
                                         "application/sparql-query, or as a form (application/x-www-form-"
                                         "urlencoded) with query=…"))

        def _body_problem(self) -> Response | None:
            length = self.headers.get("Content-Length")
            if length is None or not length.strip().isdigit():
                return Response.text(HTTPStatus.LENGTH_REQUIRED, "a POST needs a Content-Length header")
            if int(length) > endpoint.options.max_body:
                return Response.text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                     f"the request body is {int(length)} bytes; this endpoint takes at most "
                                     f"{endpoint.options.max_body}")
            return None

        def do_OPTIONS(self) -> None:  # noqa: N802
            if self._foreign_host():
                return
            headers = {"Allow": ALLOWED_METHODS}
            if self._cors():
                headers.update({"Access-Control-Allow-Methods": ALLOWED_METHODS,
                                "Access-Control-Allow-Headers": "Content-Type, Accept",
                                "Access-Control-Max-Age": str(CORS_MAX_AGE)})
            self._send(Response(HTTPStatus.NO_CONTENT, b"", TEXT, headers))

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Quiet: the library never prints."""

    return Handler


def make_server(store: ContactStore, host: str = "127.0.0.1", port: int = 7878,
                options: ServeOptions | None = None, routes: dict[str, Route] | None = None) -> ThreadingHTTPServer:
    """An HTTP server answering queries on ``store`` (call ``serve_forever``; port 0 picks a free port)."""
    endpoint = Endpoint(store, options or ServeOptions(), is_loopback(host))
    try:
        server = ThreadingHTTPServer((host, port), make_handler(endpoint, routes or ROUTES))
    except OSError as err:
        raise DipgraphError(f"cannot listen on {host}:{port} ({err.strerror}); choose another --port") from err
    server.daemon_threads = True
    return server


def serve(store: ContactStore, host: str = "127.0.0.1", port: int = 7878, options: ServeOptions | None = None) -> None:
    """Serve until interrupted."""
    server = make_server(store, host, port, options)
    try:
        server.serve_forever()
    finally:
        server.server_close()
