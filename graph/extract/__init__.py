"""Contact extraction: ``extract(article) -> list[Contact]``; the orchestration and nothing else.

Normalise, split sentences, find actors, triggers, cues and dates, build frames sentence by
sentence, then write contacts: one per partner of a bilateral frame, one per multilateral frame,
merged within the article when they state the same contact, with topics from the clauses that
follow the trigger.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import permutations
from operator import attrgetter
from urllib.parse import urlsplit

from ..gazetteer import Gazetteer, load_gazetteer
from ..gazetteer.matcher import build_matcher, gazetteer_matcher
from ..matching import Match, MatcherGroup
from ..model import Actor, Article, Contact, Evidence
from ..resources import read_tsv
from ..text import Normalized, norm, normalize, script_of
from .actors import ROLE_TITLES, ActorFinder, Mention, Place, office_actor
from .dates import DateMention, find_dates
from .frames import (
    BACKGROUND_AGE,
    JOIN_GAP,
    MINISTERIAL,
    Frame,
    FrameBuilder,
    SentenceParts,
    contact_mode,
    for_taking_part,
    offices_held,
)
from .lexicon import Trigger, cue_matcher, offices_below_minister, trigger_matcher
from .sentences import Sentence, split_sentences
from .topics import TopicIndex, fallback_topic

__all__ = ["extract", "extract_all"]

# titles below minister level: deputy, vice, under and assistant ministers and secretaries, ambassadors
BELOW_MINISTER = re.compile(r"(?:(?:First|Executive)\s+)?(?:Deputy|Vice|Under|Assistant)[\s-]+(?:Foreign\s+)?"
                            r"(?:Minister|Secretary)\b|Ambassador\b|Chargé|Secretary-General of the Ministry")
TRIP_LENGTH = timedelta(days=7)  # days apart that an arrival and a meeting can still be of one visit
RECENT = timedelta(days=30)  # days this close before publication (or after it) are the article's own
TOPIC_SENTENCES = 3  # sentences after a contact whose discussion clauses still describe it
NOT_STOPS = ("with", "from", "to", "in", "pronoun")  # cues that may stand inside a name ("He Lifeng")
# a line linking to another article ("Read more: X meets Y", "اقرأ أيضا: …") tells no contact of this one
RELATED_LEADS = ("read more", "read also", "also read", "related", "see also", "اقرأ أيضا", "إقرأ أيضا", "اقرأ المزيد",
                 "طالع أيضا", "شاهد أيضا", "ذات صلة")
RELATED_LINE = re.compile(r"^[ \t]*(?:" + "|".join(re.escape(norm(w)) for w in RELATED_LEADS) + r")\s*[:：\-–—]",
                          re.MULTILINE)
DATELINE_REACH = 300  # characters from the top in which a dateline may stand (after a title line)
DATELINE_LAG = timedelta(days=3)  # a dateline's day this far before publication is the day of the news
# "AMMAN —", "TEHRAN (Tasnim)", "Kampala –", "BEIJING, Nov. 5 (Xinhua) --" (a month abbreviated before its day)
# what ends a dateline after its city: a dash, a bracket, a colon, or a date closing the line ("New York, 19
# February 2013")
DATELINE_END = re.compile(r"(?:[^\n.]|\.(?=\s\d)){0,30}?(?:\s[-–—]\s?|\(|:)|,[^\n]{0,25}\d{4}[ \t]*(?=\n)")
GAZETTEERS_KEPT = 8  # matchers kept for this many (language, gazetteer) pairs
_START = attrgetter("start")


def article_lang(article: Article) -> str:
    """The article's language: given, else guessed from its script (Arabic or English)."""
    if article.lang in ("ar", "en"):
        return article.lang
    return "ar" if script_of(article.text) == "ar" else "en"


