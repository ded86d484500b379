"""What a contact was about: clauses → concepts of the shipped topic vocabulary (``data/topics.tsv``).

:func:`topics_in` finds the concepts whose keywords occur in a clause, in one Aho-Corasick pass over
the normalised clause (see :mod:`graph.text`). Keywords are written in their natural form in the
table and normalised at load time:

* English keywords match whole words; a plural ``s``/``es`` may follow; a hyphen in a keyword also
  matches a space or nothing (``two-state`` ~ ``two state``, ``counter-terrorism`` ~
  ``counterterrorism``).
* Arabic keywords match with proclitics (و ف ب ل ك س, ال and their combinations; ``لل`` for a
  keyword written with ``ال``) and with suffixes (pronouns, ية/ي, dual and plural endings; a final
  ta marbuta may be written ت before a pronoun), so ``نووي`` matches النووية and النووي.
* A trailing ``*`` lets a keyword match any word continuation (``terroris*``); a trailing ``=`` allows
  no suffix at all (``حماس=`` must not match حماسة).

Where one match lies inside a longer one (``الأمن`` inside ``مجلس الأمن``, ``ceasefire`` inside
``ceasefire in Gaza``), only the longer counts.

When no concept is found, :func:`fallback_topic` takes a short label from the clause itself: the
object of "discussed"/"بحث"/"تناول" or what follows "about"/"حول"/"بشأن".
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from ..errors import InputError
from ..resources import read_tsv
from ..text import norm, normalize

__all__ = ["Topic", "topics_in", "fallback_topic", "topic_by_label", "vocabulary"]

TABLE = "topics.tsv"


@dataclass(frozen=True)
class Topic:
    """One concept of the vocabulary; its IRI is ``https://dipgraph.org/topic/<id>``."""

    id: str
    label_en: str
    label_ar: str


# --- loading ---------------------------------------------------------------------------------------

# Proclitics that end in the article, for keywords written with ال (stored without it).
AR_ARTICLE = frozenset("ال وال فال بال كال وبال فبال وكال فكال لل ولل فلل".split())
AR_PROCLITICS = frozenset("و ف ب ل ك س وب ول وك وس فب فل فك فس".split()) | AR_ARTICLE | {""}
AR_SUFFIXES = frozenset("""
    ه ها هما هم هن ي يه يها يهم يهما ين ان ات ون يين يون يات يا ا اه اها ته تها تهم تهما تي تان تين
    كم نا وا تم ت""".split()) | {""}
# After a ta marbuta written ت (تهنئته, سلامتها): a pronoun or dual ending must follow.
AR_TA_SUFFIXES = frozenset("ه ها هما هم هن ي نا كم ين ان".split())
EN_SUFFIXES = frozenset({"", "s", "es"})

# flags of a keyword form
_ARABIC, _ARTICLE, _OPEN, _EXACT, _TA = 1, 2, 4, 8, 16


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06FF"


def _forms(keyword: str) -> list[tuple[str, int]]:
    """The automaton keys of one written keyword, each with its matching flags."""
    flags = 0
    word = keyword.strip()
    if word.endswith("*"):
        flags |= _OPEN
        word = word[:-1]
    elif word.endswith("="):
        flags |= _EXACT
        word = word[:-1]
    key = " ".join(_fold(word).split())
    if not key:
        return []
    if not _is_arabic(key[0]):
        variants = {key}
        if "-" in word:  # "counter-terrorism" is also written "counterterrorism"
            variants.add(" ".join(_fold(word.replace("-", "")).split()))
        return [(v, flags) for v in variants]
    flags |= _ARABIC
    if key.startswith("ال") and len(key) > 4:
        key, flags = key[2:], flags | _ARTICLE
    forms = [(key, flags)]
    if key.endswith("ه") and not flags & (_OPEN | _EXACT) and len(key) > 2:
        forms.append((key[:-1] + "ت", flags | _TA))
    return forms


_Keywords = tuple[tuple[str, ...], tuple[str, ...]]  # English and Arabic keywords of one concept


