"""Actor mentions: gazetteer matches composed into people, titles, counterparts, sides and places.

A title ("الرئيس الروسي", "Saudi Crown Prince", "President of Russia", "أمير دولة الكويت") resolves
to the office holder on the article's date; a name next to a title wins over the title; a title
followed by a name the gazetteer does not know keeps that name as written. Counterparts
("نظيره المصري", "his Jordanian counterpart") and sides ("الجانب الإسرائيلي") are resolved later,
against the other party of a contact frame.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, cached_property, lru_cache
from itertools import accumulate
from operator import attrgetter

from ..gazetteer import Gazetteer
from ..gazetteer.matcher import AR_PLURAL_HEADS, ARTICLE_EN, COMMON_WORDS, gazetteer_matcher
from ..gazetteer.tables import Role
from ..matching import Match, PhraseMatcher
from ..model import Actor
from ..resources import read_tsv
from ..text import WORD_CHAR, Normalized, norm
from .dates import calendar_words
from .lexicon import name_words, offices_below_minister
from .spelling import person_written_so

#: English title words for office codes, for actors named by office only.
ROLE_TITLES = {
    "head_of_state": "President", "head_of_government": "Prime Minister", "foreign_minister": "Foreign Minister",
    "crown_prince": "Crown Prince", "vice_president": "Vice President", "defence_minister": "Defence Minister",
    "deputy_head_of_government": "Deputy Prime Minister", "supreme_leader": "Supreme Leader",
    "secretary_general": "Secretary-General", "org_head": "Head", "high_representative": "High Representative",
    "envoy": "Envoy", "ambassador": "Ambassador", "minister": "Minister", "official": "Official",
    "national_security_adviser": "National Security Adviser", "intelligence_chief": "Intelligence Chief",
    "parliament_speaker": "Speaker of Parliament", "leader": "Leader", "senator": "Senator", "lawmaker": "Lawmaker",
    "charge_d_affaires": "Chargé d'Affaires", "deputy_speaker": "Deputy Speaker", "governor": "Governor",
    "deputy_foreign_minister": "Deputy Foreign Minister", "opposition_leader": "Opposition Leader",
}
#: Offices whose holders the gazetteer tracks; other role words (minister, ambassador) need a name.
TRACKED = frozenset({"head_of_state", "head_of_government", "foreign_minister", "crown_prince",
                     "vice_president", "supreme_leader", "secretary_general", "org_head",
                     "high_representative", "defence_minister", "deputy_head_of_government",
                     "national_security_adviser", "intelligence_chief", "parliament_speaker", "leader"})
#: Words right before or after an office word that say its bearer does not hold it today ("former", "-elect").
NOT_HOLDER_BEFORE = re.compile(r"(?:(?<!\w)|(?<!\w)و)(?:"  # "نائب", also joined to "و": "ونائب وزير …"
                               + "|".join(re.escape(norm(w)) for w in name_words("not_holder_before")) + r")[\s-]*$")
# "deputy", "نائب" right before an office: the deputy's own office, held by someone not named ("ونائب وزير …")
DEPUTY_BEFORE = re.compile(r"(?<!\w)و?(" + "|".join(norm(w) for w in ("deputy", "assistant", "نائب", "نائبة", "مساعد",
                                                                      "مساعدة")) + r")[\s-]*$")
DEPUTY_INSIDE_EN = re.compile(r"\b(deputy|assistant)\b")
ASSISTANT_WORDS = frozenset(norm(w) for w in ("assistant", "مساعد", "مساعدة"))
NOT_HOLDER_AFTER = re.compile(r"[\s-]*(?:" + "|".join(re.escape(norm(w)) for w in name_words("not_holder_after"))
                              + r")(?!\w)")
DUAL_POSSESSIVE = "هما"  # "their (two)": the ending of a noun, never of a name
CONSTRUCT_HEADS = frozenset(norm(w) for w in ("رئيس", "رئيسة", *AR_PLURAL_HEADS.values()))  # "رئيس جيبوتي",
# "رؤساء مصر والأردن": the head of the state named next (without one, "رئيس الوفد", no office)
NISBA_SUFFIXES = frozenset({"ي", "يه", "يين", "يون"})  # an office word with these endings is an adjective
NEXT_WORD = re.compile(r"[\s,،]*(\w+)")  # the word right after an office ("الرئيس غزالي")
# "Russian Deputy Foreign Minister X", "Russia's former foreign minister X": the state's, who does not hold the
# office (a name is needed)
NOT_HOLDER_GAP_EN = re.compile(r"\s*(?:'s)?\s+(?:first\s+)?(?:" + "|".join(
    re.escape(norm(w)) for w in name_words("not_holder_before", "en")) + r")[\s-]+")
SECOND_TITLES = {norm(w): title for w, title in (("deputy", "Deputy"), ("assistant", "Assistant"),
                                                  ("نائب", "Deputy"), ("نائبة", "Deputy"))}
SECOND_WORD = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, SECOND_TITLES)) + r")(?!\w)")  # "Deputy" office
ABBREVIATION_REACH = 8  # characters before a name searched for the stop of an abbreviation ("Mr.")
NOT_HOLDER_REACH = 12  # characters before a title searched for "former", "ex-", "late"
#: Words that may stand between an office word, its country and the holder's name.
GAP_WORDS = name_words("office_gap") + name_words("not_holder_after")
# a one-letter Arabic title ("د." doctor), a Latin initial ("President E. D. Mnangagwa") or the office's
# abbreviation in brackets ("Prime Minister (PM) X") may stand between an office and its holder's name
GAP = re.compile(r"^[\s,،\-]*(?:(?:" + "|".join(re.escape(norm(w)) for w in GAP_WORDS)
                 + r"|[\u0621-\u064a]\.|[a-z]\.?|\([a-z.]{1,6}\))[\s,،/]+)*$")  # ("السيد/ X": a slash after a title)
#: words a sentence writes in lower case: two of them capitalised make a line a title-case headline
TITLE_CASE_WORDS = frozenset({"and", "of", "with", "for", "the", "in", "on", "to", "at", "after", "over", "while",
                              "is", "are", "was", "says", "said", "meets", "met", "calls", "receives", "holds",
                              "hosts", "visits", "talks", "speaks", "discusses", "plans", "about", "from"})
TITLE_CASE_MIN = 2
# one of them capitalised after a space (the space begins the pattern: the engine skips to spaces quickly)
TITLE_CASE_WORD = re.compile(r"\s(?:" + "|".join(w.capitalize() for w in sorted(TITLE_CASE_WORDS)) + r")\b")
PLACE_PREFIX = "ب"  # the Arabic preposition "in", "at" written onto a place
CITY_REACH = 40  # characters before a country adjective searched for "the city of", "العاصمة"
CAPITAL_ADJ_AR = re.compile(r"(?:^|\s)\S{0,3}عاصمه\s+$")  # "إلى العاصمة الإسبانية": the capital, then its state
ARTICLE_BEFORE_EN = re.compile(r"(?<!\w)the\s+$")
CAPITAL_AFTER_ADJ_EN = re.compile(r"\s+capital\b")  # "in the Spanish capital"
CITY_BEFORE_ADJ = re.compile(r"(?:مدينه|بمدينه|منتجع|بمنتجع|عاصمه|بالعاصمه|city of|town of|resort of)\s+\S+\s+$")
_GAP_AR = "(?:" + "|".join(re.escape(norm(w)) for w in name_words("office_gap", "ar")) + ")"  # "الجديد", "دولة"
# offices held beside a minister's, named first without a state ("نائب رئيس الوزراء ووزير الدفاع القطري X")
HELD_BESIDE = frozenset({"deputy_head_of_government", "minister"})
NEW_IN_OFFICE_AR = re.compile(r"\s*(?:الجديد|الجديده)(?=\s)")  # "the new" after an office, before the name
# "لدى المملكة": a posting to a place the gazetteer lacks, after the office's state
POSTED_AT_AR = re.compile(r"(?:\s+ال\S+){0,2}\s*" + norm("لدى") + r"\s+ال\S+(?=\s)")
# plural, dual and possessive endings of a noun joined by "و" after a name ("ومستشارون", "وزوجته")
AND_NOUN_ENDINGS = ("ون", "ين", "ات", "ان", "ته", "تها", "هم", "هما")
AND_AR = "و"  # the Arabic "and", written onto the word after it
ARTICLE_AR = "ال"  # the Arabic article, a proclitic of the matcher
AND_OFFICE_EN = re.compile(r"\s+and\s+")  # "Deputy Prime Minister and Defence Minister X": one holder of both
# "the envoy to", "السفير الجديد لدى دولة": where a posted office is held
POSTED_TO = ("to", "in", "for", "إلى", "لدى", "في")
TO_GAP = re.compile(r"^\s*(?:" + _GAP_AR + r"\s+)?(?:" + "|".join(norm(w) for w in POSTED_TO)
                    + r")\s+(?:the\s+|" + _GAP_AR + r"\s+)?$")
POSTED_TO_WORD = re.compile(r"(?<!\w)(?:" + "|".join(norm(w) for w in POSTED_TO) + r")(?!\w)")
PORTFOLIO_ADJECTIVES_AR = frozenset(norm(w) for w in ("المالية", "المالي"))  # finance, also "of Mali"
MINISTER_BEFORE_AR = re.compile(r"(?<!\S)[وف]?(?:" + "|".join(norm(w) for w in ("وزير", "وزيرة", "وزارة", "وزراء"))
                                + r")\s+$")  # "وزير المالية": the ministry's own word
MINISTER_REACH = 8  # characters before a portfolio adjective in which the minister's word stands
STATE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                           "minister"})  # offices states hold, never organisations
MISSION_HEADS = frozenset({"ambassador", "charge_d_affaires"})  # who heads a state's mission where it is posted
POSTED = frozenset({"envoy"}) | MISSION_HEADS  # offices named with where they are posted
ENVOYS = frozenset({"envoy"})  # offices held for a principal: "the envoy of the Secretary-General", "مبعوث الرئيس"
PRINCIPAL_GAP_EN = re.compile(r"\s+of\s+(?:the\s+)?")  # "Special Envoy of the [UN] Secretary-General"
PRINCIPAL_GAP_AR = re.compile(r"\s+ل(?:" + "|".join(norm(w) for w in ("فخامة", "سمو", "جلالة", "دولة", "معالي"))
                              + r")\s+")  # "المبعوث الخاص لفخامة الرئيس": a form of address before the office
REGNAL_AR = ("الثاني", "الثالث", "السادس", "الخامس", "الرابع", "الأول")
REGNAL = re.compile("[IVX]+|" + "|".join(sorted({*REGNAL_AR, *map(norm, REGNAL_AR)})))  # as written or normalised
# definite words of an office ("المجلس الرئاسي", "للأمن العام اللواء") that may come before the name
COMPLEMENT_WORDS = 6
COMPLEMENT_OPENERS_AR = ("ل", "في")  # a word opening an office's complement before a definite one ("لعملية السلام")
NAME_LINKS = frozenset(name_words("name_link")) | frozenset(map(norm, name_words("name_link")))
SEAT_CHIEF_EN = re.compile(r"(?:'s)?\s+(?:chief|head|director|director-general|boss)\s+")  # "Mossad chief X"
FACILITIES_AR = frozenset(norm(w) for w in name_words("facility", "ar"))
FACILITY_PREFIXES_AR = ("", "ب", "و", "وب", "ل", "ول", "ف", "فب")  # proclitics a facility noun may bear
NAME_OPENERS_AR = frozenset({"عبد", "ابو"})  # links that may open a name ("عبد الهادي", "ابو الغيط"), unlike "بن"
AND_ONLY_GAP = re.compile(r"\s+and\s+")  # "Russian and US officials" (not a comma: "the U.S. and North Korea, …")
LISTED_GAP_EN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # "Egyptian, Jordanian and Saudi": one list
AND_GAP = re.compile(r"^\s*(?:,|،|,?\s*and\b)\s*(?:the\s+)?$")
TIGHT_GAP = re.compile(r"^[\s,،]*$")
# "a delegation led by", "وفدا برئاسة": who leads the group named before, past an office word or two
LED_BY_AR = ("برئاسة", "يرأسه", "يترأسه", "بقيادة", "يقوده")
LED_BY = re.compile(r"\s*,?\s*(?:(?:which|that|who)\s+(?:is|was|were)\s+)?(?:led|headed|chaired)\s+by\s+(?:the\s+)?"
                    r"(?:[^\W\d_]+\s+){0,3}|\s*(?:[،,]\s*)?(?:"
                    + "|".join(norm(w) for w in LED_BY_AR) + r")\s+(?:\S+\s+){0,3}")
TIME_BEFORE_EN = re.compile(r"\d(?:[:.]\d\d)?\s*$")  # "07:00 PM", "7 pm": an hour before the abbreviation
TIME_REACH = 8  # characters before an office word searched for an hour
# "Saudi Crown Prince", "Jordan's King", "Mali's transitional president": who holds the office for now holds it
POSSESSIVE_GAP = re.compile(r"\s*('s)?\s*(?:(?:transitional|interim|acting|new)\s+)?")
# "Italian Interior Minister", "Peru's Trade and Tourism Minister": a portfolio of one to three words before it
PORTFOLIO_WORDS_EN = frozenset(name_words("portfolio", "en"))
WORD_EN = re.compile(r"[^\W\d_]+")
PORTFOLIO_BEFORE_EN = re.compile(r"(?:'s)?\s+[^\W\d_]+(?:\s+(?:and\s+)?[^\W\d_]+){0,2}\s+")
OF_STATE_END = re.compile(r"\bof\s+(?:the\s+)?$")  # "… of Culture of (the) Peru": the state after a portfolio
OF_GAP = re.compile(r"\s*,?\s*of\s+(the\s+)?")  # "Prime Minister Key of New Zealand"
CLAUSE_ENDS = frozenset(".،,:؛;\n")  # what a clause ends on
APPOSITION_GAP = re.compile(r"\s*[,،]\s*(?:the\s+)?")  # "Sheikh X, the Crown Prince", "X، رئيس …"
# "X, the newly appointed secretary general of": an office of his in apposition, described
ORG_APPOSITION_GAP = re.compile(r"\s*[,،]\s*(?:the\s+)?"
                                r"(?:(?:new|newly[\s-]+(?:appointed|elected)|incoming|current)\s+)?")
POSSESSIVE_END = re.compile(r"['’]s?$")  # "Mattis'", "Macron's"
HONORIFIC_EN = re.compile(r"\b(?:sheikh|sheikha|prince|princess)\s+")
NAME_AFTER_CONTACT_EN = re.compile(r"\b(?:met|met with|meets with|meeting with|meetings with|talks with|talked with|"
                                   r"received|hosted|phoned|telephoned|called|spoke with|spoke to)\s+")
NAME_BEFORE_CONTACT_EN = re.compile(r"\s+(?:met|met with|held talks with|spoke with|spoke to|phoned|telephoned|"
                                    r"called|received|hosted|visited)\b")
SENTENCE_STOPS = ".\n!?;"
# a name opening a sentence, maybe with a lower-case description in apposition: "Tom Lantos, the chairman of …,"
APPOSED_LEAD = re.compile(r"\s*([^\s,][^,]*?)(?:,\s+(?:the\s+|a\s+)?[a-z][^,]*,)?\s*")
SUBJECT_NAME_WORDS = (2, 4)  # words of a name opening a sentence
SUBJECT_LEAD = 160  # characters a name and its description in apposition may take before the contact verb
CAPITALISED_OPENERS = frozenset({"the", "a", "an", "on", "in", "at", "after", "before", "during", "later", "earlier",
                                 "meanwhile", "both", "he", "she", "they", "it", "this", "that", "when", "while",
                                 "last", "next", "also", "then", "and", "but", "officials", "leaders"})
NAME_END = re.compile(r"[\n;:!?,(]|(?<!\b[^\W\d_])\.")  # where a name written after a contact verb ends
DESCRIPTION_WORDS = 3  # lower-case words ("socialist ally") that may stand between a contact verb and a name
PLACE_PREPOSITIONS_EN = frozenset({"at", "in", "to", "from", "on"})  # before where, not whom, a contact verb names
NOT_PERSON_WORDS = frozenset({"union", "council", "ministry", "house", "party", "front", "movement", "organization",
                              "organisation", "committee", "nations", "bank", "agency", "states", "republic",
                              "kingdom", "government", "parliament", "assembly", "court", "office", "forces",
                              "army", "group", "association", "league", "commission", "summit", "conference",
                              "forum", "university", "airport", "palace", "hotel", "news", "times", "post",
                              # words of a title's rest: "Ambassador Extraordinary and Plenipotentiary", "Deputy
                              # Supreme Commander", "Minister of Foreign Affairs, African Cooperation and …"
                              "extraordinary", "plenipotentiary", "supreme", "commander", "cooperation", "affairs",
                              "technologies", "technology", "information", "expatriates", "abroad", "relations"})
ADDRESS_AR = re.compile(r"(?:^|(?<=\s))(?:" + "|".join(norm(w) for w in ("فخامة", "معالي", "سعادة", "السيد", "السيدة"))
                        + r")/?\s+")  # forms of address before a name ("السيد/ X" too)
PORTFOLIO_ROLES = frozenset({"minister"})  # offices named with a portfolio ("وزير المالية")
PORTFOLIO_PREFIXES_AR = ("ال", "وال", "لل")  # "وزير الدولة للشؤون الخارجية": each portfolio word is definite
IN_AR = "في"  # "وزير التجارة في البيرو": the state a portfolio's minister serves
PORTFOLIO_WORDS = 3  # words of a minister's portfolio between the office word and the state ("الثقافة والسياحة")
OFFICE_TO_ADDRESS = 25  # characters between an office and the form of address of its holder ("لدى المملكة")
ADDRESS_EN = re.compile(r"\b(?:mr|mrs|ms|dr|secretary)\.?\s+")  # before a bare surname: "Mr Orban", "Secretary Rubio"
SURNAME = re.compile(r"[\w'-]+")
NEXT_NAME_WORD = re.compile(r" ([\w'-]+)")  # the next word of a name, one space after
SURNAME_MIN = 4  # letters a surname needs to name someone alone
ARTICLE_PREFIX = re.compile(r"(?:al|el)-(?=[A-Z])")  # "al-Sudani": the article before a surname (not "Al-Sabah")
NAME_WORD_MIN = 3  # letters a word of a name needs to tell people apart
NAME_BEFORE = re.compile(r"((?:[\w'-]+ ){1,3}[\w'-]+),\s*(?:the\s+)?$")  # "Mary Simon, (the) …"
COMMA_END = re.compile(r",\s*(?:the\s+)?$")  # how :data:`NAME_BEFORE` ends, quicker to look for
QUOTED_NAME = re.compile(r'\s*"([^"]{3,40})"')  # a name in quotes right after its office (quotes are normalised)
CLAUSE_END = re.compile(r"[\n;:!?؟]|(?<!\b[^\W\d_])\.")  # not the stop of an initial ("E. D. Mnangagwa")
FAMILY_TAIL = re.compile(r"(?:\s+(?:(?:al|el)-|(?:bin|bint|ibn)\s+)[\w'-]+){1,4}")  # "Sheikh Sabah Al-Khaled"
#: "of Defence", "for African Affairs", "and Minister of State for Defence Affairs": a portfolio (and another office
#: of the same person) between an English office and its holder's name
QUALIFIER_EN = re.compile(r"\s*(?:" + "|".join(map(re.escape, name_words("office_qualifier", "en"))) + r")\s+")
PORTFOLIO_EN = re.compile(r"(?:" + QUALIFIER_EN.pattern + r")?\s*,?\s*(?:of|for|and)\s+(?:(?:"
                          + "|".join(map(re.escape, name_words("portfolio", "en")))
                          + r")(?!\w)[\s,]*)+")  # "Minister Delegate for Foreign Affairs"
PORTFOLIO_NAME_WORDS = 2  # words of a name after a portfolio: one capitalised word may be the portfolio's own
PORTFOLIO_START_EN = re.compile(r"^[\s,]*(?:of|for)\s+", re.IGNORECASE)  # the word that joins a portfolio to its office
PORTFOLIO_END_EN = re.compile(r"(?:(?:and|of|for|the|&)[\s,]+)+$")  # a portfolio never ends on a joining word
OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?((?:[\w'-]+\s+){0,3}[\w'-]+)\s*,\s*")  # " of Umm Al-Quwain, "
LATIN_TOKEN = re.compile(r"[\w.'-]+|[^\w\s]")
BRACKETED_ABBREVIATION = re.compile(r"\s*\([a-z.]{1,6}\)\s*")  # an office's abbreviation before its holder: "(NSA)"
ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
WORD = re.compile(r"\S+")
WORD_AND_SPACE = re.compile(r"(\S+)\s+")
SPACES = re.compile(r"[\s,،]*")
AR_INITIALS = re.compile(r"[\s,،]*(?:[\u0621-\u064a]\.\s*)+")  # one-letter titles: "د." doctor, "م." engineer
HONORIFICS_AR = tuple(norm(h) for h in name_words("honorific", "ar"))
HONORIFIC_LEADS_AR = tuple(h + " " for h in HONORIFICS_AR)
HONORIFIC_WORDS_AR = frozenset(h for h in HONORIFICS_AR if " " not in h)  # one-word honorifics end a name after it
HONORIFICS_EN = name_words("honorific", "en")
ARABIC_COMPOUND = re.compile(r"(?<!\S)(عبد)\s+(?=\S)")  # "عبد الله", "عبد العزيز": one name, spaced or not
MONARCH_WORDS = frozenset(norm(w) for w in ("king", "queen", "prince", "emir", "amir", "sultan", "emperor", "الملك",
                                              "ملك", "الأمير", "أمير", "السلطان", "سلطان", "العاهل"))
MONARCH_TITLES = ("King", "Queen", "Emir", "Amir", "Sultan", "Prince", "Crown Prince", "Monarch", "Grand Duke",
                  "Emperor")  # who go by their given names ("King Abdullah", "الأمير فيصل")
HONORIFIC_POSSESSIVES_EN = frozenset({"his", "her", "highness", "majesty", "excellency"})  # "His Highness"
SENTENCE_OPENERS = (".", "\n", "—", "--", " -", ":")  # what a name opening a sentence (or after a dateline) follows
GULF_HONORIFICS_EN = ("Prince", "Princess", "Sheikh", "Sheikha", "Sayyid")  # before a given name alone: its bearer
GULF_STATES = frozenset({"SAU", "ARE", "QAT", "KWT", "BHR", "OMN"})  # whose officials go by honorific and given name
EXCELLENCY_EN = "HE"  # "HE Sheikh X": His Excellency, written in capitals (not the pronoun)
EXCELLENCY_WORD = re.compile(r"\s*(he)\s+")  # "HE" right at a position, with the spaces around it
# an abbreviated form of address after an office ("Foreign Minister Dr. X", "H.E. X"): its stop ends no clause
ADDRESS_ABBR_EN = re.compile(r"\s*,?\s*(?:" + "|".join(re.escape(w) for w in HONORIFICS_EN if w.endswith("."))
                             + r")\s+")
HONORIFICS_LEAD_EN = re.compile(r"(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS_EN) + r")\s+)+")
AR_NAME_STOP = frozenset(norm(w) for w in name_words("name_stop", "ar"))  # words that end an unknown name
EN_PARTICLES = frozenset(name_words("particle", "en"))
COMMON_GIVEN_EN = frozenset(name_words("common_given", "en"))
PATRONYM_NEXT = re.compile(r"\s+(?:bin|ibn|ben)\s")  # "Sultan bin Salman": what precedes "bin" is a given name
FAMILY_AFTER = re.compile(r"\s+(?:al|" + norm("آل") + r")[\s-]+(\w+)")  # "… Al Thani", "… آل ثاني": a family name
STATE_SURNAME = re.compile(r"['’]s\s+(\w+)")  # "Japan's Abe": a surname after a state's possessive
PATRONYM_LINKS = frozenset(norm(w) for w in ("بن", "ابن", "bin", "ibn", "bint", "ben"))  # "X bin Y": Y is X's father
ARTICLE_PREPOSITIONS = ("بال", "لل", "وال", "فال", "كال")  # a word so begun is no part of a name
PLACE_KINDS = ("country", "capital")  # payloads that name a state as a place
PLACE_KEY_KINDS = frozenset({"adj", "org_adj", "country", "org"})  # payloads that name a state or organisation
PLURAL_MIN = 4  # letters a word needs before its plural or dual ending says it is no name
GROUP_NEIGHBOURS = 3  # matches on each side of a group noun that may be its state's adjective
GROUP_FROM = re.compile(r"\s+(from|of|من)\s+(?:the\s+)?")  # "officials from the US, Russia and the EU"
LISTED_NEXT = re.compile(r"\s*[,،]?\s*(?:and\s+)?(?:the\s+)?")  # between states listed (Arabic "و" is a clitic)
AND_ADJ_AR = re.compile(r"\s+و?")  # "فلسطينيون وإسرائيليون": adjectives of one noun joined by "و"
GROUP_REACH = 20  # characters before an Arabic adjective in which its group noun stands
GROUP_BEFORE_AR = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, sorted({norm(w) for w in name_words("group", "ar")},
                                                                            key=len, reverse=True))) + r")\s+$")
GROUP_BEFORE_ORG_AR = re.compile(GROUP_BEFORE_AR.pattern[:-len(r"\s+$")] + r"\s+(?:من\s+)?$")  # "وفد من حماس"
GROUP_WORD_AR = re.compile("|".join(map(re.escape, sorted({norm(w) for w in name_words("group", "ar")}))))
GROUP_WORD_EN = re.compile(r"\b(?:" + "|".join(map(re.escape, name_words("group", "en"))) + r")\b")
GROUP_AFTER_EN = re.compile(r"\s+(" + "|".join(map(re.escape, name_words("group", "en"))) + r")\b")


@dataclass(frozen=True)
class Mention:
    """A reference to a participant, as a span of the normalised text."""

    start: int
    end: int
    kind: str  # person | title | counterpart | side | pair | country | org
    actor: Actor | None = None
    role: str | None = None  # office code, where the mention says or implies one
    country: str | None = None  # ISO alpha-3 or organisation code
    resolved_by_title: bool = False
    principal: Actor | None = None  # whose envoy the person is ("the special envoy of President X": X)
    seat: bool = False  # named by a seat of power ("the Kremlin", "البيت الأبيض"): whose office speaks there


@dataclass(frozen=True)
class Place:
    """A place named in the text (capital, seat of power, country, or a city with a country adjective)."""

    start: int
    end: int
    country: str
    marked: bool = False  # written with its preposition ("بمدريد", "بالعاصمة الإسبانية"): where, not what


@lru_cache(maxsize=4096)
def person_actor(gaz: Gazetteer, person_id: str, on: date | None) -> Actor:
    """The actor of a gazetteer person, titled by the office held on ``on``, of the side that office serves (made
    once for the articles of a day)."""
    p = gaz.people[person_id]
    return Actor(name=p.name, name_ar=p.name_ar or None, wikidata=p.wikidata or None,
                 country=gaz.side_of(p.id, on), role=gaz.title_of(p.id, on))


@cache
def place_actor(gaz: Gazetteer, key: str, kind: str) -> Actor:
    """The actor of a gazetteer country or organisation (``kind``), made once."""
    if kind == "country":
        c = gaz.countries[key]
        return Actor(name=c.name_en, name_ar=c.name_ar or None, wikidata=c.wikidata or None, country=key,
                     kind="country")
    o = gaz.organizations[key]
    return Actor(name=o.name_en, name_ar=o.name_ar or None, wikidata=o.wikidata or None, country=key,
                 kind="organization")


@cache
def surname_index(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Gazetteer people by the last word of their English names and aliases (normalised), for "Mr X"."""
    out: dict[str, set[str]] = {}
    for pid, p in gaz.people.items():
        for name in (p.name, *p.aliases_en):
            words = [w for w in norm(name).replace("-", " ").split() if not REGNAL.fullmatch(w)]
            if len(words) >= 2 and len(words[-1]) >= SURNAME_MIN:
                out.setdefault(words[-1], set()).add(pid)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@cache
