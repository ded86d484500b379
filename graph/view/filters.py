"""Which contacts a view shows: date range, types, countries, status, minimum contacts, ego network."""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations

import networkx as nx

from ..analyse import actor_key, contact_day
from ..errors import DipgraphError
from ..model import CONTACT_TYPES, STATUSES, Actor, Contact


@dataclass(frozen=True)
class ViewFilters:
    """What to keep; every field left at its default keeps everything.

    ``date_from``/``date_to`` are inclusive ISO dates compared with a contact's date, or its
    article's publication date when it has none (contacts with neither are dropped by a range).
    ``countries`` keeps contacts with at least one participant from one of them. ``min_contacts``
    keeps people with at least that many contacts (after the other filters). ``person`` keeps that
    person's ego network: the people within ``depth`` steps and the contacts among them.
    """

    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    min_contacts: int = 1
    person: str | None = None
    depth: int = 1

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError as err:
                    raise DipgraphError(
                        f"{name.replace('_', ' ')} {value!r} is not a date (YYYY-MM-DD)"
                    ) from err
        _check_choices("type", self.types, CONTACT_TYPES)
        _check_choices("status", self.statuses, STATUSES)
        if self.depth not in (1, 2):
            raise DipgraphError(f"depth must be 1 or 2, not {self.depth}")
        if self.min_contacts < 1:
            raise DipgraphError(f"minimum contacts must be at least 1, not {self.min_contacts}")


    def describe(self) -> list[str]:
        """The filters that are set, in words (what a page says it was built from)."""
        parts = []
        if self.date_from:
            parts.append(f"from {self.date_from}")
        if self.date_to:
            parts.append(f"to {self.date_to}")
        for label, values in (("types", self.types), ("statuses", self.statuses), ("countries", self.countries)):
            if values:
                parts.append(f"{label}: {', '.join(v.replace('_', ' ') for v in values)}")
        if self.min_contacts > 1:
            parts.append(f"people with at least {self.min_contacts} contacts")
        if self.person:
            parts.append(f"ego network of {self.person} (depth {self.depth})")
        return parts


def _check_choices(what: str, given: tuple[str, ...], allowed: tuple[str, ...]) -> None:
    for value in given:
        if value not in allowed:
            raise DipgraphError(f"unknown {what} {value!r} (expected one of {', '.join(allowed)})")


def find_actor(contacts: Sequence[Contact], query: str) -> Actor:
    """The actor named ``query`` (English or Arabic name, or Wikidata id; case ignored)."""
    wanted = query.strip().casefold()
    names: dict[str, Actor] = {}
    for contact in contacts:
        for actor in contact.participants:
            for label in (actor.name, actor.name_ar, actor.wikidata):
                if label:
                    names.setdefault(label.casefold(), actor)
    if wanted in names:
        return names[wanted]
    partial = {actor_key(a): a for label, a in names.items() if wanted and wanted in label}
    if len(partial) == 1:
        return next(iter(partial.values()))
    close = sorted({a.name for a in partial.values()}) or difflib.get_close_matches(
        query, sorted({a.name for a in names.values()}), n=5, cutoff=0.6
    )
    hint = f"; did you mean {', '.join(close[:5])}?" if close else ""
    raise DipgraphError(f"no person named {query!r} among the contacts{hint}")


def _keep(contact: Contact, filters: ViewFilters) -> bool:
    if filters.types and contact.type not in filters.types:
        return False
    if filters.statuses and contact.status not in filters.statuses:
        return False
    if filters.countries and not any(a.country in filters.countries for a in contact.participants):
        return False
    if filters.date_from or filters.date_to:
        day = contact_day(contact)
        if (
            day is None
            or (filters.date_from and day < filters.date_from)
            or (filters.date_to and day > filters.date_to)
        ):
            return False
    return True


def _restrict(contacts: Sequence[Contact], keys: set[str]) -> list[Contact]:
    """Contacts with at least two participants in ``keys``, trimmed to those participants."""
    kept = []
    for contact in contacts:
        inside = tuple(a for a in contact.participants if actor_key(a) in keys)
        if len({actor_key(a) for a in inside}) >= 2:
            kept.append(
                contact if len(inside) == len(contact.participants) else replace(contact, participants=inside)
            )
    return kept


def _ego_keys(contacts: Sequence[Contact], centre: str, depth: int) -> set[str]:
    graph = nx.Graph()
    graph.add_node(centre)
    for contact in contacts:
        graph.add_edges_from(combinations({actor_key(a) for a in contact.participants}, 2))
    return set(nx.single_source_shortest_path_length(graph, centre, cutoff=depth))


def apply_filters(contacts: Sequence[Contact], filters: ViewFilters | None) -> list[Contact]:
    """The contacts that ``filters`` keep (all of them when ``filters`` is None)."""
    if filters is None:
        return list(contacts)
    kept = [c for c in contacts if _keep(c, filters)]
    if filters.person:
        centre = actor_key(find_actor(contacts, filters.person))
        kept = _restrict(kept, _ego_keys(kept, centre, filters.depth))
    if filters.min_contacts > 1:
        counts = Counter(k for c in kept for k in {actor_key(a) for a in c.participants})
        kept = _restrict(kept, {k for k, n in counts.items() if n >= filters.min_contacts})
    return kept
