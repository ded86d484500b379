"""The query path as a user and as an attacker meet it: the CLI's `query` and the `serve` endpoint.

SERVICE never reaches the network unless allowed, queries stop at their time limit, on Ctrl-C and
when the client goes away, the graph's prefixes need no declaration, parser errors are one line,
and the endpoint speaks the SPARQL 1.1 Protocol's formats.
"""
from __future__ import annotations

import csv
import html
import io
import json
import multiprocessing
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib

from graph.cli import main
from graph.serve import ServeOptions, make_server
from graph.store import QueryLimits, QueryRefused, QuerySyntaxError, open_store
from graph.store.isolation import QueryTimeout
from graph.store.synthetic import example_contacts

ROOT = Path(__file__).resolve().parent.parent
# four unconnected patterns over the whole store: far too many rows to ever finish
ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
WAIT = 30.0  # seconds to wait for what should take one or two


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "s"
    with open_store(path) as store:
        store.load(example_contacts())
    return path


class Listener:
    """A TCP listener on a loopback port that counts the connections made to it."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while self.running:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    opened = Listener()
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def endpoint(store_path: Path) -> Iterator[str]:
    yield from _serving(store_path, ServeOptions(limits=QueryLimits(timeout=2)))


def _serving(store_path: Path, options: ServeOptions) -> Iterator[str]:
    with open_store(store_path, read_only=True) as store:
        server = make_server(store, "127.0.0.1", 0, options)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()


def _get(base: str, sparql: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    url = f"{base}/query?" + urllib.parse.urlencode({"query": sparql})
    return _open(urllib.request.Request(url, headers=headers))


def _open(request: urllib.request.Request) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(request, timeout=WAIT) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def _workers() -> set[int]:
    """The process ids of the live query workers."""
    return {p.pid for p in multiprocessing.active_children() if p.name == "dipgraph-query" and p.pid}


# 1. SERVICE and cross-origin reads

def test_cli_refuses_service_without_touching_the_network(store_path: Path, listener: Listener,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"
    assert main(["query", "--store", str(store_path), query]) == 2
    err = capsys.readouterr().err
    assert "SERVICE" in err and "--allow-service" in err and "Traceback" not in err
    for hidden in (query.replace("SERVICE", "service"), "# SERVICE in a comment\n" + query,
                   query.replace("SERVICE", "SERVICE SILENT")):
        with pytest.raises(QueryRefused):
            open_store(store_path, read_only=True).query(hidden)
    time.sleep(0.3)
    assert listener.connections == 0


def test_service_runs_only_when_allowed(store_path: Path, listener: Listener,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    query = f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"
    main(["query", "--store", str(store_path), "--allow-service", query])
    assert listener.connections >= 1
    with open_store(store_path, read_only=True) as store:  # the word in a string or an IRI is no SERVICE
        assert store.query('SELECT ?x WHERE { BIND("SERVICE <http://x>" AS ?x) }').records() == [
            {"x": "SERVICE <http://x>"}]


def test_endpoint_refuses_service_and_allows_no_other_origin(endpoint: str, listener: Listener) -> None:
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"
    status, headers, body = _get(endpoint, query, Origin="http://evil.example")
    assert status == 400 and b"SERVICE" in body
    assert "Access-Control-Allow-Origin" not in headers
    status, headers, _ = _get(endpoint, "ASK {}", Origin="http://evil.example")
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    time.sleep(0.3)
    assert listener.connections == 0


def test_endpoint_allows_the_origin_it_is_given(store_path: Path) -> None:
    allowed = "http://localhost:8000"
    for base in _serving(store_path, ServeOptions(cors_origin=allowed)):
        _, headers, _ = _get(base, "ASK {}", Origin=allowed)
        assert headers["Access-Control-Allow-Origin"] == allowed
        _, headers, _ = _get(base, "ASK {}", Origin="http://other.example")
        assert "Access-Control-Allow-Origin" not in headers
        status, headers, _ = _open(urllib.request.Request(f"{base}/query", method="OPTIONS",
                                                          headers={"Origin": allowed}))
        assert status == 204 and "POST" in headers["Access-Control-Allow-Methods"]


# 2. Time limits, Ctrl-C, clients that go away, request bodies

def test_library_query_stops_at_its_time_limit_and_frees_the_cpu(store_path: Path) -> None:
    before = _workers()
    with open_store(store_path, read_only=True) as store:
        with pytest.raises(QueryTimeout, match="time limit of 1 s"):
            store.query(ENDLESS, limits=QueryLimits(timeout=1))
        assert _workers() <= before
        assert store.query("ASK { ?s ?p ?o }").boolean is True  # a fresh worker answers the next query


def test_cli_timeout_is_a_clear_error(store_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "graph", "query", "--store", str(store_path), "--timeout", "1",
                           ENDLESS], capture_output=True, text=True, cwd=ROOT, timeout=WAIT)
    assert done.returncode == 2
    assert "time limit of 1 s" in done.stderr and "--timeout" in done.stderr and "Traceback" not in done.stderr


def test_cli_stops_at_ctrl_c(store_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-m", "graph", "query", "--store", str(store_path), "--timeout", "0",
                              ENDLESS], stderr=subprocess.PIPE, text=True, cwd=ROOT)
    children = Path(f"/proc/{child.pid}/task/{child.pid}/children")
    started = time.monotonic()
    while not children.read_text().split() and time.monotonic() < started + WAIT:
        time.sleep(0.05)  # until the query's worker process runs
    time.sleep(0.5)
    child.send_signal(signal.SIGINT)
    try:
        _, err = child.communicate(timeout=WAIT)
    finally:
        child.kill()
    assert child.returncode == 130 and "interrupted" in err


def test_endpoint_times_out(endpoint: str) -> None:
    status, _, body = _get(endpoint, ENDLESS)
    assert status == 503 and b"time limit of 2 s" in body


def test_endpoint_stops_the_query_of_a_client_that_left(store_path: Path) -> None:
    """With a time limit far away, only the client's leaving can stop the query before WAIT."""
    for base in _serving(store_path, ServeOptions(limits=QueryLimits(timeout=10 * WAIT))):
        before = _workers()
        host, port = urllib.parse.urlsplit(base).netloc.split(":")
        with socket.create_connection((host, int(port))) as client:
            path = "/query?" + urllib.parse.urlencode({"query": ENDLESS})
            client.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            started = time.monotonic()
            while not _workers() - before and time.monotonic() < started + WAIT:
                time.sleep(0.05)
            assert _workers() - before  # the query is running
        left = time.monotonic()
        while _workers() - before and time.monotonic() < left + WAIT:
            time.sleep(0.05)
        assert not _workers() - before