@dataclass
class Found:
    """What the matchers and finders find in one article, all as spans of its normalised text."""

    lang: str
    text: Normalized
    sentences: list[Sentence]
    triggers: list[tuple[Match, Trigger]]
    cues: list[tuple[Match, str]]
    dates: list[DateMention]  # without the dateline's day: the report's, not a contact's
    mentions: list[Mention]
    places: list[Place]
    nationalities: list[Mention]
    office_day: date | None  # the day whose office holders the article's titles name
    dateline: tuple[str, int, int] | None  # "WASHINGTON, March 11 (Xinhua) --": its state and span
    news_day: date | None  # the day "today" is: the dateline's, else the publication day


def extract(article: Article, gazetteer: Gazetteer | None = None) -> list[Contact]:
    """The diplomatic contacts an article reports: its words found (people, places, contact words, cues,
    dates), its frames built sentence by sentence, then its contacts written, completed and merged."""
    gaz = gazetteer or load_gazetteer()
    found = _found(article, gaz, gazetteer)
    builder = _builder(article, found, gaz)
    frames: list[Frame] = []
    by_sentence = [_by_sentence(found.sentences, spans) for spans in (
        found.triggers, found.cues, found.mentions, found.places, found.dates, found.nationalities)]
    for parts in zip(found.sentences, *by_sentence, strict=True):
        frames.extend(builder.frames(SentenceParts(*parts)))
    return _written(article, found, [f for f in frames if len(f.participants) >= 2], gaz)  # a summit alone: none


def _found(article: Article, gaz: Gazetteer, gazetteer: Gazetteer | None) -> Found:
    """The words of an article the extraction reads, found once."""
    lang = article_lang(article)
    text = normalize(article.text)
    trigger_matches, cue_matches, names = _matchers(lang, gazetteer).find(text)
    told = [(m, p) for m in trigger_matches for p in m.payloads[:1]]
    links = [(h.start(), _line_end(text.text, h.end())) for h in RELATED_LINE.finditer(text.text)]
    triggers = [(m, p) for m, p in told if (p.type or p.direction)  # "دائرة الاتصال" holds a contact word, tells none
                and not any(a <= m.start < b for a, b in links)]
    cues = [(m, c) for m in cue_matches for c in m.payloads]
    stops = [m.start for m, _ in told] + [m.start for m, c in cues if c not in NOT_STOPS]
    dates = [_to_norm(d, text.offsets) for d in find_dates(article.text, lang, article.published, normalized=text)]
    office_day = article.published or _latest_full_date(dates)
    finder = ActorFinder(gaz, text, lang, office_day, stops, names)
    mentions, places = finder.mentions(), finder.places()
    dateline = _dateline(text.text, places)
    news_day = article.published
    if dateline:
        dated = next((d.date for d in dates if dateline[1] <= d.start < dateline[2] and d.precision == "day"), None)
        if dated is not None and article.published is not None \
                and timedelta(0) < article.published - dated <= DATELINE_LAG:
            # "WASHINGTON, March 11 (Xinhua) --" published on the 12th: "today" and "on Tuesday" are told from the 11th
            news_day = dated
            dates = [_to_norm(d, text.offsets) for d in find_dates(article.text, lang, dated, normalized=text)]
        dates = [d for d in dates if not dateline[1] <= d.start < dateline[2]]
    return Found(lang=lang, text=text, sentences=split_sentences(text.text), triggers=triggers, cues=cues,
                 dates=dates, mentions=mentions, places=places, nationalities=finder.nationalities(mentions),
                 office_day=office_day, dateline=dateline, news_day=news_day)


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _builder(article: Article, found: Found, gaz: Gazetteer) -> FrameBuilder:
    """The frame builder of an article, with what it knows of the article as a whole."""
    named = [m.actor for m in found.mentions if m.kind == "person" and m.actor is not None and m.actor.wikidata]
    builder = FrameBuilder(gaz, found.text, found.lang, found.news_day, named)
    builder.office_day = found.office_day
    builder.home = publisher_side(article.url)
    builder.dateline, builder.dateline_at = found.dateline[:2] if found.dateline else (None, 0)
    summits = [m for m, t in found.triggers if t.type == "summit"]
    builder.summit_news = bool(summits)
    builder.summit_ahead = any(c == "join" and for_taking_part(m, found.text.text)
                               and any(0 <= s.start - m.end <= JOIN_GAP for s in summits) for m, c in found.cues)
    # the article names no day of its own (only history, "March 22, 1945", "last month"): its lead is the
    # news of the day
    day = found.news_day
    builder.undated = day is not None and not any(
        d.precision == "day" and (d.date is None or d.date >= day - RECENT) for d in found.dates)
    # the first day of the news the article names ("اليوم الثلاثاء"): the day of a headline's contact told
    # before it
    # (not one told in passing, older than the news: "the two had agreed on March 10 to …")
    builder.lead_day = next((d for d in found.dates if d.precision == "day" and d.date is not None
                             and day is not None and day - BACKGROUND_AGE <= d.date <= day), None)
    return builder