def people_by_end_word(gaz: Gazetteer) -> dict[tuple[str, str], tuple[str, ...]]:
    """Gazetteer people by their state and the first or last word of an English name (normalised, however short:
    "Japan's Abe", "South Korea's Moon")."""
    out: dict[tuple[str, str], set[str]] = {}
    for pid, p in gaz.people.items():
        for words in (norm(name).lower().split() for name in (p.name, *p.aliases_en) if p.country):
            for w in words[:1] + words[-1:]:
                out.setdefault((p.country, w), set()).add(pid)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@cache
def people_by_arabic_last_word(gaz: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Gazetteer people by the last word of their Arabic names (normalised), of names of two words or more."""
    out: dict[str, set[str]] = {}
    for pid, p in gaz.people.items():
        for words in (norm(name).split() for name in (p.name_ar, *p.aliases_ar) if name):
            if len(words) > 1:
                out.setdefault(words[-1], set()).add(pid)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@cache
def holder_rows_by_word(gaz: Gazetteer, role: str) -> dict[str, tuple[Role, ...]]:
    """The office rows of ``role`` in any state, by the distinctive words of their holders' names (see
    :func:`shares_name`): one table per office for every day, each day filtering the few rows a name finds."""
    out: dict[str, list[Role]] = {}
    for row in roles_by_code(gaz).get(role, ()):
        person = gaz.people.get(row.person_id)
        if person is not None:
            for w in _name_words(Actor(name=person.name, name_ar=person.name_ar or None)):
                out.setdefault(w, []).append(row)
    return {w: tuple(rows) for w, rows in out.items()}


@cache
def roles_by_code(gaz: Gazetteer) -> dict[str, tuple[Role, ...]]:
    """The gazetteer's office rows by office code, whatever the state."""
    out: dict[str, list[Role]] = {}
    for r in gaz.roles:
        out.setdefault(r.role, []).append(r)
    return {code: tuple(rows) for code, rows in out.items()}


@lru_cache(maxsize=4096)
def office_actor(gaz: Gazetteer, role: str, country: str, on: date | None, title_word: str | None = None
                 ) -> tuple[Actor, bool]:
    """The holder of an office on a date, or an actor named by the office; True when a person was found (made
    once for the articles of a day)."""
    if role == "leader":
        role = gaz.leader_office(country)
    if role in TRACKED:
        holder = gaz.holder(role, country, on)
        if holder is not None:
            return person_actor(gaz, holder.id, on), True
    try:
        where = gaz.country_name(country)
    except KeyError:
        where = country
    title = f"{title_word or ROLE_TITLES.get(role, 'Official')} of {where}"
    return Actor(name=title, country=country, role=title), False


@dataclass
class OfficePhrase:
    """An office word with the words that complete it: its states, where it ends, a known name after it."""

    role: str
    start: int
    end: int
    j: int  # the next match to read
    countries: list[str]
    name_match: Match | None = None  # a person the gazetteer knows, in apposition right after the office
    portfolio: str | None = None  # an English portfolio written before the office word ("Interior")
    not_holder: bool = False  # "Deputy", "former" between an English state and the office ("Russia's former …")
    principal: Actor | None = None  # whose envoy the office holder is ("مبعوث الرئيس الكيني": Kenya's president)
    below: str | None = None  # the office as its state's post below the minister's ("Foreign Secretary" of India)


