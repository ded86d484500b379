"""The language of an article: as the record says, else told from its script and function words.

Arabic script → ``ar``. Latin script → ``en``, unless the common function words of another Latin-script
language clearly outnumber English ones, in which case that language's code is returned (so that
the article is counted and skipped). The word lists are deliberately tiny: this is a cheap check.
"""
from __future__ import annotations

import re

from ..text import script_of

SUPPORTED = ("ar", "en")
FUNCTION_WORDS = {
    "en": frozenset("the of and to in a is that for on with was as by at said from his has have it be are an "
                    "will this which were after".split()),
    "fr": frozenset("le la les des du de et un une est dans pour que qui sur au aux avec par pas ce il a été "
                    "son sa ses".split()),
    "es": frozenset("el la los las de del y en un una es que por con para se al su sus fue como".split()),
    "de": frozenset("der die das und den dem des ein eine ist nicht mit von zu auf im sich für auch "
                    "wurde".split()),
    "it": frozenset("il lo la gli le di del della e un una è che per con non si al nel sono".split()),
    "pt": frozenset("o os a as de do da dos das e um uma é que em no na por para com não se foi".split()),
}
WORD = re.compile(r"[^\W\d_]+")
SAMPLE_CHARS = 5000
CLEAR_SHARE = 0.15  # another language wins only when this share of the words are its function words


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
              for lang, vocabulary in FUNCTION_WORDS.items()}
    best = max(shares, key=lambda lang: shares[lang])
    if best != "en" and shares[best] >= CLEAR_SHARE and shares[best] > shares["en"]:
        return best
    return "en"
