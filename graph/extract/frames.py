"""Contact frames: trigger groups in a sentence, filled with actors by argument rules.

For each sentence, adjacent trigger words with no actor between them form one group; the group's
window runs from the previous group to the next. Its actors are the subject (the first person in
the window) and the partners; calls and letters are one contact per partner, a summit is one
contact of everyone. The initiator comes from a request cue ("بطلب من", "at the request of"), the
direction of the verb (called / received a call from / hosted / visited), or the place of an
in-person meeting (the side that is abroad travelled). Status comes from negation, future and
background cues around the trigger.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache, partial
from operator import attrgetter

from ..gazetteer import Gazetteer
from ..matching import Match
from ..model import Actor
from ..text import Normalized, norm
from .actors import (
    AND_AR,
    ARTICLE_AR,
    HONORIFICS_AR,
    MISSION_HEADS,
    ROLE_TITLES,
    TRACKED,
    Mention,
    Place,
    ids_by_name,
    office_actor,
    place_actor,
    shares_name,
)
from .dates import TOLD, DateMention
from .lexicon import Trigger, pair_offices
from .sentences import Sentence

TYPE_PRIORITY = ("phone_call", "message", "visit", "summit", "meeting", "talk")
PERSONS = ("person", "title")
NOUN_BEFORE_EN = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}$")  # "a two-day state visit"
# "جاء ذلك خلال اتصال", "وذلك خلال لقاء", "This came during a phone call": the contact word refers back to what
# the sentence before told
CAME_DURING = re.compile(r"(?:(?:^|\s)و?(?:(?:جاء|جاءت|ياتي|تاتي)\s+(?:ذلك|هذا)|وذلك)\s+(?:خلال|في|اثناء|لدي)"
                         r"|\b(?:this|that|it|the (?:discussion|talks?|remarks|statement))\s+came\s+(?:during|in)"
                         r"\s+(?:a|an)(?:\s+[\w-]+)?)\s+$", re.IGNORECASE)
CAME_DURING_REACH = 48  # characters before a contact word in which to look for it
# "said after the meeting", "told reporters following the talks": a statement dated by a contact told before
SAID_AFTER_EN = re.compile(r"(?:\s+(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media))?\s+(?:after|following)"
                           r"\s+(?:the|their|this|that)\s+(?:[\w-]+\s+)?")
SENTENCE_REST = re.compile(r"\W*")  # nothing but punctuation to the end of the sentence
# "an assessment of the consultations", "priorities for the Warsaw Summit": a contact noun as the matter of another
MATTER_OF_EN = re.compile(r"\b(?:of|for)\s+(?:(?:the|a|an|their|its|this|next|upcoming|coming|[A-Z][\w-]*)\s+){0,3}$")
MATTER_OF_REACH = 48  # characters before a contact noun in which to look for it
TO_AFTER = re.compile(r"\s+to\b")  # "a visit to": where the visit went is named after it
NOUN_REACH = 40  # characters before a verb searched for the determiner that makes it a noun
DETERMINERS_EN = frozenset({"the", "his", "her", "their", "its", "our", "a"})  # "his host": a noun, not a verb
# "while Z is in …", "بينما كان Z": a clause of time
WHILE_BEFORE = re.compile(r"(?:^|\s)(?:while|whilst|" + "|".join(norm(w) for w in ("بينما", "في حين")) + r")\s+"
                          r"(?:(?:" + norm("كان") + r"|" + norm("كانت") + r")\s+)?$")
WHILE_REACH = 20  # characters before a person searched for the "while" that opens his clause
THEIR_WORDS = frozenset({"their"})  # "their meeting": of the two people named before
SINCE = r"(?:^|\s)(?:since|" + norm("منذ") + r")\s"  # "since", "منذ": what follows tells an earlier time
SINCE_BEFORE = re.compile(SINCE + r"+(?:(?:their|his|her|the|last)\s+)*$")
# what is talked about before a place: "الأوضاع (السياسية) في", "the (security) situation in"
MATTER_BEFORE_PLACE = re.compile(r"(?:^|\s)و?(?:" + "|".join(norm(w) for w in (
    "الأوضاع", "الوضع", "التطورات", "المستجدات", "الأزمة", "الإعمار", "situation", "developments", "crisis",
    "conflict", "war", "reconstruction")) + r")(?:\s+\S+)?\s+(?:في|in)\s+(?:the\s+)?$")
MATTER_REACH = 40  # characters before a place searched for what it is the matter of
DISCUSS_BEFORE = re.compile(r"(?:^|\s)(?:[وس]|وس)?(?:" + "|".join(norm(w) for w in (
    "يناقش", "ناقش", "يبحث", "بحث", "discuss", "discussed", "discussing", "discusses")) + r")\b")
DISCUSS_REACH = 80  # characters before a place searched for the discussion it is the matter of
SINCE_WORD = re.compile(SINCE)
SINCE_REACH = 25  # characters before a contact word searched for the "since" that makes it an earlier one
SENDER_JOINED = re.compile(r"\s*[,،]\s*(?:و|and\s)")  # "A, and his crown prince B": a list of senders
MINISTERIAL = frozenset({"foreign_minister", "defence_minister"})  # offices a bare "the X minister" may name
PEOPLE = PERSONS + ("counterpart", "group")
NEAR = 60  # characters around a trigger in which status cues count
# English contact verbs in the past tense that do not end in "-ed": a future cue after them is another clause's
PAST_ENDING_EN = "ed"  # "visited", "phoned": an English verb in the past tense
PAST_IRREGULAR_EN = frozenset({"met", "held", "spoke", "sent", "made", "paid", "wrote", "flew", "had", "told",
                               "gave", "came", "went", "left", "sat", "saw", "took", "shook"})
POSSESSIVE = re.compile(r"'s?\s+")
# "X's office said he …", "the office of X said that she …": the pronoun is X, for whom his office speaks
OFFICE_SPEAKS_EN = re.compile(r"(?P<own>'s?\s+(?:press\s+)?office)?\s+(?:said|says|announced|stated)(?:\s+on\s+\w+)?"
                              r",?\s+(?:that\s+)?(?:he|she)\b")
OFFICE_OF_EN = re.compile(r"\boffice\s+of\s+(?:the\s+)?$")
OFFICE_OF_AR = re.compile(r"(?:" + "|".join(norm(w) for w in ("مكتب", "المكتب الإعلامي"))
                          + r")\s+ل?$")  # "مكتب X", "المكتب الإعلامي لـX"
OFFICE_SPEAKS_AR = re.compile(r"\s*[,،]?\s*ب?انها?(?!\w)")  # "مكتب X أنه …": X, of whom his office speaks
OFFICE_OF_REACH = 16  # characters before a person in which "the office of" stands
JOIN_REACH = 400  # characters after a contact in which "took part" sentences still add to it
PLACE_WORDS = frozenset(norm(w) for w in ("في", "إلى", "الى", "in", "at", "to", "بمدينة", "مدينة", "بقصر", "قصر"))
GUEST_OF_AR = (norm("ضيفا"), norm("على"))  # "حل X ضيفا على العاصمة العمانية مسقط": where the guest went
YEAR_WRITTEN = re.compile(r"\d{4}")  # a date that writes its year keeps it
WEEK = timedelta(days=7)  # a weekday names one of the seven days before or after publication
YEAR_MOVE_AGE = timedelta(days=60)  # a day-month this far on the wrong side of publication is of the next/last year
W_WORDS_AR = frozenset(norm(w) for w in ("وزير", "وزيرة", "وكيل", "وفد", "وزارة", "وكالة", "وسيط", "ولي", "والي"))  # not و+word
BETWEEN_GAP = 2  # characters between a contact noun and "between"/"بين" that make them one phrase
ADVERB_REACH = 100  # characters from a contact word within which a contact adverb ("by phone") qualifies it
DROPPED_SUBJECT_TYPES = ("meeting", "talk", "phone_call")  # Arabic verbs whose subject may be left out
OBJECT_MARK_AR = re.compile(r"\s+(?:مع|ب)\s*")  # "التقى مع X": the object follows
OBJECT_PREFIX_AR = "ب"  # "التقى بالرئيس X": the object marked on the noun
PRONOUN_GENDER = {"she": "f", "her": "f", "he": "m", "him": "m", "his": "m"}  # English pronouns that tell
COORDINATION = re.compile(r"\s*(?:or|and|أو|او)\s+(?:an?\s+)?")  # between two contact words of one clause
POST_GAP = 3  # characters between a writing verb and "on X", "على حسابه"
NEGATED_VERB_GAP = 12  # characters between a negation and the contact verb it denies ("did not even meet")
SAID_GAP = 4  # characters between a speech verb and a day that is the statement's ("said Wednesday", "قال اليوم")
SETTING_REACH = 16  # "on the sidelines of the G20 summit": what this close after "of" is the setting
INVITER_GAP = 12  # characters between an invitation verb and who invited ("دعا إليها الرئيس")
DECEASED_REACH = 25  # characters from "the late", "وفاة" to the person it says has died ("وفاة المغفور له الشيخ X")
AIDE_REACH = 12  # "مساعد وزير الخارجية الأميركية": the office a few words after "aide" is the boss
SPOKESMAN = re.compile(r"متحدث|ناطق|spokes")  # an aide word of one who speaks for an office
THAT_WORD = re.compile(r"(?:^|\s)(?:ان|that)\s")  # what a spokesman says begins: no part of his title
SPOKESMAN_REACH = 50  # characters after a spokesman's title up to his name ("… باسم الديوان الملكي السفير X")
LEAD_SENTENCES = 2  # the title and the lead sentence
NOT_JOINED_GAP = 6  # characters from a negation to a join word it negates ("not involved", "did not take part")
COMPANION_GAP = 2  # characters from "برفقة", "accompanied by" to the companion it names
JOIN_GAP = 24  # "to participate in the Arab summit": a join word this close before a summit word
BEHALF_REACH = 40  # "on behalf of the President, Sheikh X": the people named this close after it
PLACE_REACH = 90  # a place this far after a frame's start says where the contact happened
HOSTED_SUMMIT_GAP = 80  # characters between a host verb and the summit it hosts ("استضاف X في القاهرة اليوم قمة")
# ", a day after holding talks": a clause of time of its own after a comma, whose contact word is no verb's object
TIME_CLAUSE_EN = re.compile(r",\s+(?:\S+\s+){0,3}?(?:after|before|while|when)\b")
VERB_OBJECT_GAP = 120  # "بعث X ... رسالة": a verb and its object noun of the same type, X between
DURING_AFTER = re.compile(r"\s+خلال(?:ها|ه)\b")  # "يلتقي خلالها": the program of the visit just told
DURING_BEFORE = re.compile(r"\bduring\s+which\s+(?:\w+\s+)?(?:will|is\s+to|is\s+expected\s+to|is\s+scheduled\s+to)"
                           r"\s+$")  # "a visit during which he will meet"
# "the post of UN envoy", "منصب وزير الخارجية": the office itself, not someone holding it
OFFICE_NAMED = re.compile(r"(?:\b(?:post|position|office|role|job)\s+of\s+(?:the\s+)?(?:[\w.]+-)?|منصب\s+)$")
OFFICE_NAMED_REACH = 20  # characters before an office in which "the post of" stands
# "to Kyiv on Wednesday and then to Berlin", "إلى كييف ثم إلى برلين": the next stop of one trip (days blanked)
NEXT_STOP = re.compile(r"\s*[,،]?\s*(?:(?:and\s+)?(?:then\s+)?(?:on\s+)?to\s+(?:the\s+)?"
                       r"|(?:ثم|و|ومنها|وبعدها|ومن\s+ثم)\s+الي\s+)")
ARTICLE_WORDS_EN = frozenset({"the"})  # an article between a word and the place it governs ("to the US")
VISIT_OF = re.compile(r"\s+(?:of|by)\s+(?:the\s+)?")  # "the visit of X", "a visit by X": the visitor next
VISIT_OF_AR = re.compile(r"\s+")  # "زيارة الرئيس X": the visitor right after the noun
VISITORS_VISIT = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}")  # "X's official visit", "Mattis' upcoming visit"
TRAVEL_TO = re.compile(r"\b(?:(?:travel(?:s|led|ing)?|fl(?:y|ies|ying|ew)|go(?:es|ing)?|head(?:s|ing|ed)?)\s+to"
                       r"|(?:be|is|are|expected|due)\s+in)\s+(?:the\s+)?$")  # "will be in Turkey for talks"
TRAVEL_REACH = 30  # characters before a place in which "travel to", "fly to" stand
SUBJECT_GAP = 4  # characters between an English verb and the subject right before it ("…, and X met")
AUXILIARIES_EN = re.compile(r"\s+(?:(?:will|would|shall|also|later|then|is|was|are|were|has|have|had|to|did|"
                            r"can|could|may|might|must|not|be)\s+){1,3}")  # "X will also meet", "X is to meet"
BRIEFED_ON_EN = re.compile(r"\b(?:on|about|of)\s+the\s+$")  # "would brief X on the talks": the talks told before
# "briefed Y about his visit", "informed Y of her recent trip": the teller's own contact
BRIEFED_ON_OWN_EN = re.compile(r"\b(?:on|about|of)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$")
PREPARED_GAP = 4  # characters from "التحضيرات ل", "preparations for" to the contact word prepared for
UNDONE_CUES = frozenset({"hypothetical", "negation", "denial"})  # words that a contact may not, or did not, happen
PLANNING_CUES = frozenset({"future", "future_next"})  # words near a contact word that plan it
FUTURE_CUES = PLANNING_CUES | {"future_of"}  # and an adjective that does ("upcoming")
BRIEF_REACH = 80  # characters before a contact word in which a word of telling someone about it counts
# "…, and will meet Z": a verb whose subject is the one of the clause before
# "…, and will meet", "… and then travel to Tashkent to meet": a verb whose subject is the clause's before
ELIDED_SUBJECT_EN = re.compile(r",?\s+and\s+(?:(?:will|would|also|later|then|is|was|to)\s+)*"
                               r"(?:(?:travel|go|went|head|fly|flew|proceed|continue)\w*\s+(?:on\s+)?to\s+[\w-]+(?:\s+[\w-]+){0,2}\s+to\s+)?$")
ELIDED_REACH = 60  # characters before a contact verb searched for the "and" that shares a subject
WITH_GAP = 2  # characters between an English contact verb and the "with" after it ("met with")
DESCRIBED_SUBJECT_EN = re.compile(r"the(?:\s+[\w-]+){1,3}\s+")  # "The PT member met with": a subject named by no one
WITH_NEXT_AR = re.compile(r"\s+مع\s")  # "التقى مع كل من": the verb's object right after it, no subject between
# "، كما التقى Y", "، حيث التقى Y": the subject of the clause before
# (also after a day put first: "…، وأمس التقى Z", "…، وبعد ذلك التقى Z")
ELIDED_SUBJECT_AR = re.compile(r"[،,]\s*(?:كما|ثم|حيث|و(?:امس|اليوم|لاحقا|بعد\s+ذلك|في\s+وقت\s+لاحق))\s+$")
COMMA_BEFORE_AR = re.compile(r"[،,]\s*$")  # "…، والتقى Y": "و" written onto the verb
THANKED_FOR_EN = re.compile(r"\s+for\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,2}")  # "thanked Y for visiting"
THANKED_FOR_AR = re.compile(r"\s+" + norm("على") + r"\s+")  # "شكره لـY على رسالته": Y wrote
THANKS_AR = re.compile(norm("شكر"))  # "شكر", "شكره", "الشكر"
THANKS_REACH = 30  # characters before the one thanked in which the thanks stand
IN_LETTER = re.compile(r"(?:^|\s)(?:in|" + norm("في") + r")\s+(?:(?:a|an|the|his|her|its)\s+)?$")  # "In a letter …, X"
IN_REACH = 12  # characters before a letter word searched for the "in" that makes it a setting
# "X, who arrived on Monday, met Y", "X, on his first visit to Y, also met Z": X is the subject
ASIDE_WORDS_EN = r"(?:who|carrying|bearing|bringing)"  # what opens an aside about the subject ("X, carrying …, met Y")
RELATIVE_BETWEEN_EN = re.compile(r"\s*,\s*(?:" + ASIDE_WORDS_EN + r"|(?:on|in|during)\s+(?:a|an|his|her|their|the))"
                                 r"\s[^,]*,\s*(?:(?:also|then|later)\s+)?")
# "X, carrying a message from Z, met Y": Z, named in the aside, is neither the verb's subject nor a party
ASIDE_BEFORE_EN = re.compile(r",\s*" + ASIDE_WORDS_EN + r"\s[^,]*,\s*(?:(?:also|then|later)\s+)?$")
ASIDE_REACH = 80  # characters before a contact word searched for the opening of an aside
NATIONS_REACH = 30  # characters after a contact word in which the states of "المشاورات الروسية الأمريكية" stand
DUAL_SUFFIXES = ("هما", "اهما", "تهما")  # "التقيا", "مباحثاتهما": the two of them
TALK_CONFIDENCE = 0.6  # talks typed by a place or a phone word, not by their own word
TITLE_CONFIDENCE_COST = 0.1  # a party resolved from a title alone
VISIT_VERBS_AR = ("زار",)  # "قد زار": a visit told as before the news (not an arrival: "قد وصل" is the news trip)
PLUPERFECT_AR = re.compile(r"(?:^|\s)و?(?:كان|كانت|كانا|كانوا)\s+(?:\S+\s+){0,6}?قد\s+$")  # "وكان X قد التقى"
# "وكان الرئيس X التقى Y": the pluperfect without "قد", a perfect verb after its subject (not "وكان لافتا أن X التقى",
# nor the reception "وكان في استقبال X")
PLUPERFECT_BARE_AR = re.compile(r"(?:^|\s)و(?:كان|كانت|كانا|كانوا)\s+(?:(?!(?:ان|في)\s)\S+\s+){1,6}$")
AND_EN = "and"  # "X met Y and said …": what the subject went on to say
# a contact each of several holds on his own with the one after it
ONE_BY_ONE_WORDS = frozenset({"credentials", "letters of credence", "letter of credence", "letters of credentials"})
LEADER_OFFICES = frozenset({"head_of_state", "head_of_government"})  # the offices a state's leader holds
RECEIVED_PRONOUNS_AR = ("ه", "ها", "هم")  # "كان في استقباله": him, her, them
FOLLOWING_WORDS_AR = frozenset(norm(w) for w in ("عقب", "أعقب"))  # "عقب مباحثات أجراها اليوم": right after them
BEFORE_AR = "قبل"  # "قبل اللقاء": before a contact the news tells
IMPERFECT_PREFIX_AR = "ي"  # "وكان X يلتقي": a habit of the past, no pluperfect
OPENING_REACH = 3  # characters from a sentence's start within which a date opens it (a conjunction: "و")
ARRIVAL = re.compile(r"\barriv(?:e|ed|es|al|ing)\b|(?:^|\s)(?:" + "|".join(norm(w) for w in ("لدى", "عند", "فور"))
                     + r")\s+وصول")  # a leader's arrival, told in his sentence
INVITE_REACH = 30  # characters from an invitation to the contact it invites to ("دعوة للرئيس الصيني لزيارة")
# "the greetings of the Emir", "تحيات الأمير", "تحيات فخامة الرئيس" (honorifics between)
GREETING_GAP = re.compile(r"\s*(?:(?:of|from|to)\s+)?(?:the\s+)?(?:(?:" + "|".join(map(re.escape, HONORIFICS_AR))
                          + r")\s+){0,3}")
# "asked him to convey his best wishes to Y": the asker's greetings, to Y
ASKED_TO_CONVEY_EN = re.compile(r"\b(?:asked|requested|urged)\s+(?:[\w'-]+\s+){1,3}to\s+(?:convey|pass\s+on|relay)\s+"
                                r"(?:his|her)\s+(?:[\w'-]+\s+){0,2}$")
# a verb of conveying a few words before greetings: "conveyed the cordial greetings of", "نقل معاليه تحيات"
CONVEYED_EN = re.compile(r"\b(?:conveyed|conveys|relayed|passed on)\s+(?:[\w'-]+\s+){0,10}$")
CONVEYED_AR = re.compile(r"(?<!\S)[وف]?(?:" + "|".join(norm(w) for w in ("نقل", "ينقل", "نقلت", "تنقل", "ناقلا"))
                         + r")(?:\s+\S+){0,12}\s+$")
CONVEY_REACH = 120  # characters before greetings in which the verb conveying them stands
SENDER_GAP = 30  # characters between greetings and whose they are ("تحيات وتمنيات فخامة الرئيس")
TO_WORDS = frozenset({"to", norm("إلى")})  # before whom greetings are conveyed to
TO_PROCLITIC_AR = "ل"  # "لفخامته": to His Excellency
GREETED_WORDS = frozenset({"to", "for", norm("إلى")})  # "greetings for X": X is greeted, not the sender
WHERE_BEFORE_AR = re.compile(r"حيث\s+(?:\S+\s+)?$")  # "حيث التقى", "حيث عقد لقاء": where the visitor went
WHERE_BEFORE_EN = re.compile(r",\s*where\s+(?:he|she|they)\s+(?:(?:will|would|is|are|was|were|also|set|expected|due|"
                             r"scheduled|to)\s+){0,4}$")  # ", where she will", ", where he is set to"
PLURAL_VERB_ENDINGS_AR = ("ا", "وا")  # a past verb of two or more: "التقيا", "عقدوا"
WHERE_REACH = 36  # characters before a contact word in which "حيث", "where he" start its clause
PAST_TIMES_EN = frozenset({"last week", "last month", "last year", "earlier this week", "earlier this month",
                           "earlier this year", "earlier in the week", "earlier in the month", "ago"})
# what may open a sentence before its verb: a dateline ("عدن (سبأ) -", "الرباط في 8 مارس /ومع/ -"), "كما", "ثم"
# ", who is due to", "، الذي من المقرر أن": a relative clause opening on the person named before it
RELATIVE_CLAUSE = re.compile(r"[،,]\s*(?:الذي|التي|who)\s+[^،,.;]{0,40}$")
RELATIVE_CLAUSE_REACH = 60  # characters before a contact verb searched for the relative clause it opens
SAID_PRONOUN_EN = re.compile(r"\b(?:said|says|added|stated|told\s+\w+)\s+(?:that\s+)?$")  # "X said he met Y"
SAID_PRONOUN_REACH = 24  # characters before a pronoun searched for it
# verbs of going or sending, and what, named within a few words after them, makes their object no contact: thanks,
# greetings or condolences extended ("توجه الرئيس X بالشكر"); aid, goods or forces sent ("أرسل X مساعدات")
OBJECTS_NO_CONTACT_AR = (
    ("visit", frozenset(norm(w) for w in ("توجه", "يتوجه", "توجهت", "توجها")),
     re.compile(r"[^.،,]{0,60}?(?:^|\s)و?ب(?:" + "|".join(
         norm(w) for w in ("الشكر", "التهنئة", "التحية", "التعازي", "التعزية", "خالص")) + ")")),
    ("message", frozenset(norm(w) for w in ("أرسل", "أرسلت", "يرسل", "ترسل")),
     re.compile(r"[^.،,]{0,60}?(?:^|\s)(?:" + "|".join(
         norm(w) for w in ("مساعدات", "شحنة", "شحنات", "قافلة", "طائرة", "طائرات", "قوات", "أسلحة")) + ")")),
)
# "the wife of President X", "عقيلة الرئيس X": a relative named by whom she or he is kin to, who takes no part
KIN_BEFORE = re.compile(r"(?:\b(?:wife|husband|son|daughter|widow|brother|sister|mother|father)\s+of"
                        r"|(?:^|\s)(?:" + "|".join(norm(w) for w in (
                            "عقيلة", "زوجة", "نجل", "نجلة", "كريمة", "شقيق", "شقيقة", "حرم", "أرملة", "والدة", "والد"))
                        + r"))\s+(?:[^\s,،.]+\s+){0,3}$")  # (his office between: "عقيلة الرئيس الأوغندي X")
KIN_REACH = 48  # characters before a mention searched for a word of kinship
ALSO_OPENING_AR = re.compile(r"\s*و?(?:كما|ثم)\s+")  # a sentence that goes on with its subject unsaid ("كما التقى")
SENTENCE_OPENING = re.compile(r"(?:[^.\n]{0,60}?(?:\)|/|-|–|—))?\s*(?:(?:كما|ثم)\s+)?")
# "called on X to stop": an appeal, not a courtesy call ("called on X on Monday to discuss ties" is one)
APPEAL_AFTER = re.compile(r"[^.;]*?\bto\s+(?!(?:discuss|review|exchange|convey|deliver|hand|brief|bid|present|pay|"
                          r"thank|congratulate|explore)\b)\w")
CALLED_ON_GAP = re.compile(r"\s+(?:the\s+)?")  # "called on President X", "called on the King of Y"
THAT_AR = re.compile(r"\s+" + norm("أن") + r"\s")  # "من المقرر أن": the clause it governs follows
CLAUSE_COMMAS = (",", "،", ".")
# "a summit of X": the states after it are its members
MEMBERS_OF_EN = re.compile(r"\b(?:summit|meeting|talks|conference|leaders|heads)\s+of\s+(?:the\s+)?$")
MEMBERS_OF_REACH = 20  # characters before a state searched for "summit of"
POSTPONED = re.compile(r"postpone|تاجيل|ارجا|تاجل|ارجي")  # words of putting off, in cues ("has been postponed")
PUT_OFF_OPENING = re.compile(r"(?:to|until|الي|حتي)\s")  # a day's words that open with where it is put off to
PUT_OFF_TO = re.compile(r"(?:\bto|\buntil|(?:^|\s)(?:الي|حتي))\s+(?:\S+\s+)?$")  # "postponed to Sept. 20"
PUT_OFF_REACH = 80  # characters from a postponement to the new day it names
PUT_OFF_GAP = 12  # characters before that day searched for "to", "إلى"
UN_CODE, SECRETARY_GENERAL = "UN", "secretary_general"  # whose "the Secretary-General" is, when no one else's
DEFINITE_WORDS_EN = frozenset({"the", "this", "that"})  # "the call": a reference back
TALKS_ADJECTIVES_EN = frozenset({"expanded", "extended", "enlarged", "restricted", "bilateral", "official", "formal",
                                 "private", "broader", "wider", "closed-door"})  # "the expanded talks": still definite
CLAUSE_REACH_AR = 160  # characters after an Arabic contact word its clause's day may stand, long names between
RELATIVE_BEFORE = re.compile(r",\s*(?:who|which)\s+(?:is|was|are|were|has|had)?\s*(?:been\s+)?$|"
                             + norm("الذي") + r"\s+(?:\S+\s+)?$")  # ", who is visiting", "الذي يقوم بزيارة"
RELATIVE_REACH = 24  # characters before a contact word searched for the relative pronoun that opens its clause
CLAUSE_END_AFTER = re.compile(r"\s*[,،]")  # a comma right after a cue closes the clause it qualifies
CLAUSE_BREAK = re.compile(r"(?:^|\s)(?:حيث|where|during which)(?:\s|$)")  # a clause of what a visit held starts
PURPOSE_PREFIX = "ل"  # "للقاء": a contact word of purpose, what one went for
PURPOSE_VERBS_AR = frozenset(norm(w) for w in ("لإجراء", "لعقد"))  # "لإجراء مباحثات": the noun tells the purpose
DEPARTURES_EN = frozenset({"left for", "leaves for", "leave for", "leaving for", "departed for", "heads to",
                           "headed to", "heading to"})
SET_OFF_EN = frozenset({"left for", "departed for", "headed to"})  # departures told in the past
# a trip still to come, told by the day of arrival
ARRIVALS_AHEAD_EN = frozenset({"due in", "expected in", "scheduled to be in"})
# "travels to X on Wednesday": present travel verbs of a schedule
# English contact verbs in the present that, with another weekday than the day of publication, tell a schedule
SCHEDULED_EN = frozenset({"travels to", "flies to", "arrives in", "heads to", "leaves for", "leaving for",
                          "arriving in", "travelling to", "traveling to", "heading to", "holds talks", "meets", "hosts",
                          "receives"})
JOURNEYS_EN = frozenset({"travelled to", "traveled to", "flew to", "arrived in", "arrives in", "landed in",
                         "will travel to", "would travel to", "travels to", "travelling to", "traveling to", "fly to",
                         "flies to", "flying to", "jets into", "jetted into"})
PURPOSE_BEFORE_EN = re.compile(r"\b(?:to|for)\s+(?:hold\s+|have\s+)?$")  # "to meet", "for talks with", "to hold talks"
PURPOSE_REACH = 12  # characters before a contact word searched for the words of purpose
PURPOSE_EN = "to "  # "to attend", "to take part in": what someone comes for
ATTEND_REACH = 80  # characters after a travel verb in which "to attend …" tells what the journey was for
JOURNEYS_AR = frozenset(norm(w) for w in ("وصل", "وصلت", "وصلا"))  # he arrived
DEPARTURES_AR = frozenset(norm(w) for w in ("توجه", "غادر", "سافر", "توجهت", "غادرت", "سافرت"))  # he set off
ANNOUNCED_TENSES = ("", "present")  # a bare weekday, today: with an Arabic imperfect verb, still to come
CURRENT_SPANS = ("vague", "month")  # "الأسبوع الجاري", "الشهر الجاري": with an imperfect verb, still to come
IN_AR = "في"  # "في استقباله": at receiving him
# "استقبله": the verb's object, the subject named after it; "استقباله": the noun's owner (not ة, as written)
PRONOUN_SUFFIXES_AR = ("ه", "ها", "هما", "هم")
IMPERFECT_AR = ("ي",)  # the prefix of an Arabic verb that tells what he does or will do ("يلتقي")
NOT_PERFECT_AR = ("ي", "ت", "ن")  # first letters of verbs that may be imperfect ("تلتقي"); others are perfect
# "وهو يتحدث مع …", "الذي يقوم بزيارة …": the imperfect of a circumstantial or relative clause tells what he was
# doing then, or is doing
CIRCUMSTANTIAL_AR = re.compile(r"(?:\bو(?:هو|هي|هما|هم)|(?<!\S)(?:الذي|التي|اللذان|اللذين|الذين|اللتان|اللتين))\s+$")
LIGHT_IMPERFECT_AR = re.compile(r"(?:^|\s)و?[يت](?:جري|عقد)\s")  # "يجري X مباحثات", "تعقد … قمة": what will be held
CIRCUMSTANTIAL_REACH = 10  # characters before the verb searched for the pronoun
IN_CALL_BEFORE = re.compile(r"(?:\b(?:during|in)\s+(?:a|an|the|their)\s+(?:\S+\s+)?|(?:^|\s)(?:خلال|في)\s+)$")
IN_CALL_REACH = 24  # characters before a call noun searched for "during a", "خلال"
DURING_REACH = 45  # characters before a contact word in which "during which" tells a visit's program
VISITING_BEFORE = frozenset(norm(w) for w in ("visiting", "الزائر", "الزائرة"))
VISITING_AFTER = re.compile(r",?\s*(?:who\s+(?:is|was)\s+(?:on\s+a\s+\w+\s+)?visiting|الذي\s+يزور|التي\s+تزور)\b")
PLURAL_ENDINGS = ("s", "ات", "ان", "ين")  # of a contact noun: "calls", "الاتصالات", "لقاءين"
UNDONE_REACH = 150  # characters after a contact word in which "قد يعقد", "it didn't happen" still speak of it
SENDER_GAP = 40  # "a letter from the President of X, Y": the sender's mention starts this close after "from"
LISTENER_SPEECH = frozenset({"told"})  # speech words whose object is who listened ("X told Y"), not what was said
COMPLEMENTIZER = re.compile(r"(?<!\w)(?:that|"  # "said that", "قال بأنه"
                            + "|".join(norm(w) for w in ("أن", "بأن", "أنه", "أنها", "بأنه", "بأنها")) + r")(?!\w)")
# "X told Y in a phone call", "قال X لـY خلال اتصال هاتفي": a contact word as the setting of a speech
SPEECH_SETTING = re.compile(r"(?:^|\s)(?:in|during|at|over|" + "|".join(norm(w) for w in ("خلال", "أثناء", "في"))
                            + r")\s+(?:(?:a|an|the|their|his|her)\s+)?(?:\w+\s+)?$")
SPEECH_SETTING_REACH = 30  # characters before a contact word searched for "in a", "خلال" that make it a setting
LISTENER_MARK = re.compile(r"[\s,،]*(?:(?:to|" + norm("ل") + r")\s*)?")  # between a speech's people: "told Y", "لـY"
STATE_CHAIN_GAP = re.compile(r"\s*[-–/]?\s*")  # between the states of "the India-Brazil-South Africa summit"
HYPHEN = re.compile(r"[-–/]")
ADJECTIVE_GAP = re.compile(r"\s+(?:\S+\s+)?")  # between an adjective and the noun it qualifies: a word at most
POSSESSOR_GAP_EN = re.compile(r"\s+(?:\S+\s+){0,3}?\S+(?:'s|’s|s')\s+(?:\S+\s+)?")  # "ahead of President X's trip"
PLACE_DESCRIPTION_WORDS = 2  # "في العاصمة التركية أنقرة": words that may describe a place after "in"
CITY_OF_BEFORE_EN = re.compile(r"\b(?:city|town|resort|port|village)\s+of\s+$")  # "the … city of Lviv"
CITY_OF_WORDS = 4  # more words a place so described may have after "in": "in the western Ukrainian city of Lviv"
CITY_OF_REACH = 16  # characters before a place searched for "city of"
DESTINATION_WORDS = frozenset(norm(w) for w in ("to", "in", "into", "إلى", "في"))  # "a visit to Paris", "arrived in X"
TOPIC_WORDS = frozenset(norm(w) for w in ("on", "about", "over", "regarding", "حول", "بشأن", "عن"))
BACKGROUND_AGE = timedelta(days=14)  # a contact dated this long before publication is told in passing
RECEPTION_GAP = 3  # "حضر الاستقبال": the reception word right after the word for attending
# "from (neighbouring) Lebanon", "قادما من": where one comes from (not "كل من", "each of")
# a state naming what a noun after it is about ("the Ukraine crisis", "the Syria file"): a matter, not a place
MATTER_AFTER_EN = re.compile(r"\s+(?:crisis|war|conflict|issue|file|question|dispute|situation)\b")
ORIGIN_BEFORE = re.compile(r"(?:(?<!\w)from|(?<!\w)(?<!كل )من)(?:\s+\w+)?\s+$")
ORIGIN_REACH = 30  # characters before a country in which "from" says it is the origin
RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|which|that)(?!\w)")  # a clause about something else begins
WITH_WORDS = frozenset(norm(w) for w in ("with", "مع"))  # a party named after them is the object, not the subject
LISTED_SUBJECTS = 3  # subjects listed before a contact word that make it one contact of all
# "X to meet", "X to hold (phone) talks": a headline's plan
SUBJECT_TO = re.compile(r",?\s+(?:(?:says|say|vows|vow|plans|plan|is|are|set|due)\s+(?:also\s+)?)?to\s+"
                        r"(?:(?:hold|have|pay|make|host|conduct)\s+(?:an?\s+)?(?:[\w-]+\s+)?)?")
PLUPERFECT_EN = "had "  # "had spoken", "had met": before the news, unless only reported speech
REPORTED_REACH = 30  # characters between a reporting verb and the pluperfect it backshifts ("said on Wednesday he")
ORDINAL_BEFORE_EN = re.compile(r"\b(?:first|second|third|only|last|latest)\s+$")  # "the first British PM to visit"
PARTY_GAP = 12  # characters between a contact word and its next party ("between ", " and ")
CARRIED_PARTIES = 3  # a sender, an addressee and the one who handed the message over
CARRIER_GAP = 40  # characters between "delivered by", "سلمها" and the carrier's mention ("Foreign Minister Prince X")
OWNED_BY = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")  # "X's (written) letter": X wrote it
TO_THEN_BY = re.compile(r"\s+to\s+[^.;,]{3,80}?\sby\b")  # "was handed to Y by X": the carrier after the addressee
BY_AGENT = re.compile(r"\s+by\b")  # the agent of a passive: "delivered by", "was on Tuesday hosted by"
# "was received at Jomo Kenyatta International Airport by X": where, then the agent
PLACE_THEN_BY_EN = re.compile(r"\s+(?:at|in|on)\s+[^,.;]{1,60}?\s+by\b")  # (or when: "was received on Sunday by X")
PASSIVE_BEFORE_EN = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$")
PASSIVE_REACH = 20  # characters before a participle in which its "was" stands
HANDED_THE = re.compile(r"\s*(?:the\s+)?")  # between "handed", "بتسليم" and the message handed: "handed the letter"
HANDED_BY = re.compile(r"\s+(?:was|were|has been|had been)\s+")  # "the letter was delivered by"
TITLE_GAP = 12  # characters between an office word and the name it titles ("Kuwaiti ambassador Aziz X")
LATTER_FORMER = re.compile(r"\bthe\s+(latter|former)$")  # "at the latter's request": the party named last or first
LATTER_WORDS = frozenset(norm(w) for w in ("الأخير", "الأخيرة", "latter"))  # "بناء على طلب الأخير"
FORMER_WORDS = frozenset(norm(w) for w in ("الأول", "الأولى", "former"))
HERE_WORD = " here"  # "arrived here": in the city of the dateline
HERE_AR = re.compile(r"[^.\n]{0,60}?\bالي\s+(?:هنا|البلاد)\b")  # "وصل X إلى هنا", "إلى البلاد": the dateline's state
ASKED_BY_PRONOUN = re.compile(r"\b(?:at|upon|on)\s+(his|her)\s+(?:request|initiative)\b")  # "at her request"
ASKED_BY = re.compile(r"'s\s+(?:request|initiative|invitation)\b")  # after the one who asked
SIDE_REACH = 20  # characters from a request word to the side it names ("بطلب من الجانب", "of the Iranian side")
SIDE_ADJECTIVE_REACH = 40  # characters after "الجانب" in which its state's adjective stands
ASKER_WORDS = 3  # words before "'s request" that may name the asking state ("the Iranian side")
SPEAKER_AFTER_COMMA = re.compile(r",\s*(?:the\s+)?$")  # "…, X said", "…, the White House said"
PARTICIPLE_LEADS_EN = frozenset({"after", "before", "while"})  # "…, after visiting London": the subject's doing
POSSESSIVE_ENDINGS_EN = ("'s ", "’s ", "s' ")  # "Z's call": a contact word someone's own
# "in Wilmington, ": a city and a comma before the state it is in
CITY_BEFORE_EN = re.compile(r"\b(?:in|at)\s+(?:[A-Za-z][\w.'-]*\s+){0,2}[A-Za-z][\w.'-]*,\s*(?:the\s+)?$")
CITY_REACH = 40  # characters before a country in which "in <city>," stands
APPOSITION_BEFORE_EN = re.compile(r",\s*(?:a|an|the)\s+(?:[\w-]+\s+)?$")  # "…, a visit", "…, a rare meeting"
APPOSITION_REACH = 24  # characters before a contact noun in which ", a" of an apposition stands
JUDGED_BY_EN = re.compile(r"\s+(?:\w+ly\s+)?\w+(?:ed|en)\s+by\b")  # "condemned by", "closely watched by"
CALL_VERBS_EN = frozenset({"called", "calls", "call"})
# what follows the person "called" names him or his deeds: "called Putin a war criminal", "called Putin's actions"
CALLED_SO_EN = re.compile(r"(?:['’]s\s|\s+(?:a|an)\s+(?!(?:day|week|month|year|few|couple|second|third|number|"
                          r"time|short|brief|phone|telephone)\b)\w+)")
RELATIVE_ASIDE_EN = re.compile(r",\s*who\s[^,]*,")  # "X, who took office on January 1, met Y"
EARLIER_REACH = 30  # characters around a visit word in which "الأخيرة", "last" make it an earlier visit
LIST_COMMAS = (",", "،")  # a comma before "و" in an Arabic list ("A، وB")
SPEAKER_LEAD = 8  # characters before a speaker in which the comma and "the" stand
PAIR_SUBJECT_REACH = 20  # characters from a pair word to the contact word it is the subject of ("the two had a")
SPEAKER_FIRST = frozenset({"according to"})  # English speech words always followed by who speaks
SPEECH_INVERTED = re.compile(r"[,\"'“”’]\s*$")  # '…," said X': who speaks after the speech word
SOURCE_OWNER = re.compile(r"(?:'s)?\s*")  # between a side and its statement or spokesman: "the Kremlin's statement"
SOURCE_OWNER_AR = re.compile(r"\s*(?:(?:ال)?صادر\s+(?:عن|من)\s+)?")  # "بيان صادر عن الكرملين", "بيان للكرملين"
SOURCE_REACH = 40  # characters from "statement", "spokesman" to the speech word ("spokesman Dmitry Peskov said")
SPEAKER_GAP = re.compile(r"\s{0,2}|\s+the\s+")  # between a speech word and who speaks: "according to the Élysée"
SUMMIT_ARRIVALS = 3  # leaders of this many states arriving together in news of a summit are its members
MERGE_GAP = 3  # trigger words this close form one phrase ("summit meeting"); adverbs join groups separately


@dataclass
class Frame:
    """A contact being assembled: everything needed to write one or more contacts."""

    type: str
    sentence: Sentence
    trigger_start: int
    trigger_end: int
    participants: list[Actor]
    initiator: Actor | None = None
    status: str = "occurred"
    date: DateMention | None = None
    multilateral: bool = False
    confidence: float = 0.8
    anaphoric: bool = False  # "the call", "الاتصال": refers back to a contact already stated
    partners_initiate: bool = False  # "calls from A, B and C": each partner placed the call
    summit: bool = False  # a gathering whose participants may be named in the sentences that follow
    borrowed: bool = False  # a reference back without its own actors ("the meeting"): adds to a contact only
    mode_guessed: bool = False  # talks told by no word of their mode ("had a conversation"): typed by default
    hub: Actor | None = None  # "X received A, B and C": one contact of X with each, none among A, B and C
    hub_company: tuple[Actor, ...] = ()  # the hub's own people with it ("X, accompanied by his minister Y, received")
    nested: bool = False  # told inside another contact ("received X, who delivered a letter from Z"): not the one
    # later sentences refer back to
    at_ceremony: bool = False  # told in a sentence naming a ceremony ("shook hands at the memorial service")


@dataclass
class SentenceParts:
    """What one sentence holds, all as spans of the normalised text."""

    sentence: Sentence
    triggers: list[tuple[Match, Trigger]]
    cues: list[tuple[Match, str]]
    mentions: list[Mention]
    places: list[Place]
    dates: list[DateMention]
    nationalities: list[Mention]  # country adjectives ("محادثات لبنانية أميركية"), as country actors


@dataclass
class Clause:
    """A group of contact words in its sentence: what every stage of building its frame reads."""

    group: list[tuple[Match, Trigger]]
    parts: SentenceParts
    mentions: list[Mention]  # the mentions of the group's window [lo, hi)
    lo: int
    hi: int
    kind: str  # the contact type the words tell
    directions: list[str]  # who acted, the word nearest the contact word first
    t_start: int
    t_end: int
    cues: list[tuple[Match, str]]  # the cues of the window
    settings: list[int]  # where "on the sidelines of" ends: what follows is a setting, not a party
    anaphoric: bool  # every contact word definite ("the meeting"): it may refer back


@dataclass
class Parties:
    """Who takes part in a clause's contact, and how they pair."""

    actors: list[Actor]
    people: list[Mention]  # the clause's candidates as named
    resolved: list[Mention]  # the candidates with counterparts resolved
    kind: str  # the clause's type; "summit" for leaders arriving in news of a summit
    multilateral: bool = False
    partners_initiate: bool = False
    listed_for: Actor | None = None  # the hub of a list of contacts of one party
    arrivals: bool = False
    borrowed: bool = False  # the parties of a contact referred back to ("the meeting")


