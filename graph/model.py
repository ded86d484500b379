"""The records that flow through the pipeline, and their JSON form (the facts format).

A fact line (one contact) is what ``Contact.to_json`` returns; it is the format documented in the
README and read back by ``Contact.from_json``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from .errors import DipgraphError

CONTACT_TYPES = ("phone_call", "meeting", "visit", "message")
STATUSES = ("occurred", "planned", "background")


@dataclass(frozen=True)
class Article:
    """One news article as read from a file or record."""

    id: str
    text: str
    lang: str | None = None
    published: date | None = None
    url: str | None = None
    title: str | None = None
    date_source: str | None = None  # where `published` came from: cli, record, html, filename, url
    source: str | None = None  # file (and line) the article was read from

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)


@dataclass(frozen=True)
class Actor:
    """A participant: a person the gazetteer knows, or one named by the text, or a country side."""

    name: str
    name_ar: str | None = None
    wikidata: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3, or an organisation code (UN, LAS, EU…)
    role: str | None = None  # "President of Russia"
    kind: str = "person"  # person | country | organization

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        for key in ("name_ar", "wikidata", "country", "role"):
            value = getattr(self, key)
            if value:
                out[key] = value
        if self.kind != "person":
            out["kind"] = self.kind
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any] | str) -> Actor:
        if isinstance(data, str):
            return cls(name=data)
        if not data.get("name"):
            raise DipgraphError("participant without a name")
        return cls(
            name=str(data["name"]),
            name_ar=data.get("name_ar") or None,
            wikidata=data.get("wikidata") or None,
            country=data.get("country") or None,
            role=data.get("role") or None,
            kind=data.get("kind") or "person",
        )


@dataclass(frozen=True)
class Evidence:
    """The sentence stating a contact, with offsets into the original article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Contact:
    """One diplomatic contact found in one article."""

    article_id: str
    type: str
    participants: tuple[Actor, ...]
    evidence: Evidence
    initiator: str | None = None
    date: str | None = None  # ISO date, only when the text fixes the day
    date_text: str | None = None  # the words that gave the date, as written
    status: str = "occurred"
    topics: tuple[str, ...] = ()
    confidence: float = 0.5
    lang: str | None = None
    published: str | None = None
    date_source: str | None = None
    url: str | None = None
    title: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "article_id": self.article_id,
            "type": self.type,
            "participants": [p.to_json() for p in self.participants],
            "initiator": self.initiator,
            "date": self.date,
            "date_text": self.date_text,
            "status": self.status,
            "topics": list(self.topics),
            "evidence": {"text": self.evidence.text, "start": self.evidence.start, "end": self.evidence.end},
            "confidence": round(self.confidence, 3),
        }
        for key in ("lang", "published", "date_source", "url", "title"):
            value = getattr(self, key)
            if value:
                out[key] = value
        out.update(self.extra)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Contact:
        """Read one fact line; raises DipgraphError naming the first problem."""
        try:
            ctype = data["type"]
            if ctype not in CONTACT_TYPES:
                raise DipgraphError(f"unknown contact type {ctype!r} (expected one of {', '.join(CONTACT_TYPES)})")
            status = data.get("status") or "occurred"
            if status not in STATUSES:
                raise DipgraphError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})")
            people = tuple(Actor.from_json(p) for p in data["participants"])
            if len(people) < 2:
                raise DipgraphError("a contact needs at least two participants")
            ev = data.get("evidence") or {}
            if isinstance(ev, str):
                ev = {"text": ev, "start": -1, "end": -1}
            if data.get("date"):
                date.fromisoformat(str(data["date"])[:10])
            known = set(cls.__dataclass_fields__) | {"evidence", "participants"}
            return cls(
                article_id=str(data["article_id"]),
                type=ctype,
                participants=people,
                evidence=Evidence(str(ev.get("text", "")), int(ev.get("start", -1)), int(ev.get("end", -1))),
                initiator=data.get("initiator") or None,
                date=str(data["date"])[:10] if data.get("date") else None,
                date_text=data.get("date_text") or None,
                status=status,
                topics=tuple(str(t) for t in data.get("topics") or ()),
                confidence=float(data.get("confidence", 0.5)),
                lang=data.get("lang"),
                published=data.get("published"),
                date_source=data.get("date_source"),
                url=data.get("url"),
                title=data.get("title"),
                extra={k: v for k, v in data.items() if k not in known},
            )
        except KeyError as err:
            raise DipgraphError(f"missing field {err.args[0]!r}") from err
        except (TypeError, ValueError) as err:
            raise DipgraphError(f"bad value: {err}") from err
