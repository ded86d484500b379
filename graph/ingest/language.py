"""The language of an article: as the record says, else told from its script and function words.

Arabic script → ``ar``. Latin script → ``en``, unless the common function words of another Latin-script
language clearly outnumber English ones, in which case that language's code is returned (so that
the article is counted and skipped). The word lists (``data/language/function_words.tsv``) are
deliberately tiny: this is a cheap check.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from ..resources import read_tsv
from ..text import script_of

SUPPORTED = ("ar", "en")
WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 5000
CLEAR_SHARE = 0.15  # another language wins only when this share of the words are its function words


@cache
def function_words() -> dict[str, frozenset[str]]:
    """The function words of each language, English first (``data/language/function_words.tsv``)."""
    words: defaultdict[str, set[str]] = defaultdict(set)
    for row in read_tsv("language", "function_words.tsv"):
        words[row["lang"]].add(row["word"])
    return {lang: frozenset(found) for lang, found in words.items()}


def language_code(value: object) -> str | None:
    """A record's language field as a lower-case primary code: ``"ar-SA"`` → ``"ar"``."""
    if value is None:
        return None
    code = re.split(r"[-_]", str(value).strip().lower())[0]
    return code or None


def detect_language(text: str) -> str | None:
    """``"ar"``, ``"en"``, another language code, or None when the text has no letters at all.

    >>> detect_language("Le président a reçu son homologue à Paris pour des entretiens sur la sécurité")
    'fr'
    """
    script = script_of(text)
    if script != "latin":
        return script
    words = [word.lower() for word in WORD.findall(text[:SAMPLE_CHARS])]
    if not words:
        return "en"
    shares = {lang: sum(word in vocabulary for word in words) / len(words)
              for lang, vocabulary in function_words().items()}
    best = max(shares, key=lambda lang: shares[lang])
    if best != "en" and shares[best] >= CLEAR_SHARE and shares[best] > shares["en"]:
        return best
    return "en"
