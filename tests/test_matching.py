"""Normalisation with offsets, sentence splitting, and clitic-aware phrase matching."""
from __future__ import annotations

import pytest

from graph.extract.sentences import split_sentences
from graph.gazetteer.matcher import gazetteer_matcher
from graph.matching import PhraseMatcher
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


def test_longest_match_wins() -> None:
    m = PhraseMatcher()
    m.add("رئيس", "head")
    m.add("رئيس الوزراء", "pm")
    assert [x.payloads for x in m.find(normalize("رئيس الوزراء"))] == [("pm",)]


def test_sentences_split_on_stops_and_newlines_not_abbreviations() -> None:
    text = norm("Mr. Blinken met U.S. officials. He left.\nوقال بوتين؟ نعم")
    spans = [text[s.start:s.end] for s in split_sentences(text)]
    assert spans == ["mr. blinken met u.s. officials.", "he left.", "وقال بوتين؟", "نعم"]
