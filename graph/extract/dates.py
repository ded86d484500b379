"""Date expressions in news text, resolved against the publication date.

``find_dates(text, lang, published)`` finds explicit dates (``22 نوفمبر``, ``21 تشرين الثاني/نوفمبر 2017``,
``November 21``, ``21/11/2017``), days named relative to publication (``مساء اليوم الثلاثاء``, ``أمس``,
``yesterday``), weekdays (``الأحد الماضي``, ``on Tuesday``) and periods that fix no day (``الأسبوع المقبل``,
``in May``, ``last week``, ``عام 2018``). Each mention keeps its span in the original text, the day it names
when it names one, its precision and the tense its words imply.

The words live in ``data/lexicon/dates.tsv``; this module holds the grammar that combines them (and the few
function words that glue a date together: من، ال، of, the). Matching runs on the normalised copy of the text
(``graph.text.normalize``), so diacritics, tatweel, hamza spellings and Eastern Arabic digits need no patterns
of their own. Each language's grammar is compiled once, at import, into two scanners: one for mentions after
a space (the regex engine finds spaces fast), one for mentions after punctuation. Both begin with a cheap gate
(is a date head word or a digit within the next few words?) so that the full grammar runs only where a date
may be.

>>> from datetime import date
>>> [m.date for m in find_dates("قال الرئيس أمس إن القمة ستعقد في 22 نوفمبر", "ar", date(2017, 11, 21))]
[datetime.date(2017, 11, 20), datetime.date(2017, 11, 22)]
"""
from __future__ import annotations

import bisect

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType

from graph.resources import read_tsv
from graph.text import Normalized, norm, normalize

__all__ = ["DateMention", "find_dates", "LANGUAGES"]

DAY, MONTH, YEAR = "day", "month", "year"
PAST, PRESENT, FUTURE = "past", "present", "future"
DAYS_IN_WEEK = 7
WEEKDAY_BACK = 3  # days before publication within which "today, Friday" finds its Friday
TOLD = "told"  # a day named from the day the article told last ("the following day"), not from publication
_MARKS = frozenset("\u0640\u0670" + "".join(map(chr, range(0x064B, 0x0653))))  # tatweel, Arabic diacritics
_MARKER_TENSE = {"past": PAST, "future": FUTURE, "current": PRESENT, "": ""}


@dataclass(frozen=True)
class DateMention:
    """One date expression: where it is, what it says, and the day it fixes (if it fixes one)."""

    start: int  # offsets into the ORIGINAL text
    end: int
    text: str  # the words as written: original text[start:end]
    date: date | None  # the resolved day, only when the expression fixes a day
    precision: str  # "day", "month", "year" or "vague"
    tense: str  # "past", "present", "future", "told" or "": what the words themselves imply
    month: int | None = None  # the month a month-precision mention names ("in May": 5)
    after_told: int = 0  # with tense "told": days after the day the article told last ("the following day": 1)


# ---------------------------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    """The date words of one language, normalised, by kind (see the header of ``dates.tsv``)."""

    lang: str
    words: Mapping[str, Mapping[str, tuple[str, str]]]  # kind -> normalised surface -> (value, tense)

    def get(self, kind: str) -> Mapping[str, tuple[str, str]]:
        return self.words.get(kind, MappingProxyType({}))

    def alt(self, *kinds: str, name: str | None = None) -> str:
        """A regex matching any surface of ``kinds`` (the longest it can), ending on a word boundary."""
        surfaces = {s for kind in kinds for s in self.get(kind)}
        group = f"?P<{name}>" if name else "?:"
        return f"({group}{_trie(surfaces)})(?!\\w)"