def _written(article: Article, found: Found, frames: list[Frame], gaz: Gazetteer) -> list[Contact]:
    """The contacts of an article's frames: written with their topics, offices named by a holder the article
    names, one per contact told, without domestic ones."""
    text = found.text
    contacts: list[tuple[Contact, Frame]] = []
    if frames:
        index = TopicIndex(text.text)  # the topic words of the article, found once
        for i, frame in enumerate(frames):
            topics = _topics(frame, frames[i + 1:], found.sentences, text.text, found.lang, index)
            contacts.extend((c, frame) for c in _contacts(frame, topics, article, text, found.lang))
    parties = [p for c, _ in contacts for p in c.participants]
    if any(p.kind == "person" and not p.wikidata for p in parties):  # offices or names the gazetteer lacks
        holders = _fuller_names(parties)
        if any(_office_only(p) for p in parties):
            holders = _holders_named(gaz, found.mentions, found.office_day) | holders
        contacts = [(c, frame) for c, frame in ((_with_holders(c, holders), f) for c, f in contacts)
                    if len(c.participants) >= 2]
    return _merge(_headline_told_again(_diplomatic(contacts), text.text.find("\n")))


def extract_all(articles: Iterable[Article], gazetteer: Gazetteer | None = None) -> Iterator[Contact]:
    """Contacts of many articles, streamed."""
    gaz = gazetteer or load_gazetteer()
    for article in articles:
        yield from extract(article, gaz)


@lru_cache(maxsize=GAZETTEERS_KEPT)
def _matchers(lang: str, gazetteer: Gazetteer | None = None) -> MatcherGroup:
    """The trigger words, frame cues and names of a gazetteer (default: the shipped one), searched together."""
    names = gazetteer_matcher() if gazetteer is None else build_matcher(gazetteer)
    return MatcherGroup(trigger_matcher(lang), cue_matcher(lang), names)


def _by_sentence(sentences: list, spans: list) -> list[list]:
    """``spans`` (sorted or not; (match, payload) pairs or spans) shared out to the sentences their start falls in."""
    out: list[list] = [[] for _ in sentences]
    starts = [x[0].start for x in spans] if spans and isinstance(spans[0], tuple) else [x.start for x in spans]
    i = 0  # the first sentence that ends after the span: the spans' starts come in order
    for k in sorted(range(len(spans)), key=starts.__getitem__):
        while i < len(sentences) and sentences[i].end <= starts[k]:
            i += 1
        if i < len(sentences) and sentences[i].start <= starts[k]:
            out[i].append(spans[k])
    return out


def publisher_side(url: str | None) -> str | None:
    """The state or organisation whose own site a page is on, from its address's domain (``gaz/domains.tsv``:
    country code domains, and organisations' and governments' own domains); None when it speaks for no one."""
    host = (urlsplit(url).hostname or "") if url else ""
    labels = host.lower().split(".")
    sides = _domain_sides()
    for k in range(len(labels)):  # the longest suffix first: news.un.org, then un.org, then org
        side = sides.get(".".join(labels[k:]))
        if side is not None:
            return side or None
    return None


