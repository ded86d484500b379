"""Names written another way: the gazetteer's people by the consonant skeleton of their full names.

News writes foreign names as it hears them: "بيلاوال بوتو" and "بلاول بوتو", "Imamali Rahman" and
"Emomali Rahmon", "جون بينغ" and "جان بينغ". Vowels carry most of the variation, so a name the gazetteer
does not know is looked up by its consonants: the letters left once vowels (and in Arabic the long vowels
ا و ي ى, the hamza seats and a final ه) are dropped and the same letter twice is written once. A skeleton names a
person only when one person of the gazetteer has it, it is long enough to tell people apart, and it comes
from a full name of two words or more.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..gazetteer import Gazetteer
from ..text import norm

SKELETON_MIN = 5  # consonants a skeleton needs to name one person (two short words are not enough)
SKELETONS_KEPT = 4096  # skeletons of names met lately, kept: the same names recur across articles
NAME_WORDS_MIN = 2  # a given name alone, or a surname alone, is no full name
_VOWELS_AR = str.maketrans("", "", "اويىءئؤأإآة")
_VOWELS_EN = str.maketrans("", "", "aeiouyhw'-")
_REPEAT = re.compile(r"(.)\1+")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_FINAL_HA = re.compile(r"ه(?=\s|$)")  # a final e or a written as ه or ة: "ماكيه", "ماكي"
_ARTICLE = re.compile(r"(?:^|(?<=\s))ال")


@lru_cache(maxsize=SKELETONS_KEPT)
def skeleton(name: str) -> str:
    """The consonants of a name: "بيلاوال بوتو" -> "بلبت", "Emomali Rahmon" -> "mlrmn"."""
    text = norm(name)
    if _ARABIC.search(text):
        text = _FINAL_HA.sub("", _ARTICLE.sub("", text)).translate(_VOWELS_AR)
    else:
        text = text.translate(_VOWELS_EN)
    words = [_REPEAT.sub(r"\1", w) for w in re.split(r"[\s.]+", text) if w]
    return "".join(words)  # spaces vary too: "أميرعبد اللهيان", "Abdul Aziz"


@cache
def skeleton_index(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Person ids by the skeletons of their full names (Arabic and English, as named and by alias)."""
    out: dict[str, set[str]] = {}
    for pid, p in gaz.people.items():
        for name in (p.name, p.name_ar, *p.aliases_en, *p.aliases_ar):
            if name and len(name.split()) >= NAME_WORDS_MIN:
                key = skeleton(name)
                if len(key) >= SKELETON_MIN:
                    out.setdefault(key, set()).add(pid)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def person_written_so(gaz: Gazetteer, written: str, country: str | None = None) -> str | None:
    """The one person of the gazetteer whose full name has the skeleton of ``written`` (of ``country`` when
    it is given); None when none or several do."""
    if len(written.split()) < NAME_WORDS_MIN:
        return None
    found = skeleton_index(gaz).get(skeleton(written), ())
    if country is not None:
        found = tuple(pid for pid in found if gaz.people[pid].country == country)
    return found[0] if len(found) == 1 else None
