"""The country page: the contact network aggregated to the participants' countries."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..analyse import contact_graph
from ..model import Actor, Contact
from .filters import ViewFilters, apply_filters
from .network import check_measure, draw_graph


def by_country(contact: Contact) -> Contact | None:
    """``contact`` with its participants replaced by their countries; None unless two countries take part."""
    codes = list(dict.fromkeys(a.country for a in contact.participants if a.country))
    if len(codes) < 2:
        return None
    initiator = next((a.country for a in contact.participants if a.name == contact.initiator), None)
    return replace(
        contact,
        participants=tuple(Actor(name=c, country=c, kind="country") for c in codes),
        initiator=initiator,
    )


def country_page(
    contacts: Sequence[Contact],
    path: str | Path,
    *,
    title: str | None = None,
    size_by: str = "contacts",
    filters: ViewFilters | None = None,
) -> Path:
    """Write the country network of ``contacts`` (after ``filters``) to ``path``; returns the path.

    Contacts between people of one country, or of unknown countries, are left out; hovering a line
    lists the original contacts.
    """
    check_measure(size_by)
    originals, aggregated = [], []
    for contact in apply_filters(contacts, filters):
        folded = by_country(contact)
        if folded is not None:
            originals.append(contact)
            aggregated.append(folded)
    graph = contact_graph(aggregated)
    people: dict[str, Counter[str]] = {}
    for contact in originals:
        for actor in contact.participants:
            if actor.country:
                people.setdefault(actor.country, Counter())[actor.name] += 1
    info = {
        code: [
            f"{graph.nodes[code]['contacts']} contacts with {graph.degree(code)} countries",
            "people: "
            + ", ".join(name for name, _ in people[code].most_common(10))
            + (f" and {len(people[code]) - 10} more" if len(people[code]) > 10 else ""),
        ]
        for code in graph
    }
    title = title or f"Diplomatic contacts between {len(graph)} countries ({len(originals)} contacts)"
    return draw_graph(graph, originals, path, title=title, kind="countries", size_by=size_by, info=info)
