"""Loading into a store that holds contacts: the same graph as one load, reading back only what it needs."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from pyoxigraph import RdfFormat, serialize

import graph.store as store_module
from graph.rdf import as_text
from graph.store import ContactStore, open_store
from graph.store.backend import LocalBackend
from graph.store.merge import PARTNER
from graph.store.synthetic import example_contacts, synthetic_contacts

CONTACTS = 600
PEOPLE = 40  # few people, so that each has many partners
PARTS = 3


def stored_quads(path: Path) -> list[bytes]:
    with open_store(path, read_only=True) as store:
        return sorted(serialize(store.backend.store, format=RdfFormat.N_QUADS).splitlines())  # type: ignore[attr-defined]


def test_loading_in_parts_gives_the_graph_of_one_load(tmp_path: Path) -> None:
    contacts = list(synthetic_contacts(CONTACTS, people=PEOPLE))
    with open_store(tmp_path / "whole") as store:
        store.load(contacts)
    size = len(contacts) // PARTS
    with open_store(tmp_path / "parts") as store:
        for start in range(0, len(contacts), size):
            store.load(contacts[start:start + size])
    assert stored_quads(tmp_path / "parts") == stored_quads(tmp_path / "whole")


def test_a_load_reads_back_no_partner_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(tmp_path / "s") as store:
        store.load(synthetic_contacts(CONTACTS, people=PEOPLE))
    read: list[tuple[str, str, str, str]] = []
    statements = LocalBackend.statements

    def recorded(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        found = statements(self, *args, **kwargs)
        read.extend(q for quads in found.values() for q in quads)
        return found

    monkeypatch.setattr(LocalBackend, "statements", recorded)
    more = [replace(c, article_id=f"more-{c.article_id}") for c in synthetic_contacts(100, people=PEOPLE, seed=2)]
    with open_store(tmp_path / "s") as store:
        report = store.load(more)
    assert report.contacts_added == len(more)
    assert read, "the load read the stored contacts and summaries it changes"
    assert not [q for q in read if q[1] == PARTNER]


def test_existing_finds_exactly_the_stored_quads(tmp_path: Path) -> None:
    """A load looks its entity quads up in the store instead of reading stored ones back: the look-up must
    tell a stored quad from one that differs only in a literal's escapes, language or datatype."""
    with open_store(tmp_path / "s") as store:
        store.load(synthetic_contacts(50, people=PEOPLE))
        stored = sorted(as_text(q) for q in store.backend.store)[:500]
        s, p, _, g = stored[0]
        absent = [(s, p, '"a \\"quoted\\" line\\nbreak"@ar', g), (s, p, '"Person P00001"@fr', g),
                  (s, p, '"5"^^<http://www.w3.org/2001/XMLSchema#int>', g), (s, p, "<https://example.org/nowhere>", g)]
        assert store.backend.existing([*absent, *stored]) == set(stored)
        assert store.backend.existing([]) == set()


#: the first 16 hex digits of the SHA-256 of the store's sorted N-Quads after each step of the test below, as
#: the load wrote them before it was made faster: a faster load must store the very same quads (change these
#: only with a deliberate change of the graph, or if Oxigraph writes a term differently)
STEP_DIGESTS = {"fresh": "0cacfdf0c1431e0e", "more": "16ff5d7f7b2c81ee", "removed": "fe5dccc0b23da826",
                "again": "16ff5d7f7b2c81ee"}


def test_the_load_stores_the_quads_it_stored_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "BATCH", CONTACTS // 6)
    digests = {}
    with open_store(tmp_path / "s") as store:
        store.load(synthetic_contacts(CONTACTS, people=PEOPLE))
        digests["fresh"] = _digest(store)
        more = [replace(c, article_id=f"more-{c.article_id}", url=None)
                for c in synthetic_contacts(CONTACTS // 10, people=PEOPLE, seed=2)]
        store.load(more + example_contacts())
        digests["more"] = _digest(store)
        store.remove_article("syn-3")
        digests["removed"] = _digest(store)
        store.load(synthetic_contacts(CONTACTS, people=PEOPLE))
        digests["again"] = _digest(store)
    assert digests == STEP_DIGESTS


def _digest(store: ContactStore) -> str:
    quads = serialize(store.backend.store, format=RdfFormat.N_QUADS)  # type: ignore[attr-defined]
    return hashlib.sha256(b"\n".join(sorted(quads.splitlines()))).hexdigest()[:16]