class ActorFinder:
    """Finds actor mentions and places in one normalised article."""

    def __init__(self, gaz: Gazetteer, text: Normalized, lang: str, on: date | None, stops: Iterable[int] = (),
                 matches: list[Match] | None = None):
        """``stops``: where other words of the lexicon start (triggers, cues): no unknown name runs past them;
        ``matches``: those of :func:`gazetteer_matcher` in ``text``, when the caller has them already."""
        self.gaz, self.text, self.lang, self.on = gaz, text, lang, on
        found = gazetteer_matcher().find(text) if matches is None else matches
        self.stops = sorted(stops)
        self.matches = self._with_surnames(_places_read_by_article(gaz, _without_portfolio_adjectives(
            text.text, _without_names_read_as_adjectives(text.text, _without_bracketed_offices(text.text, found)))))
        self._starts = [m.start for m in self.matches]
        self._headlines = sorted(_title_case_lines(text)) if lang != "ar" else []
        self._headline_starts = [a for a, _ in self._headlines]

    def _with_surnames(self, matches: list[Match]) -> list[Match]:
        """Add bare surnames of the people the article names in full ("سامح شكري" … "شكري")."""
        pids = tuple(dict.fromkeys([key for m in matches for kind, key in m.payloads if kind == "person"]))
        found = []
        for m in surname_matcher(self.gaz, pids).find(self.text):
            pid = _first(m, "given")
            if pid is None:
                found.append(m)
            elif (honoured := self._gulf_honorific_before(m.start)) is not None:  # "Prince Faisal": his
                found.append(m._replace(start=honoured, payloads=(("person", pid),)))
        # "وبحث السوداني": a surname that is also a state's adjective, where no noun stands before it to qualify
        named_so = {(m.start, m.end): m for m in found if self._name_slot(m.start)}
        matches = [named_so.pop((m.start, m.end), m) if m.payloads == (("adj", _first(m, "adj")),) else m
                   for m in matches]
        matches = self._nisba_holders(matches)
        if not found:
            return matches
        free = _free_spans([(m.start, m.end) for m in matches])
        extra = [m for m in found if free(m.start, m.end)]
        return sorted(matches + extra, key=attrgetter("start")) if extra else matches

    def _name_slot(self, pos: int) -> bool:
        """Whether an Arabic word at ``pos`` stands where no noun qualifies it: first in its sentence or clause, or
        right after a word of the lexicon (a verb: "تلقى السوداني اتصالا")."""
        if self.lang != "ar":
            return False
        s = self.text.text
        last = pos - 1
        while last >= 0 and s[last].isspace():
            last -= 1
        if last < 0 or s[last] in CLAUSE_ENDS:
            return True
        word = self.text.word_before(pos)
        return bool(word) and last + 1 - len(word) in self._stop_set

    @cached_property
    def _stop_set(self) -> frozenset[int]:
        return frozenset(self.stops)

    def _nisba_holders(self, matches: list[Match]) -> list[Match]:
        """A state's Arabic adjective where no noun qualifies it, that ends the name of the one office holder of the
        day ("تلقى السوداني اتصالا" in 2024: Mohammed Shia al-Sudani): him."""
        out = []
        for m in matches:
            key = _first(m, "adj")
            if self.on is not None and m.payloads == (("adj", key),) and self._name_slot(m.start):
                holders = [pid for pid in people_by_arabic_last_word(self.gaz).get(self.text.text[m.start:m.end], ())
                           if self.gaz.roles_of(pid, self.on)]
                m = m._replace(payloads=(("person", holders[0]),)) if len(holders) == 1 else m
            out.append(m)
        return out

    def _gulf_honorific_before(self, pos: int) -> int | None:
        """Where a Gulf honorific written right before ``pos`` starts ("Prince Faisal"), None when none is."""
        word = self.text.word_before(pos)
        start = pos - len(word) - 1
        return start if start >= 0 and self._written(start, pos - 1) in GULF_HONORIFICS_EN else None

    def _office(self, role: str, country: str, title_word: str | None = None) -> tuple[Actor, bool]:
        """The office holder on the article's date; without a date, the office itself (never today's holder)."""
        if self.on is None:
            return office_actor(self.gaz, "", country, None, title_word or ROLE_TITLES.get(role))
        return office_actor(self.gaz, role, country, self.on, title_word)

    def places(self) -> list[Place]:
        """Capitals, seats of power, countries, and cities qualified by a country adjective."""
        out = []
        for m in self.matches:
            for kind, key in m.payloads:
                if kind in ("capital", "country"):
                    out.append(Place(m.start, m.end, key, PLACE_PREFIX in m.prefix))
                elif kind == "seat":
                    out.append(Place(m.start, m.end, key.split(":")[0], PLACE_PREFIX in m.prefix))
                elif kind == "adj":
                    s = self.text.text
                    city = CITY_BEFORE_ADJ.search(s, max(0, m.start - CITY_REACH), m.start) \
                        or CAPITAL_ADJ_AR.search(s, max(0, m.start - CITY_REACH), m.start)
                    capital = CAPITAL_AFTER_ADJ_EN.match(s, m.end)
                    if city is not None:
                        out.append(Place(city.start(), m.end, key, s[city.start():m.start].strip().startswith(PLACE_PREFIX)))
                    elif capital is not None:  # from its article: the word before the place is "in", "to"
                        article = ARTICLE_BEFORE_EN.search(s, max(0, m.start - CITY_REACH), m.start)
                        out.append(Place(article.start() if article else m.start, capital.end(), key))
                else:
                    continue
                break
        return out

    def nationalities(self, mentions: list[Mention]) -> list[Mention]:
        """Country adjectives standing alone ("محادثات لبنانية - أميركية"), as country actors; not the
        adjectives inside the actor ``mentions`` ("الرئيس الروسي")."""
        starts = [m.start for m in mentions]
        out = []
        for m in self.matches:
            key = _first(m, "adj") if len(m.payloads) == 1 else None
            if key is None:
                continue
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and mentions[i].end >= m.end:
                continue
            out.append(Mention(m.start, m.end, "country", place_actor(self.gaz, key, "country"), None, key))
        return out

    def mentions(self) -> list[Mention]:
        """Actor mentions in text order."""
        out: list[Mention] = []
        ms = self.matches
        i = 0
        while i < len(ms):
            m = ms[i]
            first = dict(reversed(m.payloads))  # the first key of each kind, as :func:`_first` gives it
            if self._patronym_tail(m):
                i += 1  # "تركي بن محمد بن فهد بن عبدالعزيز": the tail of someone else's name, not Fahd
                continue
            if self.lang == "ar" and ("person" in first or first.get("role")) and self._facility_named(m):
                i += 1  # "بمطار الملك خالد": a place named after someone, no one taking part
                continue
            if self._surname_of_another(i):
                i += 1  # "Barak Ravid", "Suh Hoon": a known surname inside someone else's name
                continue
            if "person" in first and len(m.payloads) == 1 and m.prefix.endswith(ARTICLE_AR):
                i += 1  # "الطريق المؤدي": a word with the article is no name that lacks it ("مودي")
                continue
            if "person" in first:
                mention, i = self._person(i)
            elif first.get("role"):
                titles, i = self._title(i)
                while titles and out and out[-1].start >= titles[0].start:
                    out.pop()  # "US President X": the state before the office is part of it, not a party
                out.extend(titles)
                continue
            elif first.get("seat") and self._is_place(m):
                mention = None
                i += 1
            elif first.get("seat") and self._seat_chief_named(i):
                mention = None  # "Egyptian Intelligence chief X": X, named
                i += 1
            elif first.get("seat"):
                org, refers = first["seat"].split(":")
                actor, found = self._office(refers, org) if refers != "government" else (None, False)
                mention = Mention(m.start, m.end, "title", actor, refers, org, True, seat=True) if actor else None
                i += 1
            elif first.get("country") or first.get("org"):
                key = first.get("country") or first["org"]
                kind = "country" if first.get("country") else "org"
                mention = Mention(m.start, m.end, kind, place_actor(self.gaz, key, kind), None, key)
                i += 1
            else:
                mention = None
                i += 1
            if mention is not None:
                out.append(mention)
        out = self._subject_named(self._named_by_honorific(out)) if self.lang != "ar" \
            else self._named_by_address_ar(out)
        out = self._one_holder_of_two_offices(self._described_after(out))
        return self._led_by(self._with_groups(self._surnames_again(self._spelled_otherwise(out))))

    def _one_holder_of_two_offices(self, mentions: list[Mention]) -> list[Mention]:
        """"Deputy Prime Minister of Qatar and Minister of State for Defence Affairs X": an office with no name,
        then "and" and an office held by a named person of its state, are that person's two offices ("نائب رئيس
        الوزراء ووزير الدفاع القطري X"; not when the first office has a holder of its own: "the Egyptian President
        and Foreign Minister X")."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and prev.kind == "title" and m.kind == "person" and self._and_after(prev, m) \
                    and m.role is not None and m.country is not None \
                    and (prev.country == m.country or prev.country is None and prev.role in HELD_BESIDE) \
                    and (prev.actor is None or not prev.actor.wikidata or prev.actor == m.actor
                         or self._holds(m.actor, prev.role, m.country)):
                out[-1] = replace(m, start=prev.start)
                continue
            out.append(m)
        return out

    def _holds(self, actor: Actor | None, role: str | None, org: str) -> bool:
        """Whether a person holds an office of a state on the article's day (one of its holders, when several
        serve side by side)."""
        return actor is not None and role is not None \
            and any(p.name == actor.name for p in self.gaz.holders(role, org, self.on))

    def _and_after(self, first: Mention, second: Mention) -> bool:
        """Whether ``second`` begins with "and" right after ``first`` ("… of Qatar and Minister", "… ووزير"), or
        right after "and" (starting within ``first``: "Qatar and Minister X" takes its state from before)."""
        s = self.text.text
        if self.lang == "ar":
            return s[first.end:second.start].isspace() and s.startswith(AND_AR, second.start)
        joint = AND_OFFICE_EN.match(s, first.end)
        return joint is not None and first.start < second.start <= joint.end()

    def _led_by(self, mentions: list[Mention]) -> list[Mention]:
        """A person the gazetteer lacks who leads a group of a state ("a Peruvian delegation led by Trade Minister
        X", "وفدا بيروفيا برئاسة X") is of that state, wherever else he is named."""
        s = self.text.text
        of: dict[Actor, str] = {}
        for group, person in zip(mentions, mentions[1:], strict=False):
            if group.kind == "group" and group.country and _unknown_person(person) and person.actor is not None \
                    and person.actor.country is None and LED_BY.fullmatch(s, group.end, person.start):
                of.setdefault(person.actor, group.country)
        if not of:
            return mentions
        return [replace(m, country=of[m.actor], actor=replace(m.actor, country=of[m.actor]))
                if m.actor in of and m.actor is not None else m for m in mentions]

    def _surnames_again(self, mentions: list[Mention]) -> list[Mention]:
        """A person the gazetteer lacks, found by name once ("the EU's envoy, Miroslav Lajčák"), is the same
        person where the surname alone is written later ("Borrell and Lajčák")."""
        surnames: dict[str, Mention] = {}
        for m in mentions:
            if _as_written(m) and m.actor is not None:
                words = self.text.text[m.start:m.end].split()
                last = words[-1] if len(words) >= 2 else ""
                if len(last) >= SURNAME_MIN and last not in given_names() and last.lower() not in COMMON_WORDS:
                    surnames.setdefault(last, m)
        if not surnames:
            return mentions
        free = _free_spans([(m.start, m.end) for m in mentions])
        added = []
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, surnames)) + r")(?!\w)")
        for hit in pattern.finditer(self.text.text):
            first = surnames[hit.group()]
            if hit.start() < first.end or not free(hit.start(), hit.end()):
                continue
            if self.lang != "ar" and not self.text.original[self.text.span(hit.start(), hit.end())[0]].isupper():
                continue
            added.append(Mention(hit.start(), hit.end(), "person", first.actor, first.role, first.country))
        return sorted(mentions + added, key=attrgetter("start")) if added else mentions

    def _spelled_otherwise(self, mentions: list[Mention]) -> list[Mention]:
        """Names the gazetteer lacks as written that are its people written another way ("بيلاوال بوتو
        زرداري", "Imamali Rahman"); an unknown name and the known name right after it may be one name."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if _unknown_person(prev) and m.kind == "person" and m.actor is not None and m.actor.wikidata \
                    and prev is not None and self.text.text[prev.end:m.start].isspace():
                assert prev.actor is not None
                pid = person_written_so(self.gaz, f"{prev.actor.name_ar or prev.actor.name} {self._written(m.start, m.end)}")
                if pid is not None:  # "بيلاوال بوتو" + "زرداري" (Asif Zardari's surname): Bilawal Bhutto Zardari
                    actor = person_actor(self.gaz, pid, self.on)
                    out[-1] = Mention(prev.start, m.end, "person", actor, prev.role or m.role, actor.country)
                    continue
            if prev is not None and prev.kind == m.kind == "person" and prev.actor and prev.actor.wikidata \
                    and m.actor and m.actor.wikidata and m.actor != prev.actor \
                    and m.role is None and self.text.text[prev.end:m.start].isspace() \
                    and set(self.text.text[m.start:m.end].split()) <= _name_words(prev.actor):
                out[-1] = replace(prev, end=m.end)  # "بلاول بوتو" + "زرداري": the rest of the same name
                continue
            if _unknown_person(m):
                assert m.actor is not None
                # an organisation's officials are of any state
                state = m.actor.country if m.actor.country in self.gaz.countries else None
                pid = person_written_so(self.gaz, m.actor.name_ar or m.actor.name, state)
                if pid is not None:  # an organisation's office keeps the organisation: "رئيس مفوضية الاتحاد الأفريقي X"
                    m = replace(m, actor=person_actor(self.gaz, pid, self.on),
                                country=m.country if state is None and m.role else self.gaz.people[pid].country)
            out.append(m)
        return out

    def _named_by_address_ar(self, mentions: list[Mention]) -> list[Mention]:
        """Arabic names the gazetteer lacks after a form of address ("فخامة سام موستين", "السيد تود موس"):
        a person, when the words after it look like a name."""
        s = self.text.text
        addresses = list(ADDRESS_AR.finditer(s))
        if not addresses:
            return mentions
        free = self._free_of(mentions)
        out = list(mentions)
        for h in addresses:
            if not free(h.start(), h.end()):
                continue
            window = CLAUSE_END.split(s[h.end():min(self._next_match(h.end()), h.end() + 60)], maxsplit=1)[0]
            span = _arabic_name_span(window, given_first=False)
            if span is None or not free(h.end() + span[0], h.end() + span[1]) \
                    or any(m.start < h.end() + span[1] and h.start() < m.end for m in out[len(mentions):]):
                continue  # "فخامة السيد X": one name after two forms of address
            written = self._written(h.end() + span[0], h.end() + span[1])
            actor = Actor(name=written, name_ar=written)
            start = h.start()
            # "سفير جمهورية مصر العربية لدى المملكة السيد X": the office just before is the named person's
            office = next((m for m in reversed(out) if m.end <= h.start()), None)
            if office is not None and office.kind == "title" and office.country is not None \
                    and h.start() - office.end <= OFFICE_TO_ADDRESS:
                out.remove(office)
                start = office.start
                actor = replace(actor, country=office.country, role=self._title_text(office.role or "", office.country))
            out.append(Mention(start, h.end() + span[1], "person", actor, None, actor.country))
        return sorted(out, key=lambda m: m.start)

    def _described_after(self, mentions: list[Mention]) -> list[Mention]:
        """A name the gazetteer lacks followed, after a comma, by an office of a state ("X, رئيس جمهورية السنغال",
        "X, Foreign Minister of Chile"): one person, of that state, not two (unless the state is where an
        ambassador is posted: "X, السفير لدى مصر")."""
        out: list[Mention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if prev is not None and m.kind == "title" and m.country is not None and not self._posted_to(m) \
                    and _as_written(prev) and prev.country in (None, m.country) \
                    and (APPOSITION_GAP.fullmatch(self.text.text[prev.end:m.start])
                         or self.lang == "ar" and prev.country is None
                         and not self.text.text[prev.end:m.start].strip()):
                # Arabic writes the office right after the name too: "السيد X وزير خارجية الصومال"
                assert prev.actor is not None
                actor = replace(prev.actor, country=m.country, role=self._title_text(m.role or "", m.country))
                out[-1] = Mention(prev.start, m.end, "person", actor, m.role, m.country)
                continue
            if prev is not None and self._org_office_of_named(prev, m):
                # "X, the newly appointed secretary general of the SCO": X, the organisation's officer
                assert prev.actor is not None
                actor = replace(prev.actor, country=m.country, role=self._title_text(m.role or "", m.country))
                out[-1] = Mention(prev.start, m.end, "person", actor, m.role, m.country)
                continue
            if prev is not None and self._office_of_named(prev, m):
                # "X, Minister for Foreign Affairs of Iran": X's own office ("X, special envoy of President Y": Y's)
                out[-1] = replace(prev, end=m.end, principal=m.principal or prev.principal)
                continue
            if prev is not None and self._envoy_named_after(prev, m):
                # "the Special Envoy of the President of Ghana, Foreign Minister X": X, sent as his envoy
                out[-1] = replace(m, start=prev.start)
                continue
            if prev is not None and self._holder_named_after(prev, m):
                assert m.actor is not None and prev.actor is not None
                # "the Special Envoy of the President of Sudan, Ambassador X": X holds the office, of its state
                out[-1] = Mention(prev.start, m.end, "person", replace(m.actor, country=prev.country,
                                                                        role=prev.actor.role), prev.role, prev.country)
                continue
            out.append(m)
        return out

    def _envoy_named_after(self, office: Mention, m: Mention) -> bool:
        """Whether an envoy's office no one the gazetteer knows holds is followed, after a comma, by a known person
        of its state ("the Special Envoy of the President of Ghana, Foreign Minister X"): the one sent."""
        return office.kind == "title" and office.role in ENVOYS and office.actor is not None \
            and office.actor.name == office.actor.role and m.kind == "person" and m.actor is not None \
            and office.country is not None and m.country == office.country \
            and APPOSITION_GAP.fullmatch(self.text.text[office.end:m.start]) is not None

    def _holder_named_after(self, office: Mention, m: Mention) -> bool:
        """Whether an office no one the gazetteer knows holds is followed, after a comma, by a name it lacks
        written with no state of its own ("…, Ambassador X"): its holder."""
        return office.kind == "title" and office.actor is not None and office.actor.name == office.actor.role \
            and office.country is not None and _as_written(m) and m.country is None \
            and APPOSITION_GAP.fullmatch(self.text.text[office.end:m.start]) is not None

    def _org_office_of_named(self, named: Mention, m: Mention) -> bool:
        """Whether an organisation's office stands in apposition after a person ("X, the new secretary general of
        UNCTAD"): his own, whatever state the gazetteer gives him."""
        return m.kind == "title" and named.kind == "person" and named.actor is not None \
            and m.country in self.gaz.organizations \
            and ORG_APPOSITION_GAP.fullmatch(self.text.text[named.end:m.start]) is not None

    def _office_of_named(self, named: Mention, m: Mention) -> bool:
        """Whether an office in apposition after a known person is his own: of his state, after a comma, and
        held by him or by no one the gazetteer knows ("X, Minister for Foreign Affairs of the Islamic Republic
        of Iran"; not "X, the Foreign Minister": someone else, listed)."""
        return m.kind == "title" and named.kind == "person" and named.actor is not None and m.actor is not None \
            and not _as_written(named) and m.country is not None and m.country == named.country \
            and (m.actor == named.actor or m.actor.name == m.actor.role or self._held_once(named.actor, m.role)) \
            and not self._posted_to(m) and APPOSITION_GAP.fullmatch(self.text.text[named.end:m.start]) is not None

    def _held_once(self, actor: Actor, role: str | None) -> bool:
        """Whether the gazetteer has ``actor`` holding office ``role`` at some time ("Sam Kutesa, Uganda's foreign
        minister" on a day the gazetteer gives the office to an acting holder: the name wins)."""
        pid = ids_by_name(self.gaz).get(actor.name)
        return pid is not None and any(r.role == role for r in self.gaz.roles_of(pid))

    def _posted_to(self, m: Mention) -> bool:
        """Whether an envoy's or ambassador's title names as its state the one he is posted to ("السفير لدى مصر"),
        not the one that sends him ("سفير مصر لدى الأردن")."""
        if m.role not in POSTED:
            return False
        posted = POSTED_TO_WORD.search(self.text.text, m.start, m.end)
        if posted is None:
            return False
        first, last = bisect.bisect_left(self._starts, m.start), bisect.bisect_left(self._starts, posted.start())
        return not any(_place_key(x) == m.country for x in self.matches[first:last])

    def _free_of(self, mentions: list[Mention], passing: frozenset[int] | set[int] = frozenset()
                 ) -> Callable[[int, int], bool]:
        """A test of whether a span overlaps no match (but those starting at ``passing``) and none of
        ``mentions``."""
        return _free_spans([(m.start, m.end) for m in self.matches if m.start not in passing]
                           + [(m.start, m.end) for m in mentions])

    def _in_headline(self, pos: int) -> bool:
        """Whether ``pos`` lies in a title-case headline."""
        k = bisect.bisect_right(self._headline_starts, pos)
        return k > 0 and pos < self._headlines[k - 1][1]

    def _part_of_other_name(self, i: int) -> bool:
        """Whether a one-word name match stands next to a capitalised word that no other match takes and that
        is no honorific: it is then part of a name the gazetteer does not know."""
        m = self.matches[i]
        if " " in self.text.text[m.start:m.end].strip() or self._in_headline(m.start):
            return False  # in a headline every word is capitalised
        starts, ends = self.text.words
        k = bisect.bisect_left(starts, m.start)
        neighbours = [k - 1] if k > 0 else []
        neighbours += [k + 1] if k + 1 < len(starts) else []
        for n in neighbours:
            a, b = starts[n], ends[n]
            word = self.text.text[a:b]
            if word in HONORIFICS_EN or word in EN_PARTICLES or word in calendar_words("en") \
                    or not self.text.original[self.text.offsets[a]].isupper() or self._own_name_word(m, word):
                continue  # (nor is a weekday or month: "On Thursday Xi held talks"; nor his own: "Khaled Mashaal")
            if n < k and self.text.text[b:m.start].strip():  # punctuation between: not the same name
                continue
            if n > k and self.text.text[m.end:a].strip():
                continue
            if not any(x.start <= a < x.end for x in self.matches[max(0, i - 2):i + 3]):
                return True
        return False

    def _other_family(self, m: Match) -> bool:
        """Whether a name match is followed by a family name ("Al Thani", "آل ثاني") its person's names lack:
        "Abdullah bin Hamad Al Thani" is not Abdullah bin Hamad Al Attiyah."""
        family = FAMILY_AFTER.match(self.text.text, m.end)
        person = self.gaz.people.get(_first(m, "person") or "")
        if family is None or person is None:
            return False
        names = (person.name_ar or "", *person.aliases_ar) if self.lang == "ar" else (person.name, *person.aliases_en)
        own = {f.group(1) for n in names for f in FAMILY_AFTER.finditer(" " + norm(n).lower())}
        return bool(own) and family.group(1) not in own  # (a name stored without its family may have any)

    def _own_name_word(self, m: Match, word: str) -> bool:
        """Whether a word is one of the Latin names of the person a match names."""
        person = self.gaz.people.get(_first(m, "person") or "")
        return person is not None and word in _latin_name_words(person.name, *person.aliases_en)

    def _with_groups(self, mentions: list[Mention]) -> list[Mention]:
        """Add the groups named by their state's adjective ("Iranian officials", "the US delegation",
        "وفد مصري", "مسؤولين أمريكيين") where no other mention is."""
        s = self.text.text
        # only the matches next to a group noun are looked at: most articles name few groups or none
        nouns = [w.span() for w in (GROUP_WORD_AR if self.lang == "ar" else GROUP_WORD_EN).finditer(s)]
        if not nouns:
            return mentions
        near: set[int] = set()
        for a, b in nouns:
            k = bisect.bisect_left(self._starts, b if self.lang == "ar" else a)
            near.update(range(max(0, k - GROUP_NEIGHBOURS), k + GROUP_NEIGHBOURS))
        starts = [m.start for m in mentions]  # in text order, and not overlapping one another
        groups: list[Mention] = []
        replaced: set[int] = set()  # the country mentions a group takes the place of ("US officials")
        near_matches = [self.matches[i] for i in sorted(near) if i < len(self.matches)]
        for n, m in enumerate(near_matches):
            org = _first(m, "org")  # "a Hamas delegation", "وفد من حركة حماس": a group of the organisation
            key = _first(m, "adj") or _first(m, "org_adj") or (_first(m, "country") if self.lang != "ar" else None) \
                or org
            k = bisect.bisect_left(starts, m.end)  # the mentions that start before this match ends
            own = k > 0 and mentions[k - 1].kind in ("country", "org") \
                and (mentions[k - 1].start, mentions[k - 1].end) == (m.start, m.end)
            if key is None or k > 0 and mentions[k - 1].end > m.start and not own:
                continue
            written = None  # the group's name, when it is not written in one piece
            if self.lang == "ar":
                word = (GROUP_BEFORE_ORG_AR if key == org else GROUP_BEFORE_AR).search(
                    s, max(0, m.start - GROUP_REACH), m.start)
                span = (word.start(1), m.end) if word else None
                if span is None and groups:
                    written = self._second_adjective_ar(m, groups[-1])
                    span = (m.start, m.end) if written else None
            else:
                word = GROUP_AFTER_EN.match(s, m.end)
                span = (m.start, word.end(1)) if word else None
                if span is None and n + 1 < len(near_matches) \
                        and AND_ONLY_GAP.fullmatch(s[m.end:near_matches[n + 1].start]):
                    # "Russian and US officials": each adjective with the group noun after the last
                    word = GROUP_AFTER_EN.match(s, near_matches[n + 1].end)
                    if word is not None:
                        span = (m.start, m.end)
                        written = f"{self._written(m.start, m.end)} {word.group(1)}"
            if span is None:
                continue
            if own:
                replaced.add(k - 1)
            written = written or self._written(*span)
            actor = Actor(name=written, name_ar=written if self.lang == "ar" else None, country=key)
            groups.append(Mention(span[0], span[1], "group", actor, None, key))
        from_lists = self._groups_from(nouns, mentions)
        replaced.update(from_lists)
        groups.extend(from_lists.values())
        kept = [m for i, m in enumerate(mentions) if i not in replaced]
        return sorted(kept + groups, key=lambda m: m.start) if groups else mentions

    def _second_adjective_ar(self, m: Match, group: Mention) -> str | None:
        """The name of the group a second adjective of the group noun just named makes ("مسؤولون فلسطينيون
        وإسرائيليون": مسؤولون إسرائيليون), None when the match is no such adjective."""
        s = self.text.text
        if not _first(m, "adj") or m.prefix not in ("", AND_AR) or not AND_ADJ_AR.fullmatch(s, group.end, m.start):
            return None
        noun = GROUP_WORD_AR.match(s, group.start)
        return f"{self._written(*noun.span())} {self._written(m.core_start, m.end)}" if noun else None

    def _groups_from(self, nouns: list[tuple[int, int]], mentions: list[Mention]) -> dict[int, Mention]:
        """"Officials from the United States, Russia and the EU", "مسؤولون من الولايات المتحدة وروسيا", "officials
        of the IAEA": a group of each state or organisation listed after "from" (of an organisation, "of"), in
        place of its mention (by index)."""
        s, out = self.text.text, {}
        starts = [m.start for m in mentions]
        cores = {x.start: x.core_start for x in self.matches}  # where a name starts after its clitics ("وروسيا")
        for a, b in nouns:
            after = GROUP_FROM.match(s, b)
            if after is None:
                continue
            kinds = ("org",) if after.group(1) == "of" else ("country", "org")  # "diplomats of Korea": its diplomats
            pos, k = after.end(), bisect.bisect_left(starts, after.end())
            joined = self._written(a, after.end())  # "officials from the ", "مسؤولون من "
            while k < len(mentions) and mentions[k].start == pos and mentions[k].kind in kinds \
                    and mentions[k].country is not None:
                m = mentions[k]
                written = joined + self._written(cores.get(m.start, m.start), m.end)
                out[k] = Mention(m.start, m.end, "group", Actor(name=written, name_ar=written if self.lang == "ar"
                                                                else None, country=m.country), None, m.country)
                joined = f"{self._written(a, b)} {after.group(1)} "
                listed = LISTED_NEXT.match(s, m.end)  # always matches: its parts are all optional
                pos, k = (listed.end() if listed else m.end), k + 1
        return out

    def _subject_named(self, mentions: list[Mention]) -> list[Mention]:
        """An English name the gazetteer lacks that opens a sentence as the subject of a contact verb ("Tom
        Lantos met X", "Tom Lantos, the chairman of the House committee, met X")."""
        s, orig = self.text.text, self.text.original
        free = self._free_of(mentions)
        added = []
        for h in NAME_BEFORE_CONTACT_EN.finditer(s):
            # the sentence's start, looked for no further back than a name and its description reach
            reach = max(0, h.start() - SUBJECT_LEAD)
            stop = max(s.rfind(c, reach, h.start()) for c in SENTENCE_STOPS)
            if stop < 0 and reach > 0:
                continue
            lead = APPOSED_LEAD.fullmatch(s, stop + 1, h.start())
            if lead is None:
                continue
            words = list(re.finditer(r"\S+", lead.group(1)))
            if not SUBJECT_NAME_WORDS[0] <= len(words) <= SUBJECT_NAME_WORDS[1]:
                continue
            a, b = lead.start(1), lead.end(1)
            texts = [w.group() for w in words]
            if all(w.lower() in HONORIFICS_EN or w.lower() in HONORIFIC_POSSESSIVES_EN for w in texts):
                continue  # "His Highness met with X": a title that refers back, no name
            if not free(a, b) or texts[0] in CAPITALISED_OPENERS or any(
                    w in calendar_words("en") or w in NOT_PERSON_WORDS
                    or not (orig[self.text.offsets[a + w_.start()]].isupper() or w in EN_PARTICLES)
                    for w, w_ in zip(texts, words, strict=True)):
                continue
            x, y = self.text.span(a, b)
            added.append(Mention(a, b, "person", Actor(name=orig[x:y])))
        return sorted(mentions + added, key=attrgetter("start")) if added else mentions

    def _named_by_honorific(self, mentions: list[Mention]) -> list[Mention]:
        """English names the gazetteer lacks: after an honorific ("Sheikh Rashid bin Saud", which takes
        a title in apposition, ", the Crown Prince of Umm Al-Quwain"), and before a title in apposition
        ("cabled Mary Simon, Canada's Governor General")."""
        s, orig = self.text.text, self.text.original
        honorifics = list(HONORIFIC_EN.finditer(s)) if "sheikh" in s or "prince" in s else []
        # "Prince Sultan bin Salman": a given name that is also an office word, after an honorific, is a name
        after = {h.end() for h in honorifics}
        given = {m.start for m in mentions
                 if m.kind == "title" and m.start in after and s[m.start:m.end] in COMMON_GIVEN_EN}
        mentions = [m for m in mentions if m.start not in given]
        free = self._free_of(mentions, passing=given)
        added: list[Mention] = []
        # the pattern is tried at every character: look for it only in the texts that have its words
        for h in honorifics:
            if not free(h.start(), h.end()) or s[max(0, h.start() - 3):h.start()] == "of ":
                continue  # "the death of Sheikha X": not a party
            window = re.split(r"[\n.;:!?]", s[h.end():h.end() + 60], maxsplit=1)[0]
            span = self._latin_name_span(h.end(), window)
            if span is None or not free(h.end() + span[0], h.end() + span[1]):
                continue
            if s[h.end() + span[0]:h.end() + span[1]] in COMMON_GIVEN_EN:
                continue  # "Sheikh Mohammed" alone names no one in particular
            a, b = self.text.span(h.end() + span[0], h.end() + span[1])
            added.append(Mention(h.start(), h.end() + span[1], "person", Actor(name=orig[a:b].strip(" ,"))))
        for h in NAME_AFTER_CONTACT_EN.finditer(s):
            # "met with socialist ally Hugo Chavez": a capitalised name the gazetteer lacks right after a
            # contact verb, past lower-case descriptive words
            window = NAME_END.split(s[h.end():h.end() + 60], maxsplit=1)[0]
            skip = 0
            placed = False
            for w in list(WORD_AND_SPACE.finditer(window))[:DESCRIPTION_WORDS]:
                if orig[self.text.offsets[h.end() + w.start()]].isupper():
                    break
                placed = placed or w.group(1) in PLACE_PREPOSITIONS_EN  # "received at the State Lodge": a place
                skip = w.end()
            span = self._latin_name_span(h.end() + skip, window[skip:]) \
                if not self._in_headline(h.end()) and not placed else None
            if span is None or not free(h.end() + skip + span[0], h.end() + skip + span[1]):
                continue
            written = self._written(h.end() + skip + span[0], h.end() + skip + span[1]).strip(" ,")
            words = written.split()
            if GROUP_AFTER_EN.match(s, h.end() + skip + span[1]):
                continue  # "a summit of East African leaders": an adjective of a group, no one's name
            if len(words) >= 2 and not any(w.lower() in NOT_PERSON_WORDS for w in words):
                added.append(Mention(h.end() + skip + span[0], h.end() + skip + span[1], "person", Actor(name=written)))
        for h in ADDRESS_EN.finditer(s):
            # "Mr Orban", "Dr Mahathir": the one office holder of the day, or the one person, of that surname
            word = SURNAME.match(s, h.end())
            if word is None or not free(h.start(), word.end()) or not orig[self.text.offsets[word.start()]].isupper():
                continue
            while (more := NEXT_NAME_WORD.match(s, word.end())) is not None \
                    and orig[self.text.offsets[more.start(1)]].isupper():
                word = SURNAME.match(s, more.start(1))  # "Dr Joseph Kinyua": the surname is the last word
                assert word is not None
            bearer = self._surname_bearer(word.group())
            if bearer is not None and self._named_so(bearer, s[h.end():word.end()]):
                person = person_actor(self.gaz, bearer, self.on)
                added.append(Mention(h.start(), word.end(), "person", person, None, person.country))
        added += self._state_surnames(mentions, free)
        out = []
        added.sort(key=attrgetter("end"))
        ends = [n.end for n in added]
        for m in mentions:
            k = bisect.bisect_right(ends, m.start)  # the name found last before the title
            if m.kind == "title" and k and APPOSITION_GAP.fullmatch(s[ends[k - 1]:m.start]):
                name = added[k - 1]  # "X, President of Chile": the title in apposition to a name just found
                if m.country is not None and name.actor is not None and name.actor.country is None:
                    added[k - 1] = replace(name, end=m.end, country=m.country, role=m.role,
                                           actor=replace(name.actor, country=m.country, role=self._title_text(
                                               m.role or "", m.country)))
                continue
            named = self._name_before_title(m, free) if m.kind == "title" and m.country is not None else None
            out.append(named or m)
        return sorted(out + added, key=lambda m: m.start)

    def _named_so(self, person_id: str, written: str) -> bool:
        """Whether every word written of a name ("Joseph Kinyua" after "Dr") is a word of one of the person's
        names ("Mr. Tomas Rivera" is not Rodrigo Rivera)."""
        words = set(norm(written).lower().split())
        person = self.gaz.people[person_id]
        return any(words <= set(norm(name).lower().split()) for name in (person.name, *person.aliases_en))

    def _name_before_title(self, m: Mention, free: Callable[[int, int], bool]) -> Mention | None:
        """"Mary Simon, Canada's Governor General": the capitalised name before a country's title in
        apposition, as the holder (``free`` tells whether a span is not taken yet)."""
        s, orig = self.text.text, self.text.original
        before = s[max(0, m.start - 50):m.start]
        lead = NAME_BEFORE.search(before) if COMMA_END.search(before) else None
        if lead is None:
            return None
        base = m.start - len(before) + lead.start(1)
        spans = [(base + w.start(), base + w.end()) for w in re.finditer(r"[\w'-]+", lead.group(1))]
        upper = [orig[self.text.offsets[a]].isupper() for a, _ in spans]
        k = len(spans)
        while k > 0 and upper[k - 1] and len(spans) - k < 3:
            k -= 1
        name = spans[k:]
        # the name must start where the capitals do: after a lower-case word, or after an abbreviation ("Mr.")
        # (or at the start of the sentence: "Seleshi Bekele, Ethiopia's Minister of Water, met …")
        opening = s[max(0, base - ABBREVIATION_REACH):base].rstrip()
        led = k > 0 and not upper[k - 1] or k == 0 and (opening.endswith(SENTENCE_OPENERS) or not s[:base].strip())
        if len(name) < 2 or not led or not free(name[0][0], name[-1][1]):
            return None
        a, b = self.text.span(name[0][0], name[-1][1])
        actor = Actor(name=orig[a:b], country=m.country, role=self._title_text(m.role or "", m.country))
        return Mention(name[0][0], m.end, "person", actor, m.role, m.country)

    # -- composition -------------------------------------------------------------------------

    def _is_place(self, m: Match) -> bool:
        """A seat of power named as where something happens ("في قصر بعبدا", "in Downing Street", "at the Foreign
        Office")."""
        start = m.start
        if self.text.word_before(start) == ARTICLE_EN.strip():
            start = self.text.text.rfind(ARTICLE_EN, 0, start)
        return PLACE_PREFIX in m.prefix or self.text.word_before(start) in ("في", "in", "at", "بقصر", "قصر")

    def _gap(self, a: Match, b: Match) -> str | None:
        gap = self.text.text[a.end:b.start]
        return gap if gap.isspace() or GAP.match(gap) else None  # most are a space, which GAP takes

    def _principal(self, before: Match, office: Match, countries: list[str]) -> bool:
        """Whether ``office`` names whose envoy the title before it is: "للأمين العام", "لفخامة الرئيس",
        "of the Secretary-General", "of the UN Secretary-General" (the organisation already taken)."""
        if not _first(office, "role") or _first(office, "role") in ENVOYS:
            return False
        gap = self.text.text[before.end:office.start]
        if self.lang == "ar":
            return office.prefix.startswith("ل") and (gap.isspace() or GAP.match(gap) is not None) \
                or PRINCIPAL_GAP_AR.fullmatch(gap) is not None \
                or gap.isspace() and not office.prefix and not before.prefix \
                and not self.text.text.startswith("ال", before.core_start)  # "مبعوث الرئيس": a construct
        return PRINCIPAL_GAP_EN.fullmatch(gap) is not None or bool(countries) and gap.isspace() \
            and _place_key(before) is not None

    def _posted_with_lam(self, before: Match, place: Match) -> bool:
        """Whether an Arabic state written with "لـ" after a posted office names where it is posted ("المبعوث
        الأمريكي الخاص للسودان")."""
        return self.lang == "ar" and place.prefix.lstrip("وف").startswith("ل") and self._gap(before, place) is not None

    def _principal_ahead(self, j: int, countries: list[str]) -> bool:
        """Whether match ``j`` begins the office whose envoy the title before it is: the office ("of the
        Secretary-General", "للرئيس", "مبعوث الرئيس") or an English state before it ("of Chinese President")."""
        ms, s = self.matches, self.text.text
        if self._principal(ms[j - 1], ms[j], countries):
            return True
        return self.lang != "ar" and j + 1 < len(ms) and _place_key(ms[j]) is not None \
            and _first(ms[j + 1], "role") is not None and s[ms[j].end:ms[j + 1].start].isspace() \
            and PRINCIPAL_GAP_EN.fullmatch(s[ms[j - 1].end:ms[j].start]) is not None

    def _person_of(self, name: Match, countries: list[str]) -> bool:
        """Whether a known person's match names someone of one of ``countries``."""
        person = self.gaz.people.get(_first(name, "person") or "")
        return person is not None and person.country in countries

    def _principals_name(self, office: Match, name: Match, principal: str) -> bool:
        """Whether the person right after the office of an envoy's principal holds it ("the envoy of President
        Putin", "مبعوث الرئيس الروسي فلاديمير بوتين"): the principal's name, not the envoy's."""
        person = _first(name, "person")
        return person is not None and self.text.text[office.end:name.start].isspace() \
            and any(r.role == principal for r in self.gaz.roles_of(person, self.on))

    def _coordinated(self, a: Match, b: Match) -> bool:
        """Whether ``b`` is coordinated with ``a`` ("Turkey and Qatar", "روسيا وإيران")."""
        if b.prefix.startswith("و"):
            return TIGHT_GAP.match(self.text.text[a.end:b.start]) is not None
        return AND_GAP.match(self.text.text[a.end:b.start]) is not None

    def _apposition(self, title_end: Match, name: Match, countries: list[str]) -> bool:
        """Whether a name right after a title names its holder: not "and"-coordinated, and after a bare
        comma only when the person is of the title's country ("الرئيس السوري، بشار الأسد")."""
        person = self.gaz.people.get(_first(name, "person") or "")
        # "استقبل الرئيس الصيني [an Iranian]": a known person of another state is the object, not the holder
        # (an organisation's officials may be of any state)
        foreign = person is not None and bool(countries) and person.country not in countries \
            and all(c in self.gaz.countries for c in countries)
        if not self._coordinated(title_end, name):
            return not foreign
        if name.prefix.startswith("و") or " and" in self.text.text[title_end.end:name.start]:
            return False
        # "the European Union High Representative, Javier Solana": an organisation's official is of any state
        return person is not None and (not countries or person.country in countries
                                       or all(c not in self.gaz.countries for c in countries))

    def _seat_chief_named(self, i: int) -> bool:
        """Whether a body standing for its chief is followed by "chief" and a known person ("Egyptian Intelligence
        chief X", "Mossad head X")."""
        ms = self.matches
        return self.lang != "ar" and i + 1 < len(ms) and _first(ms[i + 1], "person") is not None \
            and SEAT_CHIEF_EN.fullmatch(self.text.text, ms[i].end, ms[i + 1].start) is not None

    def _facility_named(self, m: Match) -> bool:
        """Whether an Arabic name or title follows a noun of a place named after someone ("بمطار", "مركز")."""
        word = self.text.word_before(m.start)
        return any(word[len(p):] in FACILITIES_AR for p in FACILITY_PREFIXES_AR if word.startswith(p))

    def _person(self, i: int) -> tuple[Mention, int]:
        m = self.matches[i]
        pid = _first(m, "person")
        assert pid is not None, "called on person matches only"
        actor = person_actor(self.gaz, pid, self.on)
        end, j = m.end, i + 1
        longer = self._longer_name(m, pid)
        if longer is not None:
            return Mention(m.start, longer[0], "person", Actor(name=longer[1])), j
        # An apposition that repeats the office ("Trudeau, Prime Minister of Canada") belongs to the name.
        ms = self.matches
        principal: Actor | None = None  # whom he serves, when the office after his name is an envoy's
        if (j + 1 < len(ms) and _first(ms[j], "role") and not ms[j].prefix and self._gap(m, ms[j]) is not None
                and self._gap(ms[j], ms[j + 1]) is not None and _place_key(ms[j + 1]) == actor.country):
            phrase = self._office_phrase(j)  # "Ding, special envoy of Chinese President Xi": the whole title
            if phrase.name_match is None and phrase.countries[:1] == [actor.country]:
                end, j, principal = phrase.end, phrase.j, phrase.principal
        return Mention(m.start, end, "person", actor, None, actor.country, principal=principal), j

    def _longer_name(self, m: Match, pid: str) -> tuple[int, str] | None:
        """"Sheikh Sabah Al-Khaled Al-Hamad": a known short name ("Sheikh Sabah") that goes on with
        family names the person does not bear names someone else; the end and the name as written."""
        if self.lang == "ar":
            return None
        tail = FAMILY_TAIL.match(self.text.text[m.end:m.end + 80])
        if tail is None:
            return None
        nxt = bisect.bisect_left(self._starts, m.end)  # the first match after the name
        a = self.text.span(m.end, m.end + tail.end())[0]
        if not self.text.original[a:a + 3].strip()[:1].isupper() \
                or nxt < len(self._starts) and self._starts[nxt] < m.end + tail.end():
            return None
        p = self.gaz.people[pid]
        known = {w for n in (p.name,) + tuple(p.aliases_en) for w in re.split(r"[\s-]+", norm(n))}
        words = [w for w in re.split(r"[\s-]+", tail.group()) if w and w not in EN_PARTICLES]
        if not words or any(w in known for w in words[:1]):
            return None
        start = m.start
        lead = HONORIFICS_LEAD_EN.match(self.text.text[m.start:m.end])
        start += lead.end() if lead else 0
        a, b = self.text.span(start, m.end + tail.end())
        return m.end + tail.end(), self.text.original[a:b]

    def _title(self, i: int) -> tuple[list[Mention], int]:
        """Role word with its country (adjective before or after, or "of Country") and maybe a name: the
        mentions it gives and the next match to read. A plural office with several countries ("the Foreign
        Ministers of Turkey and Qatar") gives one mention per country."""
        ms = self.matches
        m = ms[i]
        if self.lang == "ar" and m.suffix in NISBA_SUFFIXES:
            return [], i + 1  # "الملكي", "الرئيسي": an adjective (royal, main), not an office
        if self.lang == "ar" and self.text.text[m.core_start:m.core_end] in CONSTRUCT_HEADS \
                and not (i + 1 < len(ms) and _first(ms[i + 1], "country")
                         and self.text.text[m.end:ms[i + 1].start].isspace()):
            return [], i + 1  # "رئيس الوفد", "رئيس مجلس السيادة": the construct names a state's head only before it
        if self.lang != "ar" and self._written(m.start, m.end).isupper() \
                and TIME_BEFORE_EN.search(self.text.text, max(0, m.start - TIME_REACH), m.start):
            return [], i + 1  # "07:00 PM": a time, not an office (but "on May 3 President X")
        honoured = self._honorific_given_name(i)
        if honoured is not None:
            return honoured
        if _first(m, "role") == "charge_d_affaires" and i + 1 < len(ms) and _first(ms[i + 1], "role") \
                and self.text.text[m.end:ms[i + 1].start].isspace():
            # "القائم بأعمال وزير الخارجية": who acts for the office named next, not a mission's head
            acting, j = self._title(i + 1)
            return [replace(acting[0], start=m.start), *acting[1:]] if acting else [], j
        phrase = self._office_phrase(i)
        if self._another_office_named(i, phrase):
            # "التقى ولي العهد رئيس الوزراء العراقي X": the first office is someone else's, a title of its own
            alone = OfficePhrase(role=phrase.role, start=m.start, end=m.end, j=i + 1, countries=[])
            head, _ = self._office_holder(alone, False)
            rest, j = self._title(i + 1)
            return head + rest, j
        if phrase.name_match is not None:
            return _serving(self._office_named(i, phrase), phrase.principal)
        if self.lang != "ar" and phrase.role not in ("counterpart", "spokesman", "official"):
            named = self._portfolio_named(phrase)
            if named is not None:
                return named
        retired = phrase.end if phrase.not_holder else self._not_holder(phrase.start, phrase.end)
        if retired is not None:
            phrase.end = retired
        if phrase.role == "counterpart":
            return self._counterpart(phrase)
        if phrase.role == "official" and GROUP_WORD_EN.fullmatch(self.text.text[m.start:m.end]):
            return [], i + 1  # "officials of the IAEA": a group of the state or organisation named next
        if phrase.role in ("spokesman", "official"):
            return [], phrase.j
        return _serving(self._office_holder(phrase, retired is not None), phrase.principal)

    def _another_office_named(self, i: int, phrase: OfficePhrase) -> bool:
        """Whether an Arabic office chained to the next one ("ولي العهد رئيس الوزراء العراقي X") is no office of the
        person named after them, who holds the second: two people, the first named by office alone (Qatar's
        "رئيس مجلس الوزراء وزير الخارجية X" holds both)."""
        ms = self.matches
        if self.lang != "ar" or phrase.name_match is None or i + 1 >= phrase.j or not _first(ms[i + 1], "role") \
                or ms[i + 1].prefix or not self.text.text[ms[i].end:ms[i + 1].start].isspace():
            return False
        pid = _first(phrase.name_match, "person") or ""
        held = {r.role for r in self.gaz.roles_of(pid)}
        return bool(held) and phrase.role not in held and _first(ms[i + 1], "role") in held

    def _honorific_given_name(self, i: int) -> tuple[list[Mention], int] | None:
        """"الأمير سلطان بن سعد": an Arabic honorific before a given name that is also an office word names the
        person, not the office; None when the match is no such honorific."""
        ms, j = self.matches, i + 1
        m = ms[i]
        if self.lang != "ar" or j >= len(ms) or ms[j].prefix or not TIGHT_GAP.match(self.text.text[m.end:ms[j].start]) \
                or not _honorific_ar(self.text.text[m.start:m.end]) \
                or self.text.text[ms[j].start:ms[j].end] not in given_names():
            return None
        name = self._unknown_name(m.end, skip_at=ms[j].start)
        if name is None:
            return None
        k = bisect.bisect_left(self._starts, name[1])
        return [Mention(m.start, name[1], "person", Actor(name=name[2], name_ar=name[2]))], max(k, j + 1)

    def _office_phrase(self, i: int) -> OfficePhrase:
        """The office word at match ``i`` with its states: an English adjective or possessive before it ("Saudi
        Crown Prince", "Jordan's King"), adjectives or "of" states after it ("الرئيس الروسي", "President of
        Russia"), the words that complete it (a portfolio, whose envoy it is, where an ambassador is posted), up
        to a name in apposition."""
        ms = self.matches
        m = ms[i]
        role = _first(m, "role") or ""
        phrase = OfficePhrase(role=role, start=m.start, end=m.end, j=i + 1, countries=[])
        countries = phrase.countries
        if self.lang != "ar" and i > 0:
            self._states_before(i, phrase)
        j = i + 1
        principal: Match | None = None  # the office of whose envoy this is, until its holder's name
        seat = _first(ms[j], "seat") if role in POSTED and not countries and j < len(ms) else None
        if seat is not None and self.text.text[m.end:ms[j].start].isspace():
            # "سفير خادم الحرمين الشريفين لدى …": the envoy of the state whose head the honorific names
            countries.append(seat.split(":")[0])
            phrase.end, j = ms[j].end, j + 1
        while j < len(ms) and (self._gap(ms[j - 1], ms[j]) is not None
                               or countries and self._coordinated(ms[j - 1], ms[j])
                               or role in POSTED and TO_GAP.match(self.text.text[ms[j - 1].end:ms[j].start])
                               or role in ENVOYS and self._principal_ahead(j, countries)
                               or not countries and j == i + 1 and role in PORTFOLIO_ROLES and self._portfolio(m, ms[j])):
            nxt = ms[j]
            key = _place_key(nxt)
            if self.lang != "ar" and j == i + 1 and not countries and role in PORTFOLIO_ROLES \
                    and self._portfolio(m, nxt):
                written = self._written(m.end, nxt.start) + " "
                phrase.portfolio = PORTFOLIO_START_EN.sub("", PORTFOLIO_END_EN.sub("", written)).strip()
            if key and not countries and role in PORTFOLIO_ROLES and self.lang == "ar" and j == i + 1 \
                    and j + 1 < len(ms) and _place_key(ms[j + 1]) and self.text.text[nxt.end:ms[j + 1].start].isspace():
                # "وزير المالية المصري": a portfolio read as an adjective, then the state
                phrase.end, j = nxt.end, j + 1
                continue
            if _first(nxt, "role") and _first(m, "role") and self._definite_alone(m, nxt):
                break  # "استقبل الرئيس وزير الخارجية …": two people, not one office
            # "… of Egypt and Jordan Foreign Minister X": an English state before a title is that title's (an Arabic
            # title takes its state after it: "وزيري خارجية الجزائر وموريتانيا، وممثل …")
            new_title = self.lang != "ar" and j + 1 < len(ms) and _first(ms[j + 1], "role") \
                and self._gap(nxt, ms[j + 1]) is not None
            if key and countries and new_title:
                break
            posted = key and role in POSTED and (TO_GAP.match(self.text.text[ms[j - 1].end:nxt.start])
                                                 or self._posted_with_lam(ms[j - 1], nxt))
            if key in self.gaz.countries and role in self.gaz.organisation_offices:
                break  # "the Secretary-General in Italy": where an organisation's officer is, not whose
            if key and not posted and (not countries or self._coordinated(ms[j - 1], nxt)):
                countries.append(key)
                phrase.end, j = nxt.end, j + 1
            elif posted:  # "المندوب الدائم لدى الأمم المتحدة": where he is posted, not whose he is
                phrase.end, j = nxt.end, j + 1
            elif role in ENVOYS and self._principal(ms[j - 1], nxt, countries):
                principal = nxt  # the office of whose envoy this is: part of the title, not a party
                phrase.end, j = nxt.end, j + 1
            elif (_first(nxt, "role") and not nxt.prefix and not countries and _first(nxt, "role") != "counterpart"
                  and self._gap(ms[j - 1], nxt) is not None):
                phrase.end, j = nxt.end, j + 1
            elif principal is not None and self._principals_name(ms[j - 1], nxt, _first(principal, "role") or ""):
                phrase.end, j, principal = nxt.end, j + 1, None  # "the envoy of President Putin": his principal
                phrase.principal = person_actor(self.gaz, _first(nxt, "person") or "", self.on)
                if not countries:
                    countries.append(phrase.principal.country or "")
                if j < len(ms) and _first(ms[j], "role") and self._gap(ms[j - 1], ms[j]) is not None:
                    # "… of President Xi, Vice Premier Ding": the envoy named with an office of his own
                    own = self._office_phrase(j)
                    if own.name_match is not None and self._person_of(own.name_match, countries):
                        phrase.name_match, j = own.name_match, own.j
                    break
            elif role in ENVOYS and self.lang == "ar" and _first(nxt, "person") and nxt.prefix.startswith("ل") \
                    and phrase.principal is None and self._gap(ms[j - 1], nxt) is not None:
                # "المبعوث الخاص للسلطان هيثم بن طارق": whose envoy he is, not his name
                phrase.principal = person_actor(self.gaz, _first(nxt, "person") or "", self.on)
                if not countries:
                    countries.append(phrase.principal.country or "")
                phrase.end, j = nxt.end, j + 1
            elif _first(nxt, "person") and phrase.name_match is None and self._apposition(ms[j - 1], nxt, countries) \
                    and not self._surname_of_another(j):
                phrase.name_match = nxt
                break
            else:
                break
        below = offices_below_minister().get(self.text.text[m.start:m.end])
        if countries and below is not None and countries[0] in below[1]:
            # "Indian Foreign Secretary X": the head of the foreign service, no minister
            phrase.not_holder, phrase.below = True, below[0]
        if principal is not None and phrase.principal is None and countries:
            # "المبعوث الخاص للرئيس الكيني": the holder of the office the envoy serves, in the envoy's state
            holder, found = self._office(_first(principal, "role") or "", countries[0])
            phrase.principal = holder if found else None
        phrase.j = j
        return phrase

    def _states_before(self, i: int, phrase: OfficePhrase) -> None:
        """The states an English office at match ``i`` takes from before it: an adjective or possessive right
        before ("Saudi Crown Prince", "Jordan's King"), past a portfolio ("Italian Interior Minister") or a word
        saying its bearer does not hold it ("Russian Deputy Foreign Minister", "Russia's former …"), and a list of them before a plural office ("his Egyptian,
        Jordanian and Saudi counterparts"; "Belgian and EU leaders" stay groups)."""
        ms, s = self.matches, self.text.text
        m, prev = ms[i], ms[i - 1]
        key = _place_key(prev)
        if key is None:
            return
        portfolio = phrase.role in PORTFOLIO_ROLES and key in self.gaz.countries \
            and self._portfolio_before(prev.end, m.start, m.end)
        not_holder = NOT_HOLDER_GAP_EN.fullmatch(s, prev.end, m.start)
        if not (POSSESSIVE_GAP.fullmatch(s[prev.end:m.start]) or portfolio or not_holder):
            return
        phrase.countries.append(key)
        phrase.start = prev.start
        phrase.portfolio = self._written(prev.end, m.start).strip().removeprefix("'s ") if portfolio else None
        phrase.not_holder = not_holder is not None
        if phrase.role != "leader" and s.endswith("s", 0, m.end):
            k = i - 2
            while k >= 0 and (earlier := _place_key(ms[k])) is not None \
                    and LISTED_GAP_EN.fullmatch(s, ms[k].end, ms[k + 1].start):
                phrase.countries.insert(0, earlier)
                phrase.start, k = ms[k].start, k - 1

    def _portfolio_before(self, start: int, end: int, office_end: int) -> bool:
        """Whether a portfolio (capitalised words, or words of portfolios) stands between a state and an English
        "Minister" ("Italian Interior Minister", "Peru's trade minister"): the minister is that state's (one minister:
        "the Arab Economy Ministers" name a meeting's members)."""
        gap = PORTFOLIO_BEFORE_EN.fullmatch(self.text.text, start, end)
        return gap is not None and not self.text.text.endswith("s", 0, office_end) and all(
            self.text.original[self.text.offsets[w.start()]].isupper() or w.group() in PORTFOLIO_WORDS_EN
            for w in WORD_EN.finditer(self.text.text, start, end) if w.group() not in ("and", "s"))

    def _office_named(self, i: int, phrase: OfficePhrase) -> tuple[list[Mention], int]:
        """An office followed by the name of a person the gazetteer knows: that person ("the presidents of X and
        Y, A and B": each state's holder too, A by name)."""
        retired = self._not_holder(phrase.start, phrase.end)
        end = retired if retired is not None else phrase.end
        mention, j = self._person(phrase.j)
        actor = mention.actor
        assert actor is not None
        if len(phrase.countries) > 1:
            return self._other_holders(i, end, phrase.role, actor.country) \
                + [Mention(mention.start, mention.end, "person", actor, phrase.role, actor.country)], j
        return [Mention(phrase.start, mention.end, "person", actor, phrase.role, actor.country)], j

    def _portfolio_named(self, phrase: OfficePhrase) -> tuple[list[Mention], int] | None:
        """An English office's portfolio ("Minister of State for Defence Affairs") followed by a name the
        gazetteer knows: that person; an unknown name of enough words extends the office to the portfolio."""
        ms, j = self.matches, phrase.j
        portfolio = self._portfolio_en(phrase.end)
        if portfolio > phrase.end and j < len(ms) and ms[j].start == portfolio and _first(ms[j], "person"):
            mention, j = self._person(j)
            assert mention.actor is not None
            return [Mention(phrase.start, mention.end, "person", mention.actor, phrase.role,
                            mention.actor.country)], j
        name = self._unknown_name(portfolio) if portfolio > phrase.end else None
        if name is not None and len(name[2].split()) >= PORTFOLIO_NAME_WORDS \
                or portfolio > phrase.end and QUALIFIER_EN.match(self.text.text, phrase.end):
            phrase.end = portfolio  # (with "Delegate", "Responsible": the office's own words, no name)
        return None

    def _counterpart(self, phrase: OfficePhrase) -> tuple[list[Mention], int]:
        """"his Venezuelan counterpart Hugo Chavez": the name wins; else a counterpart of each state, resolved
        against the contact's other party later."""
        countries = phrase.countries
        country = countries[0] if countries else None
        name = self._unknown_name(phrase.end, of_country=True) if len(countries) == 1 or self.lang != "ar" else None
        if name is not None:
            actor = Actor(name=name[2], name_ar=name[2] if self.lang == "ar" else None, country=country)
            return [Mention(phrase.start, name[1], "person", actor, None, country)], phrase.j
        return [Mention(phrase.start, phrase.end, "counterpart", None, None, c) for c in countries or (None,)], phrase.j

    def _office_holder(self, phrase: OfficePhrase, retired: bool) -> tuple[list[Mention], int]:
        """Who an office phrase names: the holder of the day, or the person named after it (known by that office
        and name, or as written), a former holder by name only; else the office of each state, or a bare title."""
        ms, role, start, end, j = self.matches, phrase.role, phrase.start, phrase.end, phrase.j
        countries = phrase.countries
        country = countries[0] if countries else None
        holder: Actor | None = None
        if country is not None and role in TRACKED and not retired:
            holder, found = self._office(role, country)
            holder = holder if found else None
        name = self._unknown_name(end, of_country=country is not None)
        if name is not None and self.lang != "ar" and " " not in name[2].strip() and "," in self.text.text[end:name[0]]:
            name = None  # "Minister of Foreign Affairs, Policy …": one capitalised word after a comma is no name
        if name is None and country is None and role in TRACKED and not retired:
            word = NEXT_WORD.match(self.text.text, end)
            if word is not None and (j >= len(ms) or ms[j].start >= word.end()) and self._name_word(*word.span(1)):
                holder = self._holder_named(role, word.group(1), self.text.text[start:end])
                if holder is not None:  # "الرئيس غزالي": the one holder of that office of the day with that name
                    return [Mention(start, word.end(), "person", holder, role, holder.country)], j
        if retired:  # "the former French president", "President-elect Lee": not the holder of the day
            deputy = DEPUTY_BEFORE.search(self.text.text, max(0, start - NOT_HOLDER_REACH), start) \
                or DEPUTY_INSIDE_EN.search(self.text.text, start, end)  # "the Russian deputy foreign minister"
            if name is None and deputy is not None and country is not None:
                # "ونائب وزير خارجية روسيا": a deputy named by office only, the office as the name
                rank = "Assistant" if deputy.group(1) in ASSISTANT_WORDS else "Deputy"
                actor, _ = office_actor(self.gaz, "", country, None, f"{rank} {ROLE_TITLES.get(role, 'Official')}")
                return [Mention(deputy.start(1), end, "title", actor, role, country)], j
            if name is None or self.text.text[name[0]:name[1]] in COMMON_GIVEN_EN:
                return [], j
            actor = Actor(name=name[2], name_ar=name[2] if self.lang == "ar" else None, country=country,
                          role=self._second_title(start, end, role, country)
                          or (self._title_text(phrase.below, country) if phrase.below else None))
            return [Mention(start, name[1], "person", actor, role, country)], j
        if name is not None:
            return self._office_with_name(phrase, name, holder)
        if country is None:
            return ([] if role == "leader" else [Mention(start, end, "title", None, role, None)]), j
        out = []
        for c in countries:
            # the leaders of several states: who sits for each among them
            actor, found = self._office(self.gaz.seat_office(c) if role == "leader" and len(countries) > 1 else role, c,
                                        f"{phrase.portfolio} {ROLE_TITLES.get(role)}" if phrase.portfolio else None)
            if role == "leader" and not found:
                continue  # "a local leader": only the one who leads a state is a leader of it
            if not found and role in STATE_OFFICES and c in self.gaz.organizations:
                continue  # "وزراء خارجية منظمة التعاون الإسلامي": its members' ministers, no minister of its own
            if not found and self.lang == "ar" and len(countries) == 1:
                actor = replace(actor, name_ar=self._written(start, end))  # "الرئيس الصيني", as the text says
            out.append(Mention(start, end, "title", actor, role, c, True))
        return out, j

    def _office_with_name(self, phrase: OfficePhrase, name: tuple[int, int, str],
                          holder: Actor | None) -> tuple[list[Mention], int]:
        """An office followed by a name the gazetteer does not match there: the holder when the name is his
        ("Prime Minister Key of New Zealand", "King Abdullah"), else the person as written, with the office."""
        ms, role, start, j = self.matches, phrase.role, phrase.start, phrase.j
        country = phrase.countries[0] if phrase.countries else None
        n_start, n_end, written = name
        if country is None and j < len(ms) and OF_GAP.fullmatch(self.text.text[n_end:ms[j].start]):
            country = _place_key(ms[j])
            if country is not None:
                n_end, j = ms[j].end, j + 1
                if role in TRACKED:  # "Prime Minister Key of New Zealand": the holder of that office
                    holder, found = self._office(role, country)
                    holder = holder if found else None
        if holder is None and country is None and role in TRACKED:
            # "King Abdullah", "President Niinistö": the one holder of that office, anywhere, with that name
            holder = self._holder_named(role, self.text.text[n_start:name[1]], self.text.text[start:phrase.end])
            country = holder.country if holder is not None else None
        if holder is not None and shares_name(holder, self.text.text[n_start:name[1]]):
            return [Mention(start, n_end, "person", holder, role, country)], j
        if self.text.text[n_start:name[1]] in COMMON_GIVEN_EN:  # "President Mohamed": no one in particular
            return [Mention(start, phrase.end, "title", None, role, None)], j
        written_ar = written if self.lang == "ar" else None
        return [Mention(start, n_end, "person", Actor(name=written, name_ar=written_ar, country=country,
                                                      role=self._title_text(role, country)), role, country)], j

    def _other_holders(self, i: int, end: int, role: str, named: str | None) -> list[Mention]:
        """The holders of a plural office ("the presidents of X and Y") in the states other than ``named``, each
        at its state's name."""
        out = []
        for m in self.matches[i + 1:]:
            if m.start >= end:
                break
            key = _place_key(m)
            if key is not None and key != named:
                actor, found = self._office(role, key)
                if found:
                    out.append(Mention(m.start, m.end, "title", actor, role, key, True))
        return out

    def _portfolio_en(self, end: int) -> int:
        """Where an English office's portfolio ends ("of State for African Affairs"), ``end`` when none follows."""
        s = self.text.text
        found = PORTFOLIO_EN.match(s, end)
        if found is None:
            return end
        trailing = PORTFOLIO_END_EN.search(s, found.start(), found.end())
        stop = trailing.start() if trailing is not None else found.end()
        return stop if stop > end else end

    def _name_word(self, start: int, end: int) -> bool:
        """Whether a word may be part of a name: capitalised in English, not a particle or a time word in
        Arabic ("صباح اليوم")."""
        if self.lang == "ar":
            return self.text.text[start:end] not in AR_NAME_STOP
        return self._written(start, end)[:1].isupper()

    def _not_holder(self, start: int, end: int) -> int | None:
        """Where a title ends when a word next to it says its bearer does not hold the office today
        ("former", "ex-", "-elect", "السابق"); None when no such word is there."""
        s = self.text.text
        after = NOT_HOLDER_AFTER.match(s, end)
        if after is not None:
            return after.end()
        inside = NOT_HOLDER_AFTER.search(s, start, end)
        if inside is not None or NOT_HOLDER_BEFORE.search(s, max(0, start - NOT_HOLDER_REACH), start):
            return end
        return None

    def _by_surname(self, surname: str) -> Actor | None:
        """The person a bare surname names (see :meth:`_surname_bearer`)."""
        bearer = self._surname_bearer(surname)
        return person_actor(self.gaz, bearer, self.on) if bearer is not None else None

    def _state_surnames(self, mentions: list[Mention], free: Callable[[int, int], bool]) -> list[Mention]:
        """"Japan's Abe", "Britain's May": a capitalised surname too common to match alone, after a state's
        possessive, names the one person of that state holding an office on the article's date with that surname."""
        s, out = self.text.text, []
        for m in mentions:
            word = STATE_SURNAME.match(s, m.end) if m.kind == "country" and m.country else None
            if word is None or word.group(1) not in COMMON_WORDS or not free(word.start(1), word.end(1)) \
                    or not self.text.original[self.text.offsets[word.start(1)]].isupper():
                continue
            bearers = [pid for pid in people_by_end_word(self.gaz).get((m.country or "", word.group(1)), ())
                       if self.gaz.roles_of(pid, self.on)]
            if len(bearers) == 1:
                person = person_actor(self.gaz, bearers[0], self.on)
                out.append(Mention(m.start, word.end(1), "person", person, None, person.country))
        return out

    def _surname_bearer(self, surname: str) -> str | None:
        """The id of the person a bare surname names: the one bearer holding an office on the article's date, else
        the one bearer in the gazetteer; None when there are several or none."""
        bearers = surname_index(self.gaz).get(surname, ())
        if self.on is not None and len(bearers) > 1:
            bearers = tuple(pid for pid in bearers if self.gaz.roles_of(pid, self.on))
        return bearers[0] if len(bearers) == 1 else None

    def _portfolio(self, office: Match, nxt: Match) -> bool:
        """Whether only a portfolio stands between an office word and what follows ("وزيرة الداخلية الإيطالية",
        "وزير الثقافة والسياحة الصيني": up to a few Arabic words with the article, one perhaps with "و"; "the
        Minister of Culture of Peru")."""
        if self.lang != "ar":  # "the Minister of Culture of Peru": the portfolio, then "of" the state
            gap = self.text.text[office.end:nxt.start]
            whole = PORTFOLIO_EN.match(gap)
            return whole is not None and whole.end() == len(gap) and OF_STATE_END.search(gap) is not None \
                and OF_GAP.fullmatch(gap) is None
        words = self.text.text[office.end:nxt.start].split()
        if len(words) > 1 and words[-1] == IN_AR and _first(nxt, "country"):  # "وزير التجارة في البيرو"
            words = words[:-1]
        return 0 < len(words) <= PORTFOLIO_WORDS and all(w.startswith(PORTFOLIO_PREFIXES_AR) and w not in AR_NAME_STOP
                                                          for w in words)

    def _definite_alone(self, first: Match, nxt: Match) -> bool:
        """Whether an Arabic office word with the article ("الرئيس") stands alone before another office
        ("وزير …"): a definite noun heads no construct, so the second office is someone else's."""
        s = self.text.text
        if self.lang != "ar" or not s.startswith("ال", first.start) or " " in s[first.start:first.end]:
            return False
        if s.startswith("ال", nxt.start):  # "استقبل الملك الرئيس المصري": a second definite office, a second person
            return " " not in s[nxt.start:nxt.end]
        return not nxt.prefix  # "وزير …" heads a construct of its own

    def _holder_named(self, role: str, written: str, title: str | None = None) -> Actor | None:
        """The one person who held office ``role`` of any state on the article's date (at any time when it
        has none) and bears a name written so; None when none or several do."""
        by_word = holder_rows_by_word(self.gaz, role)
        words = [w for w in _compounds_joined(norm(written)).split() if len(w) >= NAME_WORD_MIN]
        named = sorted({row.person_id for w in words for row in by_word.get(w, ())
                        if self.on is None or row.covers(self.on)})
        if len(named) > 1:  # "King Abdullah" in 2019: of Jordan or of Malaysia; the one whose state the article names
            named = [pid for pid in named if self.gaz.people[pid].country in self._states_named]
        holder = person_actor(self.gaz, named[0], self.on) if len(named) == 1 else None
        # "President Mario Rossetti" is not Paraguay's President Mario Abdo: a name of several words ends on the
        # holder's, or the article names the holder's state
        if holder is not None and title is not None and _monarch_word(title) \
                and not any(r.title.startswith(MONARCH_TITLES) for r in self.gaz.roles_of(named[0])):
            return None  # "الأمير وليام" is not President William Ruto: the title written is a monarch's
        return holder if holder is None or len(words) < 2 or words[-1] in _name_words(holder) \
            or holder.country in self._states_named else None

    @cached_property
    def _states_named(self) -> frozenset[str]:
        """The states and organisations the article names (by name, adjective, capital or seat of power)."""
        return frozenset(key.split(":")[0] for m in self.matches for kind, key in m.payloads
                         if kind in ("country", "adj", "org", "org_adj", "capital", "seat"))

    def _written(self, start: int, end: int) -> str:
        """The original text of a span of the normalised text."""
        a, b = self.text.span(start, end)
        return self.text.original[a:b]

    def _second_title(self, start: int, end: int, role: str, country: str | None) -> str | None:
        """The title of a deputy to the office of the phrase at [start, end) ("Kenyan Deputy Foreign Minister":
        "Deputy Foreign Minister of Kenya", "نائب وزير الخارجية"); None for any other word that says its bearer
        does not hold it ("former")."""
        word = SECOND_WORD.search(self.text.text, max(0, start - NOT_HOLDER_REACH), end)
        if word is None:
            return None
        return f"{SECOND_TITLES[word.group(1)]} {self._title_text(role, country)}"

    def _title_text(self, role: str, country: str | None) -> str | None:
        word = ROLE_TITLES.get(role, role.replace("_", " ").title())
        if country is None:
            return word
        try:
            return f"{word} of {self.gaz.country_name(country)}"
        except KeyError:
            return word

    def _unknown_name(self, pos: int, skip_at: int = -1, of_country: bool = False) -> tuple[int, int, str] | None:
        """A proper name written right after a title, which the gazetteer does not know (passing over
        the match at ``skip_at``). After an office of a named country (``of_country``) an Arabic name need
        not start with a known given name: foreign names are written in many ways."""
        s = self.text.text
        if self._in_headline(pos):
            return None  # every word of a title-case headline is capitalised: none tells a name
        if self.lang == "ar":
            new = NEW_IN_OFFICE_AR.match(s, pos)  # "سفير السنغال الجديد X": "the new", then the name
            pos = new.end() if new else pos
            posted = POSTED_AT_AR.match(s, pos)  # "سفير الصين لدى المملكة X": where he is posted, then the name
            pos = posted.end() if posted else pos
            initials = AR_INITIALS.match(s, pos)  # "د. هشام قنديل": Dr, engineer, professor as one letter
            pos = initials.end() if initials else pos
        else:
            # "Foreign Minister Dr. X", "Minister HE Dr. X": forms of address, then the name
            while (address := ADDRESS_ABBR_EN.match(s, pos) or self._excellency(pos)) is not None:
                pos = address.end()
        nxt_match = self._next_match(pos, skip_at)
        k = bisect.bisect_left(self.stops, pos)
        if k < len(self.stops):
            nxt_match = min(nxt_match, self.stops[k])
        window = CLAUSE_END.split(s[pos:min(nxt_match, pos + 60)], maxsplit=1)[0]
        skip = 0
        quoted = QUOTED_NAME.match(window)
        if quoted is not None:  # "وزيرة الداخلية الإيطالية “لوتشانا لامورجيزي”": the name between quotes
            skip, window = quoted.start(1), quoted.group(1)
        elif self.lang != "ar" and (bracketed := BRACKETED_ABBREVIATION.match(window)) is not None:
            skip, window = bracketed.end(), window[bracketed.end():]  # "National Security Adviser (NSA) X"
        elif self.lang != "ar":
            # "Ruler of Umm Al-Quwain, Sheikh X": a place the gazetteer lacks, then the holder's name
            place = OF_PLACE.match(window)
            if place is not None and all(self.text.original[self.text.offsets[pos + place.start(1) + w.start(1)]].isupper()
                                         for w in re.finditer(r"(?:^|\s)([\w'-]+)", place.group(1))
                                         if w.group(1) not in EN_PARTICLES):
                skip = place.end()
                nxt = self._next_match(pos + skip)
                if k < len(self.stops):
                    nxt = min(nxt, self.stops[k])
                window = CLAUSE_END.split(s[pos + skip:min(nxt, pos + skip + 60)], maxsplit=1)[0]
        if self.lang == "ar":
            span = _arabic_name_span(window, given_first=not of_country)
        else:
            span = self._latin_name_span(pos + skip, window)
        if span is None:
            return None
        n_start, n_end = pos + skip + span[0], pos + skip + span[1]
        if self.lang != "ar" and any(w in NOT_PERSON_WORDS for w in s[n_start:n_end].split()):
            return None  # "the PM Office", "the President's Council": an institution, not a name
        o_start, o_end = self.text.span(n_start, n_end)
        written = POSSESSIVE_END.sub("", self.text.original[o_start:o_end].strip(" ,،"))
        return n_start, n_end, written

    def _patronym_tail(self, m: Match) -> bool:
        """A person's name right after "bin", "بن": the tail of someone else's name ("Ahmed bin Mubarak" is not
        Hosni Mubarak)."""
        return any(kind == "person" for kind, _ in m.payloads) and not m.prefix \
            and self.text.word_before(m.start) in PATRONYM_LINKS

    def _next_match(self, pos: int, skip_at: int = -1) -> int:
        """Where the first match at or after ``pos`` starts, passing over one at ``skip_at``; else the text's end."""
        k = bisect.bisect_left(self._starts, pos)
        while k < len(self._starts) and (self._starts[k] == skip_at or self._patronym_tail(self.matches[k])
                                         or self._surname_of_another(k)):
            k += 1
        return self._starts[k] if k < len(self._starts) else len(self.text.text)

    def _surname_of_another(self, k: int) -> bool:
        """Whether match ``k`` is a known name inside someone else's: a one-word English one ("Zola Mbeki"), or one
        followed by another family's name ("Abdullah bin Hamad Al Thani")."""
        return _first(self.matches[k], "person") is not None and (
            self.lang != "ar" and self._part_of_other_name(k) or self._other_family(self.matches[k]))

    def _excellency(self, pos: int) -> re.Match[str] | None:
        """"HE" written in capitals at ``pos`` ("Minister HE Dr. X"): His Excellency, with the space after it."""
        he = EXCELLENCY_WORD.match(self.text.text, pos)
        return he if he is not None and self._written(*he.span(1)) == EXCELLENCY_EN else None

    def _latin_name_span(self, pos: int, window: str) -> tuple[int, int] | None:
        taken: list[tuple[int, int]] = []
        for w in LATIN_TOKEN.finditer(window):
            word = w.group()
            if not WORD_CHAR.match(word):
                if taken or word not in ",":
                    break
                continue
            orig = self.text.original[self.text.offsets[pos + w.start()]]
            excellency = self._excellency(pos + w.start()) is not None  # "HE Sheikh X"
            if (word.lower() in HONORIFICS_EN or excellency) and not taken \
                    and not PATRONYM_NEXT.match(window, w.end()):
                continue  # "Sheikh X", but "Prince Sultan bin Salman": a given name, its father's after "bin"
            if orig.isupper() or (word in EN_PARTICLES or self._particle_joined(pos + w.start(), word)) and taken:
                taken.append((w.start(), w.end()))
                if len(taken) == 6:
                    break
            else:
                break
        while taken and window[taken[-1][0]:taken[-1][1]] in EN_PARTICLES:
            taken.pop()
        if not taken:
            return None
        end = taken[-1][1] - (1 if window[taken[-1][1] - 1] == "." else 0)
        return taken[0][0], end

    def _particle_joined(self, start: int, word: str) -> bool:
        """A name word written with its particle joined by a hyphen, the name capitalised: "al-Dihani",
        "el-Sheikh"."""
        particle, hyphen, rest = word.partition("-")
        return bool(hyphen) and particle in EN_PARTICLES and bool(rest) \
            and self.text.original[self.text.offsets[start + len(particle) + 1]].isupper()


