"""Contact trigger words and frame cues, loaded from ``data/lexicon/`` into phrase matchers."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..matching import PhraseMatcher
from ..resources import read_tsv
from ..text import norm


@dataclass(frozen=True)
class Trigger:
    """What a trigger word says: the contact type, who acted, and its part of speech."""

    type: str  # phone_call | meeting | visit | message | summit | talk | "" (direction only)
    direction: str  # out | in | host | ""
    form: str  # verb | noun | adv


@cache
def trigger_matcher(lang: str) -> PhraseMatcher:
    """Trigger words of one language; payloads are :class:`Trigger`."""
    m = PhraseMatcher()
    for row in read_tsv("lexicon", "triggers.tsv"):
        if row["lang"] == lang:
            verb = row["form"] == "verb"
            m.add(row["surface"], Trigger(row["type"], row["direction"], row["form"]),
                  stem=lang == "ar" and not verb, verb=verb)
    return m


@cache
def cue_matcher(lang: str) -> PhraseMatcher:
    """Frame cues of one language; payloads are cue names (future, negation, request, with, …)."""
    m = PhraseMatcher()
    for row in read_tsv("lexicon", "cues.tsv"):
        if row["lang"] == lang:
            m.add(row["surface"], row["cue"])
    return m


@cache
def pair_offices() -> dict[str, str]:
    """The office each of two parties holds, by the normalised words naming the pair ("the two presidents",
    "الرئيسان": head_of_state)."""
    return {norm(row["surface"]): row["office"] for row in read_tsv("lexicon", "cues.tsv")
            if row["cue"] == "pair" and row.get("office")}


@cache
def name_words(cls: str, lang: str | None = None) -> tuple[str, ...]:
    """The words of one class of ``name_words.tsv`` (honorific, name_stop, office_gap, name_link, particle),
    of one language or both, as written and in file order."""
    return tuple(row["surface"] for row in read_tsv("lexicon", "name_words.tsv")
                 if row["class"] == cls and lang in (None, row["lang"]))


@cache
def offices_below_minister() -> dict[str, tuple[str, frozenset[str]]]:
    """Office words that in some states name a post below the minister's, by the normalised word: the word as
    written and those states (``state_offices.tsv``: "Foreign Secretary" in India)."""
    return {norm(row["surface"]): (row["surface"], frozenset(row["states"].split()))
            for row in read_tsv("lexicon", "state_offices.tsv")}
