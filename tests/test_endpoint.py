"""The same store interface against a real SPARQL 1.1 server (`oxigraph serve` on a loopback port)."""
import socket

import pytest

from graph.errors import DipgraphError
from graph.store import open_store
from graph.store.synthetic import example_contacts


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("local") / "s") as store:
        store.load(example_contacts())
        yield store


def test_remote_load_is_idempotent_and_answers_like_the_embedded_store(oxigraph_endpoint, local):
    with open_store(endpoint=oxigraph_endpoint) as remote:
        first = remote.load(example_contacts())
        again = remote.load(example_contacts())
        assert (first.contacts_added, first.merged) == (8, 2) and again.quads_added == 0
        for name, params in [("contacts_of_person", {"person": "بوتين", "type": "phone_call"}),
                             ("contacts_of_person", {"person": "Putin", "from": "2017-11-22"}),
                             ("top_pairs", {}), ("top_initiators", {}),
                             ("country_pair_months", {"a": "RUS", "b": "ISR"}),
                             ("pair_topics", {"a": "Putin", "b": "Netanyahu"}),
                             ("one_intermediary", {"person": "Sisi"})]:
            assert remote.run_saved(name, params).records() == local.run_saved(name, params).records(), name
        assert [c.to_json() for c in remote.contacts()] == [c.to_json() for c in local.contacts()]
        assert [c.to_json() for c in remote.contacts(latest=3)] == [c.to_json() for c in local.contacts(latest=3)]
        assert remote.tally() == local.tally()


def test_remote_refuses_updates_and_removes_articles(oxigraph_endpoint):
    with open_store(endpoint=oxigraph_endpoint) as remote:
        remote.load(example_contacts())
        with pytest.raises(DipgraphError, match="not a read query"):
            remote.query("DELETE WHERE { ?s ?p ?o }")
        remote.remove_article("ex-4")
        assert {c.type for c in remote.contacts()} == {"phone_call", "meeting"}
        remote.load(c for c in example_contacts() if c.article_id == "ex-4")
        assert len(remote.contacts()) == 6


def test_unreachable_endpoint_says_so():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(DipgraphError, match="cannot reach the SPARQL endpoint"):
        open_store(endpoint=f"http://127.0.0.1:{port}/query").query("ASK {}")


def test_remote_queries_get_the_prefixes_and_the_checks(oxigraph_endpoint, local):
    with open_store(endpoint=oxigraph_endpoint) as remote:
        remote.load(example_contacts())
        query = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a sem:Event ; dg:status dg:occurred } }"
        assert remote.query(query).records() == local.query(query).records()
        with pytest.raises(DipgraphError, match="SERVICE"):
            remote.query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }")
