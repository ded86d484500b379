"""Phrase matching over normalised text: one Aho-Corasick pass, Arabic-clitic-aware word boundaries.

Entries are added in their written form; they are normalised with :func:`graph.text.norm`. An
Arabic entry matches with proclitics attached (و ف ب ل ك and their combinations, and the future
prefix س on verbs; ``لل`` for an entry starting with ``ال``); a *stem* entry may also carry suffixes (pronouns, dual and plural
endings; a final ta marbuta written ت before a suffix). Latin entries match whole words; a
single-word Latin entry marked *cased* matches only where the original text is capitalised.
Overlapping matches are resolved longest-first.
"""
from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

import ahocorasick

from .text import Normalized, norm

AR_PROCLITICS = frozenset({"", "ال", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "فب", "فل", "فك", "وس", "فس",
                           "وبال", "بال", "وال", "فال", "كال", "ولل", "لل"})
AR_SUFFIXES = frozenset({"", "ه", "ها", "هما", "هم", "هن", "ي", "يه", "يها", "يهما", "ين", "ان", "ات", "ا",
                         "اه", "اها", "اهما", "ته", "تها", "تهما", "تي", "تان", "تين", "كم", "نا", "وا", "يا",
                         "تم", "ت"})
AR_VERB_SUFFIXES = frozenset({"ها", "هما", "هم", "وا", "ا", "ت", "تا", "اه"})  # not a bare ه: وزارة ≠ زار+ه
MAX_AFFIX = max(map(len, AR_PROCLITICS | AR_SUFFIXES))  # longer attachments mean another word


def is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06FF"


@dataclass(frozen=True)
class Match:
    """A match in the normalised text: ``[start, end)`` covers the entry and its clitics."""

    start: int
    end: int
    core_start: int  # where the entry itself starts (after proclitics)
    core_end: int  # where the entry itself ends (before suffixes)
    prefix: str
    suffix: str
    payloads: tuple[Hashable, ...]


@dataclass(frozen=True)
class _Key:
    stem: bool
    cased: bool
    payloads: tuple[Hashable, ...]
    after_lam: bool = False  # the ``ال`` of the entry was written ``ل`` after the preposition ``ل``
    verb: bool = False  # may carry the future prefix س


class PhraseMatcher:
    """Many phrases, each with one or more payloads, found in one pass."""

    def __init__(self) -> None:
        self._entries: dict[str, _Key] = {}
        self._automaton: ahocorasick.Automaton | None = None

    def add(self, phrase: str, payload: Hashable, *, stem: bool = False, cased: bool = False,
            verb: bool = False) -> None:
        """Add ``phrase`` (written form) with ``payload``; see the module docstring for the flags."""
        key = " ".join(norm(phrase).split())
        if not key:
            return
        keys = [key]
        if stem and key.endswith("ه") and is_arabic(key[-1]):
            keys.append(key[:-1] + "ت")
        for variant in keys:
            self._add_key(variant, _Key(stem, cased, (payload,), False, verb))
            if variant.startswith("ال") and len(variant) > 3:
                self._add_key("ل" + variant[2:], _Key(stem, cased, (payload,), True, verb))

    def _add_key(self, key: str, new: _Key) -> None:
        old = self._entries.get(key)
        if old is None:
            self._entries[key] = new
        else:
            payloads = old.payloads + tuple(p for p in new.payloads if p not in old.payloads)
            self._entries[key] = _Key(old.stem or new.stem, old.cased and new.cased, payloads,
                                      old.after_lam and new.after_lam, old.verb or new.verb)
        self._automaton = None

    def extend(self, items: Iterable[tuple[str, Hashable]], **flags: bool) -> None:
        for phrase, payload in items:
            self.add(phrase, payload, **flags)

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, value in self._entries.items():
            automaton.add_word(key, (key, value))
        automaton.make_automaton()
        return automaton

    def find(self, text: Normalized) -> list[Match]:
        """Non-overlapping matches in ``text``, longest first, in text order."""
        if self._automaton is None:
            self._automaton = self._build()
        if not self._entries:
            return []
        s = text.text
        starts, ends = text.words
        found: list[Match] = []
        for end_index, (key, value) in self._automaton.iter(s):
            core_start, core_end = end_index - len(key) + 1, end_index + 1
            first = bisect.bisect_right(starts, core_start) - 1
            last = bisect.bisect_right(starts, core_end - 1) - 1
            word_start = starts[first] if first >= 0 else core_start
            word_end = ends[last] if last >= 0 else core_end
            if core_start - word_start > MAX_AFFIX or word_end - core_end > MAX_AFFIX:
                continue
            match = self._bounded(text, core_start, core_end, word_start, word_end, key, value)
            if match is not None:
                found.append(match)
        found.sort(key=lambda m: (-(m.core_end - m.core_start), m.start))
        taken: list[Match] = []
        occupied = bytearray(len(s) + 1)
        for m in found:
            if any(occupied[m.core_start:m.core_end]):
                continue
            occupied[m.core_start:m.core_end] = b"\x01" * (m.core_end - m.core_start)
            taken.append(m)
        taken.sort(key=lambda m: m.start)
        return taken

    @staticmethod
    def _bounded(text: Normalized, core_start: int, core_end: int, word_start: int, word_end: int, key: str,
                 value: _Key) -> Match | None:
        s = text.text
        word_start, word_end = min(word_start, core_start), max(word_end, core_end)
        prefix, suffix = s[word_start:core_start], s[core_end:word_end]
        arabic = is_arabic(key[0])
        if value.after_lam and not prefix.endswith("ل"):
            return None
        if prefix:
            if not arabic or prefix not in AR_PROCLITICS or ("س" in prefix and not value.verb):
                return None
            if prefix.endswith("ال") and key.startswith("ال"):
                return None
        if suffix:
            allowed = AR_VERB_SUFFIXES if value.verb else AR_SUFFIXES if value.stem else ()
            if not (arabic and suffix in allowed):
                return None
        if value.cased and not arabic:
            first = text.original[text.offsets[core_start]]
            if not first.isupper():
                return None
        return Match(word_start, word_end, core_start, core_end, prefix, suffix, value.payloads)
