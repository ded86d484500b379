"""Phrase matching over normalised text: one Aho-Corasick pass, Arabic-clitic-aware word boundaries.

Entries are added in their written form; they are normalised with :func:`graph.text.norm`. An
Arabic entry matches with proclitics attached (و ف ب ل ك and their combinations, and the future
prefix س on verbs; ``لل`` for an entry starting with ``ال``); a *stem* entry may also carry
suffixes (pronouns, dual and plural endings; a final ta marbuta written ت before a suffix). Latin
entries match whole words; a single-word Latin entry marked *cased* matches only where the
original text is capitalised. Overlapping matches are resolved longest-first. A matcher of a few
entries looks for them with ``str.find`` instead of building an automaton.

The automaton runs over the word mask of the text (:attr:`graph.text.Normalized.word_mask`), where
every non-word character is ``\\0``: an entry that takes no prefix (Latin) or no suffix is looked for
with a ``\\0`` before or after it, so that only its occurrences at word edges come out and few need
their clitics checked. A :class:`MatcherGroup` searches several matchers in one pass.
"""
from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable
from functools import cache, partial
from operator import attrgetter
from typing import Any, NamedTuple, TypeAlias

import ahocorasick

from .text import NON_WORD, WORD_CHAR, Normalized, norm

AR_PROCLITICS = frozenset({"", "ال", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "فب", "فل", "فك", "وس", "فس",
                           "وبال", "بال", "وال", "فال", "كال", "ولل", "لل"})
AR_SUFFIXES = frozenset({"", "ه", "ها", "هما", "هم", "هن", "ي", "يه", "يها", "يهما", "ين", "ان", "ات", "ا",
                         "اه", "اها", "اهما", "ته", "تها", "تهما", "تي", "تان", "تين", "كم", "نا", "وا", "يا",
                         "تم", "ت"})
AR_VERB_SUFFIXES = frozenset({"ها", "هما", "هم", "وا", "ا", "ت", "تا", "اه"})  # not a bare ه: وزارة ≠ زار+ه
AR_HIM = "ه"  # the object "him" on a verb: only on long ones ("استقبله"), which no noun in ة ends like
AR_HIM_MIN_VERB = 5  # letters of the shortest verb that takes it ("زاره" is also "وزارة" as normalised)
MAX_AFFIX = max(map(len, AR_PROCLITICS | AR_SUFFIXES))  # longer attachments mean another word
PROCLITIC_ENDS = frozenset(p[-1] for p in AR_PROCLITICS if p)  # the letters a proclitic may end with
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
    payloads: tuple[Any, ...]  # what was added with the entry: the caller knows its shape


_match = partial(tuple.__new__, Match)  # a Match of a tuple of its fields, quicker than calling Match


class _Key(NamedTuple):
    stem: bool
    cased: bool
    payloads: tuple[Hashable, ...]
    after_lam: bool = False  # the ``ال`` of the entry was written ``ل`` after the preposition ``ل``
    verb: bool = False  # may carry the future prefix س


class _Entry(NamedTuple):
    """An entry as matching uses it."""

    slot: int  # the place of its matcher among those searched together
    key: str
    value: _Key
    arabic: bool
    tail: int  # 1 when its form ends with the non-word character after it (it takes no suffix), else 0
    bounded: bool  # beginning and ending with a word character
    checked: bool  # holds a non-word character, which the word mask does not tell apart: compare the text


_START, _CORE_START = attrgetter("start"), attrgetter("core_start")

#: Entries by their form (see :func:`_build`): an automaton, or a list of a few.
_Index: TypeAlias = ahocorasick.Automaton | list[tuple[str, tuple[_Entry, ...]]]


class PhraseMatcher:
    """Many phrases, each with one or more payloads, found in one pass."""

    def __init__(self) -> None:
        self._entries: dict[str, _Key] = {}
        self._index: _Index | None = None

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

    def find(self, text: Normalized) -> list[Match]:
        """Non-overlapping matches in ``text``, longest first, in text order."""
        if not self._entries:
            return []
        if self._index is None:
            self._index = _build([self])
        return _search(self._index, 1, text)[0]


