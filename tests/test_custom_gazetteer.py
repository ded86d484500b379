"""`extract(article, gazetteer=...)` finds the people of the gazetteer it is given, and only those."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from graph.extract import extract, extract_all
from graph.gazetteer import Gazetteer, Person, load_gazetteer
from graph.model import Article
from graph.resources import data_file

RECORD = json.loads(data_file("samples", "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
SEED = Article(id="seed", text=RECORD["text"], lang="ar", published=date(2017, 11, 21))


def _with_people(people: dict[str, Person]) -> Gazetteer:
    shipped = load_gazetteer()
    return Gazetteer(people, shipped.roles, shipped.countries, shipped.organizations, shipped.metonyms,
                     shipped.role_words)


def _wikidata(contacts: list) -> set[str]:
    return {p.wikidata for c in contacts for p in c.participants if p.wikidata}


def test_a_gazetteer_without_a_person_does_not_find_them_and_does_not_crash() -> None:
    shipped = load_gazetteer()
    putin = next(pid for pid, p in shipped.people.items() if p.wikidata == "Q7747")
    assert "Q7747" in _wikidata(extract(SEED))
    without = _with_people({pid: p for pid, p in shipped.people.items() if pid != putin})
    contacts = extract(SEED, without)
    assert contacts and "Q7747" not in _wikidata(contacts)


def test_a_gazetteer_with_a_new_name_finds_it() -> None:
    shipped = load_gazetteer()
    putin = next(p for p in shipped.people.values() if p.wikidata == "Q7747")
    renamed = replace(putin, name="Vladimir Testname", name_ar="فلاديمير تستنيم", aliases_en=("Testname",),
                      aliases_ar=("تستنيم",))
    gaz = _with_people({**shipped.people, putin.id: renamed})
    article = replace(SEED, text=SEED.text.replace("بوتين", "تستنيم"))
    names = {p.name for c in extract_all([article], gaz) for p in c.participants}
    assert "Vladimir Testname" in names and "Vladimir Putin" not in names
