"""Stable article identities: the given id, else a short hash of the URL, else of the text."""
from __future__ import annotations

from hashlib import blake2b, sha256

ID_PREFIX = "a-"


def article_id(given: object, url: str | None, text: str) -> str:
    """The article's id; the same inputs always give the same id.

    >>> article_id(None, "https://example.org/a", "x") == article_id("", "https://example.org/a", "y")
    True
    """
    if given is not None and str(given).strip():
        return str(given).strip()
    basis = url if url else text
    return ID_PREFIX + sha256(basis.encode("utf-8")).hexdigest()[:16]


def text_digest(text: str) -> bytes:
    """A compact fingerprint of an article's text, to notice exact duplicates."""
    return blake2b(text.encode("utf-8"), digest_size=16).digest()