@cache
def _table() -> tuple[tuple[Topic, ...], tuple[_Keywords, ...], tuple[str, ...]]:
    """The vocabulary rows: topics, their (English, Arabic) keyword lists, and their broader ids."""
    topics, keywords, broader = [], [], []
    for number, row in enumerate(read_tsv(TABLE), 1):
        topic_id, en, ar = (row.get(column, "").strip() for column in ("id", "label_en", "label_ar"))
        if not (topic_id and en and ar):
            raise InputError(TABLE, f"concept {number} ({topic_id or 'no id'}) lacks an id or a label")
        kw_en = tuple(k.strip() for k in row.get("keywords_en", "").split("|") if k.strip())
        kw_ar = tuple(k.strip() for k in row.get("keywords_ar", "").split("|") if k.strip())
        topics.append(Topic(topic_id, en, ar))
        keywords.append((kw_en, kw_ar))
        broader.append(row.get("broader", "").strip())
    ids = [t.id for t in topics]
    if len(set(ids)) != len(ids):
        raise InputError(TABLE, f"duplicate concept ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    unknown = sorted({b for b in broader if b and b not in ids})
    if unknown:
        raise InputError(TABLE, f"broader names unknown concepts {unknown}")
    return tuple(topics), tuple(keywords), tuple(broader)


@cache
def _automaton() -> ahocorasick.Automaton:
    """Every keyword form of the vocabulary; a value is (key length, ((topic index, flags), ...))."""
    topics, keywords, _ = _table()
    entries: dict[str, set[tuple[int, int]]] = {}
    for index, (kw_en, kw_ar) in enumerate(keywords):
        # labels are keywords too: a clause that names the concept names it
        written = (*kw_en, *kw_ar, topics[index].label_en, topics[index].label_ar)
        for keyword in written:
            for key, flags in _forms(keyword):
                entries.setdefault(key, set()).add((index, flags))
    automaton = ahocorasick.Automaton()
    for key, variants in entries.items():
        automaton.add_word(key, (len(key), tuple(sorted(variants))))
    automaton.make_automaton()
    return automaton


@cache
def _fold_table() -> tuple[re.Pattern[str], dict[str, str]]:
    """:func:`graph.text.norm` with every non-alphanumeric character turned into a space.

    ``norm`` folds one character at a time in Python; here one regular expression replaces just
    the characters that change (diacritics, alef and ya forms, ta marbuta, accents, punctuation),
    and ``str.lower`` does ASCII capitals. Characters outside these Unicode blocks (CJK, emoji, …)
    are left as they are.
    """
    blocks = [(0x0000, 0x0530), (0x0600, 0x0700), (0x1E00, 0x1F00), (0x2000, 0x2070), (0xFB50, 0xFE00),
              (0xFE70, 0xFF00), (0xFF00, 0xFFF0)]
    table: dict[str, str] = {}
    for low, high in blocks:
        for code in range(low, high):
            char = chr(code)
            if "A" <= char <= "Z":
                continue
            folded = "".join(c if c.isalnum() else " " for c in norm(char))
            if folded != char:
                table[char] = folded
    pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]")
    return pattern, table


def _fold(text: str) -> str:
    """The matching form of ``text``: ``norm(text)`` with punctuation as spaces (same length or shorter)."""
    pattern, table = _fold_table()
    return pattern.sub(lambda m: table[m.group()], text).lower()


# --- matching --------------------------------------------------------------------------------------

def _accepts(prefix: str, suffix: str, flags: int) -> bool:
    """Whether a key with these clitics around it (the rest of its word) stands as a word."""
    if flags & _ARABIC:
        if prefix not in (AR_ARTICLE if flags & _ARTICLE else AR_PROCLITICS):
            return False
        if flags & _TA:
            return suffix in AR_TA_SUFFIXES
    elif prefix:
        return False
    if flags & _OPEN:
        return True
    if flags & _EXACT:
        return not suffix
    return suffix in (AR_SUFFIXES if flags & _ARABIC else EN_SUFFIXES)


def _hits(text: str) -> list[tuple[int, int, int]]:
    """Accepted keyword matches as (start, end, topic index), longer matches shadowing those inside them."""
    return _outermost(_all_hits(_fold(text)))


