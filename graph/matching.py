"""Phrase matching over normalised text: one Aho-Corasick pass, Arabic-clitic-aware word boundaries.

Entries are added in their written form; they are normalised with :func:`graph.text.norm`. An
Arabic entry matches with proclitics attached (و ف ب ل ك and their combinations, and the future
prefix س on verbs; ``لل`` for an entry starting with ``ال``); a *stem* entry may also carry
suffixes (pronouns, dual and plural endings; a final ta marbuta written ت before a suffix). Latin
entries match whole words; a single-word Latin entry marked *cased* matches only where the
original text is capitalised. Overlapping matches are resolved longest-first. A matcher of a few
entries looks for them with ``str.find`` instead of building an automaton.
"""
from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable
from typing import NamedTuple

import ahocorasick

from .text import WORD_CHAR, Normalized, norm

AR_PROCLITICS = frozenset({"", "ال", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "فب", "فل", "فك", "وس", "فس",
                           "وبال", "بال", "وال", "فال", "كال", "ولل", "لل"})
AR_SUFFIXES = frozenset({"", "ه", "ها", "هما", "هم", "هن", "ي", "يه", "يها", "يهما", "ين", "ان", "ات", "ا",
                         "اه", "اها", "اهما", "ته", "تها", "تهما", "تي", "تان", "تين", "كم", "نا", "وا", "يا",
                         "تم", "ت"})
AR_VERB_SUFFIXES = frozenset({"ها", "هما", "هم", "وا", "ا", "ت", "تا", "اه"})  # not a bare ه: وزارة ≠ زار+ه
MAX_AFFIX = max(map(len, AR_PROCLITICS | AR_SUFFIXES))  # longer attachments mean another word
FEW_KEYS = 40  # up to this many keys, ``str.find`` costs less than building an automaton


def is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06FF"


class Match(NamedTuple):
    """A match in the normalised text: ``[start, end)`` covers the entry and its clitics."""

    start: int
    end: int
    core_start: int  # where the entry itself starts (after proclitics)
    core_end: int  # where the entry itself ends (before suffixes)
    prefix: str
    suffix: str
    payloads: tuple[Hashable, ...]


class _Key(NamedTuple):
    stem: bool
    cased: bool
    payloads: tuple[Hashable, ...]
    after_lam: bool = False  # the ``ال`` of the entry was written ``ل`` after the preposition ``ل``
    verb: bool = False  # may carry the future prefix س


#: An entry as matching uses it: key, flags, whether the key is Arabic, and whether it is *whole*: Latin,
#: beginning and ending with a word character, so that it stands only as whole words, with no clitics.
_Entry = tuple[str, _Key, bool, bool]


class PhraseMatcher:
    """Many phrases, each with one or more payloads, found in one pass."""

    def __init__(self) -> None:
        self._entries: dict[str, _Key] = {}
        self._index: ahocorasick.Automaton | list[_Entry] | None = None

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
        self._index = None

    def extend(self, items: Iterable[tuple[str, Hashable]], **flags: bool) -> None:
        for phrase, payload in items:
            self.add(phrase, payload, **flags)

    def _build(self) -> ahocorasick.Automaton | list[_Entry]:
        """The entries, in an automaton unless they are few; see :data:`_Entry`."""
        entries = []
        for key, value in self._entries.items():
            arabic = is_arabic(key[0])
            whole = not arabic and WORD_CHAR.match(key[0]) is not None and WORD_CHAR.match(key[-1]) is not None
            entries.append((key, value, arabic, whole))
        if len(entries) <= FEW_KEYS:
            return entries
        automaton = ahocorasick.Automaton()
        for entry in entries:
            automaton.add_word(entry[0], entry)
        automaton.make_automaton()
        return automaton

    def _occurrences(self, s: str) -> Iterable[tuple[int, _Entry]]:
        """Every occurrence of a key in ``s``, overlapping ones included, as (index of its last character, entry)."""
        if self._index is None:
            self._index = self._build()
        if not isinstance(self._index, list):
            return self._index.iter(s)
        found: list[tuple[int, _Entry]] = []
        for entry in self._index:
            key = entry[0]
            at = s.find(key)
            while at >= 0:
                found.append((at + len(key) - 1, entry))
                at = s.find(key, at + 1)
        return found

    def find(self, text: Normalized) -> list[Match]:
        """Non-overlapping matches in ``text``, longest first, in text order."""
        if not self._entries:
            return []
        s = text.text
        starts, ends = text.words
        word_starts, word_ends = text.word_edges
        found: list[Match] = []
        for end_index, (key, value, arabic, whole) in self._occurrences(s):
            core_start, core_end = end_index - len(key) + 1, end_index + 1
            if whole:  # the same verdict as below, without the affixes
                if core_start in word_starts and core_end in word_ends and not (
                        value.cased and not text.original[text.offsets[core_start]].isupper()):
                    found.append(Match(core_start, core_end, core_start, core_end, "", "", value.payloads))
                continue
            # the word around the match: from the last word start at or before it to that word's end
            word_start, word_end = core_start, core_end
            if core_start not in word_starts:
                first = bisect.bisect_right(starts, core_start) - 1
                word_start = starts[first] if first >= 0 else core_start
                if core_start - word_start > MAX_AFFIX:
                    continue
            if core_end not in word_ends:
                last = bisect.bisect_right(starts, core_end - 1) - 1
                word_end = max(ends[last], core_end) if last >= 0 else core_end
                if word_end - core_end > MAX_AFFIX:
                    continue
            prefix, suffix = s[word_start:core_start], s[core_end:word_end]
            if (prefix or suffix or value.after_lam) and not _clitics_fit(key, value, arabic, prefix, suffix):
                continue
            if value.cased and not arabic and not text.original[text.offsets[core_start]].isupper():
                continue
            found.append(Match(word_start, word_end, core_start, core_end, prefix, suffix, value.payloads))
        # longest first; of two as long that start together, the one whose entry starts first (the automaton's order)
        found.sort(key=lambda m: (m.core_start - m.core_end, m.start, m.core_start))
        taken: list[Match] = []
        occupied = bytearray(len(s) + 1)
        for m in found:
            if occupied.find(1, m.core_start, m.core_end) >= 0:
                continue
            occupied[m.core_start:m.core_end] = b"\x01" * (m.core_end - m.core_start)
            taken.append(m)
        taken.sort(key=lambda m: m.start)
        return taken


def _clitics_fit(key: str, value: _Key, arabic: bool, prefix: str, suffix: str) -> bool:
    """Whether an entry may stand with these proclitics and suffixes attached."""
    if value.after_lam and not prefix.endswith("ل"):
        return False
    if prefix:
        if not arabic or prefix not in AR_PROCLITICS or ("س" in prefix and not value.verb):
            return False
        if prefix.endswith("ال") and key.startswith("ال"):
            return False
    if suffix:
        allowed = AR_VERB_SUFFIXES if value.verb else AR_SUFFIXES if value.stem else ()
        if not (arabic and suffix in allowed):
            return False
    return True