class FrameBuilder:
    """Builds the frames of one article, sentence by sentence, keeping discourse memory."""

    def __init__(self, gaz: Gazetteer, text: Normalized, lang: str, published: date | None,
                 named: list[Actor] = ()):  # type: ignore[assignment]
        """``named``: the people the whole article names, for titles it uses without a date."""
        self.gaz, self.text, self.lang, self.published = gaz, text, lang, published
        self.office_day = published  # the day whose office holders the article's titles name (see ``extract``)
        self.home: str | None = None  # the state or organisation whose own site published the article
        self.named = list(named)
        self.recent: list[tuple[Actor, frozenset[str]]] = []  # actors seen so far, once each, with their office codes
        self._recent_at: dict[Actor, int] = {}  # where each actor is in ``recent``
        # actors introduced with an office ("وزير الخارجية، سامح شكري"), by office: in the order first named, and
        # in the order last named
        self._titled_first: dict[str, dict[Actor, None]] = {}
        self._titled_last: dict[str, dict[Actor, None]] = {}
        self.last_frame: Frame | None = None
        self.last_day: DateMention | None = None
        self.first_subject: Actor | None = None
        self.history: list[Frame] = []
        self._group_start: dict[int, int] = {}  # trigger start -> start of its group's first typed trigger
        self._typed: list[Match] = []  # the sentence's typed triggers
        # the typed triggers a cue of the sentence may belong to, with their groups' starts, by whether contacts
        # told as a setting count (see :meth:`_nearest_group`): found at the first cue that asks
        self._near: dict[bool, tuple[list[Match], set[int]]] = {}
        self._elided: dict[int, int | None] = {}  # where the "and" opens before each typed trigger
        self._unplaced: list[Match] = []  # those of contacts other than visits ("meet", "call")
        self._cue_groups: list[int | None] = []  # the sentence's cues' nearest groups (see :meth:`_nearest_group`)
        self._aides: list[Match] = []  # the sentence's "aide" cues (see :meth:`_aide`)
        self._speeches: list[tuple[Match, str]] = []  # the sentence's speech cues (see :meth:`_without_speakers`)
        self._sources: list[Match] = []  # the sentence's words for who speaks for a side ("statement", "spokesman")
        self.main_frame: Frame | None = None  # the latest contact that occurred of two or more ("they": its parties)
        self._sentences = 0  # sentences seen so far (the title, when the text has one, is the first)
        self.undated = False  # set when the article names no date at all
        self.lead_day: DateMention | None = None  # the first recent day the article names, if any
        self.dateline: str | None = None  # the state of the city the article is datelined in ("AMMAN —")
        self.dateline_at = 0  # where the dateline stands: a headline above it is not told from that city
        self._away = False  # whether a sentence told of a place in another state than the dateline's
        self.summit_news = False  # set when the article speaks of a summit: leaders arriving for it are its members
        self.summit_ahead = False  # set when the article's leaders come "to take part in" its summit
        self.welcomers: list[Actor] = []  # the latest hosts received guests the article does not name one by one

    # -- helpers ------------------------------------------------------------------------------

    def _remember(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.actor is not None and m.kind in PERSONS:
                codes = self._office_codes(m.actor) | ({m.role} if m.role else set())
                at = self._recent_at.setdefault(m.actor, len(self.recent))
                if at == len(self.recent):
                    self.recent.append((m.actor, codes))
                else:  # named again: one entry per actor, with every office it was named by
                    self.recent[at] = (m.actor, self.recent[at][1] | codes)
                if m.role and not m.resolved_by_title:
                    self._titled_first.setdefault(m.role, {}).setdefault(m.actor)
                    latest = self._titled_last.setdefault(m.role, {})
                    latest.pop(m.actor, None)
                    latest[m.actor] = None

    def _office_codes(self, actor: Actor) -> frozenset[str]:
        """The offices an actor holds on the article's date (any they ever held, without a date)."""
        return offices_held(self.gaz, actor.name, self.office_day)

    def _person_id(self, actor: Actor) -> str | None:
        return ids_by_name(self.gaz).get(actor.name)

    @property
    def protagonist(self) -> Actor | None:
        """The article's main actor: the subject of its first contact, else its first person."""
        if self.first_subject is not None:
            return self.first_subject
        return self.recent[0][0] if self.recent else None

    def _holder_in_article(self, role: str | None, country: str | None) -> Actor | None:
        """Without a publication date: an actor already named who held that office at some time."""
        for actor in dict.fromkeys([a for a, _ in self.recent] + self.named):  # each actor once
            pid = self._person_id(actor)
            if pid and any(r.role == role and r.org == country for r in self.gaz.roles_of(pid)):
                return actor
        return None

    def resolve_bare(self, m: Mention, others: list[Actor], earlier: list[Actor]) -> Mention:
        """A title without country ("the Prime Minister", "الرئيس"), or a bare surname the gazetteer lacks,
        is an actor already named in the article: the protagonist when it fits, else the latest one
        named in the same sentence, else the first one; never one named later in the same sentence
        ("the Prime Minister called Prime Minister Trudeau")."""
        if m.kind == "title" and m.resolved_by_title and self.office_day is None:
            named = self._holder_in_article(m.role, m.country)
            if named is not None:
                return Mention(m.start, m.end, "person", named, m.role, named.country, True)
        visitor = self._visitor(m)
        if visitor is not None:  # "The visiting minister called on X": the traveller of the trip told
            return Mention(m.start, m.end, "person", visitor, m.role, visitor.country, True)
        minister = self._one_minister(m, others)
        if minister is not None:  # "the Omani minister also met …": the one minister of Oman named before
            return Mention(m.start, m.end, "person", minister, m.role, m.country, True)
        if m.kind == "title" and m.actor is None and m.role is not None:
            titled = [a for a in self._titled_first.get(m.role, ()) if a not in others]
            candidates = titled + [a for a, roles in self.recent if m.role in roles and a not in others]
            before = [a for a in earlier if m.role in self._office_codes(a)]
            lead = self.protagonist
            pick = lead if lead in candidates else (before[-1] if before else candidates[0] if candidates else None)
            if titled and lead not in titled and not before \
                    and any(lead in named for named in self._titled_first.values()):
                # the lead has another title here: the one introduced with this one last
                pick = [a for a in self._titled_last[m.role] if a not in others][-1]
            if pick is not None:
                return Mention(m.start, m.end, "person", pick, m.role, pick.country, True)
            # "the Secretary-General" on un.org, "the Prime Minister" on gov.uk: the publisher's own office; an
            # English "the Secretary-General" no organisation qualifies, where no one was named so: the UN's
            home = self.home or (UN_CODE if m.role == SECRETARY_GENERAL and self.lang != "ar" else None)
            if home is not None and m.role in TRACKED:
                actor, _ = office_actor(self.gaz, m.role if self.office_day else "", home, self.office_day,
                                        ROLE_TITLES.get(m.role or ""))
                return Mention(m.start, m.end, "person", actor, m.role, home, True)
        elif m.kind == "person" and m.actor is not None and not m.actor.wikidata and " " not in m.actor.name:
            written = norm(m.actor.name)
            for actor, _ in self.recent:
                if actor.name != m.actor.name and shares_name(actor, written):
                    return Mention(m.start, m.end, "person", actor, m.role, actor.country)
        return m

    def _visitor(self, m: Mention) -> Actor | None:
        """The traveller of the last visit told, for a title with no state after "visiting" ("the visiting
        minister"); None otherwise."""
        if m.kind != "title" or m.actor is not None or self.text.word_before(m.start) not in VISITING_BEFORE:
            return None
        trip = next((f for f in reversed(self.history) if f.type == "visit" and f.initiator is not None
                     and f.initiator.kind == "person"), None)
        return trip.initiator if trip is not None else None

    def _one_minister(self, m: Mention, others: list[Actor]) -> Actor | None:
        """The one minister of a state the article has named, for a minister of that state named with no
        portfolio or name ("the Omani minister", "الوزير العماني"); None when there is none or several."""
        if m.kind != "title" or m.role != "minister" or m.actor is None or m.actor.wikidata \
                or m.actor.name != m.actor.role:
            return None
        named = {a for a, codes in self.recent if a.country == m.country and codes & MINISTERIAL and a not in others}
        return named.pop() if len(named) == 1 else None

    def _coordinated_before(self, group: list[tuple[Match, Trigger]], parts: SentenceParts) -> int | None:
        """The start of the contact word's group that this one is joined to by "or"/"and" ("a conversation or a
        telephone call", "اتصال أو لقاء"), if there is one."""
        first = group[0][0]
        before = [m for m, t in parts.triggers if t.type and m.end <= first.start]
        if not before or not COORDINATION.fullmatch(self.text.text[before[-1].end:first.start]):
            return None
        return self._group_start.get(before[-1].start, before[-1].start)

    def _last_pair(self) -> list[Actor]:
        """The last two people the article named, when they are of two sides ("… Putin and his South African
        counterpart Ramaphosa said … in a call between them")."""
        return _two_sides([a for a, _ in self.recent if a.kind == "person"])

    def _named_next(self, m: Mention, nxt: Mention | None) -> Mention | None:
        """Without the article's date, an office and the name right after it ("ولي العهد السعودي الأمير محمد بن
        سلمان"): the person named, when they ever held that office, not an earlier holder named before."""
        if m.kind != "title" or not m.resolved_by_title or self.office_day is not None or nxt is None \
                or nxt.kind != "person" or nxt.actor is None or self.text.text[m.end:nxt.start].strip(" ،,"):
            return None
        pid = self._person_id(nxt.actor)
        if pid is None or not any(r.role == m.role and r.org == m.country for r in self.gaz.roles_of(pid)):
            return None
        return Mention(m.start, m.end, "person", nxt.actor, m.role, nxt.actor.country, True)

    def resolve_counterpart(self, m: Mention, anchor: Mention | None) -> Mention | None:
        """"نظيره المصري": the holder, in the given country, of the anchor's office (without a date, of the
        office the anchor is named by, here or earlier, when he held several)."""
        if m.kind != "counterpart" or m.country is None or anchor is None:
            return None if m.kind == "counterpart" else m
        role = None
        pid = self._person_id(anchor.actor) if anchor.actor is not None else None
        if anchor.actor is not None and pid is not None:
            own = {code for code, actors in self._titled_first.items() if anchor.actor in actors} | {anchor.role}
            roles = sorted((r for r in self.gaz.roles_of(pid, self.office_day) if r.org == anchor.actor.country),
                           key=lambda r: r.role not in own)
            role = roles[0].role if roles else None
        if role is None:
            return None
        if self.office_day is None:
            named = self._holder_in_article(role, m.country)
            holder = named or office_actor(self.gaz, "", m.country, None, ROLE_TITLES.get(role))[0]
            return Mention(m.start, m.end, "person", holder, role, m.country, True)
        holder, found = office_actor(self.gaz, role, m.country, self.office_day)
        if not found and role in LEADER_OFFICES:  # a prime minister's American counterpart: the US president
            leader, found = office_actor(self.gaz, self.gaz.leader_office(m.country), m.country, self.office_day)
            holder = leader if found else holder
        return Mention(m.start, m.end, "person", holder, role, m.country, True)

    # -- per sentence -------------------------------------------------------------------------

    def frames(self, parts: SentenceParts) -> list[Frame]:
        """The frames of one sentence, in text order."""
        self._sentences += 1
        if any(d.tense == TOLD for d in parts.dates):
            parts = replace(parts, dates=[self._after_told(d) for d in parts.dates])
        parts = self._delivering(parts)
        self._aides = [m for m, c in parts.cues if c == "aide"]
        self._speeches = [(m, c) for m, c in parts.cues if c == "speech"]
        self._sources = [m for m, c in parts.cues if c == "source"]
        parts = self._called_on(self._discussed_with(parts))
        parts = self._restated(self._called_so(self._calls_someone(self._host_named(self._objects_no_contact(parts)))))
        if any(c in ("join", "attend") for _, c in parts.cues) and self._referring(parts) and self._join(parts):
            self._remember(parts.mentions)
            return []
        mentions: list[Mention] = []
        earlier: list[Actor] = []  # the people of ``mentions``
        for k, m in enumerate(parts.mentions):
            later = [n.actor for n in parts.mentions if n.actor is not None and n.kind == "person" and n.start > m.start
                     ] if m.kind == "title" and m.actor is None else []  # only a bare title looks at them
            nxt = parts.mentions[k + 1] if k + 1 < len(parts.mentions) else None
            resolved = self._named_next(m, nxt) or self.resolve_bare(m, later, earlier)
            mentions.append(resolved)
            if resolved.actor is not None and resolved.kind in PERSONS:
                earlier.append(resolved.actor)

        out = self._contacts_told(parts, mentions) if parts.triggers else []  # no contact word: memory only
        out += self._greetings_conveyed(parts, mentions, out)
        self._away = self._away or any(p.country != self.dateline and self._said_place(p, parts) for p in parts.places
                                       if p.start >= self.dateline_at)
        self._remember(mentions)
        for d in parts.dates:  # (not the day of a plan: "X is to travel to Kyiv on Wednesday")
            if d.precision == "day" and d.date is not None and not (out and all(f.status == "planned" for f in out)):
                self.last_day = d
        return out

    def _greetings_conveyed(self, parts: SentenceParts, mentions: list[Mention], told: list[Frame]) -> list[Frame]:
        """Greetings someone conveys from a leader ("X conveyed the greetings of President A to B", "نقل تحيات
        الرئيس A لأخيه B", "received X, who conveyed the greetings of A"): an oral message of each sender named
        to whom they are conveyed, or else to the other state's party of a meeting the sentence (or the contact
        told last) tells."""
        s, out = self.text.text, []
        convey = CONVEYED_AR if self.lang == "ar" else CONVEYED_EN
        persons = [m for m in mentions if m.kind in PERSONS and m.actor is not None]
        for g, c in parts.cues:
            verb = convey.search(s, max(parts.sentence.start, g.start - CONVEY_REACH), g.start) if c == "greeting" \
                else None
            asked = ASKED_TO_CONVEY_EN.search(s, max(parts.sentence.start, g.start - CONVEY_REACH), g.start) \
                if c == "greeting" and self.lang != "ar" else None
            if asked is not None:
                out += self._greetings_asked(asked.start(), g, persons, told, parts)
                continue
            if verb is None:
                continue
            after = [m for m in persons if m.start >= g.end]
            if not after or after[0].start - g.end > SENDER_GAP or any(ch in s[g.end:after[0].start] for ch in ",.،") \
                    or self.text.word_before(after[0].start) in GREETED_WORDS:
                continue  # ("greetings for King X": to whom, not whose)
            senders = [after[0]]
            for m in after[1:]:
                if not self._joined(senders[-1].end, m.start):
                    break
                senders.append(m)
            rest = after[len(senders):]
            # to whom: named after the senders, or between the verb and the greetings ("نقل X إلى Y تحيات Z")
            to = next((m for m in rest if self._conveyed_to(m)), None) or next(
                (m for m in persons if verb.start() <= m.start < g.start and self._conveyed_to(m)), None)
            sides = {m.actor.country for m in senders if m.actor is not None}
            met = told or ([self.last_frame] if self.last_frame is not None else [])  # "وقد نقل معاليه …"
            addressee = to.actor if to is not None else next(
                (a for f in met if contact_mode(f.type) == "in_person" for a in f.participants
                 if a.country not in sides), None)
            if addressee is None:
                continue
            day = next((f.date for f in told if f.date is not None), None) \
                or self._date(parts.dates, g.start, g.end, "occurred")
            out += [Frame("message", parts.sentence, g.start, g.end, [m.actor, addressee], initiator=m.actor,
                          date=day, nested=True)
                    for m in senders if m.actor is not None and m.actor.country != addressee.country]
        return out

    def _greetings_asked(self, asked: int, greeting: Match, persons: list[Mention], told: list[Frame],
                         parts: SentenceParts) -> list[Frame]:
        """"X asked the minister to convey his greetings to Y": X's oral message to Y; X is the person named last
        before "asked", else the first party of the contact the sentence tells."""
        s = self.text.text
        to = next((m for m in persons if m.start >= greeting.end and self.text.word_before(m.start) in GREETED_WORDS
                   or m.start >= greeting.end and s[greeting.end:m.start].strip().startswith("to ")), None)
        before = [m.actor for m in persons if m.end <= asked and m.actor is not None]
        if before and ELIDED_SUBJECT_EN.search(s, max(0, asked - ELIDED_REACH), asked) is not None:
            before = before[:1]  # "X received Y and asked him to convey …": the sentence's subject asked
        sender = before[-1] if before else next((f.participants[0] for f in told if f.participants), None)
        if to is None or to.actor is None or sender is None or sender.country == to.actor.country:
            return []
        day = next((f.date for f in told if f.date is not None), None)
        return [Frame("message", parts.sentence, greeting.start, greeting.end, [sender, to.actor], initiator=sender,
                      date=day, nested=True)]

    def _conveyed_to(self, m: Mention) -> bool:
        """Whether a person is named as whom something is conveyed to ("to B", "إلى B", "لأخيه B")."""
        if self.text.word_before(m.start) in TO_WORDS:
            return True
        return self.lang == "ar" and (self.text.text.startswith("ل", m.start)
                                      or self.text.word_before(m.start).startswith("ل"))

    def _contacts_told(self, parts: SentenceParts, mentions: list[Mention]) -> list[Frame]:
        """The frames of a sentence with contact words, its ``mentions`` resolved, in text order: each group of
        contact words framed in its window, the sentence's rules across groups applied, then the frames told."""
        groups = self._groups(parts.triggers, mentions, [cm.end for cm, c in parts.cues if c == "sidelines"])
        self._group_start = {m.start: g[0][0].start for g in groups for m, _ in g}  # its typed triggers come first
        self._typed = [m for m, t in parts.triggers if t.type]
        self._near = {}
        self._unplaced = [m for m, t in parts.triggers if t.type and t.type != "visit"]  # words that take no place
        self._elided = {m.start: self._elided_subject(m) for m in self._typed}  # read by every cue's nearest group
        # (an English "upcoming", "ahead of" is the group's it qualifies, after it: "the visit comes ahead of X's trip")
        # ("the preparations for the summit", "التحضيرات للقمة": the contact word after it, when there is one)
        self._cue_groups = [self._next_group(m) if c == "background_next" or c == "future_of" and self.lang != "ar"
                            or c == "future_next" and self._next_group(m) is not None
                            else self._nearest_group(m, settings=c not in FUTURE_CUES)
                            for m, c in parts.cues] if groups else []
        window = lambda lo, hi: [m for m in mentions if lo <= m.start and m.end <= hi]  # noqa: E731
        spans = self._windows(groups, parts, mentions, window)
        alone = [self._frame(g, parts, window(*span), *span) for g, span in zip(groups, spans)]
        self._guest_described(groups, alone, mentions, parts.cues)
        self._post_tells(groups, spans, alone, parts, window)
        self._subject_shared(groups, spans, alone, parts, window)
        self._subject_of_last_sentence(groups, spans, alone, parts, window)
        self._relative_subject(groups, spans, alone, parts, window)
        self._subject_of_sentence(groups, spans, alone, parts, window)
        self._similar_sent(groups, spans, alone, parts, window)
        self._sent_with(groups, spans, alone, parts, window)
        self._their_contact(groups, spans, alone, parts, window)
        self._delivered(groups, spans, alone, parts, window)
        self._on_the_program(groups, spans, alone, window)
        self._gone_to_meet(groups, spans, alone, window)
        self._held_in_call(groups, spans, alone, parts, window)
        _one_gathering(alone)
        self._letter_brought(groups, spans, alone, parts, window)
        self._subject_shared(groups, spans, alone, parts, window)  # again: after what the trip held ("where he met")
        out: list[Frame] = []
        senders: set[Actor] = set()  # who sent a message someone else carried in this sentence
        gi = 0
        while gi < len(groups):
            frame = alone[gi]
            if frame is None and gi + 1 < len(groups) and alone[gi + 1] is None \
                    and self._elided_subject(groups[gi + 1][0][0]) is None \
                    and not self._undone_between(groups[gi], groups[gi + 1], parts):
                # "flew to Amman to meet King Abdullah": one contact told by two triggers (not "the visit could be
                # a first step toward a meeting": the second is not told as held)
                lo, hi = spans[gi][0], spans[gi + 1][1]
                frame = self._frame(groups[gi] + groups[gi + 1], parts, window(lo, hi), lo, hi)
                gi += frame is not None
            gi += 1
            for addressed in (self._addressed(f, parts) for each in self._each_sender(frame, parts, mentions)
                              for similar in self._similar(each, parts)
                              for carried in self._carried_by(similar, parts, senders)
                              for f in self._handed_over(carried, parts)):
                told = _without_senders(addressed, senders, out)
                if told is None or self._arrived_at_summit(told, parts):
                    continue
                out.append(told)
                self._told(told)
        return out

    @staticmethod
    def _undone_between(group: list[tuple[Match, Trigger]], nxt: list[tuple[Match, Trigger]],
                        parts: SentenceParts) -> bool:
        """Whether a word that a contact may not happen stands between two groups of contact words."""
        lo, hi = max(m.end for m, _ in group), min(m.start for m, _ in nxt)
        return any(c in UNDONE_CUES and lo <= m.start and m.end <= hi for m, c in parts.cues)

    def _carried_by(self, frame: Frame, parts: SentenceParts, senders: set[Actor]) -> list[Frame]:
        """The frames of :meth:`_carried`, adding to ``senders`` whose message someone else carried."""
        frames = self._carried(frame, parts)
        if len(frames) > 1 and frames[0].initiator is not None:
            senders.add(frames[0].initiator)
        return frames

    def _delivering(self, parts: SentenceParts) -> SentenceParts:
        """A word both of speaking and of carrying ("نقل": quoted, or conveyed) carries when a message word comes
        after it ("نقل الوزير X رسالة من Y"): its subject is the carrier, no speaker."""
        carrying = {m.start for m, c in parts.cues if c == "deliver"}
        messages = [m.start for m, t in parts.triggers if t.type == "message"]
        said = [(m, c) for m, c in parts.cues if c == "speech" and m.start in carrying
                and any(0 <= w - m.end <= NEAR for w in messages)]
        return replace(parts, cues=[cue for cue in parts.cues if cue not in said]) if said else parts

    def _discussed_with(self, parts: SentenceParts) -> SentenceParts:
        """A word of discussing ("بحث", "ناقش": a `with` direction) tells a contact only as the verb that opens
        its sentence, its subject right after it and "مع" later ("بحث X، اليوم، مع Y …"), in a sentence with no
        other contact word; elsewhere it is no contact word ("وبحث الجانبان", "خلال اتصال … بحث")."""
        discussing = [(m, t) for m, t in parts.triggers if t.direction == "with"]
        if not discussing:
            return parts
        s = self.text.text
        m, _ = discussing[0]
        first = next((n for n in parts.mentions if n.kind in PERSONS), None)
        # an Arabic verb before its subject; an English one right after it ("X discussed Y with Z")
        subject = SENTENCE_OPENING.fullmatch(s, parts.sentence.start, m.start) is not None \
            and any(n.start >= m.end and n.kind in PERSONS for n in parts.mentions) if self.lang == "ar" \
            else first is not None and (0 <= m.start - first.end <= SUBJECT_GAP
                                        or self._only_days_between(first.end, m.start, parts))
        with_at = next((cm.start for cm, c in parts.cues if c == "with" and cm.start >= m.end), None)
        settings = [cm.end for cm, c in parts.cues if c == "sidelines"]  # "on the sidelines of the summit": no other
        # nor one prepared for after "مع" ("بحث X مع Y التحضيرات للقمة": what they discussed)
        prepared = [cm.end for cm, c in parts.cues if c == "future_next"]
        others = [w for w, _ in parts.triggers if not any(0 <= w.start - e <= SETTING_REACH for e in settings)
                  and not (with_at is not None and w.start > with_at
                           and any(0 <= w.start - e <= PREPARED_GAP for e in prepared))]
        opens = len(others) == len(discussing) == 1 \
            and subject and (with_at is not None or self._joined_sides(parts, m))
        return _narrowed(parts, "with", [m] if opens else [])

    def _only_days_between(self, start: int, end: int, parts: SentenceParts) -> bool:
        """Whether nothing but the words of days (and commas) stands between two positions ("X on Thursday
        discussed", "X today discussed")."""
        return start < end and not self._without_days(start, end, parts.dates).strip(" ,")

    def _without_days(self, start: int, end: int, dates: list[DateMention]) -> str:
        """The text between two positions, the words of days blanked."""
        gap = list(self.text.text[start:end])
        for d in dates:
            for i in range(max(d.start, start), min(d.end, end)):
                gap[i - start] = " "
        return "".join(gap)

    def _called_on(self, parts: SentenceParts) -> SentenceParts:
        """"X called on Y" (an `on` direction) is a courtesy call on the person named right after it, not an appeal
        ("called on Israel to stop", "called on President X to act")."""
        calls = [m for m, t in parts.triggers if t.direction == "on"]
        if not calls:
            return parts
        s = self.text.text
        kept = [m for m in calls if any(
            n.kind in PERSONS and CALLED_ON_GAP.fullmatch(s, m.end, n.start) and APPEAL_AFTER.match(s, n.end) is None
            for n in parts.mentions)]
        return _narrowed(parts, "on", kept)

    def _host_named(self, parts: SentenceParts) -> SentenceParts:
        """"held talks with his host, X", "the host country": "host" after a determiner names who hosts, it is no
        verb whose object is the guest."""
        nouns = [(m, t) for m, t in parts.triggers if t.direction == "host" and t.form == "verb"
                 and self.text.word_before(m.start) in DETERMINERS_EN and self.text.text[m.start:m.end] == "host"]
        return replace(parts, triggers=[t for t in parts.triggers if t not in nouns]) if nouns else parts

    def _calls_someone(self, parts: SentenceParts) -> SentenceParts:
        """"Ramaphosa calls Trump": "calls" between two people is the verb of calling (its subject placed the
        call), not the plural noun."""
        if self.lang == "ar":
            return parts
        s = self.text.text
        verbs = [m for m, t in parts.triggers
                 if t.type == "phone_call" and t.form == "noun" and s[m.start:m.end] == "calls"
                 and any(0 <= m.start - n.end <= SUBJECT_GAP for n in parts.mentions if n.kind in PERSONS)
                 and any(0 <= n.start - m.end <= PARTY_GAP for n in parts.mentions if n.kind in PERSONS)]
        return replace(parts, triggers=[(m, replace(t, direction="out", form="verb") if m in verbs else t)
                                        for m, t in parts.triggers]) if verbs else parts

    def _restated(self, parts: SentenceParts) -> SentenceParts:
        """"X met Y in Moscow, a visit condemned by Z": a contact noun in apposition to the contact just told, with
        who judged it after "by", tells no other contact."""
        if self.lang == "ar":
            return parts
        s = self.text.text
        first = min((m.start for m, t in parts.triggers if t.type), default=None)
        again = [m for m, t in parts.triggers if t.type and first is not None and m.start > first
                 and APPOSITION_BEFORE_EN.search(s, max(0, m.start - APPOSITION_REACH), m.start) is not None
                 and JUDGED_BY_EN.match(s, m.end) is not None]
        if not again:
            return parts
        judges = min(m.start for m in again)  # who judged it, named after the noun, is no party
        return replace(parts, triggers=[(m, t) for m, t in parts.triggers if m not in again],
                       mentions=[n for n in parts.mentions if n.start < judges])

    def _objects_no_contact(self, parts: SentenceParts) -> SentenceParts:
        """Arabic verbs of going or sending whose object is no contact: "توجه X بالشكر إلى Y" (thanks extended, no
        trip), "أرسل X مساعدات إلى Y" (aid sent, no letter)."""
        if self.lang != "ar":
            return parts
        s = self.text.text
        dropped = [m for m, t in parts.triggers if t.direction == "out" and any(
            t.type == kind and s[m.core_start:m.core_end] in verbs and after.match(s, m.end, parts.sentence.end)
            for kind, verbs, after in OBJECTS_NO_CONTACT_AR)]
        return _without_words(parts, dropped)

    def _called_so(self, parts: SentenceParts) -> SentenceParts:
        """"Biden called Putin a war criminal", "called Putin's actions unacceptable": "called" naming what someone
        is or what he did, not a call."""
        if self.lang == "ar":
            return parts
        s = self.text.text
        naming = [m for m, t in parts.triggers if t.type == "phone_call" and s[m.start:m.end] in CALL_VERBS_EN
                  and any(0 <= n.start - m.end <= SUBJECT_GAP and CALLED_SO_EN.match(s, n.end) is not None
                          for n in parts.mentions if n.kind in PERSONS)]
        return _without_words(parts, naming)

    def _joined_sides(self, parts: SentenceParts, verb: Match) -> bool:
        """Whether the subject of an Arabic word of discussing is two people of two states joined by "و" ("بحث X
        و Y …")."""
        people = [n for n in parts.mentions if n.kind in PERSONS and n.actor is not None and n.start >= verb.end]
        pair = people[:2] if self.lang == "ar" and len(people) >= 2 else None
        return pair is not None and self._joined(pair[0].end, pair[1].start) \
            and None not in (pair[0].country, pair[1].country) and pair[0].country != pair[1].country

    def _arrived_at_summit(self, frame: Frame, parts: SentenceParts) -> bool:
        """"X was the first leader to arrive and was greeted by the host": in news of a summit, a leader received
        on arrival by one of the summit's people joins the summit (see the guidelines); True when he did."""
        if not self.summit_news or frame.type != "visit" or frame.status != "occurred" or frame.initiator is None \
                or len(frame.participants) != 2 or frame.initiator.kind != "person" \
                or ARRIVAL.search(self.text.text, parts.sentence.start, parts.sentence.end) is None:
            return False
        summit = self._last_summit(of=next(a for a in frame.participants if a != frame.initiator))
        if summit is None:
            return False
        summit.participants = _distinct(summit.participants + [frame.initiator])
        return True

    def _last_summit(self, of: Actor | None = None) -> Frame | None:
        """The latest summit told as held (with ``of`` among its members, when given)."""
        return next((f for f in reversed(self.history) if f.summit and f.status == "occurred"
                     and (of is None or of in f.participants)), None)

    def _windows(self, groups: list[list[tuple[Match, Trigger]]], parts: SentenceParts, mentions: list[Mention],
                 window: Callable[[int, int], list[Mention]]) -> list[tuple[int, int]]:
        """The span of the sentence each group of contact words reads its parties in: from the sentence's start
        (the first group) or the group's own words (with the subject right before an English verb) to the next
        group."""
        spans: list[tuple[int, int]] = []
        for gi, group in enumerate(groups):
            hi = min(m.start for m, _ in groups[gi + 1]) if gi + 1 < len(groups) else parts.sentence.end
            if gi == 0:
                spans.append((parts.sentence.start, hi))
                continue
            lo = min(m.start for m, _ in group)
            if not all(self._definite(m) for m, t in group if t.type) and self._elided_subject(group[0][0]) is None \
                    and not any(m.kind in PERSONS + ("country",) for m in window(lo, hi)):
                lo = max(m.end for m, _ in groups[gi - 1])  # its untyped words come last, wherever they stand
            # "…, and X met Y": the person right before an English verb is its subject (an Arabic verb's comes
            # after it: "استقبل X Y، وتسلم منه رسالة" is X's)
            # (right before the group's own words, not where the window was moved back to: the last group's)
            verb = min(m.start for m, _ in group) if self.lang != "ar" \
                and any(t.form == "verb" for _, t in group) else None
            aside = self._aside_before(verb, parts.sentence.start) if verb is not None else None
            subject = next((m for m in reversed(mentions) if m.kind in PERSONS and m.end <= verb
                            and (verb - m.end <= SUBJECT_GAP or AUXILIARIES_EN.fullmatch(self.text.text, m.end, verb))
                            and not (aside is not None and aside[0] <= m.start)),
                           None) if verb is not None else self._possessor_of(lo, mentions)
            if subject is not None:
                lo = subject.start
                spans[-1] = (spans[-1][0], min(spans[-1][1], lo))
            elif verb is not None:
                # "X, who arrived in Accra on Monday, met Y": the subject before the relative clause is the verb's
                # too (and stays the clause's)
                lo = next((m.start for m in reversed(mentions) if m.end <= verb and m.kind in PERSONS
                           and RELATIVE_BETWEEN_EN.fullmatch(self.text.text, m.end, verb)), lo)
            spans.append((lo, hi))
        return spans

    def _aside_before(self, t_start: int, lo: int) -> tuple[int, int] | None:
        """The span of an English aside about the subject that closes right before a contact word ("X, carrying a
        message from Z, met Y", "X, who spoke with Z on Monday, met Y"), None when there is none."""
        if self.lang == "ar":
            return None
        aside = ASIDE_BEFORE_EN.search(self.text.text, max(lo, t_start - ASIDE_REACH), t_start)
        return aside.span() if aside is not None else None

    def _possessor_of(self, word: int, mentions: list[Mention]) -> Mention | None:
        """Whose English contact noun it is: the person right before "'s" ("a day after Z's call to W")."""
        if self.lang == "ar":
            return None
        return next((m for m in reversed(mentions) if m.kind in PERSONS and m.end <= word
                     and self.text.text[m.end:word] in POSSESSIVE_ENDINGS_EN), None)

    def _after_told(self, day: DateMention) -> DateMention:
        """A day named from the day the article told last ("the following day", "اليوم التالي"), resolved; left
        without a day when the article told none."""
        if day.tense != TOLD or self.last_day is None or self.last_day.date is None:
            return day
        return replace(day, date=self.last_day.date + timedelta(days=day.after_told), tense="")

    def _told(self, frame: Frame) -> None:
        """Remember a frame told: the contacts later sentences refer to, and the article's first subject."""
        self.history.append(frame)
        if frame.nested:
            return
        self.last_frame = frame
        if frame.status == "occurred" and len(frame.participants) >= 2:  # (not a summit told by one member)
            self.main_frame = frame
        if self.first_subject is None:
            self.first_subject = frame.participants[0]

    def _on_the_program(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                        alone: list[Frame | None], window: Callable[[int, int], list[Mention]]) -> None:
        """What a visit told before holds, told by a contact word with no subject of its own. "A visit during
        which he will meet X", "زيارة … يلتقي خلالها X": a contact of its own still to come, a visit of the
        visitor to X, and X is not whom the arrival was with (the state is). "وصل X إلى بيروت، حيث عقد لقاء مع
        Y بحضور Z": the visitor met Y (and Z) there, a visit."""
        for gi in range(1, len(groups)):
            told = _told_before(alone, gi)  # "arrived … on a visit"
            if told is None:
                continue
            arrival = alone[told]
            if arrival is None or arrival.type != "visit" or arrival.initiator is None:
                continue
            visitor, own = arrival.initiator, alone[gi]
            program = own is None and self._during_which(groups[gi])
            if not program and not (self._where_held(groups[gi]) and (own is None or visitor not in own.participants
                                                                       or self._where_they(groups[gi]))):
                continue
            hosts = _distinct([m.actor for m in window(*spans[gi]) if m.kind in PERSONS and m.actor is not None
                               and m.actor != visitor and (not program or m.actor.country != visitor.country)])
            if not any(a.country != visitor.country for a in hosts):
                if own is not None and not program and set(own.participants) <= set(arrival.participants):
                    alone[gi] = None  # "visit A, B and C, where she will hold talks with her counterparts": its visits
                continue
            # (met there on the day the visit began, when nothing tells another: "went to Geneva on Monday, where …")
            status, day = ("planned", None) if program else (own.status, own.date or _same_status_day(own, arrival)) \
                if own else (arrival.status, arrival.date)
            met_there = any(a.country in _visited_states(arrival) for a in hosts)  # else of a third state, met in it
            # ", where they met X", "حيث التقيا X": the visitor's companions on the trip met X too
            fellows = [a for a in arrival.participants if a.kind == "person" and a.country == visitor.country
                       and a != visitor] if not program and self._where_they(groups[gi]) else []
            alone[gi] = _met_on_trip(arrival, fellows + hosts, met_there, status, day or None,
                                     (groups[gi][0][0].start, groups[gi][-1][0].end), visitor if program else None,
                                     not program and len(fellows + hosts) > 1)
            if not program:
                if not met_there and all(a.kind == "country" for a in arrival.participants
                                         if a.country != visitor.country):
                    alone[told] = None  # "went to Paris, where he met the US envoy": no French side to visit
                continue
            country = hosts[0].country
            stayed = [a for a in arrival.participants if a not in hosts]
            if len(stayed) < 2 and country in self.gaz.countries:
                stayed.append(place_actor(self.gaz, country, "country"))  # the state visited
            alone[told] = replace(arrival, participants=stayed)

    def _gone_to_meet(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                      alone: list[Frame | None], window: Callable[[int, int], list[Mention]]) -> None:
        """"توجه X إلى الدوحة للقاء Y و Z", "X travelled to Muscat to meet Y", "X left for Doha for talks with Y": a
        contact word of purpose right after a journey is one contact of the traveller with whom it names (the
        journey tells where he went, not whom he met); a visit when they are all of the state he went to. A
        departure ("توجه", "left for") makes it still to come."""
        for gi in range(1, len(groups)):
            told = _told_before(alone, gi)
            if told is None:
                continue
            departure = alone[told]
            purpose = self._purpose(groups[gi])
            journey = self._journey(groups[told])
            if departure is None or departure.type != "visit" or departure.initiator is None \
                    or departure.status == "background" or purpose is None or journey is None:
                continue
            traveller = departure.initiator
            met = _distinct([m.actor for m in window(*spans[gi]) if m.kind in PEOPLE and m.actor is not None
                             and m.actor != traveller and m.actor.country != traveller.country])
            if not met:
                continue
            hosted = all(a.country in _visited_states(departure) for a in met)
            if hosted and journey in ("journey", "due"):
                # "arrived in Kyiv for talks with Zelensky": the visit itself, told already (with all it names: "for
                # talks with A and B")
                alone[told] = replace(departure, participants=_distinct(
                    [a for a in departure.participants if a.kind != "country"] + met))
                alone[gi] = None
                continue
            ahead = journey in ("departure", "due") or departure.status == "planned"
            alone[gi] = _met_on_trip(departure, met, hosted, "planned" if ahead else "occurred",
                                     None if ahead and journey == "departure" else departure.date,
                                     (purpose.start, purpose.end), None, len(met) > 1)
            alone[told] = None

    def _held_in_call(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                      alone: list[Frame | None], parts: SentenceParts, window: Callable[[int, int], list[Mention]]
                      ) -> None:
        """"X invited Y to visit Z during a phone call", "خلال اتصال هاتفي": what a clause told of no contact (an
        invitation) was said in a call, whose parties are that clause's."""
        for gi in range(1, len(groups)):
            if alone[gi] is not None or alone[gi - 1] is not None:
                continue
            call = next((m for m, t in groups[gi] if t.type == "phone_call" and t.form == "noun"), None)
            if call is None or IN_CALL_BEFORE.search(self.text.text, max(0, call.start - IN_CALL_REACH),
                                                     call.start) is None:
                continue
            lo, hi = spans[gi - 1][0], spans[gi][1]
            alone[gi] = self._frame(groups[gi], parts, window(lo, hi), lo, hi)

    def _purpose(self, group: list[tuple[Match, Trigger]]) -> Match | None:
        """The contact word a group tells as the purpose of a journey: "للقاء", "to meet", "for talks with"."""
        return next((m for m, t in group if t.type and (self.lang != "ar" or t.form == "noun")
                     and self._purpose_word(m)), None)

    def _purpose_word(self, m: Match) -> bool:
        """Whether words of purpose lead to a contact word: "للقاء", "لإجراء مباحثات", "to meet", "for talks"."""
        s = self.text.text
        if self.lang == "ar":
            return m.prefix.endswith(PURPOSE_PREFIX) or self.text.word_before(m.start) in PURPOSE_VERBS_AR
        return PURPOSE_BEFORE_EN.search(s, max(0, m.start - PURPOSE_REACH), m.start) is not None

    def _journey(self, group: list[tuple[Match, Trigger]]) -> str | None:
        """"departure" when a group sets off ("توجه", "غادر", "left for", "headed to"), "journey" when it tells
        a trip made ("travelled to", "flew to", "arrived in", "وصل"), "due" when one still to come by its
        arrival ("due in"), else None."""
        s = self.text.text
        words = {s[m.core_start:m.core_end] if self.lang == "ar" else s[m.start:m.end] for m, t in group if t.type}
        if words & (DEPARTURES_AR if self.lang == "ar" else DEPARTURES_EN):
            return "departure"
        if self.lang != "ar" and words & ARRIVALS_AHEAD_EN:
            return "due"
        return "journey" if words & (JOURNEYS_AR if self.lang == "ar" else JOURNEYS_EN) else None

    def _set_off(self, group: list[tuple[Match, Trigger]]) -> bool:
        """Whether a group tells a departure that took place ("left for", "توجه", "غادر"), not one to come
        ("leaves for")."""
        if self._journey(group) != "departure":
            return False
        s = self.text.text
        return self.lang == "ar" or any(s[m.start:m.end] in SET_OFF_EN for m, t in group if t.type)

    def _where_held(self, group: list[tuple[Match, Trigger]]) -> bool:
        """Whether a contact word starts a clause of where the visit just told went: "حيث التقى", "حيث عقد لقاء",
        ", where he met"."""
        return self._where_clause(group) is not None

    def _where_clause(self, group: list[tuple[Match, Trigger]]) -> re.Match[str] | None:
        """The words that open the clause of where a visit went, right before a group's first word."""
        first = group[0][0]
        where = WHERE_BEFORE_AR if self.lang == "ar" else WHERE_BEFORE_EN
        return where.search(self.text.text, max(0, first.start - WHERE_REACH), first.start)

    def _where_they(self, group: list[tuple[Match, Trigger]]) -> bool:
        """Whether the clause of where a visit went has a plural subject: ", where they met", "حيث التقيا",
        "حيث عقدوا"."""
        where, s = self._where_clause(group), self.text.text
        if where is None:
            return False
        if self.lang != "ar":
            return "they" in where.group().split()
        return any(t.form == "verb" and s[m.start:m.end].endswith(PLURAL_VERB_ENDINGS_AR) for m, t in group)

    def _during_which(self, group: list[tuple[Match, Trigger]]) -> bool:
        """Whether a contact word tells the program of a visit, still to come: "يلتقي خلالها" (an imperfect
        verb; "التقى خلالها" tells what it held), "during which he will meet"."""
        s = self.text.text
        return any(t.type and t.form == "verb" and (
            self.lang == "ar" and s[m.core_start:m.core_end].startswith(IMPERFECT_AR)
            and DURING_AFTER.match(s, m.end) is not None
            or DURING_BEFORE.search(s, max(0, m.start - DURING_REACH), m.start) is not None) for m, t in group)

    def _post_tells(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                    alone: list[Frame | None], parts: SentenceParts,
                    window: Callable[[int, int], list[Mention]]) -> None:
        """"X wrote on X that they had a good conversation", "كتب X على حسابه أنه أجرى اتصالا مع Y": a post that
        tells a call or meeting is that contact, told by the words of both, not a message."""
        for gi in range(len(groups) - 1):
            if self._posted(groups[gi], parts) and all(t.type in (None, "message") for _, t in groups[gi]) \
                    and any(t.type not in (None, "message") for _, t in groups[gi + 1]):
                lo, hi = spans[gi][0], spans[gi + 1][1]
                alone[gi], alone[gi + 1] = self._frame(groups[gi] + groups[gi + 1], parts, window(lo, hi), lo, hi), None

    def _subject_shared(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                        alone: list[Frame | None], parts: SentenceParts,
                        window: Callable[[int, int], list[Mention]]) -> None:
        """"X met Y on Monday, and will meet Z on Friday", "… and then travel to Tashkent to meet Z", "التقى X Y، كما
        التقى Z": a verb after "and" ("كما", "ثم") with no subject of its own shares the subject of the contact told
        before it (an Arabic one when it names one person only: its object); its clause starts at the "and"."""
        for gi in range(1, len(groups)):
            told = next((k for k in range(gi - 1, -1, -1) if alone[k] is not None), None)  # the clause before
            before = alone[told] if told is not None else None
            elided = self._elided_subject(min((m for m, _ in groups[gi]), key=attrgetter("start")))
            # (a verb whose people are all of one side names only its objects: "… and met A and B of one state")
            own = alone[gi]
            own_side = own is not None and len({a.country for a in own.participants}) == 1
            # (an English verb after "and" has no subject of its own: whom its clause names are its objects)
            if alone[gi] is not None and not own_side and self.lang == "ar" or before is None \
                    or not any(t.form == "verb" for _, t in groups[gi]) \
                    or elided is None \
                    or self.lang == "ar" and len([m for m in window(*spans[gi]) if m.kind in PERSONS]) != 1 \
                    and not own_side:
                continue
            lead = before.participants[0]
            subject = next((m for m in window(*spans[told]) if m.kind in PERSONS and m.actor == lead), None) \
                if told is not None else None
            if subject is None and lead.kind == "person":  # "where he met Y and then spoke with Z": the traveller
                subject = Mention(elided, elided, "person", lead, None, lead.country, True)
            if subject is not None:
                lo, hi = min(spans[gi][0], elided), spans[gi][1]
                shared = self._frame(groups[gi], parts, [subject] + window(lo, hi), lo, hi)
                if shared is not None and before.status == "planned" and shared.status == "occurred" \
                        and not self._past_verb(groups[gi]):  # "X will travel … and meet Y on Monday": a plan too
                    shared.status = "planned"
                    shared.date = self._day_by_status(shared.date, "planned") if shared.date is not None else None
                # (one the contact before already holds is that contact: "وصل X …، والتقى Y")
                alone[gi] = None if shared is not None and set(shared.participants) <= set(before.participants) \
                    and shared.status == before.status else shared

    def _subject_of_last_sentence(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                                  alone: list[Frame | None], parts: SentenceParts,
                                  window: Callable[[int, int], list[Mention]]) -> None:
        """"بحث X مع Y …. كما التقى Z": an Arabic sentence opening with "كما" or "ثم" and a contact verb that names
        one person only (its object) shares the subject of the contact told last."""
        before = self.history[-1] if self.history else None
        if self.lang != "ar" or not groups or alone[0] is not None or before is None \
                or before.participants[0].kind != "person" \
                or not any(t.form == "verb" and t.type for _, t in groups[0]) \
                or ALSO_OPENING_AR.fullmatch(self.text.text, parts.sentence.start, groups[0][0][0].start) is None:
            return
        named = [m for m in window(*spans[0]) if m.kind in PERSONS]
        if len(named) != 1 or named[0].actor in before.participants:
            return
        lead = before.participants[0]
        subject = Mention(groups[0][0][0].start, groups[0][0][0].start, "person", lead, None, lead.country, True)
        alone[0] = self._frame(groups[0], parts, [subject] + window(*spans[0]), *spans[0])

    def _relative_subject(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                          alone: list[Frame | None], parts: SentenceParts,
                          window: Callable[[int, int], list[Mention]]) -> None:
        """"X met Y, who is due to meet Z on Monday", "التقى X Y، الذي من المقرر أن يلتقي غدا Z": a contact verb in
        a relative clause whose clause names one person (its object) is a contact of whom the clause is about."""
        s = self.text.text
        for gi in range(1, len(groups)):
            verb = next((m for m, t in groups[gi] if t.form == "verb" and t.type), None)
            if alone[gi] is not None or verb is None:
                continue
            clause = RELATIVE_CLAUSE.search(s, max(0, verb.start - RELATIVE_CLAUSE_REACH), verb.start)
            antecedent = next((m for m in reversed(parts.mentions) if clause is not None and m.kind in PERSONS
                               and m.actor is not None and 0 <= clause.start() - m.end <= 1), None)
            named = [m for m in window(*spans[gi]) if m.kind in PERSONS and m.start > verb.start]
            if antecedent is None or len(named) != 1 or named[0].actor == antecedent.actor:
                continue
            alone[gi] = self._frame(groups[gi], parts, [antecedent] + named, antecedent.start, spans[gi][1])

    def _subject_of_sentence(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                             alone: list[Frame | None], parts: SentenceParts,
                             window: Callable[[int, int], list[Mention]]) -> None:
        """"أجرى X عددا من اللقاءات …، حيث التقى مع كل من A و B": an Arabic verb after "حيث", "كما", "ثم" with
        "مع" right after it has no subject of its own: the one the sentence names first, before it, with no contact
        of its own told."""
        if self.lang != "ar":
            return
        for gi, group in enumerate(groups):
            verb = min((m for m, _ in group), key=attrgetter("start"))
            elided = self._elided_subject(verb)
            if elided is None or not any(t.form == "verb" for _, t in group) \
                    or WITH_NEXT_AR.match(self.text.text, verb.end) is None \
                    or any(f is not None for f in alone[:gi]):
                continue
            subject = next((m for m in window(parts.sentence.start, elided) if m.kind in PERSONS
                            and m.actor is not None), None)
            own = alone[gi]
            if subject is None or own is not None and subject.actor in own.participants:
                continue
            lo, hi = spans[gi]
            alone[gi] = self._frame(group, parts, [subject] + window(lo, hi), lo, hi) or own

    def _similar_sent(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                      alone: list[Frame | None], parts: SentenceParts,
                      window: Callable[[int, int], list[Mention]]) -> None:
        """"The Prime Minister also sent a similar cable", "كما بعث X برقية مماثلة": a message with a sender and no
        addressee of its own, "similar" to the last message told, goes to that message's recipients."""
        earlier = next((f for f in reversed(self.history) if f.type == "message"), None)
        if earlier is None or not any(c == "similar" for _, c in parts.cues):
            return
        recipients = [a for a in earlier.participants if a != earlier.initiator]
        for gi, group in enumerate(groups):
            word = next((m for m, t in group if t.type == "message"), None)
            senders = [m for m in window(*spans[gi]) if m.kind in PERSONS and m.actor is not None
                       and m.actor not in recipients and m.actor != earlier.initiator]
            if alone[gi] is None and word is not None and senders and recipients:
                told = [Mention(word.end, word.end, "person", a, None, a.country, True) for a in recipients]
                alone[gi] = self._frame(group, parts, window(*spans[gi]) + told, *spans[gi])

    def _sent_with(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                   alone: list[Frame | None], parts: SentenceParts,
                   window: Callable[[int, int], list[Mention]]) -> None:
        """"X sent his envoy Y to Addis Ababa with a message for Z", "أوفد X مبعوثه Y حاملا رسالة إلى Z": the message
        an envoy is sent with is from whom sent him."""
        for gi in range(1, len(groups)):
            sends = next((m for m, t in groups[gi - 1] if t.direction == "sends"), None)
            if alone[gi] is not None or sends is None or not any(t.type == "message" for _, t in groups[gi]):
                continue
            sender = next((m for m in reversed(window(parts.sentence.start, sends.start)) if m.kind in PERSONS), None) \
                if self.lang != "ar" else next((m for m in window(sends.end, spans[gi][0]) if m.kind in PERSONS), None)
            letter = self._frame(groups[gi], parts, [sender] + window(*spans[gi]), *spans[gi]) \
                if sender is not None else None
            if letter is not None and sender is not None:
                letter.initiator = sender.actor
                alone[gi] = letter

    def _their_contact(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                       alone: list[Frame | None], parts: SentenceParts,
                       window: Callable[[int, int], list[Mention]]) -> None:
        """"X has not spoken with Y since their meeting in Bali": a contact noun after "their" is one of the
        people the sentence named before it."""
        for gi, group in enumerate(groups):
            noun = next((m for m, t in group if t.type and t.form == "noun"), None)
            if alone[gi] is not None or noun is None or self.text.word_before(noun.start) not in THEIR_WORDS:
                continue
            named = [m for m in window(parts.sentence.start, noun.start) if m.kind in PERSONS]
            if len({m.actor for m in named}) == 2:
                alone[gi] = self._frame(group, parts, named + window(noun.start, spans[gi][1]), spans[gi][0],
                                        spans[gi][1])

    def _elided_subject(self, verb: Match) -> int | None:
        """Where the "and" starts that a contact verb follows with no subject of its own ("…, and will meet"), or
        in Arabic a comma and "كما" or "ثم"; None when it follows none."""
        elided = ELIDED_SUBJECT_AR if self.lang == "ar" else ELIDED_SUBJECT_EN
        found = elided.search(self.text.text, max(0, verb.start - ELIDED_REACH), verb.start)
        if found is None and self.lang == "ar" and verb.prefix.startswith(AND_AR):  # "وصل X إلى بيروت، والتقى Y"
            found = COMMA_BEFORE_AR.search(self.text.text, max(0, verb.start - ELIDED_REACH), verb.start)
        return found.start() if found else None

    def _letter_brought(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                        alone: list[Frame | None], parts: SentenceParts,
                        window: Callable[[int, int], list[Mention]]) -> None:
        """"X received Y, who delivered to him a letter from Z", "استقبل X Y، الذي سلمه رسالة من Z": a letter
        from a sender of the guest's state (or, named without one, from whom the guest serves as envoy), with no
        addressee of its own, is to whom the guest was received by."""
        for gi in range(len(groups)):
            told = _told_before(alone, gi)
            carried_before = gi + 1 < len(groups) and self._aside_before(groups[gi + 1][0][0].start,
                                                                         parts.sentence.start) is not None
            if carried_before:  # "X, carrying a message from Z, met Y": the audience told after the letter
                told = gi + 1
            audience = alone[told] if told is not None else None
            if audience is None or contact_mode(audience.type) != "in_person" or len(audience.participants) != 2 \
                    or not all(t.type == "message" for _, t in groups[gi] if t.type):
                continue
            own = alone[gi]  # "… Y, who handed him a letter": a letter between the two, from whom Y serves
            handed = own is not None and own.type == "message" and set(own.participants) == set(audience.participants)
            if own is not None and not handed:
                continue
            lo, hi = spans[gi]
            source = next((m.end for m, c in parts.cues if c == "from" and lo <= m.start < hi), None)
            sender = next((m.actor for m in window(lo, hi) if source is not None and m.start >= source
                           and m.kind in PERSONS and m.actor is not None), None)
            if sender is None and audience.initiator is not None:
                sender = self._principal_of(audience.initiator, parts)
            # the guest who came, or, at a meeting, the one of the sender's state
            carrier = audience.initiator or next((a for a in audience.participants
                                                  if sender is not None and a.country == sender.country), None)
            # (a sender of another state when the carrier is said to carry it: "X met Y and conveyed a message from
            # Z", a mediator's)
            carried = carried_before or any(c == "deliver" and lo - NEAR <= m.start < hi for m, c in parts.cues)
            if sender is None or carrier is None or sender in audience.participants \
                    or sender.country != carrier.country and not carried:
                continue
            addressee = next(a for a in audience.participants if a != carrier)
            if addressee.country == sender.country:
                continue
            # nested: the audience stays the contact later sentences refer to
            alone[gi] = replace(audience, type="message", participants=[sender, addressee], initiator=sender,
                                trigger_start=groups[gi][0][0].start, trigger_end=groups[gi][-1][0].end,
                                hub=None, multilateral=False, anaphoric=False, borrowed=False, nested=True)

    def _delivered(self, groups: list[list[tuple[Match, Trigger]]], spans: list[tuple[int, int]],
                   alone: list[Frame | None], parts: SentenceParts, window) -> None:
        """"The letter was handed over by X during a meeting with Y", "وسلم الرسالة X خلال استقبال Y له": the
        carrier X of a message already told is not its sender; the reception is an in-person contact
        between X and Y, a visit by X unless X is an ambassador (resident: a meeting)."""
        for gi in range(len(groups) - 1):
            group, nxt = groups[gi], groups[gi + 1]
            if not all(t.type == "message" for _, t in group if t.type) \
                    or not any(t.type in ("meeting", "visit") for _, t in nxt) \
                    or not any(c == "deliver" and spans[gi][0] <= m.start < spans[gi][1] for m, c in parts.cues):
                continue
            told = next((f for f in reversed(self.history) if f.type == "message"), None)
            carriers = [m for m in window(*spans[gi]) if m.kind == "person" and m.actor is not None
                        and not self._aide(m) and (told is None or m.actor not in told.participants)]
            if not carriers:
                continue
            carrier = carriers[0]
            frame = self._frame(nxt, parts, [carrier] + window(*spans[gi + 1]), carrier.start, spans[gi + 1][1])
            if frame is None or frame.participants[0] != carrier.actor or len(frame.participants) != 2:
                continue
            envoy = self._resident(carrier.actor, window(*spans[gi]))
            guest, host = frame.participants
            if told is not None and host == told.initiator and len(told.participants) == 2:
                # "during a meeting with the Emir": a carrier hands a letter to its addressee, not its sender
                host = next(a for a in told.participants if a != told.initiator)
                frame.participants = [guest, host]
            if envoy or guest.country is None or guest.country == host.country:
                frame.type, frame.initiator = "meeting", None
            else:
                frame.type, frame.initiator = "visit", guest
            alone[gi], alone[gi + 1] = None, frame
            if gi > 0 and alone[gi - 1] is None:
                alone[gi - 1] = None

    def _carried(self, frame: Frame, parts: SentenceParts) -> list[Frame]:
        """A message handed over by someone other than its sender ("X handed Y a letter from Z", "a letter from
        Z, delivered by X", "سلمها X"): the message goes from the sender to the addressee, and the carrier's
        audience with the addressee is a contact of its own, a visit by the carrier unless the carrier is of
        the addressee's state or an ambassador (see the guidelines)."""
        sender = frame.initiator
        if frame.type != "message" or sender is None:
            return [frame]
        frame = self._to_whom_met(frame, parts)
        principal = self._principal_of(sender, parts)
        carrier: Actor | None
        if principal is not None and principal not in frame.participants:
            # "X, special envoy of President Y, delivered a message to Z": Y's message, X's audience with Z
            carrier, sender = sender, principal
            frame = replace(frame, participants=[principal, *frame.participants], initiator=principal)
        elif len(frame.participants) < CARRIED_PARTIES:
            return [frame]
        else:
            carrier = self._carrier(frame, parts)
        if carrier is None:
            return [frame]
        addressees = [a for a in frame.participants if a not in (carrier, sender)]
        if len(addressees) != 1:
            return [frame]
        addressee = addressees[0]
        message = replace(frame, participants=[sender, addressee], hub=None, partners_initiate=False)
        return [message, self._audience(frame, carrier, addressee, parts)]

    def _to_whom_met(self, frame: Frame, parts: SentenceParts) -> Frame:
        """"X held talks with the visiting minister Y. The minister delivered a message from Z": a message its
        carrier delivered to no one named goes to whom the carrier met in the contact told last."""
        sides = {a.country for a in frame.participants}
        met = self.main_frame
        if len(frame.participants) != 2 or len(sides) != 1 or met is None \
                or met.sentence == frame.sentence and not met.anaphoric \
                or not any(c == "deliver" for _, c in parts.cues):  # ("During the meeting he delivered …": told before)
            return frame
        carrier = next((a for a in frame.participants if a != frame.initiator and a in met.participants), None)
        hosts = [a for a in met.participants if carrier is not None and a.country not in sides]
        return replace(frame, participants=[*frame.participants, hosts[0]]) if len(hosts) == 1 else frame

    def _handed_over(self, frame: Frame, parts: SentenceParts) -> list[Frame]:
        """"X handed the letter to Y", "وقام بتسليم الرسالة X إلى Y": the handing over of a message already told
        by another sender is the carrier's audience with whom he handed it to, not a message of his own (see
        the guidelines); with no one named to receive it, nothing more than the message told."""
        if frame.type != "message" or not frame.anaphoric:
            return [frame]
        carrier = frame.initiator or self._carrier(frame, parts)  # ("The message was delivered by Y")
        if carrier is None:
            return [frame]
        s = self.text.text
        if not any(c == "deliver" and (HANDED_THE.fullmatch(s, m.end, frame.trigger_start)
                                       or HANDED_BY.fullmatch(s, frame.trigger_end, m.start)) for m, c in parts.cues):
            return [frame]
        told = next((f for f in reversed(self.history) if f.type == "message"), None)
        if told is None or told.initiator is None or told.initiator in frame.participants:
            return [frame]
        addressees = [a for a in frame.participants if a != carrier]
        if len(addressees) != 1:
            return []
        return [replace(self._audience(frame, carrier, addressees[0], parts), date=frame.date or told.date)]

    def _audience(self, frame: Frame, carrier: Actor, addressee: Actor, parts: SentenceParts) -> Frame:
        """The carrier's audience with whom he handed a message to: a visit by the carrier unless he is of the
        addressee's state or an ambassador (resident: a meeting)."""
        travelled = carrier.country is not None and carrier.country != addressee.country \
            and not self._resident(carrier, parts.mentions)
        return replace(frame, type="visit" if travelled else "meeting", participants=[carrier, addressee],
                       initiator=carrier if travelled else None, hub=None, partners_initiate=False,
                       multilateral=False, anaphoric=False)

    @staticmethod
    def _resident(carrier: Actor, mentions: list[Mention]) -> bool:
        """Whether a message's carrier heads his state's mission where he hands it over (an ambassador, titled as
        one or named right next to the title: "Kuwaiti ambassador Aziz X", "X, the ambassador")."""
        named = [c for c in mentions if c.actor == carrier]
        return any(c.role in MISSION_HEADS for c in named) or any(
            m.kind == "title" and m.role in MISSION_HEADS
            and (0 <= c.start - m.end <= TITLE_GAP or 0 <= m.start - c.end <= TITLE_GAP)
            for m in mentions for c in named)

    def _addressed(self, frame: Frame, parts: SentenceParts) -> Frame:
        """"X received a letter from Y addressed to Z", "رسالة … موجهة إلى Z": the letter goes from its sender to
        whom it is addressed; who received it on his behalf is no party to it (see the guidelines)."""
        if frame.type != "message" or frame.initiator is None:
            return frame
        cue = next((m for m, c in parts.cues if c == "addressed" and m.start >= frame.trigger_start), None)
        addressee = next((m.actor for m in parts.mentions if cue is not None and m.start >= cue.end
                          and m.kind in PERSONS and m.actor is not None), None)
        if addressee is None or addressee not in frame.participants or addressee == frame.initiator:
            return frame
        return replace(frame, participants=[frame.initiator, addressee], hub=None, partners_initiate=False,
                       multilateral=False)

    @staticmethod
    def _principal_of(envoy: Actor, parts: SentenceParts) -> Actor | None:
        """Whom an envoy named in the sentence serves, of his own state ("the special envoy of President X")."""
        return next((m.principal for m in parts.mentions if m.actor == envoy and m.principal is not None
                     and m.principal != envoy and m.principal.country == envoy.country), None)

    def _carrier(self, frame: Frame, parts: SentenceParts) -> Actor | None:
        """Who handed a message over: named right after "delivered by", "سلمها", or right before "handed"."""
        s = self.text.text
        people = [m for m in parts.mentions if m.kind in PERSONS and m.actor in frame.participants]
        for cm, c in parts.cues:
            if c != "deliver":
                continue
            by = BY_AGENT.match(s, cm.end)
            after = next((m for m in people if m.start >= cm.end), None)
            if after is not None and after.start - cm.end <= CARRIER_GAP and (by is not None or self.lang == "ar"):
                return after.actor if after.actor != frame.initiator else None
            # "was delivered to Y by X": the agent after the addressee
            later = TO_THEN_BY.match(s, cm.end) if self.lang != "ar" else None
            agent = next((m for m in people if later is not None and 0 <= m.start - later.end() <= CARRIER_GAP), None)
            if agent is not None:
                return agent.actor if agent.actor != frame.initiator else None
            before = next((m for m in reversed(people) if m.end <= cm.start), None)
            if self.lang != "ar" and before is not None and not s[before.end:cm.start].strip(" ,"):  # "X handed"
                return before.actor if before.actor != frame.initiator else None
        return None

    def _each_sender(self, frame: Frame | None, parts: SentenceParts, mentions: list[Mention]) -> list[Frame]:
        """"A, B and C sent cables to D", "بعث A و B برقيتين إلى D": a message of each sender named in one list
        before the message word (an Arabic verb's: after it), to the others (not one from A to B, C and D)."""
        if frame is None or frame.type != "message" or frame.initiator is None:
            return [frame] if frame is not None else []
        # an Arabic verb's subjects stand after it, up to its message noun or "إلى"
        to = next((cm.start for cm, c in parts.cues if c == "to" and cm.start >= frame.trigger_start),
                  len(self.text.text))
        limit = min(to, frame.trigger_end) if self.lang == "ar" else frame.trigger_start
        before = self._sender_lists(frame, [m for m in mentions if m.end <= limit])
        actors = before[-1] if before else []
        if len(actors) < 2:  # "Y received cables from A and B": the senders listed after "from"
            start = next((cm.end for cm, c in parts.cues if c == "from" and cm.start >= frame.trigger_start), None)
            after = self._sender_lists(frame, [m for m in mentions if start is not None and m.start >= start])
            actors = after[0] if after else []
        recipients = [a for a in frame.participants if a not in actors]
        if len(actors) < 2 or actors[0] != frame.initiator or not recipients:
            return [frame]
        return [replace(frame, participants=[a, *recipients], initiator=a, hub=None, partners_initiate=False)
                for a in actors]

    def _sender_lists(self, frame: Frame, mentions: list[Mention]) -> list[list[Actor]]:
        """The lists of the message's parties among ``mentions``, each of people named one after another with a
        comma or "and" between ("A, B and C", "A و B"; one named twice counts once: "خادم الحرمين الشريفين الملك
        سلمان")."""
        lists: list[list[Mention]] = []
        for m in mentions:
            if m.kind not in PERSONS or m.actor not in frame.participants:
                continue
            last = lists[-1][-1] if lists else None
            if last is not None and m.actor == last.actor:
                lists[-1][-1] = m
            elif last is not None and (self._listed(last.end, m.start)
                                       or SENDER_JOINED.match(self.text.text, last.end, m.start)):
                lists[-1].append(m)
            else:
                lists.append([m])
        return [_distinct([m.actor for m in run if m.actor is not None]) for run in lists]

    def _similar(self, frame: Frame | None, parts: SentenceParts) -> list[Frame]:
        """"X and Y sent similar cables": each sender writes to the recipients of the last message."""
        if frame is None:
            return []
        if frame.type != "message" or not any(c == "similar" for _, c in parts.cues):
            return [frame]
        earlier = next((f for f in reversed(self.history) if f.type == "message"), None)
        if earlier is None or any(c == "to" and m.start >= frame.trigger_start for m, c in parts.cues):
            return [frame]  # no message to be similar to, or one with its own recipients
        recipients = [a for a in earlier.participants if a != earlier.initiator]
        senders = [a for a in frame.participants if a not in recipients and a != earlier.initiator]
        return [replace(frame, participants=[s, *recipients], initiator=s) for s in senders] or [frame]

    def _guest_described(self, groups: list[list[tuple[Match, Trigger]]], alone: list[Frame | None],
                         mentions: list[Mention], cues: list[tuple[Match, str]]) -> None:
        """"استقبل X Y الذي يقوم بزيارة إلى الدولة", "X received Y, who is on a visit to the country": a contact
        word in a relative clause about a party of the contact just told describes that contact, not another."""
        s = self.text.text
        for gi in range(1, len(groups)):
            word = groups[gi][0][0]
            told = alone[gi - 1]
            relative = RELATIVE_BEFORE.search(s, max(0, word.start - RELATIVE_REACH), word.start)
            if told is None or relative is None:
                continue
            antecedent = next((m for m in reversed(mentions) if m.end <= relative.start()), None)
            if antecedent is not None and antecedent.actor in told.participants \
                    and not s[antecedent.end:relative.start()].strip(" ,،"):
                if any(t.type == "visit" and t.direction == "out" for _, t in groups[gi]):
                    told.type, told.initiator = "visit", antecedent.actor  # the guest travelled ("الذي يزور البلاد")
                alone[gi] = None
                # "…، بحضور Z" after the clause: present at the contact told
                present = next((cm.end for cm, c in cues if c == "join" and cm.start > word.start), None)
                told.participants = _distinct(told.participants + [
                    m.actor for m in mentions if present is not None and m.start >= present and m.kind in PERSONS
                    and m.actor is not None])

    def _referring(self, parts: SentenceParts) -> bool:
        """Whether the sentence's contact words refer back to contacts already told."""
        summit = any(f.summit for f in self.history)
        # a contact word in a relative clause about a person ("X, who is visiting Nairobi, also took part in the
        # call") tells of him, not the sentence's contact
        referring = all(self._definite(m) or t.type == "summit" and summit for m, t in parts.triggers
                        if t.type and RELATIVE_BEFORE.search(self.text.text, max(0, m.start - RELATIVE_REACH),
                                                             m.start) is None)
        # "X arrived in Jeddah to take part in the summit": travel to join the summit already told
        return referring or summit and any(c == "join" and t.type == "summit" and 0 <= m.start - cm.end <= JOIN_GAP
                                           for cm, c in parts.cues for m, t in parts.triggers)

    def _since_clause(self, m: Mention, clause: Clause) -> bool:
        """Whether a person is named in a "since" clause after the contact word ("في أول زيارة لمصر منذ عزل الرئيس
        X", "the first visit since X took office"): the time it is told against, no party."""
        s = self.text.text
        since = SINCE_WORD.search(s, clause.t_end, m.start)
        return since is not None and not any(c in s[since.end():m.start] for c in LIST_COMMAS)

    def _join(self, parts: SentenceParts) -> bool:
        """"شارك فيها عن الجانب اللبناني …", "X arrived to take part in the summit": the people named join
        the in-person contact just told; True when they did (the sentence tells no other contact)."""
        frame = self._joined_contact(parts)
        if frame is None or contact_mode(frame.type) != "in_person" and frame.type != "phone_call" or \
                parts.sentence.start - frame.sentence.end > JOIN_REACH and not frame.summit:
            return False
        behalf = [cm for cm, c in parts.cues if c == "behalf"]  # "on behalf of the President, X": not there
        # an aide's office ("نائب مساعد وزير الخارجية") does not name the minister
        people = [self._of_side(m, parts) for m in parts.mentions if m.kind in PERSONS and m.actor is not None
                  and not self._aide(m) and not any(0 <= m.start - cm.end <= BEHALF_REACH for cm in behalf)]
        if not people:
            return False
        named = {a.country for a in people}  # "… and officials from the US and Russia": sides no one else stands for
        people += [m.actor for m in parts.mentions if m.kind == "group" and m.actor is not None
                   and m.actor.country not in named]
        if not frame.summit and not any(c == "join" for _, c in parts.cues) and self._at_reception(parts):
            return True  # "وحضر الاستقبال …": present at a reception, not parties to the talks
        if not any(t.type for _, t in parts.triggers) and (frame.at_ceremony or any(c == "ceremony"
                                                                                   for _, c in parts.cues)):
            return True  # "X shook hands with Y at the funeral. Z also attended": Z attended the ceremony
        negations = [m.end for m, c in parts.cues if c == "negation"]
        if any(c == "join" and any(0 <= m.start - e <= NOT_JOINED_GAP for e in negations) for m, c in parts.cues):
            return True  # "Z was not involved in the talks", "لم يشارك Z": no part in them
        joined = {a.country for a in people}
        # "وتناول اللقاء …. حضر اللقاء …": they attend the contact that "the meeting" refers back to, too
        told = next((f for f in reversed(self.history) if not f.anaphoric and contact_mode(f.type) == "in_person"
                     and set(f.participants) == set(frame.participants)), None) if frame.anaphoric else None
        # and so do the other tellings of it in its sentence ("استقبل X Y … بمناسبة زيارته": one visit, told twice)
        twins = [f for f in self.history if f is not frame and f is not told and f.sentence == frame.sentence
                 and f.type == frame.type and set(f.participants) == set(frame.participants)]
        for attended in (frame, *twins, *([told] if told is not None else [])):
            kept = [a for a in attended.participants if not (a.kind == "country" and a.country in joined)]
            if attended.initiator is not None and attended.initiator not in kept:
                attended.initiator = next((a for a in people if a.country == attended.initiator.country), None)
            attended.participants = _distinct(kept + people)
            attended.multilateral = len(attended.participants) > 2
        return True

    def _of_side(self, m: Mention, parts: SentenceParts) -> Actor:
        """The actor of a person named after a side ("حضر اللقاء من الجانب الجيبوتي X", "on the Kenyan side, X"),
        of that side's state when the name alone tells none."""
        assert m.actor is not None
        if m.actor.country is not None:
            return m.actor
        sides = [n for n in parts.nationalities if n.end <= m.start and any(
            c == "side" and (0 <= n.start - cm.end <= SIDE_REACH if self.lang == "ar" else 0 <= cm.start - n.end <= 1)
            for cm, c in parts.cues)]
        return replace(m.actor, country=sides[-1].country) if sides else m.actor

    def _joined_contact(self, parts: SentenceParts) -> Frame | None:
        """The contact a sentence of people joining refers to: the summit it names, the call it names ("X also
        joined the call"), else the contact told last."""
        if any(t.type == "summit" for _, t in parts.triggers):
            summit = next((f for f in reversed(self.history) if f.summit), None)
            if summit is not None:
                return summit
        if any(t.type == "phone_call" for _, t in parts.triggers):
            return next((f for f in reversed(self.history) if f.type == "phone_call" and not f.nested), None)
        return self.last_frame

    @staticmethod
    def _at_reception(parts: SentenceParts) -> bool:
        """"وحضر الاستقبال": those present attended a reception, not the talks ("وحضر اللقاء" takes part)."""
        attend = [m for m, c in parts.cues if c == "attend"]
        return any(c == "reception" and any(0 <= m.start - a.end <= RECEPTION_GAP for a in attend)
                   for m, c in parts.cues)

    def _pronouns(self, parts: SentenceParts, mentions: list[Mention]) -> list[Mention]:
        """"he", "her": the protagonist, when the sentence does not name them otherwise."""
        lead = self.protagonist
        if lead is None or any(m.actor == lead for m in mentions):
            return []
        found: list[Mention] = []
        subject_found = False
        for cm, cue in parts.cues:
            if cue != "pronoun" or any(m.start <= cm.start < m.end for m in mentions):  # not "He" of "He Lifeng"
                continue
            pronoun = self.text.text[cm.start:cm.end]
            meant = lead if self._gender_fits(pronoun, lead) else self._latest_of_gender(pronoun)
            said, speaker = self._speaker_of_pronoun(cm, parts)
            if said and (speaker is None or speaker.actor is None or self._aide(speaker)):
                continue  # "Kremlin aide X said he met Y": the aide's (or an unknown's) own contact, no one else's
            meant = speaker.actor if speaker is not None else meant  # "X said he met Y": X
            addressed = self.text.word_before(cm.start) in TO_WORDS or cm.prefix.endswith(TO_PROCLITIC_AR)
            if addressed and any(c == "reply" for _, c in parts.cues):
                meant = self._last_sender() or meant  # "بعث سموه ببرقية جوابية لفخامته": to whom wrote to him
            elif addressed:  # "كما بعث Z برقية إلى فخامته": the last one written to (not who writes: then who wrote)
                meant = self._last_addressee() or meant
                meant = self._last_sender() if any(m.actor == meant for m in found) else meant
            if meant is None or any(m.actor == meant for m in mentions + found) or not addressed and subject_found:
                continue
            found.append(Mention(cm.start, cm.end, "person", meant, None, meant.country, True))
            subject_found = subject_found or not addressed
        return found  # (one who acts, the first, and whom he writes to)

    def _speaker_of_pronoun(self, pronoun: Match, parts: SentenceParts) -> tuple[bool, Mention | None]:
        """Whether an English pronoun follows a name and "said" ("X said he met Y"), and the mention of that name
        when it is one."""
        s = self.text.text
        said = SAID_PRONOUN_EN.search(s, max(0, pronoun.start - SAID_PRONOUN_REACH), pronoun.start) \
            if self.lang != "ar" else None
        if said is None or not self._capitalised_before(said.start()):
            return False, None
        return True, next((m for m in reversed(parts.mentions) if m.kind in PERSONS
                           and m.end <= said.start() and not s[m.end:said.start()].strip(" ,")), None)

    def _capitalised_before(self, pos: int) -> bool:
        """Whether the word right before ``pos`` is written with a capital (a name: "Ushakov said")."""
        starts, ends = self.text.words
        i = bisect.bisect_right(ends, pos) - 1
        return i >= 0 and not self.text.text[ends[i]:pos].strip() \
            and self.text.original[self.text.offsets[starts[i]]].isupper()

    def _last_message(self) -> Frame | None:
        """The last message told with its sender."""
        return next((f for f in reversed(self.history) if f.type == "message" and f.initiator is not None), None)

    def _last_sender(self) -> Actor | None:
        """Who sent the last message told."""
        last = self._last_message()
        return last.initiator if last is not None else None

    def _last_addressee(self) -> Actor | None:
        """Whom the last message told was written to."""
        last = self._last_message()
        to = [a for a in last.participants if a != last.initiator] if last is not None else []
        return to[0] if len(to) == 1 else None

    def _pronoun_joined(self, parts: SentenceParts, resolved: list[Mention], t_start: int) -> bool:
        """Whether an English pronoun subject is joined by "and" to a party named before the contact word
        ("he and Aliyev will hold another meeting with Michel")."""
        return any(c == "pronoun" and cm.end <= t_start and any(self._joined(cm.end, m.start) and m.start < t_start
                                                                   for m in resolved if m.start >= cm.end)
                   for cm, c in parts.cues)

    def _latest_of_gender(self, pronoun: str) -> Actor | None:
        """"She" when the protagonist is a man: the person named last whom the gazetteer gives that gender."""
        wanted = PRONOUN_GENDER.get(pronoun)
        for actor, _ in reversed(self.recent):
            pid = self._person_id(actor)
            if wanted and pid and self.gaz.people[pid].gender == wanted:
                return actor
        return None

    def _gender_fits(self, pronoun: str, actor: Actor) -> bool:
        """Whether "she"/"her" or "he"/"his" can stand for ``actor`` (any pronoun when the gazetteer does not say)."""
        pid = self._person_id(actor)
        gender = self.gaz.people[pid].gender if pid else ""
        wanted = PRONOUN_GENDER.get(pronoun)
        return not gender or not wanted or gender == wanted

    def _groups(self, triggers: list[tuple[Match, Trigger]], mentions: list[Mention], settings: list[int]
                ) -> list[list[tuple[Match, Trigger]]]:
        typed = [t for t in triggers if t[1].type and t[1].form != "adv"]
        if not typed:
            typed = [t for t in triggers if t[1].type]
        # "على هامش القمة، عقد X لقاء مع Y", "met Y during the summit": the summit is where, not a contact word of
        # its own that would take the parties of the other
        set_in = [t for t in typed if t[1].type == "summit" and self._setting(t[0]) or t[1].form == "noun" and any(
            0 <= t[0].start - e <= SETTING_REACH for e in settings)]  # (also "على هامش اجتماع …")
        if set_in and len(set_in) < len(typed):
            typed = [t for t in typed if t not in set_in]
            triggers = [t for t in triggers if t not in set_in]
        # "held talks with visiting Kenyan President X": "visiting" describes the guest of another contact word
        visiting = [t for t in typed if self.text.text[t[0].start:t[0].end] in VISITING_BEFORE]
        if visiting and len(visiting) < len(typed):
            starts = {m.start for m in mentions if m.kind in PERSONS}
            describing = [t for t in visiting
                          if self.text.text[t[0].end:t[0].end + 1].isspace() and t[0].end + 1 in starts]
            typed = [t for t in typed if t not in describing]
        groups: list[list[tuple[Match, Trigger]]] = []
        for t in typed:
            if groups:
                prev_match, prev = groups[-1][-1]
                gap = self.text.text[prev_match.end:t[0].start]
                between = any(prev_match.end <= m.start and m.end <= t[0].start for m in mentions
                              if m.kind in PEOPLE)
                # "بعث … رسالة"; "received congratulatory calls": a receiving verb takes the call or letter it gets
                # (not "phoned Y, a day after Z's call to W": a noun someone's own is a contact of its own)
                verb_object = (prev.form == "verb" and t[1].form == "noun" and len(gap) <= VERB_OBJECT_GAP
                               and not gap.endswith(POSSESSIVE_ENDINGS_EN)
                               and not (self.lang != "ar" and TIME_CLAUSE_EN.search(gap))
                               and (prev.type == t[1].type or prev.direction == "host" and not between
                                    and (contact_mode(t[1].type) == "remote"  # "received … credentials"
                                         or self.text.text[t[0].start:t[0].end] in ONE_BY_ONE_WORDS)))
                # "استضاف X في القاهرة اليوم قمة ثلاثية مع …": the host verb of a summit, its subject between
                hosted_summit = prev.direction == "host" and t[1].type == "summit" and len(gap) <= HOSTED_SUMMIT_GAP \
                    and len([m for m in mentions if m.kind in PEOPLE and prev_match.end <= m.start
                             and m.end <= t[0].start]) <= (1 if self.lang == "ar" else 0)
                if (not between and len(gap) <= MERGE_GAP) or verb_object or hosted_summit:
                    groups[-1].append(t)
                    continue
            groups.append([t])
        # a direction-only word ("تلقى", "أجرى", "received") joins the nearest group, and so does a contact adverb
        # ("عبر الهاتف", "by phone") near one; one far from any tells a contact of its own ("مؤتمر عبر الهاتف")
        for t in triggers:
            if t in typed or not groups:
                continue
            target = min(groups, key=partial(_distance, t[0]))
            if t[1].type and _distance(t[0], target) > ADVERB_REACH:
                groups.append([t])
                continue
            target.append(t)
        groups.sort(key=lambda g: min(m.start for m, _ in g))
        for g in groups:
            g.sort(key=lambda t: (t not in typed, t[0].start))
        return groups

    def _frame(self, group: list[tuple[Match, Trigger]], parts: SentenceParts, mentions: list[Mention],
               lo: int, hi: int) -> Frame | None:
        """The contact a group of contact words tells, built in stages: its clause, the people who may take part,
        its parties, whether it is a contact at all, its status and date, then its type and initiator."""
        clause = self._clause(group, parts, mentions, lo, hi)
        if clause is None:
            return None
        parties = self._parties(clause, *self._candidates(clause))
        if not self._tells_contact(clause, parties):
            return None
        joins = [m.start for m, c in clause.cues if c == "join"]
        side = [parties.listed_for] if parties.listed_for else _hub_side(
            parties.actors, parties.resolved, clause.t_start, parties.multilateral or parties.kind == "summit", joins)
        frame = Frame(type="meeting" if parties.kind == "summit" else parties.kind, sentence=parts.sentence,
                      trigger_start=clause.t_start, trigger_end=clause.t_end, participants=parties.actors,
                      multilateral=parties.multilateral or parties.kind == "summit",
                      partners_initiate=parties.partners_initiate, summit=parties.kind == "summit",
                      borrowed=parties.borrowed, anaphoric=clause.anaphoric,
                      at_ceremony=any(c == "ceremony" for _, c in parts.cues),
                      hub=side[0] if side else None, hub_company=tuple(side[1:]))
        if not self._timed(frame, clause, parties.arrivals):
            return None
        self._type_and_initiator(frame, clause, parties.resolved)
        return frame

    # -- the stages of a frame ------------------------------------------------------------------

    def _clause(self, group: list[tuple[Match, Trigger]], parts: SentenceParts, mentions: list[Mention],
                lo: int, hi: int) -> Clause | None:
        """The contact words of a group with what they say (type, direction, span) and the cues of their window;
        None for a summit named as the setting of another contact ("على هامش قمة …", "on the sidelines of")."""
        typed = [(t, self._definite(m)) for m, t in group if t.type]  # with whether each is definite
        # (a receiving verb takes the type of the call or letter it gets: "he received the call from Y")
        remote_object = self.lang != "ar" and any(t.form == "noun" and contact_mode(t.type) == "remote"
                                                  for t, _ in typed)
        kinds = [t.type for t, definite in typed if not (t.form == "noun" and definite)
                 and not (t.direction == "host" and remote_object)] or [t.type for t, _ in typed]
        posted = self._posted(group, parts) and any(k != "message" for k in kinds)
        if posted:  # "X wrote on X that he had a conversation with Y": the conversation's type, and no direction
            kinds = [k for k in kinds if k != "message"]
            group = [(m, t) for m, t in group if t.type != "message" or t.form != "verb"]
        ctype = min(kinds, key=TYPE_PRIORITY.index)
        if ctype == "visit" and "summit" in kinds and all(t.direction == "host" for t, _ in typed if t.type == "visit"):
            ctype = "summit"  # "X hosted a summit": the summit, of which the host is a member
        # the direction words of the group, the nearest the contact word first: "أجرى … مكالمة … بعد أنباء عن تلقي"
        # is a call placed, whatever the later word of receiving says
        word_start = next((m.start for m, t in group if t.type), group[0][0].start)
        directions = [t.direction for m, t in sorted(group, key=lambda mt: abs(mt[0].start - word_start))
                      if t.direction]
        directions = directions[:1] if len(set(directions)) > 1 else directions
        t_start, t_end = group[0][0].start, max(m.end for m, t in group if t.type and t.form != "adv" or m is group[0][0])
        settings = [cm.end for cm, c in parts.cues if c == "sidelines"]
        if ctype == "summit" and any(0 <= t_start - e <= SETTING_REACH for e in settings):
            return None
        return Clause(group=group, parts=parts, mentions=mentions, lo=lo, hi=hi, kind=ctype, directions=directions,
                      t_start=t_start, t_end=t_end,
                      cues=[(m, c) for m, c in parts.cues if lo <= m.start and m.end <= hi],
                      settings=settings, anaphoric=all(definite for _, definite in typed))

    def _candidates(self, clause: Clause) -> tuple[list[Mention], bool]:
        """The people of the clause who may take part, and whether a list of them meets as one ("together")."""
        parts, s = clause.parts, self.text.text
        in_person = contact_mode(clause.kind) == "in_person"
        greetings = [cm.end for cm, c in parts.cues if c == "greeting"] if in_person else []
        # "Macron will dispatch X to Beirut", "يوفد الرئيس X إلى": who sends is no party to the visit
        sent_from = next((m.start for m, t in clause.group if t.direction == "sends"), None)
        people = clause.mentions
        if sent_from is not None:
            people = [m for m in people if m.start >= sent_from]
            persons = [m for m in people if m.kind in PERSONS]
            if self.lang == "ar" and len(persons) >= 2 and len(people) == len(clause.mentions):
                people.remove(persons[0])  # "يوفد الرئيس X الوزير Y": the verb's subject comes first after it
        deceased = [cm.end for cm, c in parts.cues if c == "deceased"]
        people = [m for m in people
                  if not any(0 <= m.start - end <= DECEASED_REACH for end in deceased)  # "في وفاة المغفور له X"
                  and m.kind in PEOPLE and (self._office_speaks_for(m)
                                           or not self._aide(m) and not self._possessor(m, parts.triggers))
                  and not (m.kind != "person" and any(0 <= m.start - e <= SETTING_REACH for e in clause.settings))
                  and not (greetings and self._greeted_for(m, greetings))
                  and not self._since_clause(m, clause)
                  and KIN_BEFORE.search(s, max(0, m.start - KIN_REACH), m.start) is None  # "عقيلة الرئيس X": his wife
                  and not (m.kind == "title" and OFFICE_NAMED.search(s, max(0, m.start - OFFICE_NAMED_REACH),
                                                                     m.start) is not None)]
        people = self._before_while(people, clause.t_end)
        people = self._said_during(people, clause)
        people = self._without_speakers(people, self._speeches, self._owner(clause, people),
                                        pair=any(c == "pair" and 0 <= clause.t_start - cm.end <= PAIR_SUBJECT_REACH
                                                 for cm, c in clause.cues))
        people = self._reported(people, clause.t_start)
        people = self._before_purpose(people, clause.cues, clause.t_end)
        people = self._possessor_suffix(clause.group, people, parts.mentions, clause.t_start)
        people = self._participle_of_subject(clause, people)
        aside = self._aside_before(clause.t_start, clause.parts.sentence.start)
        if aside is not None:  # "X, carrying a message from Z, met Y": Z is no party of the meeting
            people = [m for m in people if not aside[0] <= m.start < aside[1]]
        people = self._companions(people, clause.cues)
        return self._with_list(people, clause.cues, clause.t_end)

    def _companions(self, people: list[Mention], cues: list[tuple[Match, str]]) -> list[Mention]:
        """"X برفقة Y", "X, accompanied by Y": a companion whose name tells no state is of X's side."""
        out: list[Mention] = []
        for m in people:
            lead = self._companion_of(m, out, cues)
            if m.kind == "person" and m.actor is not None and m.actor.country is None and lead is not None:
                m = replace(m, actor=replace(m.actor, country=lead.country), country=lead.country)
            out.append(m)
        return out

    @staticmethod
    def _companion_of(m: Mention, people: list[Mention], cues: list[tuple[Match, str]]) -> Actor | None:
        """Whom the person of ``m`` accompanies: the last of ``people`` with a state before "برفقة" or
        "accompanied by" right before ``m``; None when no such word stands there."""
        joins = [cm for cm, c in cues if c == "join" and 0 <= m.start - cm.end <= COMPANION_GAP]
        return next((p.actor for p in reversed(people) if p.end <= m.start and p.actor is not None
                     and p.actor.country is not None and any(p.end <= j.start for j in joins)), None)

    def _participle_of_subject(self, clause: Clause, people: list[Mention]) -> list[Mention]:
        """"X addressed EU leaders in Brussels, after visiting London": an English participle after "after",
        "before", "while" tells what the sentence's subject did; whom the main verb names is no party of it."""
        s, first = self.text.text, clause.group[0][0]
        if self.lang == "ar":
            return people
        before = self.text.word_before(first.start)
        if not s[first.start:first.end].split()[0].endswith("ing"):  # ("visiting", "flying to")
            if not before.endswith("ing"):  # (or a participle before a contact noun: "after holding talks with Y")
                return people
            before = self.text.word_before(s.rindex(before, 0, first.start))
        if before not in PARTICIPLE_LEADS_EN:
            return people
        subject = next((m for m in clause.parts.mentions if m.kind in PERSONS and m.actor is not None), None)
        if subject is None or subject.start >= first.start:
            return people
        return [subject] + [m for m in people if m.start >= clause.t_end]

    def _before_while(self, people: list[Mention], t_end: int) -> list[Mention]:
        """Drop the people of a clause of time after the contact word ("X calls Y while Z is in South Africa",
        "بينما كان Z في …"): what they do is another event."""
        opens = next((m.start for m in people if m.start >= t_end
                      and WHILE_BEFORE.search(self.text.text, max(0, m.start - WHILE_REACH), m.start)), None)
        return people if opens is None else [m for m in people if m.start < opens]

    def _parties(self, clause: Clause, people: list[Mention], together: bool) -> Parties:
        """Who takes part in the clause's contact: the people named, resolved, then completed by rule (the
        article's lead, the parties of a contact referred to, the state visited, mediators)."""
        people = self._between_only(clause, people)
        subject = next((m for m in people if m.kind != "counterpart" and m.actor is not None), None)
        resolved = _without_named_groups([r for r in (self.resolve_counterpart(m, subject) for m in people)
                                          if r is not None and r.actor is not None])
        parties = Parties(actors=_distinct([m.actor for m in resolved if m.actor is not None]), people=people,
                          resolved=resolved, kind=clause.kind)
        parties.arrivals = clause.kind == "visit" and self.summit_news and self._arrivals(clause.group, parties.actors)
        if parties.arrivals:  # "A, B and C arrived in succession" in news of a summit: its members with their hosts
            parties.kind = "summit"
            told = self._last_summit()
            parties.actors = _distinct(self.welcomers + (told.participants if told else []) + parties.actors)
        self._lead_of_partners(clause, parties)
        # "between" several, or several subjects joined by "and" meeting those after "with": one contact of all
        parties.multilateral = parties.kind == "summit" or len(parties.actors) > 2 and (
            together or any(c == "between" for _, c in clause.cues) or self._listed_subjects(resolved, clause.t_start)
            or len({(m.start, m.end) for m in resolved}) == 1)  # "اجتمع وزراء خارجية مصر والأردن والعراق"
        self._separately(clause, parties)
        self._delivered_by(clause, parties)
        self._members(clause, parties)
        self._referred_pair(clause, parties)
        self._lead_added(clause, parties)
        self._pronoun_subjects(clause, parties)
        self._visited(clause, parties)
        self._told_own(clause, parties)
        self._possessor_travels(clause, parties)
        if not parties.actors and parties.kind in ("meeting", "talk"):  # "محادثات لبنانية أميركية" near the word
            nations = _distinct([m.actor for m in clause.mentions if m.kind == "country" and m.actor is not None
                                 and abs(m.start - clause.t_start) <= NEAR and not self._is_location(m)
                                 and not self._is_topic(m)])
            parties.actors = nations if len(nations) >= 2 else []
        parties.borrowed = not parties.actors and clause.anaphoric
        if parties.borrowed:  # "the meeting" with nobody named: the parties of the latest contact of its mode
            mode = contact_mode(parties.kind)  # (or of talks told in no word of their mode: "جاء ذلك خلال اتصال")
            earlier = next((f for f in reversed(self.history) if contact_mode(f.type) == mode), None) \
                or next((f for f in reversed(self.history) if f.mode_guessed), None)
            parties.actors = list(earlier.participants) if earlier is not None else []
        if len(parties.actors) >= 2:
            parties.actors = _distinct(parties.actors + self._mediators(clause.cues, clause.parts, clause.mentions))
        if "host" in clause.directions and parties.actors and all(a.kind == "person" for a in parties.actors) \
                and len({a.country for a in parties.actors}) == 1:
            self.welcomers = parties.actors  # "the emir and his crown prince received them": whom arrivals meet
        return parties

    def _told_own(self, clause: Clause, parties: Parties) -> None:
        """"X briefed Y about his visit to Ukraine", "X informed Y of his recent trip to Brazil": the contact is the
        teller's, whom he briefed takes no part in it."""
        s = self.text.text
        brief = next((m for m, c in clause.parts.cues if c == "brief" and 0 <= clause.t_start - m.end <= BRIEF_REACH),
                     None)
        if self.lang == "ar" or brief is None \
                or BRIEFED_ON_OWN_EN.search(s, max(0, clause.t_start - BRIEF_REACH), clause.t_start) is None:
            return
        people = [m for m in clause.parts.mentions if m.kind in PERSONS and m.actor is not None]
        teller = next((m.actor for m in reversed(people) if m.end <= brief.start), None)
        told = {m.actor for m in people if brief.end <= m.start < clause.t_start}
        if teller is None or teller in told:
            return
        parties.actors = _distinct([teller] + [a for a in parties.actors if a not in told])

    def _possessor_travels(self, clause: Clause, parties: Parties) -> None:
        """"X recalled Prime Minister Y's state visit to the US": a visit told with its traveller's possessive is
        his; who is named before the traveller (who recalls or praises it) takes no part in it."""
        s = self.text.text
        if self.lang == "ar" or clause.kind != "visit":
            return
        owner = next((m for m in clause.parts.mentions if m.kind in PERSONS and m.actor is not None
                      and m.end < clause.t_start and VISITORS_VISIT.fullmatch(s, m.end, clause.t_start) is not None),
                     None)
        if owner is None:
            return
        before = {m.actor for m in clause.parts.mentions if m.end <= owner.start and m.kind in PERSONS}
        parties.actors = [a for a in parties.actors if a not in before or a == owner.actor]

    def _between_after(self, clause: Clause) -> int | None:
        """Where "between" right after the contact word ends ("the talks between"), None when it is not there."""
        s = self.text.text
        return next((cm.end for cm, c in clause.cues if c == "between"
                     and 0 <= cm.start - clause.t_end <= BETWEEN_GAP and not s[clause.t_end:cm.start].strip(" ,،")),
                    None)

    def _between_only(self, clause: Clause, people: list[Mention]) -> list[Mention]:
        """A contact noun with "between" right after it and two or more people after that ("briefed X on the
        meetings between A and B", "الاجتماعات بين A و B"): those people are its parties, not who told of it
        (unless the noun is the object of a hosting verb: "X hosted talks between A and B")."""
        between = self._between_after(clause)
        if between is None or "host" in clause.directions \
                or any(t.form == "verb" for _, t in clause.group if t.type):
            return people
        after = [m for m in people if m.start >= between]
        return after if len(after) >= 2 else people

    def _lead_of_partners(self, clause: Clause, parties: Parties) -> None:
        """"calls from A, B and C", "talks with A and B" with no subject named: the article's first person
        called or talked with each (and each placed the call "from" him)."""
        people = parties.people
        if not people or not all(m.start >= clause.t_end for m in people) or not self.recent:
            return
        lead_cues = [c for cm, c in clause.cues if clause.t_end <= cm.start < people[0].start and c in ("from", "with")]
        protagonist = self.recent[0][0]
        if lead_cues and protagonist not in parties.actors and parties.kind in ("phone_call", "message", "talk"):
            parties.actors.insert(0, protagonist)
            parties.partners_initiate = lead_cues[0] == "from"

    def _delivered_by(self, clause: Clause, parties: Parties) -> None:
        """"X received a message from Z. The message was delivered by Y": the one who carried the message told
        last, to its addressee (his audience, see ``_handed_over``) when he came for it (a resident ambassador may
        hand it to anyone)."""
        if clause.kind != "message" or not clause.anaphoric or len(parties.actors) != 1 \
                or not any(c == "deliver" for _, c in clause.cues) \
                or self._resident(parties.actors[0], clause.mentions):
            return
        to = self._last_addressee()
        if to is not None and to not in parties.actors:
            parties.actors = parties.actors + [to]

    def _separately(self, clause: Clause, parties: Parties) -> None:
        """Several subjects and one party after the contact word, each on his own ("A, B and C met X separately",
        "the ambassadors of A, B and C presented their credentials to X"): a star around that party."""
        s = self.text.text
        after = _distinct([m.actor for m in parties.resolved if m.actor is not None and m.start > clause.t_start])
        if len(after) != 1 or len(parties.actors) <= 2 or not (
                any(c == "each" for _, c in clause.cues)
                or any(s[m.start:m.end] in ONE_BY_ONE_WORDS for m, _ in clause.group)):
            return
        parties.multilateral, parties.listed_for = False, after[0]

    def _members(self, clause: Clause, parties: Parties) -> None:
        """A summit's members (by their leaders), and the states of bilateral talks named by their adjectives
        ("المشاورات الروسية الأمريكية": the countries are the parties)."""
        if parties.kind == "summit":
            purpose = _purpose_at(clause.cues, clause.t_start + 1)
            parties.actors = self._summit_actors(parties.actors, [m for m in clause.mentions
                                                                  if purpose is None or m.start < purpose],
                                                 clause.parts.nationalities, clause.t_start)
        if parties.kind in ("meeting", "talk"):
            nations = [n.actor for n in clause.parts.nationalities
                       + [m for m in clause.mentions if m.kind in ("country", "org")]
                       if 0 <= n.start - clause.t_end <= NATIONS_REACH and n.actor is not None
                       and not self._is_location(n)
                       and not COMPLEMENTIZER.search(self.text.text, clause.t_end, n.start)]  # "مؤتمر … أنه لدى إيران"
            with_at = next((cm.end for cm, c in clause.cues if c == "with" and clause.t_end <= cm.start), None)
            persons = [a for a in parties.actors if a.kind == "person"]
            states = [m for m in clause.mentions if m.kind == "country" and with_at is not None and m.start >= with_at]
            if len(_distinct(nations)) >= 2 and self.lang != "ar" and len(persons) == 1 and len(states) >= 2:
                # "X held talks with Australia and Spain": with each of the states, no talks between them
                parties.actors = _distinct(persons + nations)
            elif len(_distinct(nations)) >= 2 and not (with_at is not None and len(persons) >= 2):
                parties.actors = _distinct(nations)  # (not "met with his Moroccan and Algerian counterparts, A and B")
        if parties.kind in ("meeting", "summit") and len(parties.actors) < 2:
            # "a meeting … with the participation of … the UN, the EU, NATO", "بمشاركة …": the states and
            # organisations taking part, when no one is named for them
            joined = next((cm.end for cm, c in clause.cues if c == "join" and cm.start >= clause.t_end), None)
            sides = [m.actor for m in clause.mentions if joined is not None and m.start >= joined
                     and m.kind in ("country", "org") and m.actor is not None and not self._is_location(m)
                     and not self._is_topic(m)]
            if len(_distinct(sides)) >= 2:
                parties.actors = _distinct(parties.actors + sides)
                parties.multilateral = True

    def _referred_pair(self, clause: Clause, parties: Parties) -> None:
        """A dual ("التقيا", "the two of them") or a pair word with one party named or none: the parties of the
        latest contact; before any, the last two people named, of two sides."""
        if len(parties.actors) < 2 and (
                any(m.suffix in DUAL_SUFFIXES for m, t in clause.group if t.type)
                or any(c == "pair" for _, c in clause.parts.cues)):
            pair = self.main_frame.participants if self.main_frame is not None else self._last_pair() \
                or self._pair_before(clause)
            parties.actors = _distinct(parties.actors + [self._pair_office(clause.parts, a)
                                                         for a in self._pair_holding(clause.parts, pair)])

    def _pair_before(self, clause: Clause) -> list[Actor]:
        """The last two people of two sides the sentence names before its pair word ("X and Y agreed …, as they
        held talks")."""
        pair_at = next((cm.start for cm, c in clause.parts.cues if c == "pair"
                        and 0 <= clause.t_start - cm.end <= PAIR_SUBJECT_REACH), None)  # the verb's subject
        if pair_at is None:
            return []
        return _two_sides(_distinct([m.actor for m in clause.parts.mentions
                                     if m.kind == "person" and m.actor is not None and m.end <= pair_at]))

    def _pair_holding(self, parts: SentenceParts, people: list[Actor]) -> list[Actor]:
        """Of the parties of a contact with more than two, the two a pair word's office names ("the two presidents",
        "الرئيسان": not the ministers who also took part); all of them when it names no office or not two."""
        if len(people) <= 2:
            return people
        role = self._pair_role(parts)
        holding = [a for a in people if role is not None and role in self._office_codes(a)]
        return holding if len(holding) == 2 and holding[0].country != holding[1].country else people

    def _pair_role(self, parts: SentenceParts) -> str | None:
        """The office each of two parties holds, when the sentence's pair word names one ("the two presidents")."""
        s, offices = self.text.text, pair_offices()
        return next((offices[s[m.start:m.end]] for m, c in parts.cues if c == "pair" and s[m.start:m.end] in offices),
                    None)

    def _pair_office(self, parts: SentenceParts, actor: Actor) -> Actor:
        """A state a pair word names by its office ("X arrived in Kampala … the two leaders held talks",
        "الرئيسان"): the holder of that office in the state on the article's day; any other party as it is."""
        if actor.kind != "country" or actor.country is None or self.office_day is None:
            return actor
        role = self._pair_role(parts)
        if role is None:
            return actor
        holder, found = office_actor(self.gaz, role, actor.country, self.office_day)
        return holder if found else actor

    def _lead_added(self, clause: Clause, parties: Parties) -> None:
        """The article's lead as the subject a contact word lacks: a hosting or outgoing verb with one other
        party after it ("استقبل X" with the host named earlier), or a list of contacts ("وشملت الاتصالات
        الهاتفية A و B": contacts of the lead with each one listed)."""
        actors, lead = parties.actors, self.protagonist
        after = all(m.start > clause.t_start for m in parties.people)
        if len(actors) == 1 and lead is not None and lead not in actors and lead.country != actors[0].country \
                and after and (any(t.form == "verb" and t.direction in ("host", "out", "by") for _, t in clause.group)
                               and not self._travel_verb_ar(clause.group) or self._object_only(clause, parties)):
            actors.insert(0, lead)
        # "وشملت الاتصالات A و B"; "The envoy met with A, B and C" (a subject named by no one known): the lead's
        with_only = self.lang != "ar" and any(c == "with" and 0 <= m.start - clause.t_end <= WITH_GAP
                                              for m, c in clause.cues) \
            and DESCRIBED_SUBJECT_EN.fullmatch(self.text.text, clause.parts.sentence.start, clause.t_start) is not None
        listed = len(actors) >= 2 and all(a.kind == "person" for a in actors) and after \
            and (all(t.form == "noun" for _, t in clause.group if t.type) or with_only)
        # "the call involved A, B and C"
        one_of_all = listed and len(actors) >= 3 and not self._plural(clause.group) and not with_only
        if listed and not one_of_all and lead is not None and lead not in actors \
                and lead.country not in {a.country for a in actors}:
            actors.insert(0, lead)
            parties.listed_for = lead
        parties.multilateral = parties.multilateral or one_of_all

    def _object_only(self, clause: Clause, parties: Parties) -> bool:
        """An Arabic meeting or call verb whose one party is its object, marked by "بـ" or "مع" ("كما التقى
        بالرئيس X", "واجتمع مع X"): the subject left out is the article's lead."""
        if self.lang != "ar" or len(parties.resolved) != 1:
            return False
        first = parties.resolved[0]
        verb = next((m for m, t in clause.group if t.type in DROPPED_SUBJECT_TYPES and t.form == "verb"), None)
        s = self.text.text
        return verb is not None and first.start >= verb.end and (
            OBJECT_MARK_AR.fullmatch(s, verb.end, first.start) is not None
            or s[first.start:first.start + 1] == OBJECT_PREFIX_AR and not s[verb.end:first.start].strip()
            # "وصل X إلى نيروبي … والتقى الرئيس الكيني Y": opening its sentence, a meeting of the visitor with
            # a person of the state he is visiting
            or not s[verb.end:first.start].strip()
            and SENTENCE_OPENING.fullmatch(s, clause.parts.sentence.start, verb.start) is not None
            and self._lead_visiting(first.country))

    def _lead_visiting(self, country: str | None) -> bool:
        """Whether the article's lead is told on a visit to ``country`` that has taken place."""
        lead = self.protagonist
        return country is not None and lead is not None and any(
            f.type == "visit" and f.status == "occurred" and f.initiator == lead
            and country in {a.country for a in f.participants if a != lead} for f in self.history)

    def _travel_verb_ar(self, group: list[tuple[Match, Trigger]]) -> bool:
        """Whether an Arabic clause's contact words are travel verbs ("يتوجه X إلى القاهرة", "وصل X"): the one
        named after such a verb is its subject, the traveller, not whom an unnamed subject visits."""
        typed = [t for _, t in group if t.type]
        return self.lang == "ar" and bool(typed) and all(
            t.type == "visit" and t.form == "verb" and t.direction == "out" for t in typed)

    def _pronoun_subjects(self, clause: Clause, parties: Parties) -> None:
        """A pronoun as the subject ("he will meet the German and Italian representatives"), also joined to a
        name ("he and Aliyev will meet with Michel": one contact of all)."""
        parts, resolved, t_start = clause.parts, parties.resolved, clause.t_start
        pronoun_joined = self.lang != "ar" and self._pronoun_joined(parts, resolved, t_start)
        # (an Arabic subject and addressee both honorific pronouns: "بعث سموه ببرقية جوابية لفخامته")
        alone = len(parties.actors) == 1 or self.lang == "ar" and not parties.actors
        pronouns = self._pronouns(parts, resolved) if alone or self.lang != "ar" and (all(
            m.start > t_start for m in resolved) or pronoun_joined) else []
        if pronouns and (alone or any(m.start < t_start for m in pronouns)):
            # the subject first; one written to after the contact word last ("بعث Z برقية إلى فخامته")
            before = [m.actor for m in pronouns if m.actor and m.start < t_start]
            after = [m.actor for m in pronouns if m.actor and m.start >= t_start]
            parties.actors = _distinct(before + parties.actors + after)
        parties.multilateral = parties.multilateral or len(parties.actors) > 2 and pronoun_joined \
            and any(c == "with" and m.start > t_start for m, c in clause.cues)

    def _visit_of(self, clause: Clause, parties: Parties) -> None:
        """"The visit of X to Y", "X's visit to Y", "زيارة الرئيس X إلى Y": the visitor named with the visit noun
        visits Y; who else the clause names (who recalled or praised it) is no party unless of Y's state."""
        group, s = clause.group, self.text.text
        noun = next((m for m, t in group if t.type == "visit" and (t.form == "noun" or self.lang != "ar")), None)
        if parties.kind != "visit" or noun is None or len([t for _, t in group if t.type]) > 1:
            return
        of = (VISIT_OF_AR if self.lang == "ar" else VISIT_OF).match(s, noun.end)
        visitor = next((r for r in parties.resolved if r.actor is not None and r.kind in PERSONS
                        and (of is not None and r.start == of.end() or r.end <= noun.start
                             and VISITORS_VISIT.fullmatch(s, r.end, noun.start) is not None)), None)
        if visitor is None:
            return
        to = next((p.country for p in clause.parts.places
                   if visitor.end <= p.start < clause.hi and self._destination_word_before(p.start)), None)
        if to is None or visitor.actor is None or visitor.actor.country == to:
            return
        parties.actors = [a for a in parties.actors if a == visitor.actor or a.country == to]

    def _destination_word_before(self, start: int) -> bool:
        """Whether a word of going to stands right before a place, an article between ("to the US")."""
        before = self.text.word_before(start)
        if before in ARTICLE_WORDS_EN:
            before = self.text.word_before(self.text.text.rindex(before, 0, start))
        return before in DESTINATION_WORDS

    def _visited(self, clause: Clause, parties: Parties) -> None:
        """The state visited, or its people, as the other party: of travellers ("X and Y arrived in Kyiv": each
        visits Ukraine, or its hosts, not the other), of a visitor alone, and of one state's delegation."""
        self._visit_of(clause, parties)
        actors, kind, group = parties.actors, parties.kind, clause.group
        country_party = partial(self._with_country_party, kind, group, mentions=clause.mentions,
                                sentence=clause.parts.mentions, t_end=clause.t_end, places=clause.parts.places,
                                dates=clause.parts.dates)
        travellers = self._travelling_together(kind, clause, actors, parties.resolved)
        companions = {m.actor for m in parties.resolved if self._companion_of(m, parties.resolved, clause.cues)}
        if self._went_to_attend(clause):
            return  # "arrived in Rome to attend the conference": attendance, no visit to the state
        if travellers:
            hosts = country_party(travellers[:1])[1:]
            actors = travellers + hosts if hosts else actors
            parties.listed_for = hosts[0] if len(hosts) == 1 else parties.listed_for
            parties.partners_initiate = parties.partners_initiate or len(hosts) == 1
        if len(actors) < 2:
            actors = country_party(actors)
        elif kind == "visit" and len({a.country for a in actors}) == 1 and actors[0].country \
                and all(a.role and a.name_ar != a.name or a in companions for a in actors):
            # "X and his deputy Y paid a visit to Paris": one delegation of officials the gazetteer knows (or who
            # accompany them), whose hosts are the state visited
            actors = actors + country_party(actors[:1])[1:]
        parties.actors = actors

    def _went_to_attend(self, clause: Clause) -> bool:
        """Whether travel verbs alone tell the contact and what follows says the journey was to attend or take
        part in something ("arrived in Rome to attend the conference", "وصل إلى الدوحة للمشاركة في القمة")."""
        return _travel_verbs(clause.group) and any(
            c == "join" and 0 <= m.start - clause.t_end <= ATTEND_REACH and for_taking_part(m, self.text.text)
            for m, c in clause.cues)

    def _briefed_on(self, clause: Clause) -> bool:
        """Whether the contact word is what someone is told about ("would brief X and Y on the talks", "informed
        him of the meeting"): a contact told before, not one of the people told (but "on the talks between A and
        B" names its own)."""
        s = self.text.text
        return self.lang != "ar" and clause.anaphoric and self._between_after(clause) is None \
            and BRIEFED_ON_EN.search(s, max(0, clause.t_start - PURPOSE_REACH), clause.t_start) is not None \
            and any(c == "brief" and 0 <= clause.t_start - m.end <= BRIEF_REACH for m, c in clause.cues)

    def _said_after(self, clause: Clause) -> bool:
        """Whether the contact word only dates what someone said, at the end of its sentence ("…, X said after the
        meeting", "X told reporters following the talks."): the contact told before, the speaker no party of it."""
        s = self.text.text
        return self.lang != "ar" and clause.anaphoric and SENTENCE_REST.fullmatch(s, clause.t_end,
                                                                               clause.parts.sentence.end) is not None \
            and any(SAID_AFTER_EN.fullmatch(s, m.end, clause.t_start)
                    for m, _ in self._speeches if m.end <= clause.t_start)

    def _matter_of_pair(self, clause: Clause) -> bool:
        """Whether an English contact noun is the matter of what a pair already told did ("The two presidents gave
        a positive assessment of the consultations held in Minsk", "They discussed priorities for the Warsaw
        Summit"): another contact talked about, not one of theirs."""
        s = self.text.text
        return self.lang != "ar" and all(t.form == "noun" for _, t in clause.group if t.type) \
            and MATTER_OF_EN.search(s, max(0, clause.t_start - MATTER_OF_REACH), clause.t_start) is not None \
            and any(c == "pair" and m.end <= clause.t_start for m, c in clause.parts.cues)

    def _tells_contact(self, clause: Clause, parties: Parties) -> bool:
        """Whether the clause tells a contact: two parties (one for a summit told as news), "talks" with someone,
        an outgoing visit verb with somewhere to go; not what someone is briefed on, nor what a pair talked of."""
        kind, cues, t_start, t_end = parties.kind, clause.cues, clause.t_start, clause.t_end
        if self._briefed_on(clause) or self._matter_of_pair(clause) or self._said_after(clause):
            return False
        if len(parties.actors) < (1 if kind == "summit" and not self._definite(clause.group[0][0]) else 2):
            return False
        if kind == "talk" and not parties.borrowed \
                and not any(c in ("with", "each", "to", "between") and m.start >= t_start for m, c in cues) \
                and not any(t.type == "phone_call" for _, t in clause.group) \
                and not self._two_sides_joined(clause, parties.resolved):
            return False
        # "on a two-day visit", not "his recent trip to the Middle East" (no state's): a noun needs no place after it
        return not (kind == "visit"
                    and all(t.form == "verb" and t.direction == "out"
                            and not (self._as_noun(m) and not self._goes_to(m))
                            for m, t in clause.group if t.type)
                    and not any(c in ("to", "in") and m.start >= t_end for m, c in cues)
                    and not any(p.start >= t_end for p in clause.parts.places) and not self._here(t_end))

    def _here(self, t_end: int) -> bool:
        """Whether a visit verb ending at ``t_end`` goes "here", to the city of the article's dateline ("arrived
        here", "وصل إلى هنا", "وصل X إلى البلاد")."""
        if self.dateline not in self.gaz.countries:
            return False
        if self.lang == "ar":
            return HERE_AR.match(self.text.text, t_end) is not None
        return self.text.text.endswith(HERE_WORD, 0, t_end)

    def _goes_to(self, m: Match) -> bool:
        """Whether a visit word is followed by "to" or ends on it ("trip to", "a visit to")."""
        s = self.text.text
        return s[m.start:m.end].endswith(" to") or TO_AFTER.match(s, m.end) is not None

    def _as_noun(self, m: Match) -> bool:
        """Whether an English verb is written as a noun, after a determiner ("is in Kenya on a two-day visit")."""
        return self.lang != "ar" and NOUN_BEFORE_EN.search(self.text.text, max(0, m.start - NOUN_REACH), m.start) \
            is not None

    def _timed(self, frame: Frame, clause: Clause, arrivals: bool) -> bool:
        """Set the frame's status and date; False when it tells no contact (denied, hypothetical, …)."""
        group, parts, t_start, t_end = clause.group, clause.parts, clause.t_start, clause.t_end
        # the cues of this contact word, and of one it is coordinated with ("whether a call or a meeting")
        mine = {None, t_start, self._coordinated_before(group, parts)} \
            | {self._group_start.get(m.start, m.start) for m, t in group if t.type}  # two groups told as one
        own = [cue for cue, nearest in zip(parts.cues, self._cue_groups, strict=True) if nearest in mine]
        frame.status = self._status(group, own, parts, t_start, t_end, frame.type)
        summit_ahead = arrivals and self.summit_ahead and frame.status == "occurred"
        if summit_ahead:
            frame.status = "planned"  # they arrived to take part in it: the summit is still to come
        if frame.status == "negated":
            return False
        # a reference back with no people of its own ("الزيارة تأتي بعد اتصال جرى الأحد") takes only a day of its
        # own window: one outside it is another contact word's, and the article's lead day is the contact's told
        dates = [d for d in parts.dates if clause.lo <= d.start < clause.hi] if frame.borrowed else parts.dates
        # "X, who took office on January 1, met Y on Friday": a day of a relative clause before the word is not its
        asides = [(a.start(), a.end()) for a in RELATIVE_ASIDE_EN.finditer(self.text.text, clause.lo, t_start)] \
            if self.lang != "ar" else []
        dates = [d for d in dates if not any(a <= d.start < b for a, b in asides)]
        # "met Y on Thursday, days after Z's visit to W": the earlier contact takes no day told before the cue
        since = max((m.end for m, c in own if c == "background_next" and m.end <= t_start), default=None)
        dates = [d for d in dates if d.start >= since] if since is not None else dates
        # "left for Tehran on Monday": a visit still under way, dated by a departure past
        dated_as = "occurred" if dates and frame.status == "planned" and self._set_off(group) else frame.status
        frame.date = self._date(dates, t_start, t_end, dated_as, (clause.lo, clause.hi)) \
            if not summit_ahead and (dates or not frame.borrowed) else None
        like = next((f for f in reversed(self.history) if not f.nested and f.date is not None), None) \
            if frame.date is None and frame.status == "occurred" and any(c == "similar" for _, c in clause.cues) \
            else None
        if like is not None:
            frame.date = like.date  # "كما أجرى اتصالا مماثلا مع Z": the day of the contact it is like
        if frame.status == "occurred" and self._long_before(frame.date):
            frame.status = "background"  # "the meeting follows a phone call on Feb. 15": told in passing
        if frame.status == "occurred" and self._after_publication(frame.date):
            # "التقى … غدا": a day to come makes it a plan, whatever the verb (not one of another contact word's:
            # "held talks on the preparations for the summit to be held on 20 March")
            if frame.date in parts.dates and self._nearest_group(frame.date) in (None, t_start):
                frame.status = "planned"
            else:
                frame.date = None  # a later day named earlier in the article is not this contact's
        return True

    def _type_and_initiator(self, frame: Frame, clause: Clause, resolved: list[Mention]) -> None:
        """Set the frame's type (talks by phone or in person, a visit by place) and its initiator."""
        parts, directions = clause.parts, clause.directions
        travelled_to = self._travelled_to(parts, clause.lo, clause.t_start)
        if frame.type == "talk":
            by_phone = any(t.type == "phone_call" for _, t in parts.triggers)
            # (at a place, or "on the sidelines of" a gathering: in person)
            in_place = self._place_country(parts, frame.trigger_start, clause.hi) or travelled_to \
                or any(c == "sidelines" for _, c in parts.cues)
            frame.type = "meeting" if in_place and not by_phone else "phone_call"
            frame.confidence = TALK_CONFIDENCE
            frame.mode_guessed = not in_place and not by_phone
        elif all(t.direction == "with" for _, t in clause.group if t.type):
            # "بحث X مع Y …": discussing tells no mode; a call of theirs told that day is how ("جاء ذلك خلال اتصال")
            frame.mode_guessed = not (self._place_country(parts, frame.trigger_start, clause.hi) or travelled_to) \
                and not any(t.type == "phone_call" for _, t in parts.triggers)
        # (who asked may be named past the window: "met Y on the sidelines of the summit at Y's request")
        sentence = sorted(clause.mentions + [m for m in clause.parts.mentions if not clause.lo <= m.start < clause.hi],
                          key=attrgetter("start"))
        frame.initiator = self._initiator(frame, clause.group, clause.cues, resolved, sentence, directions)
        if frame.hub is not None and ("host" in directions or "in" in directions) and frame.initiator != frame.hub:
            frame.partners_initiate = True  # "X received A, B and C", "calls from A, B and C": each one came to X
        self._visit_by_place(frame, parts, clause.lo, clause.hi, hosted="host" in directions,
                             travelled_to=travelled_to)
        envoys = {m.actor for m in resolved if m.role in MISSION_HEADS and m.actor in frame.participants}
        if frame.type == "visit" and envoys and not any(a not in envoys and a.country in {e.country for e in envoys}
                                                        for a in frame.participants):
            # a resident ambassador received by the host did not travel: a meeting (see the guidelines); one who sat
            # in on his minister's audience ("بحضور السفير") leaves it the minister's visit
            frame.type, frame.initiator = "meeting", None
        if any(m.resolved_by_title for m in resolved):
            frame.confidence -= TITLE_CONFIDENCE_COST

    # -- argument rules -----------------------------------------------------------------------

    def _travelling_together(self, ctype: str, clause: Clause, actors: list[Actor], resolved: list[Mention]
                             ) -> list[Actor]:
        """The subjects of a travel verb when they are all its parties and of several states ("Macron and
        Scholz arrived in Kyiv"), or its subject and those "with" him after the place he went to ("Macron arrived
        in Kyiv with Scholz and Draghi"); none otherwise."""
        if ctype != "visit" or len(actors) < 2 or not _travel_verbs(clause.group):
            return []
        place = next((p for p in clause.parts.places if clause.t_end <= p.start < clause.hi), None)
        along = next((cm.end for cm, c in clause.cues if c in ("with", "join") and place is not None
                      and cm.start >= place.end and self._only_dates(clause.parts, place.end, cm.start)), None)
        subject_end = place.start if self.lang == "ar" and place is not None else clause.t_start  # "وصل X إلى"
        if any(m.start > subject_end and (along is None or m.start < along) for m in resolved) \
                or len({a.country for a in actors} - {None}) < len(actors) \
                or place is not None and along is not None and place.country in {a.country for a in actors}:
            return []
        return actors

    def _only_dates(self, parts: SentenceParts, lo: int, hi: int) -> bool:
        """Whether the text between ``lo`` and ``hi`` holds nothing but dates ("on Thursday", "اليوم الخميس")."""
        text = self.text.text
        for d in parts.dates:
            if lo <= d.start and d.end <= hi:
                text = text[:d.start] + " " * (d.end - d.start) + text[d.end:]
        return not text[lo:hi].strip(" ,،")

    def _arrivals(self, group: list[tuple[Match, Trigger]], actors: list[Actor]) -> bool:
        """Whether a travel verb has leaders of several states for subjects ("A, B and C arrived")."""
        states = {a.country for a in actors if a.kind == "person" and a.country in self.gaz.countries}
        return len(states) >= SUMMIT_ARRIVALS and _travel_verbs(group)

    def _plural(self, group: list[tuple[Match, Trigger]]) -> bool:
        """Whether the group's contact noun is plural ("calls", "الاتصالات"): several contacts, not one."""
        noun = next((m for m, t in group if t.type and t.form == "noun"), None)
        if noun is None:
            return False
        word = self.text.text[noun.core_start:noun.core_end] + noun.suffix
        return word.endswith(PLURAL_ENDINGS)

    def _is_topic(self, m: Mention) -> bool:
        """A country named as what is talked about ("the conference on Lebanon", "حول سوريا", "since the Ukraine
        crisis", "الوضع في أوكرانيا")."""
        return self.text.word_before(m.start) in TOPIC_WORDS \
            or MATTER_AFTER_EN.match(self.text.text, m.end) is not None or self._matter_before(m.start)

    def _matter_of(self, m: Mention) -> bool:
        """A state named after "of" a noun other than the gathering's ("the denuclearization of North Korea") or
        owning one ("North Korea's nuclear threat"): what is talked about, not a member ("a summit of Egypt and
        Jordan")."""
        s = self.text.text
        if self.lang != "ar" and POSSESSIVE.match(s, m.end) is not None:
            return True  # "North Korea's nuclear threat": the state owns what is talked about
        return self.lang != "ar" and self.text.word_before(m.start) == "of" \
            and MEMBERS_OF_EN.search(s, max(0, m.start - MEMBERS_OF_REACH), m.start) is None

    def _is_location(self, m: Mention) -> bool:
        """A country named as where something happens ("in Canada", "في تركيا", "in Wilmington, USA"), not as a
        party."""
        return self.text.word_before(m.start) in ("in", "at", "about", "on", "over", "في", "حول", "بشان", "عن") \
            or self.lang != "ar" and CITY_BEFORE_EN.search(self.text.text, max(0, m.start - CITY_REACH), m.start) \
            is not None

    def _mediators(self, cues: list[tuple[Match, str]], parts: SentenceParts, mentions: list[Mention]) -> list[Actor]:
        """"بوساطة أمريكية", "mediated by Qatar": the mediator takes part in the talks."""
        out = []
        for cm, c in cues:
            if c == "mediator":
                out += [m.actor for m in parts.nationalities + mentions
                        if m.actor is not None and 0 <= m.start - cm.end <= 12]
        return out

    def _aide(self, m: Mention) -> bool:
        """"مساعد الرئيس الروسي", "aide to the President": the office names someone else's boss; and whoever a
        spokesman's title names up to a comma ("المتحدث الرسمي باسم الديوان الملكي السفير X": neither the court nor
        X takes part)."""
        if not self._aides:
            return False
        s = self.text.text
        # (a name the gazetteer lacks: not a minister who speaks for his government, "…، الناطق باسم الحكومة X")
        unknown = m.actor is not None and self._person_id(m.actor) is None
        return any(
            0 <= m.start - cm.end <= AIDE_REACH
            or unknown and SPOKESMAN.search(s, cm.start, cm.end) is not None
            and 0 <= m.start - cm.end <= SPOKESMAN_REACH
            and not any(c in s[cm.end:m.start] for c in LIST_COMMAS) and not THAT_WORD.search(s, cm.end, m.start)
            for cm in self._aides)

    def _greeted_for(self, m: Mention, greetings: list[int]) -> bool:
        """"X conveyed to him the greetings of the Sultan", "نقل إليه تحيات السلطان": whose greetings a guest
        brings (a greeting word ending at one of ``greetings``) is not at the meeting."""
        return any(GREETING_GAP.fullmatch(self.text.text[end:m.start]) is not None for end in greetings
                   if end <= m.start)

    def _office_speaks_for(self, m: Mention) -> bool:
        """Whether ``m`` is the person whose office speaks of him by a pronoun ("X's office said he spoke with
        Y", "the office of X said that he will visit Z", "أعلن مكتب X أنه"): a party, not the owner of a noun or
        an aide's boss."""
        s = self.text.text
        before = s[max(0, m.start - OFFICE_OF_REACH):m.start + 1 if s.startswith("ل", m.start) else m.start]
        if self.lang == "ar":
            return OFFICE_SPEAKS_AR.match(s, m.end) is not None and OFFICE_OF_AR.search(before) is not None
        said = OFFICE_SPEAKS_EN.match(s, m.end)
        return said is not None and (said.group("own") is not None or OFFICE_OF_EN.search(before) is not None)

    def _possessor(self, m: Mention, triggers: list[tuple[Match, Trigger]]) -> bool:
        """"Netanyahu's predecessor": the person only qualifies a noun that is not a contact word."""
        if self.lang == "ar":
            return False
        tail = POSSESSIVE.match(self.text.text, m.end)
        return tail is not None and not any(0 <= t.start - tail.end() <= 20 for t, _ in triggers)

    def _possessor_suffix(self, group: list[tuple[Match, Trigger]], people: list[Mention],
                          sentence: list[Mention], t_start: int) -> list[Mention]:
        """"زيارته", "لقائه": a noun with a possessive suffix belongs to the last person named before it
        (before ``t_start`` in the ``sentence``)."""
        noun = next((m for m, t in group if t.type and t.form == "noun"), None)
        # "وكان في استقباله A و B": the one received, whom the phrase's own pronoun names
        received = next((m for m, t in group if t.direction == "by"
                         and self.text.text.endswith(RECEIVED_PRONOUNS_AR, m.start, m.end)), None)
        if received is not None:
            noun = received
        elif noun is None or noun.suffix not in ("ه", "ها"):
            return people
        before = [m for m in sentence if m.kind in PERSONS and m.actor is not None and m.end <= t_start]
        if not before:
            # "خلال استقباله لنظيره الفرنسي": his, of the article's lead when the sentence names no one before
            lead = self.protagonist
            if lead is None or any(p.actor == lead for p in people):
                return people
            before = [Mention(noun.start, noun.end, "person", lead, None, lead.country, True)]
        owner = before[-1]
        if any(p.actor == owner.actor for p in people):
            return people
        return [owner] + [p for p in people if p.start >= noun.end]

    @staticmethod
    def _before_purpose(people: list[Mention], cues: list[tuple[Match, str]], t_end: int) -> list[Mention]:
        """Drop the people named after the contact's purpose or the event it follows ("to discuss …", "بعد …")
        when two sides are named before it."""
        purpose = _purpose_at(cues, t_end)
        return people if purpose is None else _two_sided([m for m in people if m.start < purpose], people)

    def _said_during(self, people: list[Mention], clause: Clause) -> list[Mention]:
        """A contact told as the setting of what someone said ("…, X told Y in a phone call", "X said during talks
        with Y that …", "قال X لـY خلال اتصال هاتفي إن …"): who said it and to whom take part; the people of what was
        said, before an English speaker or after "that", do not."""
        s = self.text.text
        setting = SPEECH_SETTING.search(s, max(0, clause.t_start - SPEECH_SETTING_REACH), clause.t_start)
        if setting is None:
            return people
        said = next((m for m, _ in reversed(self._speeches) if m.end <= setting.start()
                     and self._only_people(clause.parts.mentions, m.end, setting.start())), None)
        if said is None:
            return people
        kept = people
        if self.lang != "ar":
            subject = next((m for m in reversed(people)
                            if m.kind in PERSONS and 0 <= said.start - m.end <= SUBJECT_GAP), None)
            if subject is None:
                return people
            kept = [m for m in kept if m.start >= subject.start]
        that = COMPLEMENTIZER.search(s, clause.t_end, clause.hi)
        if that is not None:
            kept = [m for m in kept if m.start < that.start()]
        return kept if len(_distinct([m.actor for m in kept if m.actor is not None])) >= 2 else people

    def _only_people(self, mentions: list[Mention], lo: int, hi: int) -> bool:
        """Whether only the names of ``mentions`` (and "to", "لـ", commas) stand between two offsets."""
        s, pos = self.text.text, lo
        for m in (m for m in mentions if lo <= m.start and m.end <= hi):
            if LISTENER_MARK.fullmatch(s, pos, m.start) is None:
                return False
            pos = max(pos, m.end)
        return LISTENER_MARK.fullmatch(s, pos, hi) is not None

    def _reported(self, people: list[Mention], t_start: int) -> list[Mention]:
        """A contact of two sides told in what someone said ("X, a former premier, said that the Ma-Xi meeting …",
        "وأوضح X … أن الرئيسين A و B سيلتقيان"): the people of the saying, before "that", are not its parties
        (but "X said that his meeting with Y …" keeps X: one side only is named after "that")."""
        s = self.text.text
        said = [m for m, _ in self._speeches if m.end <= t_start]
        that = [w.start() for w in COMPLEMENTIZER.finditer(s, said[-1].end, t_start)] if said else []
        if not that and said and s[said[-1].start:said[-1].end] not in LISTENER_SPEECH \
                and any(m.start > said[-1].end and not s[said[-1].end:m.start].strip() for m in people):
            that = [said[-1].end]  # "The White House said X called Y": "that" left out
        return _two_sided([m for m in people if m.start >= that[-1]], people) if that else people

    def _owner(self, clause: Clause, people: list[Mention]) -> Mention | None:
        """Who an Arabic contact word with a possessive suffix belongs to ("أكد X خلال استقباله Y": his receiving):
        the last person named before it."""
        if self.lang != "ar":
            return None
        if not any(t.type and self._possessed(m) for m, t in clause.group):
            return None
        return next((m for m in reversed(people) if m.end <= clause.t_start and m.kind in PERSONS), None)

    def _possessed(self, m: Match) -> bool:
        """Whether an Arabic word is written with a possessive suffix ("استقباله", "لقائها"; not "زيارة")."""
        a, b = self.text.span(m.start, m.end)
        return self.lang == "ar" and self.text.original[a:b].endswith(PRONOUN_SUFFIXES_AR)

    def _without_speakers(self, people: list[Mention], cues: list[tuple[Match, str]],
                          owner: Mention | None = None, pair: bool = False) -> list[Mention]:
        """Drop the one who speaks ("قال الكرملين", "أعلن X", "…, X said") when two others remain, or a pair word
        names the parties ("the two leaders met, X told reporters"); not the one whose contact it is ("أكد X خلال
        لقائه Y")."""
        if not cues:
            return people
        s = self.text.text
        speakers = [m for m in people if m is not owner and any(c == "speech" and (
            m.start >= cm.end and SPEAKER_GAP.fullmatch(s[cm.end:m.start]) and self._speaker_follows(cm)
            or cm.start >= m.end and not s[m.end:cm.start].strip()
            and SPEAKER_AFTER_COMMA.search(s, max(0, m.start - SPEAKER_LEAD), m.start) is not None
            and not any(p.start >= cm.end for p in people)  # the sentence ends on who said it
            or self._source_of(m, cm)
        ) for cm, c in cues)]
        rest = [m for m in people if m not in speakers]
        named = {m.actor.name for m in rest if m.actor is not None}
        if len(named) >= 2 or pair and not named:
            return rest
        # "X arrived in Kabul, the State Department said", "أعلن البيت الأبيض أن X سيزور مصر": a seat of power that
        # speaks is never a party, whoever remains
        return [m for m in people if not (m in speakers and m.seat)]

    def _speaker_follows(self, said: Match) -> bool:
        """Whether who speaks may come after the speech word: always in Arabic ("قال الكرملين"), after "according
        to", and in English after a quote or comma ('", said X'), not where what was said follows ("said X met
        Y")."""
        s = self.text.text
        return self.lang == "ar" or s[said.start:said.end] in SPEAKER_FIRST \
            or SPEECH_INVERTED.search(s, max(0, said.start - SPEAKER_LEAD), said.start) is not None

    def _source_of(self, m: Mention, said: Match) -> bool:
        """Whether ``m`` names whose statement or spokesman ``said`` reports ("a Kremlin statement said",
        "White House spokesman X said", "أفاد بيان للكرملين", "قال المتحدث باسم الكرملين")."""
        s = self.text.text
        if self.lang == "ar":
            return any(SOURCE_OWNER_AR.fullmatch(s, src.end, m.start) is not None
                       and 0 <= src.start - said.end <= SOURCE_REACH for src in self._sources)
        return any(SOURCE_OWNER.fullmatch(s, m.end, src.start) is not None
                   and 0 <= said.start - src.end <= SOURCE_REACH for src in self._sources)

    def _with_list(self, people: list[Mention], cues: list[tuple[Match, str]], t_end: int
                   ) -> tuple[list[Mention], bool]:
        """"X ... مباحثاته مع Y و Z": the subject and the people after "with", not the objects between; and
        whether several subjects joined by "and" (or named by one plural office: "the presidents of X and Y") stand
        before "with" (they meet those after it together)."""
        marker = next((cm for cm, c in cues if c in ("with", "each") and cm.start >= t_end), None)
        if marker is None:
            return people, False
        s = self.text.text
        if self.lang != "ar" and s[:marker.start].rstrip().endswith(",") \
                and any(t_end <= m.start and m.end <= marker.start for m in people):
            # "met Y in Scotland, with Z also taking part": Y is met, Z joins; no list after "with" of Y's
            return people, False
        after = [m for m in people if m.start >= marker.end]
        # (an office no one holds is no subject: "The chairman of the Council, X, held talks with Y" is X's)
        before = [m for m in people if m.end <= marker.start and m.actor is not None]
        if not after or len(before) < 2:
            return people, False
        subjects = before[:1]  # the subject, and those "and"-joined to it ("X ومدير الوكالة Y اجتماعا مع Z")
        for m in before[1:]:
            if m.actor == subjects[-1].actor or m.start == subjects[-1].start \
                    or self._joined(subjects[-1].end, m.start):
                subjects.append(m)
            else:
                break
        return subjects + after, len({m.actor for m in subjects}) > 1

    def _listed_subjects(self, resolved: list[Mention], t_start: int) -> bool:
        """Whether every party is a subject named before the contact word in one list ("A, B, C and D held a
        conference call", "A و B و C عقدوا"): one contact of them all."""
        people = [m for m in resolved if m.actor is not None]
        if len(people) < LISTED_SUBJECTS or any(m.start > t_start for m in people):
            return False
        return all(self._listed(a.end, b.start) for a, b in zip(people, people[1:], strict=False))

    def _two_sides_joined(self, clause: Clause, resolved: list[Mention]) -> bool:
        """Whether an English talks noun has for parties two people of two states named before it and joined by
        "and" ("A and B had a brief conversation"; not "A and B talked about the crisis": each may have)."""
        people = [m for m in resolved if m.actor is not None]
        return self.lang != "ar" and all(t.form == "noun" for _, t in clause.group if t.type) and len(people) == 2 \
            and people[1].end <= clause.t_start and self._joined(people[0].end, people[1].start) \
            and None not in (people[0].country, people[1].country) and people[0].country != people[1].country

    def _listed(self, end: int, start: int) -> bool:
        """Whether two mentions stand in one list: a comma or "and" between them ("A, B and C", "A و B")."""
        return self.text.text[end:start].strip() in (",", "،") or self._joined(end, start)

    def _joined(self, end: int, start: int) -> bool:
        """Whether what stands between two mentions joins them with "and" ("X and Y", "X ومدير …")."""
        gap = self.text.text[end:start].split()
        if self.lang != "ar":
            return gap[:1] == ["and"] or gap[:2] == [",", "and"]
        # "و" before the next word, in the gap or as the mention's own first letter ("والموساد", "، وولي العهد")
        gap = [w for w in gap if w not in LIST_COMMAS]
        word = gap[0] if gap else self.text.text[start:].split(maxsplit=1)[0]
        return word.startswith("و") and len(word) > 1 and word not in W_WORDS_AR

    def _summit_actors(self, actors: list[Actor], mentions: list[Mention], nationalities: list[Mention],
                       t_start: int) -> list[Actor]:
        """The leaders of the countries a summit's clause lists ("قمة روسية تركية إيرانية",
        "(روسيا وإيران وتركيا)"), besides its named people; ``mentions`` end where its purpose begins ("to
        discuss …", "عقب …")."""
        countries = [m.country for m in mentions if m.kind == "country" and m.country and m.start > t_start
                     and not self._is_location(m) and not self._matter_of(m)]
        countries += [n.country for n in nationalities if n.country and 0 <= n.start - t_start <= NEAR // 2]
        chain = self._states_before(mentions + nationalities, t_start)
        if chain:  # "the North Korea-US summit": its members are those states', whoever else the clause names
            actors = [a for a in actors if a.country in chain]
        countries += chain
        present = {a.country for a in actors}
        out = list(actors)
        for c in dict.fromkeys(countries):
            if c in present:
                continue
            role = self.gaz.seat_office(c)
            if self.office_day is None:
                actor = self._holder_in_article(role, c) or office_actor(
                    self.gaz, "", c, None, ROLE_TITLES[role])[0]
            else:
                actor, found = office_actor(self.gaz, role, c, self.office_day)
                if not found:
                    continue
            out.append(actor)
        return _distinct(out)

    def _states_before(self, mentions: list[Mention], t_start: int) -> list[str]:
        """The states named right before a contact word, joined by hyphens ("the India-Brazil-South Africa
        summit", "the US-China talks")."""
        out: list[str] = []
        at = t_start
        for m in sorted((m for m in mentions if m.end <= t_start), key=attrgetter("end"), reverse=True):
            gap = self.text.text[m.end:at]
            if m.country is None or m.kind != "country" and m.actor is not None and m.actor.kind != "country" \
                    or not STATE_CHAIN_GAP.fullmatch(gap) or out and not HYPHEN.search(gap):
                break
            out.append(m.country)
            at = m.start
        return out[::-1] if len(out) >= 2 else []

    def _with_country_party(self, ctype: str, group: list[tuple[Match, Trigger]], actors: list[Actor],
                            mentions: list[Mention], sentence: list[Mention], t_end: int,
                            places: list[Place], dates: list[DateMention]) -> list[Actor]:
        """A visit to a country whose hosts are not named: the country is the other party; a visit to a
        city ("his visit to Paris", "arrived in Abu Dhabi"): the city's country, when no country is named."""
        if ctype != "visit" or len(actors) != 1:
            return actors
        # "زار X مصر في زيارة رسمية": the verb's object comes before the noun that ends the group
        t_end = next((m.end for m, t in group if t.form == "verb" and t.type == "visit"), t_end)
        hosts = [m.actor for m in mentions if m.kind == "country" and m.start >= t_end and m.actor is not None
                 and m.country != actors[0].country and not self._is_topic(m)
                 and not ORIGIN_BEFORE.search(self.text.text, max(0, m.start - ORIGIN_REACH), m.start)]
        if not hosts:
            verb = any(t.form == "verb" and t.type == "visit" and m.end == t_end for m, t in group)
            abroad = [p for p in places if p.country != actors[0].country and not self._discussed_place(p)
                      and (p.marked or self.text.word_before(p.start) in DESTINATION_WORDS or self._guest_of(p.start)
                           or verb and self._visited_object(p, t_end, sentence))]
            # "his visit to Paris"; else "arrived in Abu Dhabi on a visit": the place before the visit word
            to = next((p for p in abroad if p.start >= t_end), None) \
                or next((p for p in reversed(abroad) if p.end <= t_end), None)
            stops = [to] if to is not None else []
            for p in places:  # "after visiting London and Paris", "to Kyiv on Wednesday and then to Berlin": each stop
                if stops and p.start > stops[-1].end and p.country != actors[0].country \
                        and (self._listed(stops[-1].end, p.start)
                             or NEXT_STOP.fullmatch(self._without_days(stops[-1].end, p.start, dates)) is not None):
                    stops.append(p)
            hosts = [place_actor(self.gaz, p.country, "country") for p in stops if p.country in self.gaz.countries]
            if not hosts and verb and self._here(t_end) and self.dateline != actors[0].country:
                hosts = [place_actor(self.gaz, self.dateline, "country")]  # "NEW DELHI — X arrived here"
        hosts = [next((m.actor for m in sentence if m.kind in PERSONS + ("group",) and m.actor is not None
                       and m.start >= t_end and SINCE_WORD.search(self.text.text, t_end, m.start) is None
                       and m.actor.country == h.country), h) for h in hosts]  # "flew to Jordan to meet King X"
        return actors + _distinct(hosts) if hosts else actors

    def _guest_of(self, pos: int) -> bool:
        """Whether "ضيفا على" (as the guest of) stands right before ``pos``: where the guest went."""
        starts, ends = self.text.words
        k = bisect.bisect_right(ends, pos) - 1
        return k > 0 and tuple(self.text.text[starts[j]:ends[j]] for j in (k - 1, k)) == GUEST_OF_AR

    def _visited_object(self, place: Place, t_end: int, sentence: list[Mention]) -> bool:
        """Whether a place is the object of the visit word ending at ``t_end``: right after it, or after the
        visitor named right after it ("visited Cairo", "زار الرئيس الفرنسي القاهرة")."""
        if place.start < t_end:
            return False
        pos = t_end
        for m in sentence:
            if pos <= m.start and m.end <= place.start and not self.text.text[pos:m.start].strip():
                pos = m.end
        return not self.text.text[pos:place.start].strip()

    def _nearest_group(self, cue: Match | DateMention, settings: bool = True) -> int | None:
        """The start of the typed trigger nearest a cue (its group's ``t_start``), None if there is none.

        ``settings=False`` passes over contacts told as a setting ("قررا خلال مكالمتهما … عقد قمة": the
        decision is about the summit, not the call)."""
        near = self._near.get(settings)
        if near is None:
            typed = self._typed if settings else [m for m in self._typed if not self._setting(m)]
            near = self._near[settings] = typed, {self._group_start.get(m.start, m.start) for m in typed}
        typed, starts = near
        if len(starts) < 2:  # none, or one group: no need to measure
            return next(iter(starts), None)
        nearest = min(typed, key=lambda m: min(abs(cue.start - m.end), abs(m.start - cue.end)))
        if nearest.start >= cue.end and (CLAUSE_BREAK.search(self.text.text, cue.end, nearest.start)
                                         or CLAUSE_END_AFTER.match(self.text.text, cue.end)
                                         or (self._elided.get(nearest.start) or -1) >= cue.end
                                         or self.lang == "ar" and self._purpose_word(nearest)):
            # "يزور X واشنطن الأسبوع المقبل، حيث يلتقي Y": a clause of its own follows; the cue is the verb's before
            # (and so when a comma closes the cue's clause: "X, who visited Y earlier this week, met Z", or "and"
            # opens one: "met Y on Tuesday and will meet Z", or the word tells a journey's purpose: "يتوجه X إلى
            # القاهرة يوم الأحد لإجراء مباحثات")
            nearest = next((m for m in reversed(typed) if m.end <= cue.start), nearest)
        elif nearest.end <= cue.start:
            # "met Y on Tuesday and will then travel to Z": a cue after the "and" is the verb's whose subject it elides
            nearest = next((m for m in typed if m.start >= cue.end and (opens := self._elided.get(m.start)) is not None
                            and opens <= cue.start), nearest)
        return self._group_start.get(nearest.start, nearest.start)

    def _next_group(self, cue: Match) -> int | None:
        """The start of the group of the first contact word after a cue ("the visit comes a month after X visited
        Y": what comes after "after" is the earlier contact)."""
        after = next((m for m in self._typed if m.start >= cue.end), None)
        return self._group_start.get(after.start, after.start) if after is not None else None

    def _to_infinitive(self, parts: SentenceParts, t_start: int) -> bool:
        """Whether the contact word follows its subject and "to", as headlines write a plan ("Erdogan to meet
        Putin", "Yoon, Kishida to hold phone talks"); not "the first British leader to visit": the one who came."""
        before = [m for m in parts.mentions if m.end <= t_start]
        s = self.text.text
        return bool(before) and SUBJECT_TO.fullmatch(s[before[-1].end:t_start]) is not None \
            and ORDINAL_BEFORE_EN.search(s, max(0, before[-1].start - PURPOSE_REACH), before[-1].start) is None

    def _parties_end(self, parts: SentenceParts, t_end: int) -> int:
        """Where the parties named right after a contact word end ("a summit between A and B"), else its end."""
        end = t_end
        for m in parts.mentions:
            if end <= m.start <= end + PARTY_GAP:
                end = m.end
        return end

    def _setting(self, m: Match) -> bool:
        """A contact named as the setting of what is told: "خلال الاتصال", "during the call"."""
        return self.text.word_before(m.start) in ("خلال", "اثناء", "during")

    def _status(self, group: list[tuple[Match, Trigger]], cues: list[tuple[Match, str]],
                parts: SentenceParts, t_start: int, t_end: int, kind: str) -> str:
        """"negated" (no contact: denied, hypothetical, called off, a post), "planned", "background" or
        "occurred", from the contact word's cues (``cues``: its own) and the dates near it."""
        before = [c for m, c in cues if (t_start - NEAR <= m.start or self._governs(m, t_start)) and m.start < t_start
                  and not self._backshifted(m, c, parts) and not self._put_off_to(m, parts)
                  and not self._following_today(m, c, parts, t_end)]
        if self._negated(group, parts, t_start, t_end, before):
            return "negated"
        if self._planned(group, cues, parts, t_start, t_end, kind):
            return "planned"
        # (its possessor between: "زيارة الرئيس X الأخيرة")
        after = [c for m, c in cues if t_end <= m.start and (not self.text.text[t_end:m.start].strip() or any(
            not self.text.text[t_end:n.start].strip() and not self.text.text[n.end:m.start].strip()
            for n in parts.mentions if n.kind in PERSONS))]
        # "X, who visited Y last week, met Z": an English time of the past after its own contact word
        when = any(c == "background" and t_end <= m.start and self.text.text[m.start:m.end] in PAST_TIMES_EN
                   for m, c in cues)
        # "Former PM X also met Y in Amman" (told without its day: not "Former President X met Y on Saturday")
        undated = "background_undated" in before and not any(d.precision == "day" for d in parts.dates)
        # "زيارته السابقة", not "التقى الرئيس النيجيري السابق X": a verb is no contact of the past by its word after
        noun_after = "background_after" in after and any(t.form != "verb" for m, t in group if m.start == t_start)
        if "background" in before or "background_next" in before or noun_after or when or undated \
                or self._since(t_start) \
                or self._pluperfect_ar(group, parts, t_start):
            return "background"
        return self._status_by_dates(parts, t_start, t_end)

    def _following_today(self, cue: Match, kind: str, parts: SentenceParts, t_end: int) -> bool:
        """Whether "عقب" before a contact word dated the day of the news is only when something was said ("قال X،
        عقب مباحثات أجراها اليوم مع Y، إن …"): the contact is the news, not an earlier one."""
        return kind == "background" and self.text.text[cue.start:cue.end] in FOLLOWING_WORDS_AR \
            and self.published is not None \
            and any(d.date == self.published and t_end <= d.start <= t_end + NEAR for d in parts.dates)

    def _pluperfect_ar(self, group: list[tuple[Match, Trigger]], parts: SentenceParts, t_start: int) -> bool:
        """"وكان X قد اتصل بـY", "وكان X قد تلقى اتصالا", "وكان X قد زار", "وكان X التقى Y": told as before the news
        (an arrival so told is the trip of the news, and so is what it held: "وكان X قد وصل أمس …، التقى خلالها Y";
        and so is a contact told before one of the news: "وكان X التقى Y على حدة قبل اللقاء الثلاثي")."""
        if self.lang != "ar" or self._before_the_news(parts, t_start):
            return False
        s = self.text.text
        first = [m for m, _ in group if m.start == t_start]
        if self._travel_verb_ar([w for w in group if w[0].start == t_start]) \
                and not any(s[m.start:m.end].startswith(VISIT_VERBS_AR) for m in first):
            return False
        lead = min(m.start for m, _ in group)  # a verb of no type before the contact noun: "قد تلقى اتصالا"
        if any(PLUPERFECT_AR.search(s, max(0, at - NEAR), at) is not None for at in {t_start, lead}):
            return True
        return any(t.form == "verb" and m.start == t_start and not s.startswith(IMPERFECT_PREFIX_AR, m.core_start)
                   and PLUPERFECT_BARE_AR.search(s, max(0, m.start - NEAR), m.start) is not None for m, t in group)

    def _before_the_news(self, parts: SentenceParts, t_start: int) -> bool:
        """Whether a contact noun of the news, definite, follows "قبل" after the contact word ("قبل اللقاء الثلاثي")."""
        s = self.text.text
        return any(m.start > t_start and t.type and s.startswith(ARTICLE_AR, m.start)
                   and self.text.word_before(m.start) == BEFORE_AR for m, t in parts.triggers)

    def _since(self, t_start: int) -> bool:
        """Whether a contact word follows "since" ("since their meeting in Bali", "منذ لقائهما"): an earlier one."""
        return SINCE_BEFORE.search(self.text.text, max(0, t_start - SINCE_REACH), t_start) is not None

    def _backshifted(self, cue: Match, kind: str, parts: SentenceParts) -> bool:
        """Whether an English pluperfect is only reported speech ("X said on Wednesday he had spoken with Y"): the
        news told in the past of its telling, not a contact before it (unless the sentence dates it to another
        month or year: "said he had met Y in 2019")."""
        s = self.text.text
        dated_before = any(d.precision in ("year", "month") for d in parts.dates)
        return kind == "background" and self.lang != "ar" and s.startswith(PLUPERFECT_EN, cue.start) \
            and not dated_before \
            and any(c == "speech" and 0 <= cue.start - m.end <= REPORTED_REACH for m, c in parts.cues)

    def _posted(self, group: list[tuple[Match, Trigger]], parts: SentenceParts) -> bool:
        """Whether a message verb of the group is a post for everyone ("wrote on X", "كتب على حسابه")."""
        return any(c == "post" and any(t.type == "message" and t.form == "verb" and 0 <= cm.start - m.end <= POST_GAP
                                       for m, t in group) for cm, c in parts.cues)

    def _negated(self, group: list[tuple[Match, Trigger]], parts: SentenceParts, t_start: int, t_end: int,
                 before: list[str]) -> bool:
        """Whether the contact word tells no contact: negated or hypothetical before it, called off or only
        possible after it, denied, a post for everyone, or an invitation."""
        if ("negation" in before or "hypothetical" in before) and not self._since(t_start):
            return True  # (not "has not spoken with Y since their meeting in Bali": an earlier contact)
        if self._verb_denied(group, parts, t_start):
            return True
        # from the group's first contact word: two contact words may tell one contact ("اجتماع … قد يعقد … قمة")
        first_end = min((m.end for m, t in group if t.type), default=t_end)
        next_word = min((m.start for m, t in parts.triggers if m.start >= first_end), default=len(self.text.text))
        if any(c == "undone" and (first_end <= m.start < next_word and m.start - first_end <= UNDONE_REACH
                                  or not self.text.text[m.end:t_start].strip())  # "ألغيت زيارة …"
               and not self._put_off_to(m, parts) for m, c in parts.cues):
            return True  # "اجتماعا … قد يعقد", "expected to call, but it didn't happen": not a contact
        if self._posted(group, parts) and not any(t.type and t.type != "message" for _, t in parts.triggers):
            # "wrote on X", "كتب على حسابه": a post for everyone, not a message to someone (unless it tells of a
            # call or meeting: "we just had a call, X wrote on X")
            return True
        if any(c == "denial" and m.start < t_start for m, c in parts.cues):  # "X denied reports of a meeting"
            return True
        invited = "invite" in before or any(  # "invited him to visit": an invitation, not yet a contact
            c == "invite" and 0 <= t_start - m.end <= INVITE_REACH
            and not any(m.end <= w.start < t_start for w in self._typed) for m, c in parts.cues)
        return invited and not self._day_to_come(parts, t_start)  # "invited X for a visit on April 10": a plan

    def _verb_denied(self, group: list[tuple[Match, Trigger]], parts: SentenceParts, t_start: int) -> bool:
        """Whether a contact verb after the group's first contact word is negated right before it ("At the summit
        in Bali, X did not meet Y", "على هامش القمة لم يلتق X بـY"): the setting told first is no contact of theirs."""
        return any(t.type and t.form == "verb" and m.start > t_start
                   and any(c == "negation" and 0 <= m.start - n.end <= NEGATED_VERB_GAP for n, c in parts.cues)
                   for m, t in group)

    def _put_off_to(self, cue: Match, parts: SentenceParts) -> bool:
        """Whether a postponement names the new day ("postponed to Sept. 20", "تأجيل الزيارة إلى الخميس المقبل"):
        a plan for that day, not a contact called off."""
        s = self.text.text
        if not POSTPONED.search(s, cue.start, cue.end):
            return False
        return any(0 <= d.start - cue.end <= PUT_OFF_REACH and d.date is not None and self._to_day(cue.end, d, parts)
                   for d in parts.dates)

    def _to_day(self, after: int, day: DateMention, parts: SentenceParts) -> bool:
        """Whether a day is told as the one something is put off to: "to Sept. 20", "إلى الخميس المقبل" (the
        preposition within the day's words), not "a visit to Uganda on Tuesday"."""
        s = self.text.text
        if PUT_OFF_OPENING.match(s, day.start):
            return True
        to = PUT_OFF_TO.search(s, max(after, day.start - PUT_OFF_GAP), day.start)
        return to is not None and not any(to.start() <= p.start < day.start for p in parts.places)

    def _day_to_come(self, parts: SentenceParts, t_start: int) -> bool:
        """Whether a day after publication is named after a contact word in its sentence ("to a meeting on April
        10")."""
        return any(d.start >= t_start and d.precision == "day" and self._after_publication(d) for d in parts.dates)

    def _planned(self, group: list[tuple[Match, Trigger]], cues: list[tuple[Match, str]], parts: SentenceParts,
                 t_start: int, t_end: int, kind: str) -> bool:
        """Whether words plan the contact: a future verb or cue (past the parties named right after the word:
        "a summit between A and B will take place"), "upcoming" qualifying it, "X to meet Y", a future date."""
        near_end = self._parties_end(parts, t_end)
        told_past = self._past_verb(group)  # "X met Y on Wednesday, and will see Z": the "will" is Z's
        near = [c for m, c in cues if (t_start - NEAR <= m.start or self._governs(m, t_start))
                and m.start <= (t_start if told_past else near_end + NEAR)]
        same_mode = [(w, t) for w, t in group if t.type and contact_mode(t.type) == contact_mode(kind)]
        if any(m.prefix.endswith("س") for m, t in group if t.form == "verb") or not PLANNING_CUES.isdisjoint(near) \
                or any(c == "future_of" and self._qualifies(m, same_mode) for m, c in cues) \
                or self.lang != "ar" and self._to_infinitive(parts, t_start) \
                or any(self._put_off_to(m, parts) for m, _ in cues):  # "postponed to Thursday": that Thursday's
            return True
        return any((t_start - NEAR <= d.start <= t_end + NEAR or self._in_clause_after(t_end, d.start)) and (
            self._nearest_group(d) in (None, t_start)
            and (d.tense == "future" and not self._later_than_told(group, d) or self._imperfect_on(group, d))
            or self._scheduled_on(group, d)) for d in parts.dates)

    def _in_clause_after(self, t_end: int, pos: int) -> bool:
        """Whether ``pos`` lies after an Arabic contact word in its clause, however long the names between ("يستقبل
        X … العاهل الأردني الملك عبد الله الثاني في القاهرة غدا"): no comma between, within a clause's reach."""
        return self.lang == "ar" and 0 <= pos - t_end <= CLAUSE_REACH_AR and self._no_comma(t_end, pos)

    def _no_comma(self, start: int, end: int) -> bool:
        """Whether no comma or stop stands between two positions: one clause."""
        return not any(c in self.text.text[start:end] for c in CLAUSE_COMMAS)

    def _scheduled_on(self, group: list[tuple[Match, Trigger]], day: DateMention) -> bool:
        """An English travel verb in the present with another weekday ("Modi travels to Doha on Wednesday",
        published on a Tuesday): a schedule, still to come."""
        s = self.text.text
        return self.lang != "ar" and _announced_day(day) and day.date not in (None, self.published) \
            and any(s[m.start:m.end] in SCHEDULED_EN for m, t in group if t.type)

    def _governs(self, cue: Match, t_start: int) -> bool:
        """Whether an Arabic status cue followed by "أن" governs the clause up to a contact word however far
        ("ومن المقرر أن يعقد X و Y قمة"): no comma stands between."""
        return self.lang == "ar" and THAT_AR.match(self.text.text, cue.end) is not None \
            and self._no_comma(cue.end, t_start)

    def _later_than_told(self, group: list[tuple[Match, Trigger]], day: DateMention) -> bool:
        """An Arabic "later" (no day after publication) after a perfect verb ("التقى في وقت لاحق من اليوم"): later
        than what the article told before, already held."""
        s = self.text.text
        ahead = day.date is not None and self.published is not None and day.date > self.published
        return self.lang == "ar" and not ahead and any(
            t.type and t.form == "verb" and not m.prefix.endswith("س")
            and not s[m.core_start:m.core_end].startswith(NOT_PERFECT_AR) for m, t in group)

    def _past_verb(self, group: list[tuple[Match, Trigger]]) -> bool:
        """Whether an English contact word is a verb in the past tense ("met", "visited", "held talks")."""
        if self.lang == "ar":
            return False
        verbs = [self.text.text[m.start:m.end].split()[0] for m, t in group if t.type and t.form == "verb"]
        return any(word in PAST_IRREGULAR_EN or word.endswith(PAST_ENDING_EN) for word in verbs)

    def _imperfect_on(self, group: list[tuple[Match, Trigger]], day: DateMention) -> bool:
        """An Arabic imperfect contact verb with a day of its own, today or a weekday with no "last" ("يصل مساء
        اليوم", "يلتقي X Y الخميس"), or this week or month: what is announced, not yet held (not "وهو يتحدث",
        "الذي يقوم بزيارة": what he was doing, or is doing)."""
        s = self.text.text
        announced = _announced_day(day) \
            or day.precision in CURRENT_SPANS and day.tense == "present"  # "يزور X السنغال الأسبوع الجاري"
        return self.lang == "ar" and announced and not any(c.isdigit() for c in day.text) \
            and any(t.type and t.form == "verb" and s[m.core_start:m.core_end].startswith(IMPERFECT_AR)
                    and CIRCUMSTANTIAL_AR.search(s, max(0, m.start - CIRCUMSTANTIAL_REACH), m.start) is None
                    or t.type and t.form == "noun" and self._light_imperfect_before(m) for m, t in group)

    def _light_imperfect_before(self, noun: Match) -> bool:
        """Whether an imperfect light verb opens the clause of an Arabic contact noun ("يجري X يوم الجمعة مباحثات مع
        Y", "تعقد … قمة"), no comma between."""
        s = self.text.text
        verb = LIGHT_IMPERFECT_AR.search(s, max(0, noun.start - NEAR), noun.start)
        return verb is not None and CIRCUMSTANTIAL_AR.search(s, max(0, verb.start() - CIRCUMSTANTIAL_REACH),
                                                              verb.start() + 1) is None \
            and self._no_comma(verb.end(), noun.start)

    def _status_by_dates(self, parts: SentenceParts, t_start: int, t_end: int) -> str:
        """The status the dates near a contact word tell: a past month or year makes it background (unless a
        day of its own dates it), a day after publication planned; else it occurred."""
        # the dates near the word, and one that opens the sentence ("ومنتصف الشهر الماضي كشف … خلال لقاء …")
        near_dates = [d for d in parts.dates if t_start - NEAR <= d.start <= t_end + NEAR
                      or d.start < t_start and d.start - parts.sentence.start <= OPENING_REACH]
        dated = any(d.precision == "day" and d.date is not None for d in near_dates)  # "arrived Sunday … since May"
        for d in near_dates:
            if d.precision in ("year", "month") and d.tense == "past" and not dated:
                return "background"
            if d.month is not None and not d.tense and not dated and self.published is not None \
                    and d.month != self.published.month:
                return "background"  # "met in February", "who met him in June": a month before this one
            if d.date is not None and self.published is not None and d.date > self.published \
                    and not self._year_guessed_ahead(d):
                return "planned"
        return "occurred"

    def _qualifies(self, adjective: Match, words: list[tuple[Match, Trigger]]) -> bool:
        """Whether an adjective stands next to one of the contact words (those of the contact's own mode: a call
        about "the upcoming visit" took place), a word at most between ("the upcoming state visit", "الزيارة
        الرسمية المقبلة")."""
        s = self.text.text
        return any(ADJECTIVE_GAP.fullmatch(s[adjective.end:m.start] if self.lang != "ar" else s[m.end:adjective.start])
                   or self.lang != "ar" and POSSESSOR_GAP_EN.fullmatch(s, adjective.end, m.start) is not None
                   for m, _ in words)

    def _year_guessed_ahead(self, day: DateMention) -> bool:
        """Whether a day-month written without its year lies far after publication only because the nearest
        year was taken ("on April 14" in December): most such days are past ones."""
        age = self._age(day)
        return age is not None and -age > YEAR_MOVE_AGE and not YEAR_WRITTEN.search(day.text) \
            and any(c.isdigit() for c in day.text)

    def _date(self, dates: list[DateMention], t_start: int, t_end: int, status: str,
              window: tuple[int, int] | None = None) -> DateMention | None:
        """The date expression nearest the trigger, in its clause's window first ("X met Y on Wednesday, and will
        meet Z on Friday": Friday is Z's); an earlier contact takes only one right beside it."""
        if status == "background":
            dates = [d for d in dates if t_start - NEAR <= d.start <= t_end + NEAR]
        # "X's office said Wednesday": the day of a statement, not of the contact told in it
        said = [m.end for m, _ in self._speeches]
        dates = [d for d in dates if not any(0 <= d.start - e <= SAID_GAP for e in said)
                 or t_start <= d.start < t_end + SAID_GAP] if said else dates
        # "X met Y in Berlin and said they could agree on Monday": a day of what the subject went on to say is not its
        reported = [m.end for m, _ in self._speeches if m.start > t_start
                    and (self.text.word_before(m.start) == AND_EN or m.prefix.startswith(AND_AR))]
        said_after = {d.start for d in dates if any(d.start >= e for e in reported)}
        dates = [d for d in dates if d.start not in said_after]
        if status == "planned" and window is not None:  # "met Y on Tuesday and will then meet Z": the past one's
            dates = [d for d in dates if self._nearest_group(d) in (None, t_start)
                     or d.start >= window[0] and d.start >= t_start]  # ("بحث اليوم التحضيرات لزيارته": بحث's)
        if dates:
            distance = lambda d: min(abs(d.start - t_end), abs(t_start - d.end))  # noqa: E731
            days = [d for d in dates if d.date is not None and distance(d) <= NEAR]
            own = [d for d in days if window is not None and window[0] <= d.start < window[1]]
            days = own or days
            return self._day_by_status(min(days or dates, key=distance), status)
        if status == "occurred" and self.last_day is not None:
            return self.last_day
        if status == "occurred" and self.lead_day is not None and self._sentences <= LEAD_SENTENCES \
                and self.lead_day.start not in said_after \
                and not any(f.status == "planned" and f.date is not None and f.date.start == self.lead_day.start
                            for f in self.history):  # (not the day of a plan told: "is to travel on Wednesday")
            return self.lead_day  # a headline's contact: the day its news names later
        if status == "occurred" and self.published is not None and not self.history and self.undated \
                and self._sentences <= LEAD_SENTENCES:
            # the news of the day: the lead's contact, in an article that names no date, happened on the
            # publication day
            return DateMention(t_start, t_start, "", self.published, "day", "present")
        return None

    def _day_by_status(self, day: DateMention, status: str) -> DateMention:
        """A day and month without a year, read as the nearest to publication, moved to the year before when the
        contact is past ("the visit on April 14" in an article of December) or after when it is planned; a
        weekday, to the next one when the contact is planned and the last one when it is not."""
        age = self._age(day)
        if age is None or day.date is None or YEAR_WRITTEN.search(day.text):
            return day
        if not any(c.isdigit() for c in day.text):  # a weekday: the next one for a plan, the last one else
            if status == "planned" and timedelta(0) < age < WEEK:
                return replace(day, date=day.date + WEEK)
            if status != "planned" and -WEEK < age < timedelta(0):
                return replace(day, date=day.date - WEEK)
            return day
        if status != "planned" and self._year_guessed_ahead(day):
            year = day.date.year - 1
        elif status == "planned" and age > YEAR_MOVE_AGE:
            year = day.date.year + 1
        else:
            return day
        try:
            return replace(day, date=day.date.replace(year=year))
        except ValueError:  # 29 February
            return day

    def _age(self, day: DateMention | None) -> timedelta | None:
        """How long before publication a contact's day lies (negative: after it); None when either is unknown."""
        if day is None or day.date is None or self.published is None:
            return None
        return self.published - day.date

    def _after_publication(self, day: DateMention | None) -> bool:
        """Whether a contact's day comes after the publication date."""
        age = self._age(day)
        return age is not None and age < timedelta(0)

    def _long_before(self, day: DateMention | None) -> bool:
        """Whether a contact's day lies well before the publication date: an earlier contact, not the news."""
        age = self._age(day)
        return age is not None and age > BACKGROUND_AGE

    def _definite(self, m: Match) -> bool:
        """Whether a trigger noun is definite: "الاتصال", "the call", "جاء ذلك خلال اتصال" (a reference back)."""
        if CAME_DURING.search(self.text.text, max(0, m.start - CAME_DURING_REACH), m.start) is not None:
            return True
        if self.lang == "ar":
            return ARTICLE_AR in m.prefix or m.prefix.endswith("لل")
        before = self.text.word_before(m.start)
        if before in TALKS_ADJECTIVES_EN:  # "the expanded talks", "the bilateral meeting"
            before = self.text.word_before(self.text.text.rindex(before, 0, m.start))
        return before in DEFINITE_WORDS_EN

    def _initiator(self, frame: Frame, group: list[tuple[Match, Trigger]], cues: list[tuple[Match, str]],
                   resolved: list[Mention], mentions: list[Mention], directions: list[str]) -> Actor | None:
        """Who initiated the contact: who asked for it, who called a meeting, else whom the contact word's
        direction names (who called, wrote or travelled; the guest of a host). A visit's is its traveller, also
        when the host invited him ("يزور X الجزائر تلبية لدعوة من Y"), the asker only when no traveller is told."""
        asker = self._asker(frame, cues, mentions)
        if asker is not None and frame.type != "visit":
            return asker
        return self._unasked(frame, group, cues, resolved, directions) or asker

    def _agent_after_place(self, m: Match) -> int | None:
        """Where the agent of an English passive host verb named after where begins ("was received at the airport
        by X"); None when the verb names none so."""
        s = self.text.text
        by = PLACE_THEN_BY_EN.match(s, m.end) if self.lang != "ar" else None
        passive = by is not None and PASSIVE_BEFORE_EN.search(s, max(0, m.start - PASSIVE_REACH), m.start) is not None
        return by.end() if by is not None and passive else None

    def _unasked(self, frame: Frame, group: list[tuple[Match, Trigger]], cues: list[tuple[Match, str]],
                 resolved: list[Mention], directions: list[str]) -> Actor | None:
        """The initiator the text tells without a request: the guest of a passive host, who called a meeting,
        whom the contact word's direction names."""
        # "X was received by Y", "واستقبله Y" (received him), "وكان في استقباله Y" (Y was there to receive him): Y,
        # named after the word, hosted X
        by = next((self._agent_after_place(m) or m.end for m, t in group if t.direction == "by"
                   or t.type == "visit" and t.direction == "host"
                   and (self.text.text[m.core_start:m.end].endswith(PRONOUN_SUFFIXES_AR)
                        and (m.suffix or self.text.word_before(m.start) == IN_AR)
                        or self.lang != "ar" and (BY_AGENT.match(self.text.text, m.end) is not None
                                                  or self._agent_after_place(m)))), None)
        after = [r.actor for r in resolved if by is not None and r.start >= by and r.actor in frame.participants]
        # "وكان في استقبال X لدى وصوله Y": the one named right after the reception is its guest, then its host
        genitive = next((m for m, t in group if t.type == "visit" and t.direction == "host" and not m.suffix
                         and self.text.word_before(m.start) == IN_AR), None)
        if genitive is not None and not after:
            after = [r.actor for r in resolved if r.start >= genitive.end and r.actor in frame.participants][1:]
        host = after[0] if after else None
        guests = [a for a in frame.participants if host is not None and a.country != host.country]
        if len(guests) == 1:
            return guests[0]
        if frame.type == "meeting":  # "قمة دعا إليها الرئيس X", "X invited them to a summit": a meeting X called
            host = self._inviter(cues, resolved, frame.participants)
            if host is not None:
                return host
        return self._by_direction(frame, cues, resolved, directions,
                                  talked=any(t.type == "talk" for _, t in group))

    def _asker(self, frame: Frame, cues: list[tuple[Match, str]], mentions: list[Mention]) -> Actor | None:
        """The party who asked for the contact: "at request" after one party, "at Kim's request", "بطلب
        فرنسي", "at the request of the Iranian side", "بطلب من X"."""
        parts = frame.participants
        if len(parts) == 2 and any(c == "request_other" for _, c in cues):
            return parts[1]  # "X had a phone call with Y at request": Y asked for it
        pronoun = ASKED_BY_PRONOUN.search(self.text.text, frame.sentence.start, frame.sentence.end)
        if pronoun is not None:  # "X spoke with Y on Tuesday at her request": the last party named that fits
            named = sorted((m for m in mentions if m.actor in parts and m.end <= pronoun.start()),
                           key=attrgetter("start"), reverse=True)
            asker = next((m.actor for m in named if m.actor is not None
                          and self._gender_fits(pronoun.group(1), m.actor)), None)
            if asker is not None:
                return asker
        for found in ASKED_BY.finditer(self.text.text, frame.sentence.start, frame.sentence.end):
            # "at Kim's request", "at the Chinese side's initiative", "at the latter's request"
            which = LATTER_FORMER.search(self.text.text, frame.sentence.start, found.start())
            if which is not None:
                named = sorted((m for m in mentions if m.actor in parts and m.end <= found.start()),
                               key=attrgetter("start"))
                if named:
                    return (named[-1] if which.group(1) == "latter" else named[0]).actor
            asker = self._asker_before(found.start(), mentions, parts)
            if asker is not None:
                return asker
        for m, c in cues:
            if c != "request":
                continue
            own = not RELATIVE.search(self.text.text, frame.trigger_end, m.start)  # not "a conference which … at X's"
            word = next(iter(self.text.text[m.end:m.end + NEAR].split()), "").strip("،,.")
            words = self.text.text[m.end:m.end + NEAR].split()
            latter = words[1].strip("،,.") if len(words) > 1 and words[0] == "the" else word
            if latter in LATTER_WORDS or latter in FORMER_WORDS:  # "بناء على طلب الأخير", "… of the latter"
                named = sorted((r for r in mentions if r.actor in parts and r.end <= m.start), key=attrgetter("start"))
                if named:
                    return (named[-1] if latter in LATTER_WORDS else named[0]).actor
            nation = next((a for a in parts if own and a.country and word.lower() in self._place_words(a.country)),
                          None)
            if nation is not None:  # "بطلب فرنسي", "بدعوة مصرية", "initiated by Dakar": the party of that state asked
                return nation
            side = self._side_after(m.end, cues, parts)  # "بطلب من الجانب الإيراني", "at the Iranian side's"
            if side is not None:
                return side
            after = [r for r in mentions if r.start >= m.end]
            if after:
                first = after[0]
                if first.actor is not None and first.actor in parts:
                    return first.actor
                country = first.country
                same_side = [a for a in parts if country and a.country == country]
                if same_side:
                    return same_side[0]
        return None

    def _by_direction(self, frame: Frame, cues: list[tuple[Match, str]], resolved: list[Mention],
                      directions: list[str], talked: bool = False) -> Actor | None:
        """The initiator the contact word's direction names: the subject of an outgoing word, the other party
        of a receiving or hosting one (who comes after "from"), the traveller of a visit, a letter's sender
        (``talked``: told by a word for talking, whose "to" names no addressee: "spoke to X")."""
        parts = frame.participants
        # "during a news conference with X, Y said she was visiting …": who comes after "with" is no subject
        withs = {r.actor for r in resolved
                 if r.start < frame.trigger_start and self.text.word_before(r.start) in WITH_WORDS}
        subject = next((a for a in parts if a not in withs), parts[0])
        if self.lang != "ar" and "host" in directions:  # "…, and later President X received him": right before
            subject = next((r.actor for r in resolved if r.actor in parts
                            and 0 <= frame.trigger_start - r.end <= SUBJECT_GAP), subject)
        if frame.type == "visit":  # "told visiting Chinese Vice Premier X", "X, who is visiting": the traveller
            visiting = next((r.actor for r in resolved if r.actor in parts and self._visiting(r)), None)
            if visiting is not None:
                return visiting
            thanked = next((r.actor for r in reversed(resolved) if r.actor in parts and r.end <= frame.trigger_start
                            and THANKED_FOR_EN.fullmatch(self.text.text, r.end, frame.trigger_start)), None)
            if thanked is not None:  # "X thanked Y for visiting Accra": Y came
                return thanked
            of = VISIT_OF.match(self.text.text, frame.trigger_end) if self.lang != "ar" else None
            by = next((r.actor for r in resolved if of is not None and r.start == of.end() and r.actor in parts), None)
            if by is not None:  # "a week after a state visit by X": X came
                return by
        if "in" in directions or "host" in directions:
            # ("ومن الجانب الكيني X": "and from the Kenyan side", who attended, not whom the host received)
            source = [m for m, c in cues if c == "from" and not (self.lang == "ar" and m.prefix.startswith("و"))]
            for s in source:
                actor_after = next((r.actor for r in resolved if r.start >= s.end and r.actor in parts), None)
                if actor_after is not None and (actor_after != subject or len(parts) == 2):
                    return actor_after  # (the one "from" names, also when named before the receiver: a headline)
            others = [a for a in parts if a != subject]
            if len(others) == 1 and ("host" in directions or frame.type in ("phone_call", "message")):
                return others[0]
            # "استقبل X الضيف Y بحضور وزير خارجيته Z": the guest's side is the one of another state
            guests = [a for a in others if a.country != subject.country]
            return guests[0] if "host" in directions and len({a.country for a in guests}) == 1 else None
        if ("out" in directions or "sends" in directions) and frame.type in ("phone_call", "message", "visit"):
            return subject
        if frame.type in ("message", "phone_call") and not directions:
            return self._sender(frame, cues, resolved, talked) or self._thanked(frame, resolved) \
                or self._writer_after(frame, resolved) or self._writers(frame, resolved)
        return None

    def _thanked(self, frame: Frame, resolved: list[Mention]) -> Actor | None:
        """"X thanked Y for his message (call)", "أعرب X عن شكره لـY على رسالته": Y wrote (called)."""
        s, arabic = self.text.text, self.lang == "ar"
        for_it = THANKED_FOR_AR if arabic else THANKED_FOR_EN
        return next((r.actor for r in reversed(resolved) if r.actor in frame.participants
                     and r.end <= frame.trigger_start and for_it.fullmatch(s, r.end, frame.trigger_start)
                     and (not arabic or THANKS_AR.search(s, max(0, r.start - THANKS_REACH), r.start))), None)

    def _writers(self, frame: Frame, resolved: list[Mention]) -> Actor | None:
        """"X's letter was handed to Y": the letter's owner wrote it."""
        return next((r.actor for r in resolved if r.actor in frame.participants and r.end <= frame.trigger_start
                     and OWNED_BY.fullmatch(self.text.text, r.end, frame.trigger_start)), None) \
            if frame.type == "message" and self.lang != "ar" else None

    def _writer_after(self, frame: Frame, resolved: list[Mention]) -> Actor | None:
        """"In a letter dated May 5, X urged Y", "في رسالة …، دعا X": the subject after a letter told as the setting
        of what it says is its writer."""
        if frame.type != "message" or not IN_LETTER.search(self.text.text, max(0, frame.trigger_start - IN_REACH),
                                                          frame.trigger_start):
            return None
        after = [r for r in resolved if r.start >= frame.trigger_end and r.actor in frame.participants]
        return after[0].actor if len(after) >= 2 else None

    def _sender(self, frame: Frame, cues: list[tuple[Match, str]], resolved: list[Mention],
                talked: bool = False) -> Actor | None:
        """Who wrote or called, told by a letter's or call's own words: named right after "from" ("رسالة من X
        إلى Y", "took a call from X"), or the party not named right after "to" ("in a letter to X, Y warned")."""
        parts = frame.participants
        for s in (m for m, c in cues if c == "from" and m.start >= frame.trigger_start):
            sender = next((r for r in resolved if r.start >= s.end), None)
            if sender is not None and sender.actor in parts and sender.start - s.end <= SENDER_GAP \
                    and (frame.type == "message" or self.text.text[s.end:sender.start].strip() in ("", "the")):
                return sender.actor  # (a call's only right after "from": "في وقت سابق من اليوم" is no sender)
        for s in (m for m, c in cues if c == "to" and m.start >= frame.trigger_start) \
                if len(parts) == 2 and not talked else ():
            addressee = next((r for r in resolved if r.start >= s.end), None)
            if addressee is not None and addressee.actor in parts and addressee.start - s.end <= SENDER_GAP:
                return next(a for a in parts if a != addressee.actor)
        return None

    def _inviter(self, cues: list[tuple[Match, str]], resolved: list[Mention], parts: list[Actor]) -> Actor | None:
        """Who invited to a meeting: the party named right after an Arabic invitation verb (its subject), or
        right before an English one."""
        for m, c in cues:
            if c != "invite":
                continue
            if self.lang == "ar":
                near = next((r for r in resolved if r.start >= m.end), None)
                ok = near is not None and near.start - m.end <= INVITER_GAP
            else:
                near = next((r for r in reversed(resolved) if r.end <= m.start), None)
                ok = near is not None and m.start - near.end <= INVITER_GAP
            if ok and near is not None and near.actor in parts:
                return near.actor
        return None

    def _visiting(self, m: Mention) -> bool:
        """Whether a mention is called the visitor: "visiting X", "X, who is visiting"."""
        return self.text.word_before(m.start) in VISITING_BEFORE or VISITING_AFTER.match(self.text.text, m.end) is not None

    def _asker_before(self, pos: int, mentions: list[Mention], parts: list[Actor]) -> Actor | None:
        """The party named right before "'s request": a person, a state or its capital, or "the X side"."""
        before = next((r for r in reversed(mentions) if r.end <= pos), None)
        if before is not None and not self.text.text[before.end:pos].strip():
            if before.actor in parts:
                return before.actor
            return next((a for a in parts if before.country and a.country == before.country), None)
        words = self.text.text[max(0, pos - NEAR):pos].split()
        for a in parts:  # "at the Iranian side's initiative", "at Cairo's request"
            if a.country and words and any(w in words[-ASKER_WORDS:] for w in self._place_words(a.country)):
                return a
        return None

    def _place_words(self, code: str) -> set[str]:
        """A state's adjectives, name and capital, as single normalised words."""
        c = self.gaz.countries.get(code)
        if c is None:
            return set()
        return {norm(w).lower() for w in (*self._adjectives(code), c.name_en, c.capital_en, c.capital_ar)
                if w and " " not in w}

    def _side_after(self, pos: int, cues: list[tuple[Match, str]], parts: list[Actor]) -> Actor | None:
        """"بطلب من الجانب الإسرائيلي", "at the request of the Iranian side": the participant of the side's
        country, its adjective after the side word in Arabic, before it in English."""
        for m, c in cues:
            if c == "side" and 0 <= m.start - pos < SIDE_REACH:
                words = self.text.text[m.end:m.end + SIDE_ADJECTIVE_REACH] if self.lang == "ar" \
                    else " ".join(self.text.text[pos:m.start].split()[-1:])
                for a in parts:
                    if a.country and any(adj_matches(words, adj) for adj in self._adjectives(a.country)):
                        return a
        return None

    def _adjectives(self, code: str) -> tuple[str, ...]:
        c = self.gaz.countries.get(code)
        return (c.adjectives_ar + c.adjectives_en) if c else ()

    def _place_country(self, parts: SentenceParts, lo: int, hi: int) -> str | None:
        """The country of the place an in-person contact is said to happen in, near its trigger (not one of
        what came "since": "the first meeting since a government was formed in Pakistan")."""
        return next((p.country for p in parts.places
                     if lo <= p.start < min(hi, lo + PLACE_REACH) and self._said_place(p, parts)
                     and SINCE_WORD.search(self.text.text, lo, p.start) is None), None)

    def _place_before(self, parts: SentenceParts, lo: int, t_start: int) -> str | None:
        """The country of a place told in the clause before its contact word ("X was in Accra for talks with Y",
        "In Accra, X met Y"), the last one when several are."""
        before = [p for p in parts.places if lo <= p.start < t_start and self._said_place(p, parts)]
        return before[-1].country if before else None

    def _said_place(self, place: Place, parts: SentenceParts) -> bool:
        """Whether a place is told as where something happens ("in Accra", "بالقاهرة"), not as a state that
        starts a person's title ("spoke to US President X")."""
        return (self._after_place_word(place.start, parts.sentence.start) or place.marked) \
            and not _titled(place, parts.mentions) and not self._matter_place(place)

    def _discussed_place(self, place: Place) -> bool:
        """Whether a place is what a trip will discuss ("سيناقش خلال الزيارة الوضع في أوكرانيا", "will discuss the
        situation in Syria"), not where it goes (but "يوفد X لمتابعة التطورات في لبنان": sent there)."""
        return self._matter_place(place) and DISCUSS_BEFORE.search(
            self.text.text, max(0, place.start - DISCUSS_REACH), place.start) is not None

    def _matter_place(self, place: Place) -> bool:
        """Whether a place only says what is talked about ("الأوضاع السياسية في العراق", "the situation in
        Sudan")."""
        return self._matter_before(place.start)

    def _matter_before(self, pos: int) -> bool:
        """Whether what is talked about stands right before ``pos`` ("الوضع في", "the situation in")."""
        return MATTER_BEFORE_PLACE.search(self.text.text, max(0, pos - MATTER_REACH), pos) is not None

    def _after_place_word(self, pos: int, lo: int) -> bool:
        """Whether a place word ("in", "في") stands just before ``pos``, or a few words before it with only a
        description between ("في العاصمة التركية أنقرة", "in the Turkish capital, Ankara"), in the sentence that
        starts at ``lo``."""
        starts, ends = self.text.words
        i = bisect.bisect_right(ends, pos) - 1
        # "in the western Ukrainian city of Lviv", "in the Black Sea resort of Sochi": a longer description
        reach = PLACE_DESCRIPTION_WORDS + (CITY_OF_WORDS if CITY_OF_BEFORE_EN.search(
            self.text.text, max(0, pos - CITY_OF_REACH), pos) else 0)
        for k in range(i, max(bisect.bisect_left(starts, lo) - 1, i - reach - 1), -1):
            word = self.text.text[starts[k]:ends[k]]
            if word in PLACE_WORDS and not self.text.text.endswith("-", 0, starts[k]):  # (not "Moon Jae-in")
                return True
            if ends[k] <= pos and any(m.start <= starts[k] < m.end for m in self._unplaced):
                return False  # "to meet US President X": a contact word between, not a description of the place
        return False

    def _destination(self, parts: SentenceParts) -> str | None:
        """Where a visit word of the sentence goes ("who is on a state visit to China"), not an earlier visit's
        ("… نتائج زيارة X الأخيرة إلى الأردن", "his last visit to Jordan")."""
        earlier = [cm for cm, c in parts.cues if c in ("background", "background_after")]
        for m, t in parts.triggers:
            if t.type == "visit" and not any(-EARLIER_REACH <= cm.start - m.end <= EARLIER_REACH for cm in earlier):
                where = self._place_country(parts, m.start, m.end + 40)
                if where is not None:
                    return where
        return None

    def _travelled_to(self, parts: SentenceParts, lo: int, t_start: int) -> str | None:
        """The state a party travels to before the contact word ("will travel to Pyongyang for talks with")."""
        s = self.text.text
        return next((p.country for p in parts.places if lo <= p.start < t_start
                     and TRAVEL_TO.search(s, max(0, p.start - TRAVEL_REACH), p.start) is not None), None)

    def _visit_by_place(self, frame: Frame, parts: SentenceParts, lo: int, hi: int, hosted: bool,
                        travelled_to: str | None = None) -> None:
        """An in-person contact held in one party's country is that party's hosting of the other; a guest
        received (``hosted``) in a country of neither party is met there, not visited."""
        if frame.type not in ("meeting", "visit") or frame.summit or frame.type == "meeting" and frame.multilateral \
                and len({a.country for a in frame.participants}) != 2:
            return
        countries = {a.country for a in frame.participants}
        if frame.type == "visit" and hosted and None not in countries:
            abroad = self._place_country(parts, frame.trigger_start, hi)
            if abroad is not None and abroad not in countries:  # "received X at his residence in New York"
                frame.type, frame.initiator = "meeting", None
                return
        if any(c == "sidelines" for _, c in parts.cues):
            return  # "على هامش", "on the sidelines of": a third place
        where = self._place_country(parts, frame.trigger_start, hi) or self._destination(parts) or travelled_to \
            or self._place_country(parts, self._parties_end(parts, frame.trigger_end), hi) \
            or self._place_before(parts, lo, frame.trigger_start) \
            or (self.dateline if frame.type == "meeting" and frame.status == "occurred"
                and frame.sentence.start >= self.dateline_at and not self._away else None)  # "AMMAN — …"
        if where is None:
            return
        hosts = [a for a in frame.participants if a.country == where]
        guests = [a for a in frame.participants if a.country and a.country != where]
        if hosts and guests and len({a.country for a in guests}) == 1:
            frame.type = "visit"
            frame.initiator = guests[0]
        elif frame.hub is not None and hosts == [frame.hub] and len(guests) == len(frame.participants) - 1:
            # "X met A, B and C at the Carthage Palace": each guest, separately, visited X
            frame.type, frame.initiator, frame.partners_initiate = "visit", None, True


@lru_cache(maxsize=4096)
def offices_held(gaz: Gazetteer, name: str, on: date | None) -> frozenset[str]:
    """The office codes of the gazetteer person of that name on ``on`` (any they ever held when None), found once
    for the articles of a day."""
    pid = ids_by_name(gaz).get(name)
    return frozenset() if pid is None else frozenset(r.role for r in gaz.roles_of(pid, on))


def _titled(place: Place, mentions: list[Mention]) -> bool:
    """Whether a place's name starts a person's title ("spoke to US President X"): a state named, not a place."""
    return any(m.start == place.start and m.end > place.end and m.kind in PERSONS for m in mentions)


def _without_senders(frame: Frame, senders: set[Actor], told: list[Frame]) -> Frame | None:
    """An in-person contact of a sentence whose message someone else carried, without its sender ("سلم X رسالة من
    Z إلى Y خلال استقباله له": Z is no party to the audience); None when no two parties remain or the carrier's
    audience already tells it."""
    if contact_mode(frame.type) != "in_person" or senders.isdisjoint(frame.participants):
        return frame
    rest = [a for a in frame.participants if a not in senders]
    if len(rest) < 2 or any(contact_mode(f.type) == "in_person" and set(rest) <= set(f.participants) for f in told):
        return None
    return replace(frame, participants=rest, initiator=frame.initiator if frame.initiator in rest else None)


def _visited_states(trip: Frame) -> set[str | None]:
    """The states a trip's traveller (its initiator) went to: those of its other parties."""
    return {a.country for a in trip.participants if a != trip.initiator}


def _one_gathering(alone: list[Frame | None]) -> None:
    """A list someone met ("X met A and B") that a gathering of the sentence holds all of ("… in a trilateral
    meeting", "في اجتماع ثلاثي") is that gathering, not a meeting with each."""
    for i, frame in enumerate(alone):
        if frame is None or frame.hub is None:
            continue
        for k, other in enumerate(alone):
            if other is None or other is frame or not other.summit:
                continue
            if set(frame.participants) <= set(other.participants):
                alone[i] = None
            elif set(other.participants) <= set(frame.participants):  # (the gathering told without the subject)
                alone[i] = replace(frame, hub=None, multilateral=True)
                alone[k] = None
            else:
                continue
            break


def _same_status_day(frame: Frame, other: Frame) -> DateMention | None:
    """The day of ``other`` when it has the status of ``frame``, else none."""
    return other.date if other.status == frame.status else None


def _met_on_trip(trip: Frame, met: list[Actor], hosted: bool, status: str, day: DateMention | None,
                 words: tuple[int, int], hub: Actor | None, multilateral: bool) -> Frame:
    """The contact of a trip's traveller with whom he met on it, told by the contact ``words`` (their span): a
    visit of his when they are of the state he went to (``hosted``), else a meeting there."""
    traveller = trip.initiator
    assert traveller is not None
    return replace(trip, participants=[traveller, *met], type="visit" if hosted else "meeting",
                   initiator=traveller if hosted else None, status=status, date=day, trigger_start=words[0],
                   trigger_end=words[1], hub=hub, multilateral=multilateral, anaphoric=False, borrowed=False)


def _announced_day(day: DateMention) -> bool:
    """Whether a day is named as news names one announced: today or a weekday with no "last", "next" nor date."""
    return day.precision == "day" and day.tense in ANNOUNCED_TENSES and not any(c.isdigit() for c in day.text)


def _two_sides(people: list[Actor]) -> list[Actor]:
    """The last two of ``people`` when they are of two sides, else none."""
    last = people[-2:]
    return last if len(last) == 2 and last[0].country != last[1].country else []


def _distance(word: Match, group: list[tuple[Match, Trigger]]) -> int:
    """Characters between a word and the nearest end of a group of contact words."""
    return min(abs(word.start - group[-1][0].end), abs(group[0][0].start - word.end))


def _told_before(alone: list[Frame | None], gi: int) -> int | None:
    """The index of the last frame a group before group ``gi`` of a sentence told, None when none did."""
    return next((k for k in range(gi - 1, -1, -1) if alone[k] is not None), None)


def contact_mode(ctype: str) -> str:
    """"remote" for calls, messages and talks (a call unless placed), "in_person" for meetings, visits, summits."""
    return "remote" if ctype in ("phone_call", "message", "talk") else "in_person"


def adj_matches(tail: str, adjective: str) -> bool:
    first = tail.split()[:2]
    a = norm(adjective)
    return any(w.strip("،,.") == a for w in first)


def for_taking_part(m: Match, text: str) -> bool:
    """Whether a word of taking part says what someone comes for: "to attend", "للمشاركة"."""
    return PURPOSE_PREFIX in m.prefix or text[max(0, m.start - len(PURPOSE_EN)):m.start] == PURPOSE_EN


def _purpose_at(cues: list[tuple[Match, str]], after: int) -> int | None:
    """Where the first "purpose" cue at or after ``after`` begins ("to discuss …", "بعد …"); None when none."""
    return min((cm.start for cm, c in cues if c == "purpose" and cm.start >= after), default=None)


def _without_words(parts: SentenceParts, dropped: list[Match]) -> SentenceParts:
    """The sentence with the contact words ``dropped`` left out (itself when there are none)."""
    return replace(parts, triggers=[(m, t) for m, t in parts.triggers if m not in dropped]) if dropped else parts


def _narrowed(parts: SentenceParts, direction: str, kept: list[Match]) -> SentenceParts:
    """The sentence with the contact words of a narrow ``direction`` ("with", "on") left out but those ``kept``."""
    triggers = [(m, t) for m, t in parts.triggers if t.direction != direction or m in kept]
    return parts if len(triggers) == len(parts.triggers) else replace(parts, triggers=triggers)


def _two_sided(part: list[Mention], people: list[Mention]) -> list[Mention]:
    """``part`` of a contact's people when it names two sides (states), else all ``people``."""
    return part if len({m.country for m in part if m.country}) >= 2 else people


def _travel_verbs(group: list[tuple[Match, Trigger]]) -> bool:
    """Whether a group's visit words are all verbs of travelling out ("arrived in", "visited")."""
    travel = [t for _, t in group if t.type == "visit"]
    return bool(travel) and all(t.form == "verb" and t.direction == "out" for t in travel)


def _distinct(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        if a.name not in seen:
            seen.add(a.name)
            out.append(a)
    return out


def _hub_side(actors: list[Actor], resolved: list[Mention], t_start: int, multilateral: bool,
              joins: list[int]) -> list[Actor]:
    """The one subject of a contact with a list of others after its word ("X received A, B and C",
    "X met A and B, each separately"), then those of its state at its side ("X, accompanied by his minister Y,
    received A and B", "… in the presence of his minister Y"): a star around that side, not a meeting of all.
    None when two or more subjects meet as one ("A and B met", "A met B, joined by C" of a third state) or
    a gathering (a summit, talks "between" several). ``joins``: where "joined by", "بحضور" and the like are."""
    if multilateral or len(actors) <= 2:
        return []
    if len({a.country for a in actors[1:]}) == 1 and actors[1].country not in (None, actors[0].country):
        return []  # "X received the foreign minister of Y and Y's envoy": one delegation, one meeting
    before = _distinct([m.actor for m in resolved if m.actor is not None and m.start < t_start])
    subject = None
    if before and before[0] in actors and (len(before) == 1 or joins and _one_state(before)):
        subject = before[0]
    elif not before and actors[0].kind == "person":
        subject = actors[0]  # no subject before the word ("received in his office A, B and C")
    if subject is None or not joins:
        return [subject] if subject is not None else []
    joined = [[m.actor for m in resolved if m.actor in actors and m.actor != subject
               and j < m.start and (m.start < t_start or j > t_start)] for j in joins]
    company = [a for a in actors if a != subject and a.country == subject.country]
    if not all(joined) or not _one_state([subject, *(a for people in joined for a in people)]) \
            or len(company) + 1 == len(actors):  # ("took part in a meeting that brought together A and B")
        return []
    return [subject, *company]


def _one_state(actors: list[Actor]) -> bool:
    """Whether all ``actors`` are of one known state."""
    return actors[0].country is not None and all(a.country == actors[0].country for a in actors)


def _without_named_groups(mentions: list[Mention]) -> list[Mention]:
    """A group ("Iranian officials") takes part only when nobody of its side is named."""
    named = {c for m in mentions if m.kind in PERSONS and m.actor is not None for c in (m.country, m.actor.country)}
    return [m for m in mentions if m.kind != "group" or m.country not in named]