def _without_portfolio_adjectives(text: str, matches: list[Match]) -> list[Match]:
    """"وزير المالية": a ministry's name right after the minister's word, not an adjective of a state (Mali)."""
    return [m for m in matches if not (m.payloads and m.payloads[0][0] in ("adj", "org_adj")
                                        and text[m.start:m.end] in PORTFOLIO_ADJECTIVES_AR
                                        and MINISTER_BEFORE_AR.search(text, max(0, m.start - MINISTER_REACH), m.start))]


def _without_names_read_as_adjectives(text: str, matches: list[Match]) -> list[Match]:
    """The matches but a state's Arabic adjective without the article right after an office with it ("الأمير
    تركي"): an adjective agrees with its noun, so the word is a given name there (Turki), not "Turkish"."""
    return [m for k, m in enumerate(matches)
            if not (k and m.payloads and m.payloads[0][0] == "adj" and ARTICLE_AR not in text[m.start:m.start + 4]
                    and _first(matches[k - 1], "role") and text[matches[k - 1].start:m.start].startswith(ARTICLE_AR)
                    and not text[matches[k - 1].end:m.start].strip())]


def _without_bracketed_offices(text: str, matches: list[Match]) -> list[Match]:
    """The matches but an office abbreviated in brackets after another ("Prime Minister (PM) X"): part of the
    title before it, which the gap between the office and the name takes."""
    return [m for k, m in enumerate(matches)
            if not (k and _first(m, "role") and _first(matches[k - 1], "role")
                    and text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] == ")")]


