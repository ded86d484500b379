"""Uploading a graph to a SPARQL server in batches: an upload stopped by a failing request (the server
down) and started again ends with exactly the quads of the embedded store, on Virtuoso and on Oxigraph."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import start_oxigraph, start_virtuoso

from graph.errors import DipgraphError
from graph.rdf import Q
from graph.store import open_store
from graph.store.backend import RemoteBackend
from graph.store.synthetic import example_contacts, synthetic_contacts
from graph.store.upload import UPLOADS, store_quads, upload

CONTACTS = 300  # about 9,000 quads: several batches of each size below
STOP_AFTER = 3  # batches sent before the server is stopped


def built(folder: Path) -> Path:
    """An embedded store of synthetic contacts."""
    with open_store(folder) as store:
        store.load(synthetic_contacts(CONTACTS, people=60))
    return folder


def server_quads(server: RemoteBackend) -> set[Q]:
    """The server's quads in the graph's named graphs (not its own system graphs), the uploads graph aside."""
    rows = server.rows("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                       "FILTER(STRSTARTS(STR(?g), \"https://w3id.org/dipgraph/\")) }")
    return {(r["s"], r["p"], r["o"], r["g"]) for r in rows if r["g"] != UPLOADS}


def interrupted_then_resumed(server, endpoint_of, store: Path, how) -> tuple[RemoteBackend, list]:
    """Upload until the server is killed after ``STOP_AFTER`` batches, start it again, upload again."""
    sent: list[int] = []

    def stop_after_some(quads: int) -> None:
        sent.append(quads)
        if len(sent) == STOP_AFTER:
            server.kill()

    with pytest.raises(DipgraphError, match="cannot reach"):
        upload(store_quads(store), RemoteBackend(endpoint_of(server)), on_batch=stop_after_some, **how(server))
    server.start()
    remote = RemoteBackend(endpoint_of(server))
    return remote, [upload(store_quads(store), remote, **how(server)), upload(store_quads(store), remote, **how(server))]


def test_upload_to_virtuoso_resumes_after_the_server_went_down(tmp_path):
    store = built(tmp_path / "store")
    expected = set(store_quads(store))
    server = start_virtuoso(tmp_path / "virtuoso")
    try:
        remote, (resumed, again) = interrupted_then_resumed(
            server, lambda s: s.endpoint, store, how=lambda s: {"batch": 1000})
        assert resumed.skipped == STOP_AFTER and resumed.batches > 0
        assert again.batches == 0 and again.skipped == resumed.skipped + resumed.batches
        assert server_quads(remote) == expected
    finally:
        server.stop()


def test_upload_over_the_graph_store_protocol_resumes(tmp_path):
    store = built(tmp_path / "store")
    server = start_oxigraph(tmp_path / "oxigraph")
    try:
        remote, (resumed, again) = interrupted_then_resumed(
            server, lambda s: s.endpoint, store, how=lambda s: {"graph_store": s.graph_store, "batch": 1500})
        assert resumed.skipped == STOP_AFTER and again.batches == 0
        assert server_quads(remote) == set(store_quads(store))
        with open_store(endpoint=server.endpoint) as uploaded, open_store(store, read_only=True) as local:
            params = {"person": "Person P00001"}
            assert uploaded.run_saved("contacts_of_person", params).records() == \
                local.run_saved("contacts_of_person", params).records()
    finally:
        server.stop()


def test_upload_command_sends_the_missing_batches_only(tmp_path, virtuoso, capsys):
    from graph.cli import main

    with open_store(tmp_path / "store") as store:
        store.load(example_contacts())
    command = ["upload", "--store", str(tmp_path / "store"), "--endpoint", virtuoso.endpoint, "--batch", "100"]
    assert main(command) == 0
    assert "quads sent in 7 batches, 0 batches already there" in capsys.readouterr().err
    assert main(command) == 0
    assert "0 quads sent in 0 batches, 7 batches already there" in capsys.readouterr().err
    with open_store(endpoint=virtuoso.endpoint) as uploaded, open_store(tmp_path / "store", read_only=True) as local:
        assert [c.to_json() for c in uploaded.contacts()] == [c.to_json() for c in local.contacts()]


def test_upload_through_virtuosos_bulk_loader_resumes(tmp_path):
    from graph.store.bulk_loader import FILE_PATTERN, VirtuosoLoader

    store = built(tmp_path / "store")
    server = start_virtuoso(tmp_path / "virtuoso")
    try:
        remote, (resumed, again) = interrupted_then_resumed(  # the server goes down before its loader runs
            server, lambda s: s.endpoint, store,
            how=lambda s: {"loader": VirtuosoLoader(s.folder / "bulk", s.sql_address), "batch": 1500})
        assert resumed.skipped == 0 and resumed.batches > STOP_AFTER
        assert again.batches == 0 and again.skipped == resumed.batches
        assert not list((server.folder / "bulk").glob(FILE_PATTERN))  # the last run wrote none
        assert server_quads(remote) == set(store_quads(store))
    finally:
        server.stop()


def test_upload_command_through_the_bulk_loader(tmp_path, virtuoso, capsys):
    from graph.cli import main

    with open_store(tmp_path / "store") as store:
        store.load(example_contacts())
    command = ["upload", "--store", str(tmp_path / "store"), "--endpoint", virtuoso.endpoint, "--batch", "150",
               "--bulk-folder", str(virtuoso.folder / "bulk"), "--sql", virtuoso.sql_address]
    assert main(command) == 0
    assert re.search(r": [1-9]\d* quads sent in [1-9]", capsys.readouterr().err)
    assert main(command) == 0
    assert ": 0 quads sent in 0 batches" in capsys.readouterr().err
    with open_store(endpoint=virtuoso.endpoint) as uploaded, open_store(tmp_path / "store", read_only=True) as local:
        assert [c.to_json() for c in uploaded.contacts()] == [c.to_json() for c in local.contacts()]
    assert main(command[:-2]) == 2
    assert "needs both --bulk-folder and --sql" in capsys.readouterr().err
