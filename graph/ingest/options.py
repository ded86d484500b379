"""The options that steer reading: forced date, language and encoding, and record field names."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class IngestOptions:
    """How to read inputs; every field left at None means "take it from the input or detect it".

    The ``*_column`` names choose the field of a CSV/TSV row or a JSON record that holds that part
    of the article; by default well-known names are tried (``text``, ``maintext``, ``title``, …).
    """

    published: date | None = None
    lang: str | None = None
    encoding: str | None = None
    text_column: str | None = None
    date_column: str | None = None
    id_column: str | None = None
    url_column: str | None = None
    title_column: str | None = None
    stdin_type: str | None = None  # the type of standard input (``jsonl``, ``csv``…); None: told from its content
