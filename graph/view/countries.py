"""Country and organisation names for the views, read from the shipped gazetteer tables."""

from __future__ import annotations

from functools import cache

from ..resources import read_tsv

TABLES = (("gazetteer", "countries.tsv"), ("gazetteer", "organizations.tsv"))
CODE_COLUMNS = ("iso3", "code")


@cache
def country_names() -> dict[str, tuple[str, str | None]]:
    """English and Arabic name of every country (ISO 3166-1 alpha-3) and organisation code."""
    names: dict[str, tuple[str, str | None]] = {}
    for table in TABLES:
        for row in read_tsv(*table):
            code = next((row[c] for c in CODE_COLUMNS if row.get(c)), None)
            if code and row.get("name_en"):
                names.setdefault(code, (row["name_en"], row.get("name_ar") or None))
    return names


def country_name(code: str) -> tuple[str, str | None]:
    """``(English, Arabic)`` name of a code; an unknown code is its own name."""
    return country_names().get(code, (code, None))