@cache
def _domain_sides() -> dict[str, str]:
    return {row["suffix"]: row["org"] for row in read_tsv("gazetteer", "domains.tsv")}


def _latest_full_date(dates: Sequence[DateMention]) -> date | None:
    """The latest day an undated article names with its year ("2-4-2008", "21 November 2017"; history it
    recalls is earlier): the day whose office holders its titles name. Relative days stay unresolved
    without a publication date."""
    return max((d.date for d in dates if d.precision == "day" and d.date is not None), default=None)


def _to_norm(d: DateMention, offsets: Sequence[int]) -> DateMention:
    return replace(d, start=bisect.bisect_left(offsets, d.start), end=bisect.bisect_left(offsets, d.end))


def _topics(frame: Frame, later: list[Frame], sentences: list, ntext: str, lang: str, index: TopicIndex
            ) -> list[str]:
    """Topics from the frame's sentence (after the trigger) and the next few sentences without a contact;
    ``index`` holds the topic words of ``ntext``."""
    # the next sentence with a contact of its own (frames, like sentences, come in text order)
    stop = next((f.sentence.start for f in later if f.sentence.start > frame.sentence.start and not f.anaphoric),
                len(ntext))
    spans = [(frame.trigger_start, frame.sentence.end)]
    first = bisect.bisect_left(sentences, frame.sentence.end, key=_START)
    spans += [(s.start, s.end) for s in sentences[first:first + TOPIC_SENTENCES] if s.start < stop]
    labels: list[str] = []
    for a, b in spans:
        for topic in index.topics(a, b, lang):
            if topic.label_en not in labels:
                labels.append(topic.label_en)
    if not labels:
        fallback = fallback_topic(ntext[frame.trigger_start:frame.sentence.end], lang)
        if fallback:
            labels.append(fallback)
    return labels


def _contacts(frame: Frame, topics: list[str], article: Article, text, lang: str) -> list[Contact]:
    start, end = text.span(frame.sentence.start, frame.sentence.end)
    evidence = Evidence(article.text[start:end], start, end)
    date_value = frame.date.date.isoformat() if frame.date is not None and frame.date.date else None
    date_text = frame.date.text if frame.date is not None else None
    subject = frame.initiator if frame.initiator in frame.participants else frame.participants[0]
    others = [p for p in frame.participants if p != subject]
    in_person = frame.type in ("meeting", "visit")
    tour = frame.type == "visit" and subject.kind == "person" and all(p.kind == "country" for p in others)
    hub_side = [frame.hub, *(a for a in frame.hub_company if a in frame.participants)] if frame.hub else []
    if hub_side:
        groups = [[*hub_side, other] for other in frame.participants if other not in hub_side]
    elif in_person and not tour or frame.multilateral and not in_person:
        groups = [frame.participants]  # one meeting of everyone (a tour of several countries is not)
    else:
        groups = [[subject, other] for other in others]
    published = article.published.isoformat() if article.published else None
    out = []
    for people in groups:
        initiator = frame.initiator.name if frame.initiator in people else None
        if frame.partners_initiate:
            initiator = next(p.name for p in people if p not in (hub_side or frame.participants[:1]))
        out.append(Contact(
            article_id=article.id, type=frame.type, participants=tuple(people), evidence=evidence,
            initiator=initiator, date=date_value, date_text=date_text, status=frame.status,
            topics=tuple(topics), confidence=max(0.1, min(1.0, frame.confidence - (0.1 if initiator else 0))),
            lang=lang, published=published, date_source=article.date_source, url=article.url, title=article.title,
        ))
    return out


def _office_only(actor: Actor) -> bool:
    """An actor named by an office alone ("President of Madagascar"): no name of its own."""
    return actor.kind == "person" and actor.role is not None and actor.name == actor.role and not actor.wikidata


