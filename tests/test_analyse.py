"""Network analysis: the graph built from contacts, the figures, and their table/CSV/JSON forms."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_view import contact

from graph import analyse
from graph.analyse import contact_graph, format_csv, format_json, format_table, network_stats
from graph.errors import DipgraphError
from graph.model import Actor


def person(name: str, country: str) -> Actor:
    return Actor(name, country=country)


A1, A2, A3 = person("Ali", "EGY"), person("Amr", "EGY"), person("Aya", "EGY")
B1, B2, B3 = person("Bob", "USA"), person("Ben", "USA"), person("Bea", "USA")
BRIDGE = person("Zed", "FRA")


def two_groups() -> list:
    """Two tight triangles (Egyptians, Americans) joined only through Zed."""
    contacts = []
    for group, month in (((A1, A2, A3), "2019-01"), ((B1, B2, B3), "2019-02")):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                contacts += [contact(a, b, day=f"{month}-0{d}", type="meeting") for d in (1, 2, 3)]
    contacts += [contact(BRIDGE, A1, day="2019-03-01", initiator="Zed"), contact(BRIDGE, B1, day=None)]
    return contacts


def test_contact_graph_counts_contacts_per_pair_and_person() -> None:
    graph = contact_graph(
        [contact(A1, A2), contact(A2, A1, type="visit"), contact(A1, A2, B1), contact(A1, A1)]
    )
    assert graph.edges["Ali", "Amr"]["weight"] == 3 and graph.edges["Ali", "Amr"]["contacts"] == [0, 1, 2]
    assert graph.edges["Amr", "Bob"]["contacts"] == [2]
    assert graph.nodes["Ali"]["contacts"] == 4 and graph.nodes["Bob"]["contacts"] == 1
    assert graph.number_of_edges() == 3  # the contact of Ali with himself makes no edge


def test_wikidata_id_identifies_a_person_across_spellings() -> None:
    graph = contact_graph(
        [
            contact(Actor("V. Putin", wikidata="Q7747"), A1),
            contact(Actor("Vladimir Putin", wikidata="Q7747"), B1),
        ]
    )
    assert graph.degree("Q7747") == 2


def test_network_stats_on_two_groups_and_a_bridge() -> None:
    stats = network_stats(two_groups(), top=3)
    assert stats["summary"] == {
        "contacts": 20,
        "people": 7,
        "pairs": 8,
        "articles": 1,
        "components": 1,
        "communities": 2,
        "betweenness_sample": None,
    }
    assert stats["betweenness"][0]["name"] == "Zed" and stats["betweenness"][0]["value"] == pytest.approx(0.6)
    assert [p["name"] for p in stats["degree"]] == ["Ali", "Bob", "Amr"]  # degree 3, 3, then 2 (by name)
    members = [set(c["members"]) for c in stats["communities"]]
    assert any({"Ali", "Amr", "Aya"} <= m for m in members) and any(
        {"Bob", "Ben", "Bea"} <= m for m in members
    )
    brokers = {b["name"]: b for b in stats["brokers"]}
    assert set(brokers) in ({"Zed", "Ali"}, {"Zed", "Bob"})  # Zed sits in one group, reaching the other
    assert brokers["Zed"]["bridges"] == 1 and brokers["Zed"]["cross_contacts"] == 1
    assert stats["pairs"][0] == {
        "a": "Ali",
        "b": "Amr",
        "contacts": 3,
        "first": "2019-01-01",
        "last": "2019-01-03",
        "types": {"meeting": 3},
    }
    assert stats["countries"][0] == {"country": "EGY", "contacts": 10, "people": 3, "partners": 1}
    assert stats["types"] == {"meeting": 18, "phone_call": 2}
    assert stats["months"] == {"2019-01": 9, "2019-02": 9, "2019-03": 1} and stats["undated"] == 1
    assert len(stats["degree"]) == 3 and len(stats["pairs"]) == 3


def test_network_stats_is_deterministic_and_json_safe() -> None:
    first = network_stats(two_groups())
    assert json.loads(format_json(first)) == first
    assert network_stats(two_groups()) == first


def test_sampled_betweenness_above_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(analyse, "EXACT_BETWEENNESS_LIMIT", 3)
    monkeypatch.setattr(analyse, "BETWEENNESS_SAMPLE", 4)
    stats = network_stats(two_groups())
    assert stats["summary"]["betweenness_sample"] == 4 and len(stats["betweenness"]) == 7


def test_empty_and_bad_input() -> None:
    stats = network_stats([])
    assert stats["summary"]["people"] == 0 and stats["degree"] == [] and stats["communities"] == []
    with pytest.raises(DipgraphError, match="top must be at least 1"):
        network_stats(two_groups(), top=0)
    with pytest.raises(DipgraphError, match="unknown measure 'pagerank'"):
        analyse.centrality(contact_graph(two_groups()), "pagerank")


def test_csv_and_table_forms() -> None:
    stats = network_stats(two_groups(), top=2)
    rows = list(csv.DictReader(io.StringIO(format_csv(stats))))
    degree = [r for r in rows if r["section"] == "degree"]
    assert [(r["rank"], r["name"], r["value"]) for r in degree] == [("1", "Ali", "3"), ("2", "Bob", "3")]
    assert {
        "summary",
        "betweenness",
        "eigenvector",
        "communities",
        "pairs",
        "countries",
        "types",
        "months",
    } <= {r["section"] for r in rows}
    assert any(r["section"] == "months" and r["name"] == "undated" and r["value"] == "1" for r in rows)
    table = format_table(stats)
    assert "== brokers ==" in table and "Ali / Amr" in table
    assert "betweenness_sample" not in table  # None values are left out
