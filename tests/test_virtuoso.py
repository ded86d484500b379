"""The graph on a second real engine: Virtuoso open source, started by the tests on a database of its own.

Every saved query gives the same rows there as on the embedded store on the same facts, and so do
ad-hoc queries, the contacts read back and an article's removal.
"""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from graph.store import ContactStore, open_store
from graph.store.synthetic import example_contacts, synthetic_contacts
from graph.store.virtuoso import VirtuosoServer

SYNTHETIC = 1500  # contacts: enough for every query to have rows, loaded in a few seconds
# the columns made with GROUP_CONCAT and their separators: SPARQL leaves the order of the parts to the engine
CONCATENATED = {"with": "; ", "through": "; ", "types": " "}
EXAMPLE_CASES = [
    ("contacts_of_person", {"person": "بوتين", "type": "phone_call"}),
    ("contacts_of_person", {"person": "Putin", "from": "2017-11-22"}),
    ("contacts_of_person", {"person": "Putin", "to": "2017-12-31"}),
    ("contacts_of_person", {"person": "Putin"}),
    ("top_pairs", {}), ("top_initiators", {}),
    ("country_pair_months", {"a": "RUS", "b": "ISR"}),
    ("country_pair_months", {"a": "ISR", "b": "RUS"}),
    ("pair_topics", {"a": "Putin", "b": "Netanyahu"}),
    ("pair_contacts", {"a": "Putin", "b": "Netanyahu"}),
    ("pair_first_last", {"a": "Erdoğan", "b": "Putin"}),
    ("one_intermediary", {"person": "Sisi"}),
]
SYNTHETIC_CASES = [
    ("contacts_of_person", {"person": "Person P00004", "from": "2016-01-01", "to": "2018-06-30"}),
    ("contacts_of_person", {"person": "Person P00001", "type": "meeting"}),
    ("contacts_of_person", {"person": "Person P00002", "to": "2016-12-31"}),
    ("top_pairs", {}), ("top_initiators", {}),
    ("country_pair_months", {"a": "CAA", "b": "CAB"}),
    ("pair_topics", {"a": "Person P00000", "b": "Person P00001"}),
    ("pair_contacts", {"a": "Person P00000", "b": "Person P00001"}),
    ("pair_first_last", {"a": "Person P00001", "b": "Person P00000"}),
    ("one_intermediary", {"person": "Person P00030"}),
]


def comparable(records: list[dict[str, str | None]]) -> list[dict[str, str | None]]:
    """Rows with the parts of each concatenated column sorted."""
    return [{k: CONCATENATED[k].join(sorted(v.split(CONCATENATED[k]))) if k in CONCATENATED and v else v
             for k, v in row.items()} for row in records]


@pytest.fixture(scope="module")
def stores(virtuoso: VirtuosoServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ContactStore, ContactStore]]:
    """The example contacts in the embedded store and on Virtuoso."""
    with open_store(tmp_path_factory.mktemp("local") / "s") as local, open_store(endpoint=virtuoso.endpoint) as remote:
        local.load(example_contacts())
        report = remote.load(example_contacts())
        assert (report.contacts_added, report.merged) == (8, 2)
        yield local, remote


@pytest.mark.parametrize(("name", "params"), EXAMPLE_CASES)
def test_saved_queries_give_the_same_rows_on_virtuoso(stores, name, params):
    local, remote = stores
    expected = local.run_saved(name, params).records()
    assert expected, "a case without rows proves little"
    assert comparable(remote.run_saved(name, params).records()) == comparable(expected)


def test_saved_queries_on_many_contacts(tmp_path):
    """On synthetic contacts (merged reports, buckets of many years, partners of partners)."""
    from conftest import start_virtuoso

    server = start_virtuoso(tmp_path / "virtuoso")
    try:
        with open_store(tmp_path / "local") as local, open_store(endpoint=server.endpoint) as remote:
            local.load(synthetic_contacts(SYNTHETIC, people=200))
            remote.load(synthetic_contacts(SYNTHETIC, people=200))
            for name, params in SYNTHETIC_CASES:
                expected = local.run_saved(name, params).records()
                assert expected, (name, params)
                assert comparable(remote.run_saved(name, params).records()) == comparable(expected), (name, params)
            assert [c.to_json() for c in remote.contacts()] == [c.to_json() for c in local.contacts()]
            assert [c.to_json() for c in remote.contacts(latest=100)] == \
                [c.to_json() for c in local.contacts(latest=100)]
            assert remote.tally() == local.tally()
    finally:
        server.stop()


def test_load_again_adds_nothing_and_an_article_is_removed_alike(stores):
    local, remote = stores
    assert remote.load(example_contacts()).quads_added == 0
    query = "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?c a sem:Event ; dg:status dg:occurred } }"
    assert remote.query(query).records() == local.query(query).records()
    assert [c.to_json() for c in remote.contacts()] == [c.to_json() for c in local.contacts()]
