"""The workbench: one offline page to explore the contacts (network, countries, timeline).

Filters set when the page is built (from the command line) become the page's starting state, shown
and changeable in the page; with ``restrict`` they also decide which contacts the page holds at all
(a smaller file), and the page says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..analyse import MEASURES, actor_key, centrality
from ..errors import DipgraphError
from ..model import Contact
from .filters import ViewFilters, apply_filters, find_actor
from .page import page_html, write_page
from .payload import GROUPINGS, workbench_payload

VIEWS = ("network", "countries", "timeline")


def _check(view: str, group: str, size_by: str) -> None:
    choices = (("view", view, VIEWS), ("grouping", group, GROUPINGS), ("size measure", size_by, MEASURES))
    for what, value, allowed in choices:
        if value not in allowed:
            raise DipgraphError(f"unknown {what} {value!r} (expected one of {', '.join(allowed)})")


def initial_state(
    contacts: Sequence[Contact],
    filters: ViewFilters | None,
    *,
    view: str,
    group: str,
    other: str | None = None,
) -> dict[str, Any]:
    """The page's starting state (the same keys as its URL hash) for ``filters`` and a view."""
    state: dict[str, Any] = {"view": view, "group": group}
    if filters is not None:
        state.update(
            {"from": filters.date_from, "to": filters.date_to, "types": list(filters.types),
             "status": list(filters.statuses), "countries": list(filters.countries), "min": filters.min_contacts}
        )
        if filters.person:
            key = actor_key(find_actor(contacts, filters.person))
            state.update({"ego": key, "depth": filters.depth, "p": key} if view != "timeline" else {"p": key})
    if other:
        if not state.get("p"):
            raise DipgraphError("a pair needs a first person as well as the other one")
        state["p2"] = actor_key(find_actor(contacts, other))
    return {key: value for key, value in state.items() if value not in (None, [], "")}


def workbench_html(
    contacts: Sequence[Contact],
    *,
    title: str | None = None,
    view: str = "network",
    group: str = "community",
    filters: ViewFilters | None = None,
    other: str | None = None,
    restrict: bool = False,
    size_by: str = "contacts",
    held: Sequence[str] = (),
) -> str:
    """The workbench page over ``contacts`` as HTML text (see ``workbench_page``)."""
    _check(view, group, size_by)
    built = list(held)
    if restrict and filters is not None:
        built += filters.describe()
        contacts = apply_filters(contacts, filters)
        filters = None
    state = initial_state(contacts, filters, view=view, group=group, other=other)
    scores = None if size_by == "contacts" else (lambda graph: centrality(graph, size_by))
    payload = workbench_payload(contacts, scores=scores)
    people = len(payload["people"]["key"])
    payload.update(state=state, built=built, sizeBy=size_by.replace("_", " "))
    title = title or f"Diplomatic contacts: {people:,} people, {len(contacts):,} contacts"
    return page_html(title=title, payload=payload)


def workbench_page(contacts: Sequence[Contact], path: str | Path, **options: Any) -> Path:
    """Write the workbench over ``contacts`` to ``path``; returns the path.

    Options: ``title``; ``view`` to open (network, countries or timeline); ``group`` (community or
    country); ``filters`` (a ``ViewFilters``: the page's starting filters, its ego network or, for the
    timeline, its person); ``other`` (the timeline of that person's contacts with this one);
    ``restrict`` (keep only what the filters keep in the file); ``size_by`` (contacts, or a fixed
    measure: degree, betweenness, eigenvector); ``held`` (what ``contacts`` were chosen from the store, in
    words, e.g. "the latest 20,000 of 90,000 contacts": the page says it was built from them).
    """
    return write_page(path, workbench_html(contacts, **options))
