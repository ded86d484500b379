"""Normalisation with offsets, sentence splitting, and clitic-aware phrase matching."""
from __future__ import annotations

import re

import pytest

from graph.extract.sentences import split_sentences
from graph.gazetteer.matcher import gazetteer_matcher
from graph.matching import FEW_KEYS, MatcherGroup, PhraseMatcher
from graph.text import norm, normalize


def test_normalize_maps_back_to_original_offsets() -> None:
    text = "قال الرئيسُ الأمريكيّ ـ ترامب ٢٠١٧ Erdoğan"
    n = normalize(text)
    assert "الرييس الامريكي" in n.text and "2017" in n.text and "erdogan" in n.text
    start = n.text.index("الامريكي")
    a, b = n.span(start, start + len("الامريكي"))
    assert text[a:b] == "الأمريكيّ"
    a, b = n.span(n.text.index("erdogan"), len(n.text))
    assert text[a:b] == "Erdoğan"


@pytest.mark.parametrize("written", ["السيسى", "السيسي", "السِّيسي"])
def test_norm_unifies_spellings(written: str) -> None:
    assert norm(written) == norm("السيسي")


@pytest.mark.parametrize("text, person", [
    ("وبوتين", "vladimir-putin"), ("لبوتين", "vladimir-putin"), ("بالسيسي", "abdel-fattah-el-sisi"),
    ("والسيسى", "abdel-fattah-el-sisi"), ("للسيسي", "abdel-fattah-el-sisi"), ("نتانياهو", "benjamin-netanyahu"),
    ("ترمب", "donald-trump"), ("وإردوغان", "recep-tayyip-erdogan"), ("Erdogan's", "recep-tayyip-erdogan"),
])
def test_names_match_with_clitics_and_variants(text: str, person: str) -> None:
    found = gazetteer_matcher().find(normalize(f"التقى {text} أمس"))
    assert any(("person", person) in m.payloads for m in found), text


def test_words_inside_other_words_do_not_match() -> None:
    m = PhraseMatcher()
    m.add("زار", "visit", verb=True)
    m.add("Key", "key", cased=True)
    assert m.find(normalize("وزارة الخارجية ووزارات الدولة")) == []
    assert m.find(normalize("a key issue")) == []
    assert len(m.find(normalize("Prime Minister Key"))) == 1


def test_stems_take_suffixes_and_the_future_prefix_only_on_verbs() -> None:
    m = PhraseMatcher()
    m.add("مكالمة", "call", stem=True)
    m.add("لم", "not")
    m.add("يلتقي", "meet", verb=True)
    found = m.find(normalize("مكالمتهما وسلم سيلتقي"))
    assert [x.payloads for x in found] == [("call",), ("meet",)]
    assert found[1].prefix == "س"


def test_only_long_verbs_take_him_as_their_object() -> None:
    m = PhraseMatcher()
    m.add("استقبل", "host", verb=True)
    m.add("زار", "visit", verb=True)
    found = m.find(normalize("واستقبله الرئيس في الوزارة"))  # "وزارة" is no "زار" + "him"
    assert [(x.payloads, x.suffix) for x in found] == [(("host",), "ه")]


def test_verbs_take_no_article() -> None:
    m = PhraseMatcher()
    m.add("بحث", "discuss", verb=True)
    found = m.find(normalize("وبحث الوزير نتائج البحث وبالبحث"))
    assert [(x.payloads, x.prefix) for x in found] == [(("discuss",), "و")]


def test_longest_match_wins() -> None:
    m = PhraseMatcher()
    m.add("رئيس", "head")
    m.add("رئيس الوزراء", "pm")
    assert [x.payloads for x in m.find(normalize("رئيس الوزراء"))] == [("pm",)]


def test_sentences_split_on_stops_and_newlines_not_abbreviations() -> None:
    text = norm("Mr. Blinken met U.S. officials. He left.\nوقال بوتين؟ نعم")
    spans = [text[s.start:s.end] for s in split_sentences(text)]
    assert spans == ["mr. blinken met u.s. officials.", "he left.", "وقال بوتين؟", "نعم"]


def test_few_entries_match_as_an_automaton_does() -> None:
    text = normalize("وللرئيس الروسي بوتين، فالتقى Putin in Moscow مكالمتهما سيلتقي")
    entries = [("الرئيس", "head", {}), ("الرئيس الروسي", "pm", {}), ("بوتين", "putin", {}),
               ("Putin", "putin", {"cased": True}), ("in", "in", {}), ("مكالمة", "call", {"stem": True}),
               ("يلتقي", "meet", {"verb": True}), ("التقى", "met", {})]
    few, many = PhraseMatcher(), PhraseMatcher()
    for phrase, payload, flags in entries:
        few.add(phrase, payload, **flags)
        many.add(phrase, payload, **flags)
    for n in range(FEW_KEYS):
        many.add(f"filler{n}", "filler")
    assert few.find(text) == many.find(text)
    assert [m.payloads for m in few.find(text)] == [("pm",), ("putin",), ("met",), ("putin",), ("in",), ("call",),
                                                    ("meet",)]


@pytest.mark.parametrize("text", ["Erdoğan met ﬁve ministers ½ ⅓ 😀", "وقال الرئيسُ ـ ﻻ ﷺ \u200fالسلام", ""])
def test_normalize_keeps_offsets_whatever_the_characters(text: str) -> None:
    n = normalize(text)
    assert n.text == norm(text) and len(n.offsets) == len(n.text)
    assert all(n.text[i] in norm(text[o]) for i, o in enumerate(n.offsets))


def test_words_and_word_mask_agree_with_the_regex_word() -> None:
    text = "Al-Sisi's visit, 2017; وزار\u200cة 😀x_y 𠀀z"
    n = normalize(text)
    words = [(w.start(), w.end()) for w in re.finditer(r"\w+", n.text)]
    assert list(zip(*n.words, strict=True)) == words
    assert n.word_mask == "\0" + "".join(c if re.match(r"\w", c) else "\0" for c in n.text) + "\0"


def test_keys_with_punctuation_match_only_as_written() -> None:
    m = PhraseMatcher()
    m.add("U.S.", "usa")
    m.add("al-Sisi", "sisi")
    found = m.find(normalize("the U.S. and al-Sisi, not U S or al Sisi or al,sisi"))
    assert [x.payloads for x in found] == [("usa",), ("sisi",)]


def test_a_group_finds_what_each_of_its_matchers_finds() -> None:
    text = normalize("وللرئيس الروسي بوتين، فالتقى Putin in Moscow مكالمتهما سيلتقي الرئيس")
    first, second, third = PhraseMatcher(), PhraseMatcher(), PhraseMatcher()
    first.extend([("الرئيس", "head"), ("بوتين", "putin"), ("in", "in")])
    second.add("الرئيس الروسي", "pm")
    second.add("مكالمة", "call", stem=True)
    second.add("الرئيس", "other head")
    third.add("يلتقي", "meet", verb=True)
    third.add("Putin", "putin", cased=True)
    assert MatcherGroup(first, second, third).find(text) == [first.find(text), second.find(text), third.find(text)]


def test_overlapping_matches_leave_the_longest() -> None:
    m = PhraseMatcher()
    m.extend([("a b", "ab"), ("b c d", "bcd"), ("d e", "de"), ("e f g h", "efgh"), ("h", "h"), ("x y", "xy")])
    found = m.find(normalize("a b c d e f g h x y"))
    assert [x.payloads for x in found] == [("bcd",), ("efgh",), ("xy",)]