def _title_case_lines(text: Normalized) -> list[tuple[int, int]]:
    """The lines of an English text written in title case ("Ramaphosa Calls Trump While …"): words that are
    never names stand capitalised after the first word, so a capital letter tells no name there."""
    out = []
    for line in re.finditer(r"[^\n]+", text.original):
        if len(TITLE_CASE_WORD.findall(line.group())) >= TITLE_CASE_MIN:
            out.append((bisect.bisect_left(text.offsets, line.start()), bisect.bisect_left(text.offsets, line.end())))
    return out


def _serving(found: tuple[list[Mention], int], principal: Actor | None) -> tuple[list[Mention], int]:
    """The mentions an envoy's office phrase names, each with whom the envoy serves."""
    mentions, j = found
    return ([replace(m, principal=principal) for m in mentions] if principal is not None else mentions), j


def _as_written(m: Mention) -> bool:
    """Whether a mention names a person the gazetteer does not know, kept as written in the text."""
    return _unknown_person(m) and m.actor is not None and m.actor.name_ar in (None, m.actor.name)


def _unknown_person(m: Mention | None) -> bool:
    """Whether a mention names a person the gazetteer does not know (as written), not an office."""
    return m is not None and m.kind == "person" and m.actor is not None and not m.actor.wikidata \
        and m.actor.name != m.actor.role


