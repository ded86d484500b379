"""Text normalisation for matching, with a map back to offsets in the original text.

Arabic: diacritics and tatweel removed; alef forms (أ إ آ ٱ) → ا, ى → ي, ة → ه, ؤ → و, ئ → ي;
Eastern Arabic and Persian digits → ASCII. Latin: lower-cased, accents removed. Typographic quotes
and dashes become ASCII. Matching runs on the normalised copy; ``Normalized.span`` turns a span of
the copy back into a span of the original.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is imported by the functions that use it: it takes a while to load
    import numpy as np

WORD_CHAR = re.compile(r"\w")
NON_WORD = re.compile(r"\W")
ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF]")
LATIN_LETTERS = re.compile(r"[A-Za-z\u00C0-\u024F]")

_DROP = {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f",
                                                   "\u061c", "\u00ad"}
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ی": "ي", "ک": "ك",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'", "ʼ": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
}
_MAP.update({chr(0x0660 + d): str(d) for d in range(10)})
_MAP.update({chr(0x06F0 + d): str(d) for d in range(10)})


@lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    """The normalised form of one character (possibly empty or several characters)."""
    if char in _DROP:
        return ""
    if char in _MAP:
        return _MAP[char]
    if char.isascii():
        return char.lower()
    if "\u0600" <= char <= "\u06FF":
        return char
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.lower() if base else ""


@dataclass(frozen=True)
class Normalized:
    """A normalised copy of a text; ``offsets[i]`` is the original index of copy character ``i`` (a ``range`` when
    they are the same, else an array of machine integers: a long text makes no Python integer for each character)."""

    original: str
    text: str
    offsets: Sequence[int]

    @cached_property
    def _word_scan(self) -> tuple[str, np.ndarray]:
        """:attr:`word_mask`, and the edges of the words: start, end, start, end, …"""
        import numpy as np

        codes = np.frombuffer(f"\0{self.text}\0".encode("utf-32-le", "surrogatepass"), np.uint32)
        flags = _word_flags(codes)
        mask = (codes * flags).tobytes().decode("utf-32-le", "surrogatepass")
        return mask, np.flatnonzero(flags[1:] != flags[:-1])

    @property
    def word_mask(self) -> str:
        """The copy with every non-word character (not ``\\w``) as ``"\\0"``, between two more ``"\\0"``:
        character ``i`` of the copy is character ``i + 1`` of the mask."""
        return self._word_scan[0]

    @cached_property
    def words(self) -> tuple[Sequence[int], Sequence[int]]:
        """Start and end offsets of the words (runs of letters and digits) of the copy, as arrays of machine
        integers."""
        edges = self._word_scan[1]
        return _ints(edges[0::2]), _ints(edges[1::2])

    def word_before(self, pos: int) -> str:
        """The word of the copy that ends at or before ``pos`` ("" when there is none)."""
        starts, ends = self.words
        i = bisect.bisect_right(ends, pos) - 1
        return self.text[starts[i]:ends[i]] if i >= 0 else ""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of copy span ``[start, end)``."""
        if start >= len(self.text):
            return len(self.original), len(self.original)
        orig_start = self.offsets[start]
        orig_end = self.offsets[end - 1] + 1 if end > start else orig_start
        while orig_end < len(self.original) and not _fold(self.original[orig_end]) \
                and not self.original[orig_end].isspace():
            orig_end += 1  # diacritics written after the last letter belong to the word
        return orig_start, orig_end


@cache
def _word_table() -> np.ndarray:
    """Whether each character of the Basic Multilingual Plane is a word character."""
    import numpy as np

    return np.array([WORD_CHAR.match(chr(code)) is not None for code in range(0x10000)])


def _word_flags(codes: np.ndarray) -> np.ndarray:
    """Whether each character (given by its code) is a word character."""
    import numpy as np

    if codes.max() <= 0xFFFF:
        return _word_table().take(codes)
    return np.array([WORD_CHAR.match(chr(code)) is not None for code in codes.tolist()])


@cache
def _common_folds() -> tuple[dict[int, str], re.Pattern[str]]:
    """The folds of the common blocks (Basic Latin to Arabic, General Punctuation) for ``str.translate``, and
    a pattern of the characters these folds leave out or fold into several."""
    table = {code: _fold(chr(code)) for code in (*range(0x0700), *range(0x2000, 0x2070))}
    single = "".join(re.escape(chr(code)) for code, folded in table.items() if len(folded) <= 1)
    return table, re.compile(f"[^{single}]")


_DROPPED, _OTHER = 0xFFFFFFFE, 0xFFFFFFFF  # fold codes of a character left out, and of any other without one


@cache
def _fold_codes() -> np.ndarray:
    """The code of the fold of each character up to the end of the common blocks, for those that fold into
    one character or none (see :func:`_common_folds`), and one more entry for all the characters after."""
    import numpy as np

    codes = np.full(0x2071, _OTHER, np.uint32)
    for code, folded in _common_folds()[0].items():
        if len(folded) <= 1:
            codes[code] = ord(folded) if folded else _DROPPED
    return codes


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching, keeping the offset map (in a few array operations, see
    :func:`_fold_codes`)."""
    import numpy as np

    codes = _fold_codes().take(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32), mode="clip")
    kept = codes != _DROPPED
    others = np.flatnonzero(codes == _OTHER)
    if not others.size:  # one character or none for each: keep the characters not dropped
        if kept.all():
            return Normalized(text, codes.tobytes().decode("utf-32-le"), range(len(text)))
        return Normalized(text, codes[kept].tobytes().decode("utf-32-le"), _ints(np.flatnonzero(kept)))
    # some characters fold into several or come after the common blocks: fold each distinct character once
    table = {ord(c): _fold(c) for c in set(text)}
    sizes = kept.astype(np.intp)  # how many characters each folds into
    sizes[others] = [len(table[ord(text[i])]) for i in others.tolist()]
    return Normalized(text, text.translate(table), _ints(np.repeat(np.arange(len(text)), sizes)))


def _ints(values: np.ndarray) -> array[int]:
    """Integers as an array of machine integers: indexing it makes one Python integer, not all of them."""
    import numpy as np

    return array("q", values.astype(np.int64, copy=False).tobytes())


def norm(text: str) -> str:
    """Just the normalised string (for keys and dictionary entries)."""
    common, other = _common_folds()
    if other.search(text) is None:
        return text.translate(common)
    return "".join(_fold(c) for c in text)


def script_of(text: str) -> str | None:
    """'ar' when Arabic letters dominate, 'latin' when Latin letters do, None when neither appears."""
    arabic = len(ARABIC_LETTERS.findall(text[:5000]))
    latin = len(LATIN_LETTERS.findall(text[:5000]))
    if not arabic and not latin:
        return None
    return "ar" if arabic >= latin else "latin"