def _holders_named(gaz: Gazetteer, mentions: Sequence, on: date | None) -> dict[tuple[str, str | None], Actor]:
    """The people an article names with an office ("الرئيس الإسرائيلي ريئوفين ريفلن"), or who hold one in
    the gazetteer (on the article's date, or ever when it has none), by office name: the holder that a
    bare mention of the same office elsewhere in the article refers to. An office that two different
    people of the article could hold is left alone."""
    found: dict[tuple[str, str | None], Actor | None] = {}
    for m in mentions:
        a = m.actor
        if a is None or a.kind != "person" or _office_only(a) or a.country is None:
            continue
        codes = offices_held(gaz, a.name, on) | ({m.role} if m.role else set())
        if codes & MINISTERIAL:
            codes |= {"minister"}  # "the Iranian minister": the one minister of Iran the article names
        for code in codes:
            # the state or organisation of the office as written ("رئيس مفوضية الاتحاد الأفريقي X": the AU's)
            where = m.country if code == m.role and m.country else a.country
            key = (office_actor(gaz, "", where, None, ROLE_TITLES.get(code))[0].name, where)
            found[key] = a if found.get(key, a) == a else None
    return {k: a for k, a in found.items() if a is not None}


def _fuller_names(actors: Sequence[Actor]) -> dict[tuple[str, str | None], Actor]:
    """People the gazetteer lacks, named in full once and shorter elsewhere ("Sauli Niinistö" …
    "President Niinistö"): the shorter name stands for the one fuller name that ends with it."""
    unknown = [a for a in dict.fromkeys(actors) if a.kind == "person" and not a.wikidata and not _office_only(a)]
    out: dict[tuple[str, str | None], Actor] = {}
    for a in unknown:
        words = a.name.split()
        longer = {b for b in unknown if len(b.name.split()) > len(words) and b.name.split()[-len(words):] == words
                  and (a.country is None or b.country in (None, a.country))}
        if len(longer) == 1:
            out[a.name, a.country] = longer.pop()
    return out


def _with_holders(contact: Contact, holders: dict[tuple[str, str | None], Actor]) -> Contact:
    """The contact with its office-only participants, and people named short, replaced by whom the
    article names in full: ``holders`` maps (name, country) to them."""
    if not holders:
        return contact
    swap = {p: holders[p.name, p.country] for p in contact.participants if (p.name, p.country) in holders}
    if not swap:
        return contact
    people = tuple(dict.fromkeys(swap.get(p, p) for p in contact.participants))
    initiator = next((swap[p].name for p in swap if p.name == contact.initiator), contact.initiator)
    return replace(contact, participants=people, initiator=initiator)


def _dateline(text: str, places: Sequence) -> tuple[str, int, int] | None:
    """The state of the city a dateline names at the start of a line near the top ("AMMAN —", "القاهرة - 18 - 1
    (كونا) -", "DHAKA, 27 August 2022, (TON):"), with where the dateline starts and ends; None when there is
    none."""
    for p in places:
        if p.start > DATELINE_REACH:
            break
        line_start = text.rfind("\n", 0, p.start) + 1
        end = DATELINE_END.match(text, p.end)
        if text[line_start:p.start].strip() == "" and end:
            return p.country, p.start, end.end()
    return None


def _diplomatic(contacts: list[tuple[Contact, Frame]]) -> list[tuple[Contact, Frame]]:
    """Drop contacts among people of one country (domestic meetings), however many others are unplaced, and
    in-person contacts of people all below minister level (an ambassador received by a deputy minister: see the
    guidelines)."""
    out = []
    for told in contacts:
        contact = told[0]
        known = [p.country for p in contact.participants if p.country]
        if len(known) >= 2 and len(set(known)) == 1:
            continue
        if contact_mode(contact.type) == "in_person" and all(
                p.kind == "person" and _below_minister(p) for p in contact.participants):
            continue
        out.append(told)
    return out