def _free_spans(taken: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether ``[a, b)`` overlaps none of the ``taken`` spans, in log time: the spans that start
    before ``b`` are a prefix when sorted by start, and the furthest end among them tells."""
    taken = sorted(taken)
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))

    def free(a: int, b: int) -> bool:
        k = bisect.bisect_left(starts, b)
        return k == 0 or reach[k - 1] <= a
    return free


def _arabic_name_span(window: str, given_first: bool = True) -> tuple[int, int] | None:
    """The span of up to six Arabic words that look like a name, after honorifics; None if under two.
    With ``given_first`` the name must start with a known given name."""
    words: list[tuple[int, int]] = []
    lead = SPACES.match(window)
    pos = lead.end() if lead else 0
    changed = window.startswith(HONORIFIC_LEADS_AR, pos)
    while changed:
        changed = False
        for lead_word in HONORIFIC_LEADS_AR:
            if window.startswith(lead_word, pos):
                pos += len(lead_word)
                changed = True
    for _ in range(COMPLEMENT_WORDS):
        first = WORD_AND_SPACE.match(window, pos)
        if first is None or first.group(1) in AR_NAME_STOP or first.group(1) in given_names():
            break  # "اليزابيث" is a name, not "المجلس"
        if not first.group(1).startswith(("ال", "لل")) and not (
                first.group(1).startswith(COMPLEMENT_OPENERS_AR) and window.startswith("ال", first.end())):
            break  # "لعملية السلام", "في الشرق الأوسط": a portfolio or region before the name
        pos = first.end()
    first = WORD.match(window, pos)
    # "عبد الله": a given name written in two words
    spaced = first is not None and _compounds_joined(window[first.start():]).split(maxsplit=1)[0] in given_names()
    if first is None or given_first and first.group().strip("،,.:؛()\"'«»") not in given_names() and not spaced \
            or first.group().strip() in NAME_LINKS - (frozenset() if given_first and not spaced else NAME_OPENERS_AR):
        # "بن محمد": the rest of a longer name; after an office of a state, "عبد الهادي X" may open one
        return None
    for w in WORD.finditer(window, pos):
        word = w.group()
        bare = word.strip("،,.:؛()\"'«»")
        ok = bool(bare) and bare not in AR_NAME_STOP and ARABIC_WORD.fullmatch(bare) is not None \
            and (bare[1:] if bare.startswith(("ل", "و")) else bare) not in HONORIFIC_WORDS_AR  # "لأخيه جلالة"
        if not words and bare.startswith("ال") and bare not in given_names() or bare.startswith("وال"):
            ok = False  # "والوفد المرافق": a new phrase, not the rest of the name
        if words and bare.startswith("و") and len(bare) > 4 and bare not in given_names() \
                and bare[1:] not in given_names() and _noun_after_and(bare[1:]):
            ok = False  # "عباس إبراهيم ومستشارون": "and advisers" ends the name (not "ويلسون", "واتارا")
        if ok and (bare == word or word.startswith(bare)):
            words.append((w.start(), w.start() + len(bare)))
        if not ok or bare != word or len(words) == 6:
            break
    while words and window[words[-1][0]:words[-1][1]] in NAME_LINKS:
        words.pop()  # "سلطان بن سعد بن خالد" is cut after a name, never after "بن"
    if len(words) < 2:
        return None
    if not given_first and not _name_like(window[words[0][0]:words[-1][1]].split()):
        return None
    return words[0][0], words[-1][1]


def _noun_after_and(word: str) -> bool:
    """Whether a word written after "و" reads as an Arabic noun (a plural or dual, a participle in م, one with the
    article: "ومستشارون", "والوفد") rather than the rest of a foreign name ("ويلسون" is Wilson)."""
    return word.startswith(("م", "ال")) or word.endswith(AND_NOUN_ENDINGS)


def _name_like(words: list[str]) -> bool:
    """Whether Arabic words not known as names can still be one: no word is a preposition with the article
    ("بالعلاقات"), a plural in ات ("استعدادات"), a dual verb ("يناقشان"), or a noun with "their two"
    ("وظهورهما")."""
    return not any(w.startswith(ARTICLE_PREPOSITIONS) or len(w) > PLURAL_MIN and w.endswith("ات")
                   or w.startswith(("ي", "ت")) and w.endswith("ان") and len(w) > PLURAL_MIN
                   or len(w) > PLURAL_MIN and w.endswith(DUAL_POSSESSIVE) for w in words)


@lru_cache(maxsize=4096)
def _latin_name_words(*names: str) -> frozenset[str]:
    """The words of a person's Latin names, as the normalised text writes them."""
    return frozenset(w for n in names for w in re.split(r"[\s-]+", norm(n).lower()) if w)


def shares_name(actor: Actor, written: str) -> bool:
    """Whether a name as written shares at least half of its distinctive words with an actor's names ("Lavrov",
    "Sergei Lavrov"; not "Dafallah Al-Haj Ali" with Ali Youssef al-Sharif)."""
    known = _name_words(actor)
    words = [w for w in _compounds_joined(norm(written)).replace("-", " ").split() if len(w) >= NAME_WORD_MIN]
    shared = sum(w in known for w in words)
    return shared > 0 and 2 * shared >= len(words)


@lru_cache(maxsize=4096)
def _name_words(actor: Actor) -> frozenset[str]:
    """The distinctive words (three letters or more) of an actor's names, normalised; the same actors recur from
    sentence to sentence."""
    known = " ".join(filter(None, (actor.name, actor.name_ar)))
    return frozenset(w for w in _compounds_joined(norm(known)).replace("-", " ").split() if len(w) >= NAME_WORD_MIN)


def _compounds_joined(text: str) -> str:
    """Normalised text with the Arabic compound names written in one word ("عبد الله" as "عبدالله"), as outlets
    write them either way."""
    return ARABIC_COMPOUND.sub(r"\1", text)


def _monarch_word(title: str) -> bool:
    """Whether an office as written is a monarch's ("الأمير", "King", "Sultan")."""
    return any(w in MONARCH_WORDS for w in norm(title).split())


@lru_cache(maxsize=1024)
def _honorific_ar(written: str) -> bool:
    """Whether a word of the normalised text is an Arabic honorific ("الأمير", "الشيخ"): the same office words
    recur from article to article."""
    return norm(written) in HONORIFICS_AR


def _place_key(m: Match) -> str | None:
    """The country or organisation an adjective or name match stands for."""
    if len(m.payloads) == 1 and m.payloads[0][0] not in PLACE_KEY_KINDS:
        return None  # a person's name, an office word: most matches have one payload, of another kind
    return _first(m, "adj") or _first(m, "org_adj") or _first(m, "country") or _first(m, "org")


@lru_cache(maxsize=1024)
def surname_matcher(gaz: Gazetteer, pids: tuple[str, ...]) -> PhraseMatcher:
    """The bare surnames of the people ``pids`` (see :func:`surnames_of`), found together; the same people
    recur from article to article."""
    surnames = PhraseMatcher()
    for pid in pids:
        for surname, cased in surnames_of(gaz, pid):
            surnames.add(surname, ("person", pid), cased=cased)
    # "Prince Faisal", "Sheikh Mohammed", "Sayyid Badr": the given name of the one person named with it so ("Prince
    # Faisal bin Farhan"), unless another of the people has it; kept only after a Gulf honorific (``_with_surnames``)
    given = {pid: _given_of_patronymic(gaz.people[pid].name, gaz.people[pid].country) for pid in pids}
    counts = Counter(g for g in given.values() if g)
    for pid, first in given.items():
        if first and counts[first] == 1:
            surnames.add(first, ("given", pid), cased=True)
    return surnames


def _given_of_patronymic(name: str, country: str) -> str | None:
    """The given name of an English name with a patronymic ("Faisal bin Farhan": "Faisal") or of a Gulf state's
    official ("Badr Albusaidi": "Badr"), None for others."""
    words = name.split()
    patronymic = len(words) >= 3 and words[1].lower() in NAME_LINKS
    return words[0] if patronymic or len(words) >= 2 and country in GULF_STATES else None


@cache
def ids_by_name(gaz: Gazetteer) -> dict[str, str]:
    """Gazetteer person ids by canonical English name."""
    return {p.name: pid for pid, p in gaz.people.items()}


@cache
def surnames_of(gaz: Gazetteer, pid: str) -> tuple[tuple[str, bool], ...]:
    """The surnames a person may be named by alone, Arabic then English, with whether they match only
    capitalised: the last word of a full name, unless it is short, a family name or linked ("bin X")."""
    person = gaz.people[pid]
    out = []
    for name, cased in ((person.name_ar, False), (person.name, True)):
        full = name.split()
        words = [w for w in full if not REGNAL.fullmatch(w)]  # "King Abdullah II" … "Abdullah"
        if len(full) < 2 or not words:
            continue
        family = words[-1].lower().startswith(("al-", "el-", "آل"))  # Al-Sabah: a whole family
        linked = len(words) >= 2 and words[-2].lower() in NAME_LINKS
        if not linked and len(norm(words[-1])) >= 3 and not family:
            out.append((words[-1], cased))
        nisba = ARTICLE_PREFIX.match(words[-1]) if cased and not linked else None
        if nisba is not None and len(rest := words[-1][nisba.end():]) >= SURNAME_MIN \
                and norm(rest).lower() not in state_words(gaz):
            out.append((rest, cased))  # "Mohammed Shia al-Sudani" … "Sudani" (not "Abdul-Malik al-Houthi" … "Houthi")
    return tuple(out)


@cache
def state_words(gaz: Gazetteer) -> frozenset[str]:
    """The words of the English names and adjectives of states and organisations, normalised ("houthi")."""
    names = [n for c in gaz.countries.values() for n in (c.name_en, *c.names_en, *c.adjectives_en)]
    names += [n for o in gaz.organizations.values() for n in (o.name_en, *o.aliases_en, *o.adjectives_en)]
    return frozenset(w for n in names for w in norm(n).lower().replace("-", " ").split())


@cache
def given_names() -> frozenset[str]:
    """Normalised Arabic given names (``data/lexicon/given_names_ar.tsv``)."""
    return frozenset(norm(row["name"]) for row in read_tsv("lexicon", "given_names_ar.tsv"))


def _states_of(gaz: Gazetteer, m: Match) -> set[str]:
    """The states a match names: as a country, a capital, an adjective, or a person of it."""
    out = set()
    for kind, key in m.payloads:
        if kind in PLACE_KINDS:
            out.add(key)
        elif kind == "person" and key in gaz.people and gaz.people[key].country:
            out.add(gaz.people[key].country)
    return out


def _places_read_by_article(gaz: Gazetteer, matches: list[Match]) -> list[Match]:
    """A name of two states ("عمان": Oman, and Amman, Jordan's capital) read as the one the rest of the
    article names more often; a tie keeps both readings."""
    ambiguous = [i for i, m in enumerate(matches)  # (a match of one payload names one place at most)
                 if len(m.payloads) > 1 and len({key for kind, key in m.payloads if kind in PLACE_KINDS}) > 1]
    if not ambiguous:
        return matches
    support = Counter(code for m in matches for code in _states_of(gaz, m))
    out = list(matches)
    for i in ambiguous:
        m = matches[i]
        codes = {key for kind, key in m.payloads if kind in PLACE_KINDS}
        ranked = sorted(codes, key=lambda c: support[c] - 1, reverse=True)  # this match counts once for each
        if support[ranked[0]] > support[ranked[1]]:
            out[i] = m._replace(payloads=tuple(p for p in m.payloads
                                               if p[0] not in PLACE_KINDS or p[1] == ranked[0]))
    return out


def _first(m: Match, kind: str) -> str | None:
    for k, key in m.payloads:
        if k == kind:
            return key
    return None