class MatcherGroup:
    """Phrase matchers searched together, in one pass over the text; they must be complete when first used."""

    def __init__(self, *matchers: PhraseMatcher) -> None:
        self.matchers = matchers
        self._index: _Index | None = None

    def find(self, text: Normalized) -> list[list[Match]]:
        """The matches of each matcher (see :meth:`PhraseMatcher.find`)."""
        if self._index is None:
            self._index = _build(self.matchers)
        return _search(self._index, len(self.matchers), text)


def _build(matchers: Iterable[PhraseMatcher]) -> _Index:
    """The entries of ``matchers`` by the form they take in a word mask (see :attr:`Normalized.word_mask`); in an
    automaton unless they are few. An entry that takes no prefix or no suffix is found with the non-word
    character before or after it, which spares checking the words around the candidates that are not."""
    forms: dict[str, tuple[_Entry, ...]] = {}
    for slot, matcher in enumerate(matchers):
        for key, value in matcher._entries.items():
            form, tail, bounded, checked = _form(key, value.stem or value.verb)
            entry = _Entry(slot, key, value, is_arabic(key[0]), tail, bounded, checked)
            forms[form] = forms.get(form, ()) + (entry,)
    if len(forms) <= FEW_KEYS:
        return list(forms.items())
    automaton = ahocorasick.Automaton()
    for form, entries in forms.items():
        automaton.add_word(form, entries)
    automaton.make_automaton()
    return automaton


@cache
def _form(key: str, suffixed: bool) -> tuple[str, int, bool, bool]:
    """The form of a key in a word mask: with the non-word character before it when it takes no prefix (a Latin
    key), and after it when it takes no suffix (all but ``suffixed`` Arabic keys, stems and verbs); and the
    ``tail``, ``bounded`` and ``checked`` fields of its :class:`_Entry`."""
    arabic = is_arabic(key[0])
    head, last = WORD_CHAR.match(key[0]) is not None, WORD_CHAR.match(key[-1]) is not None
    tail = int(last and not (arabic and suffixed))
    masked = NON_WORD.sub("\0", key)
    return "\0" * (head and not arabic) + masked + "\0" * tail, tail, head and last, masked != key


def _occurrences(index: _Index, mask: str) -> Iterable[tuple[int, tuple[_Entry, ...]]]:
    """Every occurrence of a form in ``mask``, overlapping ones included, as (index of its last character,
    entries)."""
    if not isinstance(index, list):
        return index.iter(mask)
    found: list[tuple[int, tuple[_Entry, ...]]] = []
    for form, entries in index:
        at = mask.find(form)
        while at >= 0:
            found.append((at + len(form) - 1, entries))
            at = mask.find(form, at + 1)
    return found


def _search(index: _Index, slots: int, text: Normalized) -> list[list[Match]]:
    """The matches in ``text`` of the entries of ``index``, of each of its ``slots`` matchers."""
    s, mask = text.text, text.word_mask
    found: list[list[Match]] = [[] for _ in range(slots)]
    for last, entries in _occurrences(index, mask):
        for slot, key, value, arabic, tail, bounded, checked in entries:
            # the mask is the text shifted by one: ``last`` is where the entry ends, or its next character
            core_end = last - tail
            core_start = core_end - len(key)
            if checked and (core_start < 0 or s[core_start:core_end] != key):
                continue
            if not (bounded and mask[core_start] == "\0" == mask[core_end + 1]):
                match = _with_clitics(text, key, value, arabic, core_start, core_end)
                if match is not None:
                    found[slot].append(match)
            elif not (value.after_lam or value.cased and not arabic
                      and not text.original[text.offsets[core_start]].isupper()):  # a whole word
                found[slot].append(_match((core_start, core_end, core_start, core_end, "", "", value.payloads)))
    return [_longest_first(matches) for matches in found]