def _below_minister(actor: Actor) -> bool:
    """Whether a person's office is below minister level: a deputy's, an ambassador's, or one that is so in his
    state ("Foreign Secretary of India")."""
    if not actor.role:
        return False
    below = offices_below_minister().get(norm(actor.role.partition(" of ")[0]))
    return BELOW_MINISTER.match(actor.role) is not None or below is not None and actor.country in below[1]


def _headline_told_again(contacts: list[tuple[Contact, Frame]], headline_end: int) -> list[tuple[Contact, Frame]]:
    """A headline's meeting ("X and Y discuss …", "بوتين ورئيس جنوب إفريقيا يناقشان") of people whose contact the
    body tells with its kind ("in a phone call") is that contact, told twice: it takes the body's kind. A
    headline's contact whose people only one body contact of its kind and status names, with others of their
    sides (the body adds who attended), is that contact too: it takes the body's people."""
    if headline_end < 0:
        return contacts
    key = lambda c: (frozenset(p.name for p in c.participants), c.status)  # noqa: E731
    body = [c for c, frame in contacts if frame.sentence.start > headline_end]
    told = {key(c): c.type for c in body}
    out = []
    for c, frame in contacts:
        if frame.sentence.end <= headline_end:
            kind = told.get(key(c), c.type)
            if c.type == "meeting" and kind != "meeting":
                c = replace(c, type=kind, initiator=None)
            sides = {p.country for p in c.participants}
            wider = [b for b in body if b.status == c.status and b.type == c.type and key(c)[0] < key(b)[0]
                     and {p.country for p in b.participants} == sides]
            if len(wider) == 1 and key(c) not in told:
                c = replace(c, participants=wider[0].participants)
            # "X receives letter from Y" over a body telling Y's letter addressed to X's president: that letter
            letters = [b for b in body if b.type == "message" and b.initiator == c.initiator and b.status == c.status
                       and {p.country for p in b.participants} == sides] if c.type == "message" and c.initiator else []
            if len({key(b) for b in letters}) == 1 and key(c) not in told:
                c = replace(c, participants=letters[0].participants)
        out.append((c, frame))
    return out


def _merge(contacts: list[tuple[Contact, Frame]]) -> list[Contact]:
    """One contact per participants, mode and plannedness, of the contacts with the frames that told them;
    later mentions fill what the first lacks.

    A reference back ("the call", "الاتصال") merges into the contact it refers to whatever its status.
    """
    merged: dict[tuple, list[Contact]] = {}  # the mentions of each contact, the first first
    summits = [(frozenset(p.name for p in c.participants), c.status) for c, frame in contacts if frame.summit]
    guessed: list[tuple] = []  # the contacts of talks told in no word of their mode
    # plans first, so that undated mentions of them join them; references back last
    for c, frame in sorted(contacts, key=lambda told: (told[1].anaphoric or told[1].mode_guessed,
                                                        told[0].status != "planned")):
        people = frozenset(p.name for p in c.participants)
        if frame.summit:  # a summit told again as its members arrive: the telling with the most of them
            people = max((m for m, status in summits if status == c.status and people <= m), key=len)
        key: tuple[object, ...] = (people, contact_mode(c.type) if contact_mode(c.type) == "in_person" else c.type,
                                   c.status)
        if frame.anaphoric:  # "the meeting", "during the call": the contact of these people already told
            key = next((k for k in merged if k[:2] == key[:2]), key)
        elif frame.mode_guessed:  # "they had a frank conversation": the contact of these people told that day
            key = next((k for k in merged if k[0] == people and k[2] == c.status
                        and c.date in (None, merged[k][0].date)), key)
            c = replace(c, type=merged[key][0].type) if key in merged else c  # of the mode told
        elif contact_mode(c.type) == "in_person" and c.date is None:
            # an undated mention of a contact also announced as planned ("قمة … في إسطنبول") is that plan (an
            # earlier one another sentence tells, "they last met in March", is not)
            key = next((k for k in merged if k[:2] == key[:2] and k[2] == "planned" and (
                c.status != "background" or merged[k][0].evidence.start == c.evidence.start)), key)
        if key in merged and not frame.anaphoric and not frame.mode_guessed and _another_event(merged[key][0], c):
            key = (*key, c.date, c.initiator)  # "X called Y on Friday. Y had called X on Monday": two calls
        guessed_key = next((k for k in guessed if k[0] == people and k[2] == c.status), None) \
            if (frame.borrowed or frame.anaphoric) and key not in merged else None
        if guessed_key is not None:  # "بحث X مع Y …. جاء ذلك خلال اتصال هاتفي": the talks were that call
            merged[key] = [replace(told, type=c.type) for told in merged.pop(guessed_key)]
            guessed.remove(guessed_key)
        if key in merged:
            merged[key].append(c)
        elif not frame.borrowed:
            merged[key] = [c]
            if frame.mode_guessed:
                guessed.append(key)
    return _plans_held(_on_trips(_represented(sorted(map(_combined, merged.values()), key=lambda c: c.evidence.start))))


