"""Who held which office when: the :class:`Gazetteer` and its loader."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cache

from .tables import (
    Country,
    Metonym,
    Organization,
    Person,
    Role,
    RoleWord,
    TableReader,
    read_countries,
    read_metonyms,
    read_organizations,
    read_people,
    read_leaders,
    read_role_words,
    read_roles,
    shipped_table,
)

#: Role codes from the most to the least senior, for choosing a person's title.
SENIORITY = (
    "head_of_state", "supreme_leader", "head_of_government", "secretary_general", "org_head",
    "high_representative", "crown_prince", "vice_president", "deputy_head_of_government",
    "foreign_minister", "defence_minister", "envoy",
)
_RANK = {role: rank for rank, role in enumerate(SENIORITY)}


class Gazetteer:
    """People, their offices over time, countries, organisations and the words that name them."""

    def __init__(self, people: dict[str, Person], roles: Iterable[Role], countries: dict[str, Country],
                 organizations: dict[str, Organization], metonyms: Iterable[Metonym],
                 role_words: Iterable[RoleWord], leaders: dict[str, str] | None = None):
        self.people = people
        self.roles = list(roles)
        self.countries = countries
        self.organizations = organizations
        self.metonyms = list(metonyms)
        self.role_words = list(role_words)
        self.leaders = dict(leaders or {})  # country: the office of who leads its government, when not its head
        by_office: defaultdict[tuple[str, str], list[Role]] = defaultdict(list)
        by_person: defaultdict[str, list[Role]] = defaultdict(list)
        for role in self.roles:
            by_office[role.role, role.org].append(role)
            by_person[role.person_id].append(role)
        self._by_office = dict(by_office)
        self._by_person = dict(by_person)
        held_by_states = {role for role, org in by_office if org in countries}
        #: offices only organisations hold ("secretary_general"): no state is theirs
        self.organisation_offices = frozenset(role for role, _ in by_office) - held_by_states

    def holders(self, role: str, org: str, on: date | None) -> list[Person]:
        """Everyone holding office ``role`` of ``org`` on ``on`` (several for offices held side by side: deputy
        prime ministers), latest start first."""
        rows = sorted((r for r in self._by_office.get((role, org), ()) if r.covers(on)), key=lambda r: r.start,
                      reverse=True)
        return [self.people[r.person_id] for r in rows if r.person_id in self.people]

    def holder(self, role: str, org: str, on: date | None) -> Person | None:
        """The person holding office ``role`` of ``org`` on ``on`` (None: today's, an open-ended row).

        When several rows cover the date, the one that started last wins.
        """
        return next(iter(self.holders(role, org, on)), None)

    def roles_of(self, person_id: str, on: date | None = None) -> list[Role]:
        """The offices of a person, all of them or those held on ``on``, earliest first."""
        rows = self._by_person.get(person_id, [])
        if on is not None:
            rows = [r for r in rows if r.covers(on)]
        return sorted(rows, key=lambda r: (r.start, r.role, r.org))

    def title_of(self, person_id: str, on: date | None) -> str | None:
        """The title of the most senior office held on ``on`` (None: now); else of the latest office."""
        office = self._main_office(person_id, on)
        return office.title if office is not None else None

    def side_of(self, person_id: str, on: date | None) -> str | None:
        """The side a person speaks for on ``on``: the organisation whose office they hold then (the UN for its
        Secretary-General), else their country."""
        office = self._main_office(person_id, on) if on is not None else None
        if office is not None and office.covers(on) and office.org in self.organizations:
            return office.org
        return self.people[person_id].country or None

    def _main_office(self, person_id: str, on: date | None) -> Role | None:
        """The most senior office held on ``on`` (None: now); else the latest one begun by then."""
        rows = self._by_person.get(person_id, [])
        held = [r for r in rows if r.covers(on)]
        if held:
            return min(held, key=lambda r: (_RANK.get(r.role, len(_RANK)), -r.start.toordinal()))
        earlier = [r for r in rows if on is None or r.start <= on] or rows
        return max(earlier, key=lambda r: r.start) if earlier else None

    def leader_office(self, country: str) -> str:
        """The office of the one who leads a state ("the Japanese leader"): its head of government in a
        parliamentary state (``leaders.tsv``), else its head of state."""
        return self.leaders.get(country, "head_of_state")

    def seat_office(self, country: str) -> str:
        """The office of who sits for a state among the leaders of several ("a summit of Turkey, Russia and Iran",
        "the leaders of X and Y"): a parliamentary state's head of government, else its head of state (Iran's
        president, not its supreme leader)."""
        return "head_of_government" if self.leader_office(country) == "head_of_government" else "head_of_state"

    def country_name(self, code: str) -> str:
        """The English name of a country (ISO alpha-3) or organisation code; KeyError if unknown."""
        if code in self.countries:
            return self.countries[code].name_en
        if code in self.organizations:
            return self.organizations[code].name_en
        raise KeyError(f"no country or organisation with code {code!r} in the gazetteer")


def read_gazetteer(table: TableReader = shipped_table) -> Gazetteer:
    """A gazetteer from the seven tables that ``table`` reads by file name."""
    return Gazetteer(read_people(table), read_roles(table), read_countries(table), read_organizations(table),
                     read_metonyms(table), read_role_words(table), read_leaders(table))


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer of the tables shipped with the package (loaded once per process)."""
    return read_gazetteer()