def _all_hits(s: str) -> list[tuple[int, int, int]]:
    """Every accepted keyword match of a folded text, as (start, end, topic index)."""
    size = len(s)
    found: list[tuple[int, int, int]] = []
    for last, (length, variants) in _automaton().iter(s):
        start, end = last - length + 1, last + 1
        if (start == 0 or s[start - 1] == " ") and (end == size or s[end] == " "):
            # a whole word: every form of the key fits
            for index, flags in variants:
                if not flags & (_TA | _ARTICLE):
                    found.append((start, end, index))
            continue
        word_start = s.rfind(" ", 0, start) + 1
        word_end = s.find(" ", end)
        prefix = s[word_start:start]
        suffix = s[end:word_end] if word_end >= 0 else s[end:size]
        for index, flags in variants:
            if _accepts(prefix, suffix, flags):
                found.append((start, end, index))
    return found


def _outermost(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The hits not lying inside a longer one, in (start, -end) order."""
    if len(found) < 2:
        return found
    # drop hits lying inside a longer one: in (start, -end) order, an earlier hit covers a later one
    found.sort(key=lambda hit: (hit[0], -hit[1]))
    kept = []
    cover_start, cover_end = -1, -1
    for hit in found:
        start, end, _ = hit
        if end < cover_end or (end == cover_end and start > cover_start):
            continue
        kept.append(hit)
        if end > cover_end:
            cover_start, cover_end = start, end
    return kept


class TopicIndex:
    """The keyword matches of a whole text, found once, for the topics of any of its spans."""

    def __init__(self, text: str) -> None:
        folded = _fold(text)
        self._text = text
        self._hits = sorted(_all_hits(folded)) if len(folded) == len(text) else None
        self._starts = [start for start, _, _ in self._hits or ()]

    def topics(self, start: int, end: int, lang: str) -> list[Topic]:
        """The topics of ``text[start:end]``, as :func:`topics_in` gives them."""
        if self._hits is None:  # folding changed the length: offsets do not carry over
            return topics_in(self._text[start:end], lang)
        inside = [h for h in self._hits[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]
                  if h[1] <= end]
        return _in_order(_outermost(inside))


def topics_in(text: str, lang: str) -> list[Topic]:
    """The concepts whose keywords occur in ``text`` (a clause), in order of first occurrence.

    ``lang`` is the article's language; keywords of both languages are looked for, since Arabic
    clauses quote Latin names (COVID-19, OPEC+) and English ones rarely Arabic words.

    >>> [t.label_en for t in topics_in("بحث الجانبان تطورات الأزمة السورية ومكافحة الإرهاب", "ar")]
    ['Syrian crisis', 'counter-terrorism']
    >>> [t.id for t in topics_in("They discussed the two-state solution and trade.", "en")]
    ['two-state-solution', 'trade']
    """
    del lang  # same vocabulary for every language
    return _in_order(_hits(text))


def _in_order(hits: list[tuple[int, int, int]]) -> list[Topic]:
    """The topics of keyword hits, each once, in order of first occurrence."""
    topics = _table()[0]
    seen: set[int] = set()
    result: list[Topic] = []
    for _, _, index in hits:
        if index not in seen:
            seen.add(index)
            result.append(topics[index])
    return result


def vocabulary() -> list[Topic]:
    """All concepts, in table order."""
    return list(_table()[0])


def broader(topic: Topic) -> Topic | None:
    """The wider concept of ``topic`` in the vocabulary, if any (``gaza-ceasefire`` → ``gaza-war``)."""
    topics, _, wider = _table()
    for index, candidate in enumerate(topics):
        if candidate.id == topic.id:
            return topic_by_label(wider[index]) if wider[index] else None
    return None


@cache
def _labels() -> dict[str, Topic]:
    index: dict[str, Topic] = {}
    for topic in _table()[0]:
        for name in (topic.id, topic.label_en, topic.label_ar):
            index.setdefault(" ".join(norm(name).split()), topic)
    return index


def topic_by_label(label: str) -> Topic | None:
    """The concept with this id, English label or Arabic label (case, diacritics and hamza ignored)."""
    return _labels().get(" ".join(norm(label).split()))


# --- fallback labels -------------------------------------------------------------------------------

_EN_MARKER = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|review(?:ed|s|ing)?"
    r"|(?:talk(?:ed|s)?|spoke|spoken|conversation|call|talks) (?:about|on|over)"
    r"|focus(?:ed|ing)? on|cent(?:red|ered) on|address(?:ed|ing)?|touch(?:ed|ing)? (?:up)?on"
    r"|exchanged (?:views|opinions) (?:on|about|regarding|over)|exchange of views (?:on|about|regarding)"
    r"|consult(?:ed|ations)? on|conferred (?:on|about)|dealt with|deliberated (?:on|over)"
    r"|regarding|concerning|on the subject of"
    r"|(?:issues?|matters?|questions?) (?:of|related to|relating to))\s",
    re.IGNORECASE)
# after "call on"/"talks on": a day or a person's title, not the matter ("a call on Monday from X",
# "paid a courtesy call on President Y")
_EN_ON_NOT_MATTER = re.compile(
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|\d|the (?:morning|afternoon|evening|night|eve|day)\b"
    r"|(?:president|prime|king|queen|emir|amir|sheikh|crown|minister|foreign|his|her)\b)", re.IGNORECASE)
_EN_WITH = re.compile(r"^with\b.*?(?:,\s*|\s(?=the\s))", re.IGNORECASE)
_EN_LEAD = re.compile(
    r"^(?:(?:by|over the|on the) (?:tele)?phone|by video(?:conference| link)?|today|yesterday|also|further"
    r"|at length)\s*,?\s*", re.IGNORECASE)
_EN_STOP = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)\.|[;:!?()\[\]\"]|,\s"
    r"|\s(?:and|as well as|but|while|whereas)\s(?:agreed|stressed|expressed|underlined|affirmed|said|noted"
    r"|reiterated|welcomed|emphasi[sz]ed|pledged|called|discussed|reviewed|exchanged|thanked|invited)\b"
    r"|\s(?:during|while|when|which|who|after|before|following|amid|on the sidelines|by (?:tele)?phone"
    r"|over the phone|in a (?:tele)?phone|at the invitation|according to)\b"
    r"|\s(?:on|last|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_EN_EDGE = frozenset("""
    the a an also further in on about of to and or with all both their his her its several some various number
    other as at by for from into over between this that these those""".split())
# words too vague to make a label alone
_EN_VAGUE = frozenset("issues issue matters matter topics topic subject subjects questions things".split())

# Arabic patterns and word lists are written normalised (no hamza on alef, ي for ى, ه for ة).
_AR_PREP_MARKER = re.compile(r"(?:^|\s)(?:حول|بشان|بخصوص|ازاء|حيال|فيما يخص|فيما يتعلق|في ما يتعلق)\s")
_AR_VERB_MARKER = re.compile(
    r"(?:^|\s)[وف]?(?:بحث|بحثا|بحثت|يبحث|يبحثان|تبحث|ناقش|ناقشا|ناقشت|يناقش"
    r"|تناول|تناولا|تناولت|يتناول|استعرض|استعرضا|استعرضت|يستعرض|تباحث|تباحثا|مناقشه|استعراض"
    r"|التباحث في|التشاور في|تبادل وجهات النظر في|تبادلا وجهات النظر في)\s")
# a verb marker followed by one of these names its subject or companion, not the matter discussed
_AR_SUBJECT = frozenset(norm(w) for w in """
    الرئيس الملك الامير الشيخ ولي رئيس وزير الوزير نائب الزعيمان الرئيسان الوزيران الجانبين الطرفين
    مع معه معها سموه جلالته فخامته دولته معاليه السيد المستشاره المستشار السفير خادم امير ملك""".split())
# a verb marker followed by one of these words: skip the word (the call or meeting is the subject)
_AR_SKIP = frozenset(norm(w) for w in """
    الاتصال اللقاء الاجتماع المباحثات المحادثات الحديث الجانبان الطرفان هاتفيا اليوم امس خلاله""".split())
_AR_STOP = re.compile(
    r"[،,.؛;:!?()«»\"\[\]]|\s(?:كما|خلال|حيث|الذي|التي|بينما|فيما|اضافه|مع|عبر)\s"
    r"|\sو(?:اكد|اكدا|اكدت|شدد|شددا|اعرب|اعربا|اشار|اتفق|اتفقا|جدد|دعا|تم|جري|ثمن|عبر)\b")
_AR_EDGE = frozenset(norm(w) for w in """
    في من الي علي عن مع و او حول بشان ب ل بين الذي التي ذلك هذا هذه كل اخر اخري ابرز جمله عدد""".split())
_AR_VAGUE = frozenset(norm(w) for w in "الموضوع المواضيع المسائل القضايا الامور الملفات تحديدا".split())
_AR_MARKS = re.compile(r"[\u064B-\u0652\u0670\u0640]")
MAX_WORDS = 6


def _trim(words: list[str], edge: frozenset[str], key) -> list[str]:
    while words and key(words[0]) in edge:
        words = words[1:]
    words = words[:MAX_WORDS]
    while words and key(words[-1]) in edge:
        words = words[:-1]
    return words


def _fallback_en(text: str) -> str | None:
    for marker in _EN_MARKER.finditer(text):
        tail = _EN_LEAD.sub("", text[marker.end():].lstrip())
        if marker.group().rstrip().lower().endswith(" on") and _EN_ON_NOT_MATTER.match(tail):
            continue
        if tail.lower().startswith("with"):
            skipped = _EN_WITH.match(tail)
            if not skipped:
                continue
            tail = tail[skipped.end():]
        stop = _EN_STOP.search(" " + tail)
        phrase = tail[:max(stop.start() - 1, 0)] if stop else tail
        words = [w.strip("'\",“”‘’") for w in phrase.split()]
        words = _trim([w for w in words if w], _EN_EDGE, str.lower)
        if any(len(w) >= 3 and w.lower() not in _EN_EDGE | _EN_VAGUE and any(c.isalpha() for c in w)
               for w in words):
            return " ".join(words)
    return None


def _fallback_ar(text: str) -> str | None:
    n = normalize(text)
    s = n.text
    markers = [*_AR_PREP_MARKER.finditer(s), *_AR_VERB_MARKER.finditer(s)]
    for marker in markers:
        start = marker.end()
        rest = s[start:]
        first = rest.split(maxsplit=1)[0] if rest.split() else ""
        if marker.re is _AR_VERB_MARKER:
            if first in _AR_SUBJECT:
                continue
            while first in _AR_SKIP:
                start += rest.index(first) + len(first)
                rest = s[start:]
                first = rest.split(maxsplit=1)[0] if rest.split() else ""
            if first in _AR_SUBJECT:
                continue
        elif first.startswith("بال"):  # "فيما يتعلق بالعلاقات": drop the ب
            start += rest.index(first) + 1
            rest = s[start:]
        stop = _AR_STOP.search(" " + rest)
        end = start + (stop.start() - 1 if stop else len(rest))
        if end <= start:
            continue
        o_start, o_end = n.span(start, end)
        words = _AR_MARKS.sub("", text[o_start:o_end]).split()
        words = _trim(words, _AR_EDGE, norm)
        if any(len(norm(w)) >= 3 and norm(w) not in _AR_EDGE | _AR_VAGUE for w in words):
            return " ".join(words)
    return None


def fallback_topic(text: str, lang: str) -> str | None:
    """A short label taken from ``text`` when :func:`topics_in` finds nothing, or None.

    It is the matter after a discussion word ("discussed", "talked about", "بحث", "تناول", "حول",
    "بشأن"), cut at the end of the phrase, without leading/trailing stopwords and prepositions,
    at most six words, as written in the text (Arabic without diacritics).

    >>> fallback_topic("The two leaders discussed the situation in Egypt.", "en")
    'situation in Egypt'
    >>> fallback_topic("وتبادل الجانبان وجهات النظر حول تطوير المنظومة الصحية.", "ar")
    'تطوير المنظومة الصحية'
    """
    if lang == "ar" or (lang != "en" and any(_is_arabic(c) for c in text)):
        return _fallback_ar(text)
    return _fallback_en(text)