def test_endpoint_caps_the_request_body(endpoint: str) -> None:
    host, port = urllib.parse.urlsplit(endpoint).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=WAIT) as client:
        client.sendall(f"POST /query HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/sparql-query\r\n"
                       f"Content-Length: {10 << 20}\r\n\r\nASK {{}}".encode())
        head = client.recv(4096).decode()
    assert head.startswith("HTTP/1.0 413") or head.startswith("HTTP/1.1 413")
    status, _, _ = _open(urllib.request.Request(f"{endpoint}/query", data=b"ASK {}", method="POST",
                                                headers={"Content-Type": "application/sparql-query"}))
    assert status == 200


# 3. Prefixes and readable errors

def test_documented_ad_hoc_query_runs(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--store", str(store_path), "SELECT (COUNT(*) AS ?n) WHERE { ?c a sem:Event }",
                 "--format", "csv"]) == 0
    assert int(capsys.readouterr().out.split()[1]) == 6
    with open_store(store_path, read_only=True) as store:  # a prefix the query declares is its own
        records = store.query("PREFIX dg: <http://example.org/> SELECT ?x WHERE { BIND(dg:y AS ?x) }").records()
        assert records == [{"x": "http://example.org/y"}]


def test_endpoint_declares_the_prefixes_too(endpoint: str) -> None:
    status, _, body = _get(endpoint, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a dg:PhoneCall ; sem:hasActor ?a }")
    calls = {c.evidence.text for c in example_contacts() if c.type == "phone_call"}
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(len(calls) - 1)