def _longest_first(found: list[Match]) -> list[Match]:
    """The matches that do not overlap a longer one, in text order."""
    taken: list[Match] = []
    tangle: list[Match] = []  # matches that overlap one another, directly or through others
    reach = 0  # where the tangle ends
    for m in sorted(found, key=_CORE_START):
        if m.core_start >= reach:
            taken += _untangled(tangle) if len(tangle) > 1 else tangle
            tangle = []
        tangle.append(m)
        if m.core_end > reach:
            reach = m.core_end
    taken += _untangled(tangle) if len(tangle) > 1 else tangle
    taken.sort(key=_START)
    if len(set(map(_START, taken))) < len(taken):
        taken.sort(key=_priority)  # of two that start together, the first in :func:`_untangled`'s order
        taken.sort(key=_START)
    return taken


def _untangled(tangle: list[Match]) -> list[Match]:
    """Of matches that overlap, the longest, then each next longest that overlaps none of those taken."""
    if len(tangle) == 2:  # they overlap each other
        first, second = tangle
        return [second if _priority(second) < _priority(first) else first]
    taken: list[Match] = []
    for m in sorted(tangle, key=_priority):
        if all(m.core_end <= t.core_start or t.core_end <= m.core_start for t in taken):
            taken.append(m)
    return taken


def _priority(m: Match) -> tuple[int, int, int]:
    """Longest first; of two as long that start together, the one whose entry starts first."""
    return m.core_start - m.core_end, m.start, m.core_start


def _with_clitics(text: Normalized, key: str, value: _Key, arabic: bool, core_start: int, core_end: int
                  ) -> Match | None:
    """The match of an entry found at ``[core_start, core_end)``, with the rest of the word around it as its
    clitics, or None when they do not fit."""
    s, mask = text.text, text.word_mask
    before = mask[core_start]  # the character before the entry when it is a word character, else "\0"
    if before != "\0" and before not in PROCLITIC_ENDS:
        return None  # the end of no proclitic
    # the word around the match: from the last word start at or before it to that word's end
    word_start, word_end = core_start, core_end
    if not (before == "\0" != mask[core_start + 1]):  # not at a word start
        starts, ends = text.words
        first = bisect.bisect_right(starts, core_start) - 1
        word_start = starts[first] if first >= 0 else core_start
        if core_start - word_start > MAX_AFFIX:
            return None
    if not (mask[core_end] != "\0" == mask[core_end + 1]):  # not at a word end
        starts, ends = text.words
        last = bisect.bisect_right(starts, core_end - 1) - 1
        word_end = max(ends[last], core_end) if last >= 0 else core_end
        if word_end - core_end > MAX_AFFIX:
            return None
    prefix, suffix = s[word_start:core_start], s[core_end:word_end]
    if (prefix or suffix or value.after_lam) and not _clitics_fit(key, value, arabic, prefix, suffix):
        return None
    if value.cased and not arabic and not text.original[text.offsets[core_start]].isupper():
        return None
    return _match((word_start, word_end, core_start, core_end, prefix, suffix, value.payloads))


def _clitics_fit(key: str, value: _Key, arabic: bool, prefix: str, suffix: str) -> bool:
    """Whether an entry may stand with these proclitics and suffixes attached."""
    if value.after_lam and not prefix.endswith("ل"):
        return False
    if prefix:
        if not arabic or prefix not in AR_PROCLITICS or ("س" in prefix and not value.verb):
            return False
        if prefix.endswith("ال") and key.startswith("ال"):
            return False
        if value.verb and "ال" in prefix:
            return False  # a verb takes no article: "البحث" is no "بحث"
    if suffix:
        allowed = AR_VERB_SUFFIXES if value.verb else AR_SUFFIXES if value.stem else ()
        him = value.verb and suffix == AR_HIM and len(key) >= AR_HIM_MIN_VERB
        if not (arabic and (suffix in allowed or him)):
            return False
    return True
