"""The plain data the workbench page reads: people, contacts with their provenance, and two layouts.

The data is columnar and interned, so a page of 100,000 contacts stays a few megabytes of JSON:
people are numbered, every repeated string (role, date wording, topic, evidence sentence, initiator
name) is stored once in ``strings``, articles once in ``articles``. Days are whole days since
1970-01-01. Text is not escaped here: the page writes it into the document as text (see ``page.py``).

A contact row is ``[day, approx, type, status, people, roles, initiator, initiator_name, date_text,
confidence, published, topics, sources]``: ``approx`` is 1 when the day is the article's publication
date (the text gave none); ``people`` are person numbers; ``roles`` string numbers (-1: none), one per
person; ``initiator`` a person number or -1; ``initiator_name`` a string number when the initiator is
named but is not one of the participants (else -1); ``confidence`` in percent; ``sources`` a list of
``[article, evidence string, rtl]``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any
from urllib.parse import unquote, urlsplit

import networkx as nx
import numpy as np

from ..analyse import actor_key, communities, contact_day, contact_graph, initiator_key, sources
from ..model import CONTACT_TYPES, STATUSES, Contact
from .countries import country_name
from .layout import Layout, grouped_layout
from .page import safe_url, text_dir
from .style import country_color, type_styles

EPOCH = date(1970, 1, 1).toordinal()
GROUPINGS = ("community", "country")
KINDS = ("person", "country", "organization")


def day_number(iso: str | None) -> int | None:
    """Whole days since 1970-01-01 of an ISO date (time part ignored), or None."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal() - EPOCH
    except ValueError:
        return None


def domain(url: str | None) -> str | None:
    """The readable host of a URL (``www.`` dropped), or None."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


class Interned:
    """Numbers for repeated values, in order of first use."""

    def __init__(self) -> None:
        self.numbers: dict[Any, int] = {}
        self.values: list[Any] = []

    def __call__(self, value: Any) -> int:
        number = self.numbers.get(value)
        if number is None:
            number = self.numbers[value] = len(self.values)
            self.values.append(value)
        return number

    def optional(self, value: Any) -> int:
        """``value``'s number, or -1 for None and empty values."""
        return self(value) if value else -1


def _layout_payload(layout: Layout) -> dict[str, list[float]]:
    return {"xy": layout.xy.ravel().tolist(), "discs": layout.discs.ravel().tolist()}


def _layouts(graph: nx.Graph, numbers: dict[str, int], groupings: dict[str, np.ndarray], seed: int) -> dict:
    edges = np.array([(numbers[u], numbers[v]) for u, v in graph.edges()], dtype=int).reshape(-1, 2)
    importance = np.array([graph.nodes[n]["contacts"] for n in graph], dtype=float)
    return {
        name: _layout_payload(grouped_layout(edges, groups, importance, seed=seed))
        for name, groups in groupings.items()
    }


def _article_row(contact_of: Contact, source: dict[str, Any]) -> tuple[Any, ...]:
    url = safe_url(source.get("url"))
    title = source.get("title") or None
    own = source.get("article_id") == contact_of.article_id
    return (
        str(source.get("article_id") or ""),
        title,
        url,
        domain(url),
        unquote(url) if url else None,
        day_number(contact_of.published) if own else None,
    )


def workbench_payload(
    contacts: Sequence[Contact],
    *,
    scores: Callable[[nx.Graph], dict[str, float]] | None = None,
    seed: int = 0,
) -> dict[str, Any]:
    """Everything the page shows, for ``contacts``; ``scores`` (optional) gives fixed node sizes."""
    graph = contact_graph(contacts)
    keys = list(graph)
    numbers = {key: number for number, key in enumerate(keys)}
    groups = communities(graph, seed)
    community = np.zeros(len(keys), dtype=int)
    for number, members in enumerate(groups):
        community[[numbers[m] for m in members]] = number
    codes = sorted({graph.nodes[k]["country"] for k in keys if graph.nodes[k]["country"]})
    has_unknown = any(not graph.nodes[k]["country"] for k in keys)
    country_of = {code: number for number, code in enumerate(codes)}
    country = np.array([country_of.get(graph.nodes[k]["country"], len(codes)) for k in keys], dtype=int)
    strings, articles = Interned(), Interned()
    rows = []
    for contact in contacts:
        people, roles = [], []
        for actor in contact.participants:
            number = numbers[actor_key(actor)]
            if number not in people:
                people.append(number)
                roles.append(strings.optional(actor.role))
        initiator = initiator_key(contact)
        rows.append(
            [
                day_number(contact_day(contact)),
                int(not contact.date and bool(contact.published)),
                CONTACT_TYPES.index(contact.type),
                STATUSES.index(contact.status),
                people,
                roles,
                numbers[initiator] if initiator is not None else -1,
                strings.optional(contact.initiator) if initiator is None else -1,
                strings.optional(contact.date_text),
                round(100 * contact.confidence),
                day_number(contact.published),
                [strings(topic) for topic in contact.topics],
                [
                    [
                        articles(_article_row(contact, source)),
                        strings.optional((source.get("evidence") or {}).get("text")),
                        int(text_dir((source.get("evidence") or {}).get("text") or "", contact.lang) == "rtl"),
                    ]
                    for source in sources(contact)
                ],
            ]
        )
    node = graph.nodes
    payload: dict[str, Any] = {
        "people": {
            "key": keys,
            "name": [node[k]["name"] for k in keys],
            "alt": [node[k]["name_ar"] for k in keys],
            "country": country.tolist(),
            "kind": [KINDS.index(node[k]["kind"]) if node[k]["kind"] in KINDS else 0 for k in keys],
            "community": community.tolist(),
        },
        "countries": [
            {"code": code, "name": country_name(code)[0], "alt": country_name(code)[1], "color": country_color(code)}
            for code in codes
        ]
        + ([{"code": "", "name": "unknown country", "alt": None, "color": country_color(None)}] if has_unknown else []),
        "communities": len(groups),
        "layouts": _layouts(graph, numbers, {"community": community, "country": country}, seed),
        "contacts": rows,
        "strings": strings.values,
        "articles": [list(row) for row in articles.values],
        "types": type_styles(),
        "statuses": list(STATUSES),
    }
    if scores is not None:
        values = scores(graph)
        payload["people"]["score"] = [round(values[k], 6) for k in keys]
    return payload
