"""Mentions of gazetteer entries in a text: people, countries, adjectives, organisations, places, offices.

One :class:`~graph.matching.PhraseMatcher` holds every name form of the gazetteer; payloads are
``(kind, key)`` tuples:

- ``("person", person_id)``; ``("country", iso3)``; ``("adj", iso3)`` (Russian, الروسي);
- ``("org", code)``; ``("org_adj", code)`` (UN, الأممي);
- ``("seat", "ORG:refers_to")`` for seats of power (the Kremlin), ``("capital", iso3)`` for capitals;
- ``("role", role_code)`` for office words (وزير الخارجية, Foreign Minister);
- ``("region", surface)`` for regions and seas named after a state (Latin America, بحر الصين الجنوبي), matched
  whole so that the state inside them is not matched (no mention and no place is made of them).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ..matching import PhraseMatcher
from ..resources import read_tsv
from ..text import norm
from .offices import Gazetteer, load_gazetteer

CAPITAL_HYPHEN = re.compile(r"(?<=[a-z])-(?=[A-Z])")  # a hyphen between two capitalised words of a name
ARTICLE_EN = "the "  # an English metonym's article, not part of what is matched
#: Single Latin words that are too common to stand alone as a name.
COMMON_WORDS = frozenset({
    "may", "key", "king", "rice", "brown", "young", "bush", "will", "said", "white", "black", "long", "little",
    "new", "march", "april", "june", "august", "mark", "grace", "hope", "justice", "power", "rich", "love",
    "lee", "kim", "li", "wang", "park", "moon", "abe", "ali", "hamad", "salman", "abdullah", "mohammed",
    "muhammad", "mohamed", "ahmed", "hassan", "hussein", "khalid", "sultan", "saud", "faisal", "nawaf",
})
_AR_FEMININE = {"رئيس": "رئيسة", "وزير": "وزيرة", "ملك": "ملكة", "أمير": "أميرة", "نائب": "نائبة",
                "مستشار": "مستشارة", "أمين": "أمينة", "سفير": "سفيرة", "مبعوث": "مبعوثة",
                "الرئيس": "الرئيسة", "الملك": "الملكة", "الأمير": "الأميرة", "المستشار": "المستشارة"}

_AR_DUAL_HEADS = frozenset({"رئيس", "وزير", "سفير", "مبعوث", "مستشار", "نائب"})  # office heads with a dual form
_AR_DUAL_ENDINGS = ("ا", "ي")  # the dual construct: nominative, oblique
#: the broken plurals of office heads: "وزراء خارجية مصر والأردن", "رؤساء مصر والأردن" ("زعماء", leaders, stays a
#: group word: the states it lists are a summit's members)
AR_PLURAL_HEADS = {"رئيس": "رؤساء", "وزير": "وزراء", "سفير": "سفراء", "ملك": "ملوك"}


def arabic_role_forms(surface: str) -> set[str]:
    """A role phrase with its construct form (رئيس وزراء) and feminine head word (رئيسة الوزراء)."""
    words = surface.split()
    forms = {surface}
    if len(words) > 1 and words[1].startswith("ال"):
        forms.add(" ".join([words[0], words[1][2:], *words[2:]]))
    for form in list(forms):
        head, *rest = form.split()
        if head in _AR_FEMININE:
            forms.add(" ".join([_AR_FEMININE[head], *rest]))
        if head.startswith("ال") and len(rest) > 0:
            forms.add(" ".join([head[2:], *rest]))
    for form in list(forms):
        head, *rest = form.split()
        if head in _AR_DUAL_HEADS and rest:  # "وزيرا خارجية البلدين", "وزيري الخارجية": two holders
            forms.update(" ".join([head + ending, *rest]) for ending in _AR_DUAL_ENDINGS)
        if head in AR_PLURAL_HEADS:  # indefinite only: "الرؤساء" alone names no state
            forms.add(" ".join([AR_PLURAL_HEADS[head], *rest]))
    return forms


def english_plural(surface: str) -> str:
    """The plural of an English office word: Foreign Ministers, Secretaries of State, Crown Princes."""
    head, sep, tail = surface.partition(" of ")
    if head.endswith("y") and not head.endswith("ey"):
        head = head[:-1] + "ies"
    elif head.endswith(("s", "ch", "sh")):
        head += "es"
    elif not head.endswith("s"):
        head += "s"
    return head + sep + tail


def _latin_alias_ok(alias: str) -> bool:
    return " " in alias.strip() or alias.strip().lower() not in COMMON_WORDS


def spaced_forms(name: str) -> tuple[str, ...]:
    """A Latin name and, when a hyphen joins two capitalised words, the same written with a space ("Timor-Leste",
    "Timor Leste"; "Jean-Yves", "Jean Yves")."""
    spaced = CAPITAL_HYPHEN.sub(" ", name)
    return (name, spaced) if spaced != name else (name,)


def accusative_forms(adjectives: Iterable[str], names: frozenset[str]) -> list[str]:
    """Arabic nisba adjectives with their indefinite accusative ("وفدا أمريكيا", "مسؤولا فرنسيا"), but for
    forms that are the names of states ("روسيا", "تركيا": Russia, Turkey, not "Russian")."""
    out = list(adjectives)
    out += [a + "ا" for a in out if a.endswith("ي") and not a.startswith("ال") and norm(a + "ا") not in names]
    return out


def _add_names(m: PhraseMatcher, english: Iterable[str], arabic: Iterable[str], payload: tuple[str, str]) -> None:
    """English forms match only where capitalised; Arabic forms with clitics."""
    for name in english:
        for form in spaced_forms(name):
            m.add(form, payload, cased=True)
    for name in arabic:
        m.add(name, payload)


def build_matcher(gaz: Gazetteer) -> PhraseMatcher:
    """The mention matcher of a gazetteer (build once; see :func:`gazetteer_matcher`)."""
    m = PhraseMatcher()
    for person in gaz.people.values():
        for name in (person.name, *person.aliases_en):
            if name and _latin_alias_ok(name):
                for form in spaced_forms(name):
                    m.add(form, ("person", person.id), cased=True)
        for name in (person.name_ar, *person.aliases_ar):
            if name:
                m.add(name, ("person", person.id))
    state_names = frozenset(norm(n) for c in gaz.countries.values() for n in (c.name_ar, *c.names_ar) if n)
    for country in gaz.countries.values():
        _add_names(m, (country.name_en, *country.names_en), (country.name_ar, *country.names_ar),
                   ("country", country.iso3))
        _add_names(m, country.adjectives_en, accusative_forms(country.adjectives_ar, state_names),
                   ("adj", country.iso3))
    for org in gaz.organizations.values():
        _add_names(m, (org.name_en, *org.aliases_en), (org.name_ar, *org.aliases_ar), ("org", org.code))
        _add_names(m, org.adjectives_en, org.adjectives_ar, ("org_adj", org.code))
    for met in gaz.metonyms:
        payload = ("capital", met.org) if met.refers_to == "government" else ("seat", f"{met.org}:{met.refers_to}")
        # an English seat is matched by its capital letters, so without its article ("the White House")
        surface = met.surface[len(ARTICLE_EN):] if met.lang == "en" and met.surface.startswith(ARTICLE_EN) \
            else met.surface
        m.add(surface, payload, cased=met.lang == "en")
    for row in read_tsv("lexicon", "regions.tsv"):
        m.add(row["surface"], ("region", row["surface"]), cased=row["lang"] == "en")
    for word in gaz.role_words:
        if word.lang == "ar":
            for form in arabic_role_forms(word.surface):
                m.add(form, ("role", word.role), stem=True)
        else:  # an abbreviation ("PM", "FM") only where written in capitals: not "5 pm"
            for form in (word.surface, english_plural(word.surface)):
                m.add(form, ("role", word.role), cased=word.surface.isupper())
    return m


@cache
def gazetteer_matcher() -> PhraseMatcher:
    """The matcher of the shipped gazetteer, built once per process."""
    return build_matcher(load_gazetteer())
