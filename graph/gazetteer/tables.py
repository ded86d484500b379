"""The gazetteer's records and how they are read from the shipped TSV tables.

The table formats are described in ``data/gazetteer/README.md``. Dates in ``roles.tsv`` may be
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``: a partial start means the first day of that month or year,
a partial end the last day.
"""
from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ..errors import InputError
from ..resources import read_tsv


@dataclass(frozen=True)
class Person:
    """Someone who holds or held an office."""

    id: str
    name: str
    name_ar: str
    aliases_en: tuple[str, ...]
    aliases_ar: tuple[str, ...]
    wikidata: str
    country: str
    gender: str


@dataclass(frozen=True)
class Role:
    """One office held by one person over a date range (``end`` None: still held)."""

    person_id: str
    role: str
    org: str
    title: str
    start: date
    end: date | None
    source: str

    def covers(self, on: date | None) -> bool:
        """Whether the office was held on ``on`` (None: whether it is still held)."""
        if on is None:
            return self.end is None
        return self.start <= on and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Country:
    """A country, with its names, adjectives and capital in English and Arabic."""

    iso3: str
    name_en: str
    name_ar: str
    names_en: tuple[str, ...]
    names_ar: tuple[str, ...]
    adjectives_en: tuple[str, ...]
    adjectives_ar: tuple[str, ...]
    capital_en: str
    capital_ar: str
    wikidata: str


@dataclass(frozen=True)
class Organization:
    """An international organisation (UN, LAS, EU, …)."""

    code: str
    name_en: str
    name_ar: str
    aliases_en: tuple[str, ...]
    aliases_ar: tuple[str, ...]
    adjectives_en: tuple[str, ...]
    adjectives_ar: tuple[str, ...]
    wikidata: str


@dataclass(frozen=True)
class Metonym:
    """A place or building that stands for a government ("the Kremlin" → RUS head_of_state)."""

    surface: str
    lang: str
    org: str
    refers_to: str


@dataclass(frozen=True)
class RoleWord:
    """A word for an office ("وزير الخارجية" → foreign_minister)."""

    surface: str
    lang: str
    role: str


def split_list(cell: str) -> tuple[str, ...]:
    """The items of a ``|``-separated cell."""
    return tuple(item.strip() for item in cell.split("|") if item.strip())


def parse_date(text: str, *, end: bool = False) -> date:
    """An ISO date of day, month or year precision; ``end=True`` takes the last day of the period."""
    parts = [int(p) for p in text.split("-")]
    year = parts[0]
    if len(parts) == 3:
        return date(year, parts[1], parts[2])
    if len(parts) == 2:
        month = parts[1]
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    if len(parts) == 1:
        return date(year, 12, 31) if end else date(year, 1, 1)
    raise ValueError(f"not an ISO date: {text!r}")


#: Reads one gazetteer table by file name ("people.tsv") into header-keyed rows.
TableReader = Callable[[str], list[dict[str, str]]]


def shipped_table(name: str) -> list[dict[str, str]]:
    """A table of the gazetteer shipped with the package."""
    return read_tsv("gazetteer", name)


def read_people(table: TableReader = shipped_table) -> dict[str, Person]:
    """``people.tsv`` keyed by person id."""
    people = {}
    for row in table("people.tsv"):
        person = Person(row["id"], row["name"], row["name_ar"], split_list(row["aliases_en"]),
                        split_list(row["aliases_ar"]), row["wikidata"], row["country"], row["gender"])
        people[person.id] = person
    return people


def read_roles(table: TableReader = shipped_table) -> list[Role]:
    """``roles.tsv`` in table order."""
    roles = []
    for line, row in enumerate(table("roles.tsv"), start=2):
        try:
            start = parse_date(row["start"])
            end = parse_date(row["end"], end=True) if row["end"] else None
        except ValueError as err:
            raise InputError("gazetteer/roles.tsv", f"bad date ({err}); rebuild the table with "
                             "scripts/build_gazetteer.py", line) from err
        roles.append(Role(row["person_id"], row["role"], row["org"], row["title"], start, end, row["source"]))
    return roles


def read_countries(table: TableReader = shipped_table) -> dict[str, Country]:
    """``countries.tsv`` keyed by ISO alpha-3 code."""
    return {
        row["iso3"]: Country(row["iso3"], row["name_en"], row["name_ar"], split_list(row["names_en"]),
                             split_list(row["names_ar"]), split_list(row["adjectives_en"]),
                             split_list(row["adjectives_ar"]), row["capital_en"], row["capital_ar"],
                             row["wikidata"])
        for row in table("countries.tsv")
    }


def read_organizations(table: TableReader = shipped_table) -> dict[str, Organization]:
    """``organizations.tsv`` keyed by organisation code."""
    return {
        row["code"]: Organization(row["code"], row["name_en"], row["name_ar"], split_list(row["aliases_en"]),
                                  split_list(row["aliases_ar"]), split_list(row["adjectives_en"]),
                                  split_list(row["adjectives_ar"]), row["wikidata"])
        for row in table("organizations.tsv")
    }


def read_metonyms(table: TableReader = shipped_table) -> list[Metonym]:
    """``metonyms.tsv`` in table order."""
    return [Metonym(row["surface"], row["lang"], row["org"], row["refers_to"])
            for row in table("metonyms.tsv")]


def read_role_words(table: TableReader = shipped_table) -> list[RoleWord]:
    """``role_words.tsv`` in table order."""
    return [RoleWord(row["surface"], row["lang"], row["role"]) for row in table("role_words.tsv")]


def read_leaders(table: TableReader = shipped_table) -> dict[str, str]:
    """``leaders.tsv``: the office of who leads each listed state's government."""
    return {row["country"]: row["office"] for row in table("leaders.tsv")}