def _trie(words: Iterable[str]) -> str:
    """A regex for a set of words, factored by common prefixes so that the engine tries few branches.

    A space in a word matches any run of white space.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + build(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" in node:  # a word ends here: try the longer ones first
            return f"(?:{body})?" if len(branches) == 1 and len(body) > 1 else f"{body}?"
        return body

    return build(root) if root else r"(?!x)x"


def _load_lexicons() -> dict[str, _Lexicon]:
    table: dict[str, dict[str, dict[str, tuple[str, str]]]] = {}
    for row in read_tsv("lexicon", "dates.tsv"):
        surface = " ".join(norm(row["surface"]).split())
        kinds = table.setdefault(row["lang"], {})
        kinds.setdefault(row["kind"], {})[surface] = (row["value"], row["tense"])
    return {
        lang: _Lexicon(lang, MappingProxyType({k: MappingProxyType(v) for k, v in kinds.items()}))
        for lang, kinds in table.items()
    }


# ---------------------------------------------------------------------------------------------- grammar

_DAYNUM = r"(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_YEAR4 = r"(?<!\d)(?:1[6-9]\d\d|20\d\d)(?!\d)"
_YEARNUM = _YEAR4 + r"(?![-/.]\d)"  # a year in words, not the start of 2017-11-21


def _numeric(prep: str = "") -> str:
    """ISO and year-first 2017-11-21, 2017/11/21; day-first 21/11/2017, 21-11-2017, 21.11.2017."""
    lead = f"(?:{prep}\\s+)?" if prep else ""
    return (
        rf"(?P<ymd>{lead}(?P<ymd_y>{_YEAR4})(?P<ymd_s>[-/.])(?P<ymd_m>\d{{1,2}})(?P=ymd_s)"
        rf"(?P<ymd_d>\d{{1,2}})(?!\d))"
        rf"|(?P<dmy>{lead}(?<![\d/.])(?<!\d-)(?P<dmy_d>\d{{1,2}})(?P<dmy_s>[-/.])(?P<dmy_m>\d{{1,2}})(?P=dmy_s)"
        rf"(?P<dmy_y>{_YEAR4}))"
    )


def _arabic_pattern(lx: _Lexicon) -> str:
    prep = lx.alt("prep")
    dayword = lx.alt("dayword")
    marker = lx.alt("marker", name="{g}_mk")
    sep = r"\s*[،,]?\s*"
    year_tail = (
        rf"(?:{sep}(?:من\s+)?(?:{lx.alt('yearword')}\s+)?(?P<{{g}}_y>{_YEARNUM})(?:\s?م(?!\w))?"
        rf"|{sep}(?:من\s+)?{lx.alt('relyear', name='{g}_ry')})"
    )
    months = (
        rf"{lx.alt('month', name='{g}_m')}(?:\s*[(/]\s*{lx.alt('month')}(?:\s*\))?)?"
    )
    # a weekday that introduces an explicit date: الأحد 22 نوفمبر, يوم الثلاثاء الموافق 21 نوفمبر
    weekday_lead = (
        rf"(?:(?:{dayword}\s+)?{lx.alt('weekday')}(?:\s+{lx.alt('marker')})?{sep}"
        rf"(?:{lx.alt('equals')}\s+)?(?P<ex_q>[\"(]\s*)?)"
    )
    explicit = (
        rf"(?P<ex>(?:{prep}\s+)?{weekday_lead}?(?:{dayword}\s+)?(?:(?:ال\s?)?(?P<ex_d>{_DAYNUM})"
        rf"|{lx.alt('dayordinal', name='ex_o')})"
        rf"(?:\s*(?:-|و|الي|حتي)\s*(?:ال\s?)?{_DAYNUM})?\s*(?:من\s+)?(?:شهر\s+)?"
        rf"(?:{months.format(g='ex')}(?:\s+{marker.format(g='ex')})?|{lx.alt('relmonth', name='ex_rm')})"
        rf"{year_tail.format(g='ex')}?(?(ex_q)(?:\s*[\")])?))"
    )
    month_alone = (
        rf"(?P<mo>(?P<mo_p>(?:{prep}\s+){{1,2}})?{months.format(g='mo')}(?:\s+{marker.format(g='mo')})?"
        rf"{year_tail.format(g='mo')}?)"
    )
    dayparts = lx.alt("daypart", name="rd_dp")
    relative_day = (
        rf"(?P<rd>(?:{prep}\s+)?(?:{dayparts}\s+)?(?:{lx.alt('daypart')}\s+)?(?:{dayword}\s+)?(?:ب(?=ال))?"
        rf"{lx.alt('day', name='rd_w')}(?:\s+{lx.alt('weekday', name='rd_wd')}"
        rf"|\s*\(\s*{lx.alt('weekday')}\s*\))?)"
    )
    weekday = (
        rf"(?P<wd>(?:{prep}\s+)?(?:{lx.alt('daypart', 'dayword')}\s+){{0,2}}(?:ب(?=ال))?"
        rf"{lx.alt('weekday', name='wd_w')}(?:\s+{marker.format(g='wd')})?)"
    )
    vague = rf"(?P<vg>(?:{prep}\s+)?{lx.alt('vague', 'relmonth', 'relyear', name='vg_w')})"
    year = (
        rf"(?P<yr>(?P<yr_p>(?:{prep}\s+)?(?:{lx.alt('yearword')}\s+)?)(?P<yr_y>{_YEARNUM})(?:\s?م(?!\w))?)"
    )
    alternatives = [_numeric(prep), explicit, relative_day, weekday, vague, month_alone, year]
    gate = _gate(lx, ("prep", "daypart", "dayword", "yearword"), digit=r"(?:ال\s?)?\d", sep=r"\s+")
    # an optional conjunction clitic (و, ف) stays outside the mention: وأمس, والاثنين, وفي مايو
    return rf"(?={gate})(?:[وف](?=\w))?(?:{'|'.join(alternatives)})"


def _english_pattern(lx: _Lexicon) -> str:
    prep = lx.alt("prep")
    marker = lx.alt("marker", name="{g}_mk")
    ordinal = r"(?:st|nd|rd|th)?"
    month = rf"(?P<{{g}}_m>{lx.alt('month')}|{lx.alt('month_abbr')}\.?)"
    day_range = rf"(?:\s*(?:-|to|and|through|until)\s*{_DAYNUM}{ordinal})?"
    year_tail = (
        rf"(?:,?\s+(?P<{{g}}_y>{_YEARNUM})|,?\s+(?:of\s+)?{lx.alt('relyear', name='{g}_ry')})"
    )
    weekday_lead = rf"(?:(?:{lx.alt('marker')}\s+)?{lx.alt('weekday')},?\s+(?:the\s+)?)"
    explicit = (
        rf"(?P<ex>(?:{prep}\s+){{0,2}}{weekday_lead}?"
        rf"(?:{month.format(g='ex')}(?:\s+|(?<=\.))(?P<ex_d>{_DAYNUM}){ordinal}{day_range}(?!\w)"  # ("Feb.28")
        rf"|(?:the\s+)?(?P<ex_d2>{_DAYNUM}){ordinal}{day_range}\s+(?:of\s+)?"
        rf"(?:{month.format(g='ex2')}|{lx.alt('relmonth', name='ex_rm')}))"
        rf"{year_tail.format(g='ex')}?)"
    )
    month_alone = (
        rf"(?P<mo>(?P<mo_p>(?:{prep}(?:\s+|-\s*)){{1,2}})?(?:{marker.format(g='mo')}\s+)?"
        rf"{month.format(g='mo')}{year_tail.format(g='mo')}?)"
    )
    relative_day = (
        rf"(?P<rd>(?:{prep}\s+)?{lx.alt('day', name='rd_w')}(?:\s+{lx.alt('daypart', name='rd_dp')})?)"
    )
    weekday = (
        rf"(?P<wd>(?:{prep}\s+){{0,2}}(?:{marker.format(g='wd')}\s+)?{lx.alt('weekday', name='wd_w')}"
        rf"(?:\s+{lx.alt('daypart')})?)"
    )
    vague = rf"(?P<vg>(?:{prep}\s+)?{lx.alt('vague', 'relmonth', 'relyear', name='vg_w')})"
    year = rf"(?P<yr>(?P<yr_p>(?:{prep}\s+){{1,2}})(?P<yr_y>{_YEARNUM}))"
    alternatives = [_numeric(prep), explicit, relative_day, weekday, vague, month_alone, year]
    gate = _gate(lx, ("prep", "marker", "article"), digit=r"\d", sep=r"[\s-]+")
    return rf"(?={gate})(?:{'|'.join(alternatives)})"


_HEADS = ("month", "month_abbr", "weekday", "day", "vague", "relmonth", "relyear", "dayordinal")


def _gate(lx: _Lexicon, lead_kinds: tuple[str, ...], digit: str, sep: str) -> str:
    """A quick test that a date expression may start here, so that the full grammar runs only there.

    Every date expression has a head (a month, weekday, day word or period word, or a digit), possibly after
    up to four lead words (prepositions, parts of the day, markers). The test is one prefix tree per word
    list, without the nested optional groups that make the full grammar slow to fail.
    """
    heads = {w for kind in _HEADS for w in lx.get(kind)}
    leads = {w for kind in lead_kinds for w in lx.get(kind)}
    if lx.lang == "ar":  # the first word may carry clitics: وأمس، فالأحد، بالأمس، وبالأمس
        heads = {c + w for w in heads for c in ("", "و", "ف", *(("ب", "وب") if w.startswith("ال") else ()))}
        first_leads = {c + w for w in leads for c in ("", "و", "ف")}
        clitic_b = "(?:ب(?=ال))?"
    else:
        first_leads, clitic_b = leads, ""
    head, lead = _trie(heads), _trie(leads)
    later = rf"(?:(?:{lead}){sep}){{0,3}}{clitic_b}(?:{head}|{digit})"
    return rf"(?:{head}|{digit}|{_trie(first_leads)}{sep}{later})"


# A mention starts after a space (the engine finds spaces fast) or, rarely, after punctuation: two scans.
_AFTER_PUNCTUATION = r"[\n\t\r(\"'،؛,:;/\[\-]"


@dataclass(frozen=True)
class _Grammar:
    lexicon: _Lexicon
    scanners: tuple[re.Pattern[str], ...]  # each matches the character before a mention, then the mention
    not_today_after: re.Pattern[str]  # اليوم التالي: the next day
    not_today_before: re.Pattern[str]  # ذلك اليوم: that day
    not_weekday_before: re.Pattern[str]  # أن الاثنين تحدثا: the two talked

    @classmethod
    def build(cls, lx: _Lexicon, body: str) -> _Grammar:
        def words(kind: str, where: str) -> str:
            return _trie(w for w, (value, _) in lx.get(kind).items() if value == where)

        return cls(
            lx,
            (re.compile(" " + body), re.compile(_AFTER_PUNCTUATION + body)),
            re.compile(rf"\s+(?:{words('notday', 'after')})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{words('notday', 'before')})\s+$"),
            re.compile(rf"(?<!\w)(?:{words('notweekday', 'before')})\s+$"),
        )


_LEXICONS = _load_lexicons()


@cache
def calendar_words(lang: str) -> frozenset[str]:
    """The one-word names of weekdays and months of a language, normalised ("monday", "march")."""
    lx = _LEXICONS.get(lang)
    return frozenset(w for kind in ("weekday", "month") for w in (lx.get(kind) if lx else ()) if " " not in w)


_GRAMMARS: Mapping[str, _Grammar] = MappingProxyType({
    lang: _Grammar.build(lx, _arabic_pattern(lx) if lang == "ar" else _english_pattern(lx))
    for lang, lx in _LEXICONS.items()
})
_NUMERIC_GRAMMAR = _Grammar.build(_Lexicon("", MappingProxyType({})), rf"(?=\d)(?:{_numeric()})")
LANGUAGES = tuple(sorted(_GRAMMARS))
"""Languages with date words; any other language gets only numeric dates (2017-11-21, 21/11/2017)."""


# ---------------------------------------------------------------------------------------------- resolution


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year_for(month: int, day: int, published: date, direction: str) -> date | None:
    """The day-month nearest publication (``direction`` past: on or before it; future: on or after it)."""
    candidates = [d for y in (published.year - 1, published.year, published.year + 1)
                  if (d := _make_date(y, month, day))]
    if direction == "past":
        candidates = [d for d in candidates if d <= published]
        return max(candidates, default=None)
    if direction == "future":
        candidates = [d for d in candidates if d >= published]
        return min(candidates, default=None)
    return min(candidates, key=lambda d: (abs((d - published).days), d), default=None)


def _shift_month(published: date, months: int) -> tuple[int, int]:
    index = published.year * 12 + published.month - 1 + months
    return index // 12, index % 12 + 1


def _weekday_date(weekday: int, published: date, direction: str) -> date:
    if direction == "future":  # the next such day after publication
        return published + timedelta(days=(weekday - published.weekday() - 1) % DAYS_IN_WEEK + 1)
    if direction == "past":  # the last such day before publication
        return published - timedelta(days=(published.weekday() - weekday - 1) % DAYS_IN_WEEK + 1)
    return published - timedelta(days=(published.weekday() - weekday) % DAYS_IN_WEEK)  # on or before publication


def _nearest_weekday(weekday: int, day: date) -> date:
    """The day of ``weekday`` on or up to three days before ``day``, else ``day``: what "today, Friday" names in
    an article dated the next morning."""
    named = _weekday_date(weekday, day, "")
    return named if (day - named).days <= WEEKDAY_BACK else day


def _month_tense(month: int, year: int, published: date) -> str:
    """What a month and year say of time against the publication's: "June 2023" in 2024 is past, "June 2025"
    to come (a month alone, "in May", says nothing: "met in May", "will meet in May")."""
    return "past" if (year, month) < (published.year, published.month) else \
        "future" if (year, month) > (published.year, published.month) else ""


@dataclass(frozen=True)
class _Found:
    """A mention before its span is mapped back to the original text."""

    start: int
    end: int
    date: date | None
    precision: str
    tense: str
    month: int | None = None
    after_told: int = 0


class _Groups:
    """A match's groups by name; ``get`` gives None for a group the language's grammar lacks."""

    __slots__ = ("_match", "_names")

    def __init__(self, match: re.Match[str]):
        self._match, self._names = match, match.re.groupindex

    def get(self, name: str) -> str | None:
        return self._match.group(name) if name in self._names else None

    def __getitem__(self, name: str) -> str:
        return self._match.group(name)


def _resolve(m: re.Match[str], g: _Grammar, text: str, published: date | None) -> _Found | None:
    """The mention a match of one of ``g.scanners`` stands for, or None when it is no date after all."""
    kind = m.lastgroup or ""
    lx = g.lexicon
    groups = _Groups(m)
    start, end = m.span(kind)

    def lookup(table: str, group: str) -> tuple[str, str]:
        word = groups.get(group)
        return lx.get(table)[" ".join(word.split())] if word else ("", "")

    if kind in ("ymd", "dmy"):
        y, mo, d = (int(groups[f"{kind}_{part}"]) for part in "ymd")
        day = _make_date(y, mo, d) or (_make_date(y, d, mo) if kind == "dmy" else None)
        return _Found(start, end, day, DAY, "") if day else None

    if kind == "ex":
        ordinal = groups.get("ex_o")  # "الخامس من مارس": the fifth of March
        day_num = int(lookup("dayordinal", "ex_o")[0] if ordinal else groups.get("ex_d") or groups["ex_d2"])
        direction = lookup("marker", "ex_mk")[0]
        if groups.get("ex_rm"):  # the 22nd of this month, الـ22 من الشهر الجاري
            direction = lookup("relmonth", "ex_rm")[0]
            day = None
            if published is not None:
                year, month = _shift_month(published, {"past": -1, "future": 1}.get(direction, 0))
                day = _make_date(year, month, day_num)
            return _Found(start, end, day, DAY, _MARKER_TENSE[direction])
        month_key = " ".join((groups.get("ex_m") or groups["ex2_m"]).rstrip(".").split())
        month = int((lx.get("month").get(month_key) or lx.get("month_abbr")[month_key])[0])
        tense = _MARKER_TENSE[direction]
        if groups.get("ex_y"):
            day = _make_date(int(groups["ex_y"]), month, day_num)
            return _Found(start, end, day, DAY, tense) if day else None
        if published is None:
            return _Found(start, end, None, DAY, tense)  # never guess a year
        if groups.get("ex_ry"):
            shift = {"past": -1, "future": 1}.get(lookup("relyear", "ex_ry")[0], 0)
            return _Found(start, end, _make_date(published.year + shift, month, day_num), DAY, tense)
        return _Found(start, end, _year_for(month, day_num, published, direction), DAY, tense)

    if kind == "mo":
        month_word = " ".join(groups["mo_m"].rstrip(".").split())  # ("Feb.": the abbreviation's own stop)
        framed = groups.get("mo_p") or groups.get("mo_mk") or groups.get("mo_y") or groups.get("mo_ry")
        # a month name alone must be framed (في مايو, in May, last May, May 2017): "Theresa May" is no date
        if not framed or (month_word in lx.get("month_abbr") and not groups.get("mo_y")):
            return None
        tense = _MARKER_TENSE[lookup("marker", "mo_mk")[0]]
        month = int((lx.get("month").get(month_word) or lx.get("month_abbr")[month_word])[0])
        if not tense and published is not None and groups.get("mo_y"):
            tense = _month_tense(month, int(groups["mo_y"]), published)
        return _Found(start, end, None, MONTH, tense, month)

    if kind == "rd":
        if g.not_today_after.match(text, end) or g.not_today_before.search(text, max(0, start - 12), start):
            return None  # اليوم التالي (the next day), ذلك اليوم (that day): not today
        offset, tense = lookup("day", "rd_w")
        if tense == TOLD:  # "the following day": the day after the one told last, which the reader resolves
            return _Found(start, end, None, DAY, TOLD, after_told=int(offset))
        part_tense = lookup("daypart", "rd_dp")[1]
        day = published + timedelta(days=int(offset)) if published else None
        if day is not None and groups.get("rd_wd"):  # "اليوم الجمعة" published on Saturday: the Friday it names
            day = _nearest_weekday(int(lookup("weekday", "rd_wd")[0]), day)
        return _Found(start, end, day, DAY, part_tense or tense)

    if kind == "wd":
        if m.start("wd_w") == start and g.not_weekday_before.search(text, max(0, start - 12), start):
            return None  # أن الاثنين تحدثا: "the two", not Monday
        weekday = int(lookup("weekday", "wd_w")[0])
        direction = lookup("marker", "wd_mk")[0]
        direction = direction if direction in ("past", "future") else ""  # "this Tuesday" says no more
        day = _weekday_date(weekday, published, direction) if published else None
        return _Found(start, end, day, DAY, _MARKER_TENSE[direction])

    if kind == "vg":
        word = " ".join(groups["vg_w"].split())
        for table, precision in (("vague", ""), ("relmonth", MONTH), ("relyear", YEAR)):
            if word in lx.get(table):
                found_value, tense = lx.get(table)[word]
                return _Found(start, end, None, precision or found_value, tense)
        return None

    if kind == "yr":
        if not groups.get("yr_p"):
            return None  # a bare number: "2018" alone may be a count
        return _Found(start, end, None, YEAR, "")
    return None


# ---------------------------------------------------------------------------------------------- API


def find_dates(
    text: str, lang: str, published: date | None, *, normalized: Normalized | None = None
) -> list[DateMention]:
    """The date expressions of ``text``, sorted by start and non-overlapping (the longest wins).

    ``lang`` is ``"ar"`` or ``"en"`` (a region suffix such as ``"ar-EG"`` is ignored); other languages get
    only numeric dates. Relative expressions (today, أمس, next week, الأحد) resolve against ``published``;
    without it they are still found but their ``date`` is None, and a day-month without a year gets no year.
    Pass ``normalized=normalize(text)`` when the caller has it already, to skip normalising again.
    """
    normal = normalized if normalized is not None else normalize(text)
    grammar = _GRAMMARS.get(lang.split("-")[0].lower(), _NUMERIC_GRAMMAR) if lang else _NUMERIC_GRAMMAR
    # the scanners start on the character before a mention: pad the text with a space, shift offsets back
    padded = " " + normal.text
    found = [f for scanner in grammar.scanners for m in scanner.finditer(padded)
             if (f := _resolve(m, grammar, padded, published)) is not None]
    if len(found) > 1:
        found = _longest_first(found)
    mentions = []
    for f in found:
        start, end = normal.span(f.start - 1, f.end - 1)
        while end < len(text) and text[end] in _MARKS:  # the last letter's diacritics belong to the word
            end += 1
        mentions.append(DateMention(start, end, text[start:end], f.date, f.precision, f.tense, f.month, f.after_told))
    return mentions


def _longest_first(found: list[_Found]) -> list[_Found]:
    """Non-overlapping mentions by start; of two that overlap, the longer (then the earlier) is kept.

    The kept spans never overlap, so sorted by start they are sorted by end too: a candidate is checked
    against its two neighbours only (n log n, not n²)."""
    starts: list[int] = []
    kept: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        i = bisect.bisect_right(starts, f.start)
        if i > 0 and kept[i - 1].end > f.start or i < len(kept) and kept[i].start < f.end:
            continue
        starts.insert(i, f.start)
        kept.insert(i, f)
    return kept
