"""Reader of saved web pages: main text and title with trafilatura, publication date with htmldate.

Nothing is fetched: both libraries are given the parsed page, never a URL. The date comes from the
page's own metadata and markup (``original_date``; no extensive text search; a date in the page's
canonical URL only as a fallback); the URL is the canonical link (or ``og:url``) when there is one.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from .decode import open_text
from .fields import Record
from .options import IngestOptions
from .report import BadRecord
from .source import InputFile

if TYPE_CHECKING:
    from trafilatura.settings import Document

DATE_PARAMS = {"original_date": True, "extensive_search": False, "deferred_url_extractor": True}


def read_html(source: InputFile, options: IngestOptions) -> Iterator[Record]:
    """The page's one article."""
    with open_text(source, options.encoding) as stream:
        document = _extract(stream.read())
    text = (document.text or "").strip() if document else ""
    if document is None or not text:
        raise BadRecord(source.name, "no article text found in this HTML page")
    published = date.fromisoformat(document.date) if document.date and options.published is None else None
    yield Record(
        text=text,
        source=source.name,
        title=document.title or None,
        url=document.url or None,
        published=published,
        date_source="html" if published else None,
    )


def _extract(page: str) -> Document | None:
    """Main text and metadata of the page, or None when it holds none."""
    from trafilatura import bare_extraction  # imported on the first page: it takes a while to load
    from trafilatura.settings import Document
    from trafilatura.utils import load_html

    tree = load_html(page)
    if tree is None:
        return None
    document = bare_extraction(tree, with_metadata=True, include_comments=False,
                               date_extraction_params=DATE_PARAMS)
    return document if isinstance(document, Document) else None
