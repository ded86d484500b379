"""Sentence splitting for Arabic and English news, on the normalised text."""
from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "h.e", "h.h", "hh",
    "prof", "jr", "sr", "inc", "ltd", "co", "corp", "u.s", "u.n", "u.k", "e.u", "approx", "est",
})
# ``[.!?؟]+["')\]]*(?=\s|ARABIC)|\n+|[!?؟]+$|\.$``, begun with its first character (a class, which the engine skips
# to quickly), the lookbehinds telling which one it took. Arabic sites often write no space after a stop
# ("ساعات.وتركزت"): an Arabic letter right after it ends the sentence too.
_END = re.compile(r"[.!?؟\n](?:(?<=[.!?؟])[.!?؟]*[\"')\]]*(?=\s|[\u0621-\u064a])|(?<=\n)\n*|(?<=[!?؟])[!?؟]*$"
                  r"|(?<=\.)$)")
TIMES_OF_DAY = frozenset({"a.m", "p.m"})  # "at 10 a.m. The talks …": no initials, and often a sentence's end
_WORD_BACKWARDS = re.compile(r"[\w.]+")
PLATFORM_X = re.compile(r"\b(?:on|via)\s+x$")  # "wrote on X.": the social network ends the sentence


@dataclass(frozen=True)
class Sentence:
    """A sentence as a span of the normalised text, with its paragraph number."""

    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a normalised text; newlines always end a sentence and blank lines a paragraph."""
    sentences: list[Sentence] = []
    start, paragraph = 0, 0
    for m in _END.finditer(text):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        _add(sentences, text, start, m.end(), paragraph)
        if m.group().count("\n") >= 2:
            paragraph += 1
        start = m.end()
    _add(sentences, text, start, len(text), paragraph)
    return sentences


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(start, end, paragraph))


def _is_abbreviation(text: str, dot: int) -> bool:
    before = text[max(0, dot - 12):dot]
    if before.endswith("\n"):
        before = before[:-1]  # where a search for ``[\w.]+$`` would end
    m = _WORD_BACKWARDS.match(before[::-1])  # the word before the dot, read from its end
    if not m:
        return False
    word = m.group()[::-1].lower().strip(".")
    if PLATFORM_X.search(before):
        return False  # "announced on X. It came …": the platform, not an initial
    # letters of either script, one each, are initials or a title ("J. Smith", "S.M. Krishna", "د. هشام" for Dr,
    # "م." for engineer)
    return word not in TIMES_OF_DAY and all(len(part) == 1 and part.isalpha() for part in word.split(".")) \
        or word in ABBREVIATIONS
