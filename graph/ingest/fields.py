"""``Record``: what one input gives for one article, and the field mapping shared by JSON and CSV."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .dates import parse_date
from .language import language_code
from .options import IngestOptions

# field names tried in order when no --*-column option names one (news-please's names included)
DEFAULT_FIELDS = {
    "text": ("text", "maintext", "body", "content", "article"),
    "title": ("title", "headline"),
    "published": ("published", "date_publish", "date_published", "date", "pubdate"),
    "url": ("url", "link", "canonical_url"),
    "id": ("id", "article_id", "doc_id"),
    "lang": ("lang", "language"),
}
OPTION_OF = {"text": "text_column", "title": "title_column", "published": "date_column",
             "url": "url_column", "id": "id_column"}


@dataclass(frozen=True)
class Record:
    """One article as its input gives it, before ids, dates and languages are settled."""

    text: str
    source: str  # file, or file:line
    id: str | None = None
    title: str | None = None
    url: str | None = None
    lang: str | None = None
    published: date | None = None
    date_source: str | None = None
    warnings: tuple[str, ...] = ()  # what was left out of the record, e.g. an unreadable date


def field_names(options: IngestOptions) -> dict[str, tuple[str, ...]]:
    """The names to try for each field: the one an option gives, else the defaults."""
    names = dict(DEFAULT_FIELDS)
    for key, option in OPTION_OF.items():
        chosen = getattr(options, option)
        if chosen:
            names[key] = (chosen,)
    return names


def missing_text_field(names: dict[str, tuple[str, ...]], available: list[str]) -> str:
    """The problem to report when no text field is found among ``available``."""
    looked = ", ".join(names["text"])
    return (f"no text field (looked for {looked}; found {', '.join(available) or 'none'}); "
            "name it with --text-column")


def record_from_mapping(data: Mapping[str, Any], names: dict[str, tuple[str, ...]], source: str,
                        read_date: bool = True) -> Record:
    """A Record from a JSON object or CSV row; ValueError naming the problem when it has no usable text.
    An unreadable date is left out with a warning (the date is not read when ``read_date`` is false)."""
    if not isinstance(data, Mapping):
        raise ValueError(f"expected a JSON object, found {type(data).__name__}")
    values = {key: _first(data, candidates) for key, candidates in names.items()}
    if values["text"] is None:
        raise ValueError(missing_text_field(names, [str(key) for key in data]))
    text = values["text"]
    if not isinstance(text, str):
        raise ValueError(f"the text field is a {type(text).__name__}, not a string")
    published, warnings = None, tuple[str, ...]()
    if read_date:
        try:
            published = parse_date(values["published"])
        except ValueError as err:
            warnings = (f"{err}; the article is kept without this publication date",)
    return Record(
        text=text.strip(),
        source=source,
        id=_string(values["id"]),
        title=_string(values["title"]),
        url=_string(values["url"]),
        lang=language_code(values["lang"]),
        published=published,
        date_source="record" if published else None,
        warnings=warnings,
    )


def _first(data: Mapping[str, Any], candidates: tuple[str, ...]) -> Any:
    """The value of the first candidate field present, matched exactly or else ignoring case."""
    for name in candidates:
        if data.get(name) is not None:
            return data[name]
    folded = {str(key).casefold(): value for key, value in data.items()}
    for name in candidates:
        if folded.get(name.casefold()) is not None:
            return folded[name.casefold()]
    return None


def _string(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None