@pytest.mark.parametrize(("query", "expected"), [
    ("SELEC * WHERE { ?s ?p ?o }", "syntax error at line 1, column 1: expected SELECT, ASK, CONSTRUCT or DESCRIBE, "
                                   "found `SELEC`"),
    ("SELECT * WHERE { ?s ?p }", "syntax error at line 1, column 25 after `{ ?s ?p }`"),
    ("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = \n}", "syntax error at line 4, column 2 after `}`"),
    ("SELECT * WHERE { ?s ?p ?o } ORDER BY", "column 37 after `?o } ORDER BY`"),
    ("SELECT * WHERE { ?s foo:bar ?o }", "unknown prefix `foo:`"),
    ("", "found the end of the query"),
])
def test_parser_errors_are_one_readable_line(store_path: Path, query: str, expected: str) -> None:
    with open_store(store_path, read_only=True) as store, pytest.raises(QuerySyntaxError) as err:
        store.query(query)
    message = str(err.value)
    assert expected in message
    assert "\n" not in message and "\\u{" not in message and "not a read query" not in message


# 4. The endpoint speaks the protocol's formats

@pytest.mark.parametrize(("accept", "media"), [
    ("", "application/sparql-results+json"), ("*/*", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/xml"),
    ("text/csv;q=0.5, application/sparql-results+json", "application/sparql-results+json"),
])
def test_endpoint_negotiates_result_formats(endpoint: str, accept: str, media: str) -> None:
    query = "SELECT ?id WHERE { ?a dg:articleId ?id } ORDER BY ?id"
    status, headers, body = _get(endpoint, query, Accept=accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == media
    if media == "text/csv":
        assert [row[0] for row in csv.reader(io.StringIO(body.decode()))] == ["id", "ex-1", "ex-2", "ex-3", "ex-4"]
    elif "xml" in media:
        assert b"<sparql" in body and b"ex-4" in body


@pytest.mark.parametrize(("accept", "rdflib_format"), [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/rdf+xml", "xml"),
    ("application/ld+json", "json-ld"), ("", "nt"),
])
def test_endpoint_negotiates_graph_formats(endpoint: str, accept: str, rdflib_format: str) -> None:
    status, headers, body = _get(endpoint, "CONSTRUCT WHERE { ?c a dg:Visit ; ?p ?o }", Accept=accept)
    assert status == 200
    assert len(rdflib.Graph().parse(data=body, format=rdflib_format)) > 3


def test_endpoint_refuses_what_it_cannot_send_and_answers_options(endpoint: str) -> None:
    status, _, body = _get(endpoint, "ASK {}", Accept="image/png")
    assert status == 406 and b"text/csv" in body
    status, headers, _ = _open(urllib.request.Request(f"{endpoint}/query", method="OPTIONS"))
    assert status == 204 and headers["Allow"] == "GET, POST, OPTIONS"


def test_endpoint_errors_name_its_own_actions(endpoint: str) -> None:
    for request in (urllib.request.Request(f"{endpoint}/query", data=b"DROP ALL", method="POST",
                                           headers={"Content-Type": "application/sparql-query"}),
                    urllib.request.Request(f"{endpoint}/query", data=b"update=DROP+ALL", method="POST",
                                           headers={"Content-Type": "application/x-www-form-urlencoded"})):
        status, _, body = _open(request)
        assert status == 400 and b"dipgraph load" not in body
        assert b"update" in body
    status, _, body = _get(endpoint, "")
    assert status == 400 and b"query=" in body


def test_the_query_page_asks_for_what_every_query_form_gives(endpoint: str) -> None:
    page = (ROOT / "graph" / "ontology" / "query.html").read_text(encoding="utf-8")
    accept = re.search(r'"Accept": "([^"]+)"', page)[1]  # type: ignore[index]
    sample = re.search(r"<textarea[^>]*>(.*?)</textarea>", page, re.DOTALL)[1]  # type: ignore[index]
    status, headers, body = _get(endpoint, html.unescape(sample), Accept=accept)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"]
    status, headers, _ = _get(endpoint, "CONSTRUCT WHERE { ?c a dg:Visit }", Accept=accept)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")


def test_a_loopback_endpoint_refuses_foreign_host_names(endpoint: str) -> None:
    port = urllib.parse.urlsplit(endpoint).port
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert _get(endpoint, "ASK {}", Host=host)[0] == 200
    status, _, body = _get(endpoint, "ASK {}", Host=f"attacker.example:{port}")
    assert status == 403 and b"attacker.example" in body