def _plans_held(contacts: list[Contact]) -> list[Contact]:
    """An in-person contact planned for the day one of the same people is told as held ("استقبل X اليوم Y … ومن
    المقرر أن يجري الزعيمان اليوم مباحثات"; "arrived today, and will meet Y today") is that contact, not a second."""
    def people(c: Contact) -> frozenset[str]:
        return frozenset(p.name for p in c.participants)

    held = [(people(c), c.date) for c in contacts
            if c.status == "occurred" and c.date and contact_mode(c.type) == "in_person"]
    return [c for c in contacts if not (
        c.status == "planned" and c.date and contact_mode(c.type) == "in_person"
        and any(day == c.date and people(c) <= met for met, day in held))]


def _another_event(told: Contact, c: Contact) -> bool:
    """Whether a contact of the same parties, mode and status as one told is another: told on another day, or,
    a call or letter, placed or sent by the other side."""
    if told.date and c.date and told.date != c.date:
        return True
    return contact_mode(c.type) == "remote" and bool(told.initiator and c.initiator) and told.initiator != c.initiator


def _represented(contacts: list[Contact]) -> list[Contact]:
    """A state or organisation taking part beside its own people is those people ("talks mediated by the EU" …
    "joined by EU chief Charles Michel"): in one contact it goes, and a meeting (or a contact of states alone)
    whose people all meet, with people of its states and organisations, in another in-person contact of the same
    status is that one (a person's visit to a state is left to ``_hosts_named``)."""
    slimmed = []
    for c in contacts:
        own = {p.country for p in c.participants if p.kind == "person" and p.country}
        kept = tuple(p for p in c.participants if p.kind == "person" or p.country not in own)
        slimmed.append(replace(c, participants=kept) if 2 <= len(kept) < len(c.participants) else c)
    # the in-person contacts, each with the states its people are of and the names of all its parties
    met = [(c, {p.country for p in c.participants if p.kind == "person" and p.country},
            {p.name for p in c.participants}) for c in slimmed if contact_mode(c.type) == "in_person"]
    out = []
    for c in slimmed:
        sides = {p.country for p in c.participants if p.kind != "person"}
        people = {p.name for p in c.participants if p.kind == "person"}
        if sides and (c.type == "meeting" or not people) and contact_mode(c.type) == "in_person" and any(
                o is not c and o.status == c.status and sides <= states and people <= names
                for o, states, names in met):
            continue
        out.append(c)
    return out


def _on_trips(contacts: list[Contact]) -> list[Contact]:
    """Meetings held during a visit the article tells ("X arrived in Riyadh … X met the Saudi foreign minister"):
    a meeting of the traveller (and people of his side) with people of the country visited is part of the visit,
    the traveller its initiator."""
    # (traveller, news or background, status): the countries visited
    trips: dict[tuple[str, str, str], set[str | None]] = {}
    for c in contacts:
        if c.type == "visit" and c.initiator:
            trips.setdefault((c.initiator, _era(c.status), c.status), set()).update(
                p.country for p in c.participants if p.name != c.initiator)
    out = []
    for c in contacts:
        for p in c.participants if c.type == "meeting" else ():
            # a trip held holds the meetings of its news; a trip planned only the meetings planned on it
            hosts = trips.get((p.name, _era(c.status), "occurred"), set()) \
                | trips.get((p.name, _era(c.status), c.status), set())
            others = [o for o in c.participants if o is not p and o.country != p.country]
            if hosts and others and all(o.country in hosts for o in others):
                c = replace(c, type="visit", initiator=p.name)
                break
        out.append(c)
    return _hosts_named(out)


