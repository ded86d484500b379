"""The timeline page: one person's (or one pair's) contacts over time, one mark per contact."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..analyse import actor_key, contact_day
from ..errors import DipgraphError
from ..model import Contact
from .filters import find_actor
from .page import render_page
from .payload import contact_record
from .style import TYPE_COLORS

SEVERAL = "several people at once"


def _row(contact: Contact, key: str, pair: bool) -> str:
    """A person's timeline has a row per counterpart (group contacts share one); a pair's, per type."""
    if pair:
        return contact.type.replace("_", " ")
    others = {actor_key(a): a.name for a in contact.participants if actor_key(a) != key}
    return next(iter(others.values())) if len(others) == 1 else SEVERAL


def timeline_payload(contacts: Sequence[Contact], *, person: str, other: str | None = None) -> dict[str, Any]:
    """Rows, marks and contact records of ``person``'s contacts (with ``other`` only, when given)."""
    first = find_actor(contacts, person)
    second = find_actor(contacts, other) if other else None
    wanted = {actor_key(first)} | ({actor_key(second)} if second else set())
    chosen = [c for c in contacts if wanted <= {actor_key(a) for a in c.participants}]
    if second and not chosen:
        raise DipgraphError(f"{first.name} and {second.name} have no contact in common")
    chosen.sort(key=lambda c: contact_day(c) or "")
    rows = Counter(_row(c, actor_key(first), second is not None) for c in chosen)
    order = sorted(rows, key=lambda r: (r == SEVERAL, -rows[r], r))
    marks = [
        {
            "contact": i,
            "row": order.index(_row(c, actor_key(first), second is not None)),
            "date": contact_day(c),
        }
        for i, c in enumerate(chosen)
        if contact_day(c)
    ]
    return {
        "person": first.name,
        "other": second.name if second else None,
        "rows": order,
        "marks": marks,
        "undated": [i for i, c in enumerate(chosen) if not contact_day(c)],
        "contacts": {str(i): contact_record(c) for i, c in enumerate(chosen)},
        "typeColors": TYPE_COLORS,
        "legend": {"countries": [], "types": [[t.replace("_", " "), c] for t, c in TYPE_COLORS.items()]},
    }


def timeline_page(
    contacts: Sequence[Contact],
    path: str | Path,
    *,
    person: str,
    other: str | None = None,
    title: str | None = None,
) -> Path:
    """Write the timeline of ``person``'s contacts (with ``other`` only, when given) to ``path``."""
    payload = timeline_payload(contacts, person=person, other=other)
    who = payload["person"] + (f" and {payload['other']}" if payload["other"] else "")
    title = title or f"Contacts of {who} over time ({len(payload['contacts'])})"
    return render_page(
        path, title=title, kind="timeline", payload=payload, script="timeline.js", vis=False, search=False
    )