def _era(status: str) -> str:
    """A trip under way and the meetings planned on it are one piece of news; an earlier trip is another."""
    return "background" if status == "background" else "news"


def _hosts_named(contacts: list[Contact]) -> list[Contact]:
    """A visit to a country ("arrived in Addis Ababa") whose traveller the article shows meeting people of that
    country in person: those people are the other party (see the guidelines), so the country's visit goes, its
    day passed to the meetings that lack one."""
    met: dict[tuple[str, str, str], list[int]] = {}  # (traveller, status, country met): the contacts telling it
    for i, c in enumerate(contacts):
        if contact_mode(c.type) == "in_person":
            for a, b in permutations(c.participants, 2):
                if b.kind == "person" and b.country and a.country != b.country:
                    met.setdefault((a.name, c.status, b.country), []).append(i)
    out: list[int] = []
    dated: dict[int, tuple[str | None, str | None]] = {}
    for i, c in enumerate(contacts):
        country = next((p for p in c.participants if p.kind == "country"), None)
        others = [p for p in c.participants if p is not country]
        # (traveller, state): a visit to a state itself
        trip = (others[0].name, country.country or "") \
            if c.type == "visit" and country is not None and len(others) == 1 else None
        told = [k for k in met.get((trip[0], c.status, trip[1]), ()) if _same_trip(c.date, contacts[k].date)] \
            if trip else []
        if told:
            dated.update((k, (c.date, c.date_text)) for k in told if contacts[k].date is None and c.date)
            continue
        if trip and c.status == "planned" and any(_same_trip(c.date, contacts[k].date)
                                                  and contacts[k].initiator in (None, trip[0])
                                                  for k in met.get((trip[0], "occurred", trip[1]), ())):
            # "X held talks with Y … X will also visit Bengaluru": the rest of the visit under way (not "X received Y
            # … X will visit Y's state next month": a return visit)
            continue
        out.append(i)
    return [replace(contacts[i], date=dated[i][0], date_text=dated[i][1]) if i in dated else contacts[i]
            for i in out]


def _same_trip(a: str | None, b: str | None) -> bool:
    """Whether two contacts' days (ISO, or None) can be of one trip: unknown, or within a trip's length."""
    return a is None or b is None or abs(date.fromisoformat(a) - date.fromisoformat(b)) <= TRIP_LENGTH


def _combined(told: list[Contact]) -> Contact:
    """The first of the contacts that tell of one, with what the later ones add."""
    first, *later = told
    if not later:
        return first
    ctype, initiator, day, day_text = first.type, first.initiator, first.date, first.date_text
    topics, participants = first.topics, first.participants
    for c in later:
        ctype = _specific(ctype, c.type)
        initiator, day, day_text = initiator or c.initiator, day or c.date, day_text or c.date_text
        topics = tuple(dict.fromkeys(topics + c.topics))
        participants = _richer(participants, c.participants)
    return replace(first, type=ctype, initiator=initiator, date=day, date_text=day_text, topics=topics,
                   participants=participants)


def _specific(a: str, b: str) -> str:
    order = ("visit", "phone_call", "message", "meeting")
    return min(a, b, key=order.index)


def _richer(a: tuple[Actor, ...], b: tuple[Actor, ...]) -> tuple[Actor, ...]:
    return a if sum(bool(x.wikidata) for x in a) >= sum(bool(x.wikidata) for x in b) else b


