"""Property-based tests (hypothesis) of invariants the pipeline promises, whatever the input.

- normalisation: every span of the normalised copy maps back into the original text;
- extraction: a contact that occurred is never dated after its article's publication;
- the store: loading, removing an article and loading it again leaves the graph as it was;
- ingest: any bytes in a file of any input type give articles or named problems, never a traceback
  (CI runs this one with ``--hypothesis-profile=fuzz``, a short fuzz of the readers).
"""
from __future__ import annotations

import gzip
import json
import tempfile
from datetime import date
from itertools import islice
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyoxigraph import Quad

from graph.errors import InputError
from graph.extract import extract
from graph.ingest import IngestOptions, IngestReport, read_articles
from graph.model import Article
from graph.resources import data_file
from graph.export import store_quads
from graph.store import ContactStore, open_store
from graph.store.synthetic import synthetic_contacts
from graph.text import _fold, normalize

# --- normalisation ----------------------------------------------------------------------------------------

TRICKY = list("ابتثجحخدرسشصطعفقكلمنهوي أإآٱىةؤئیک") + [
    "\u064b", "\u064e", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640", "\u200c", "\u200f", "\u00ad",  # dropped
    "٣", "۴", "«", "»", "“", "–", "\u00a0",  # mapped
    "A", "É", "ß", "ﬁ", "İ", "ǅ", "Ω", "ŉ", "\u0301", "😀", "𝔸", " ", "\n", ".", "-"]  # folded into 0, 1 or 2
TEXTS = st.text(alphabet=st.sampled_from(TRICKY), max_size=120) | st.text(max_size=60)


@given(text=TEXTS, data=st.data())
def test_normalised_spans_map_back_into_the_original(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    assert len(n.offsets) == len(n.text)
    assert list(n.offsets) == sorted(n.offsets) and all(0 <= o < len(text) for o in n.offsets)
    for i, origin in enumerate(n.offsets):  # each copy character comes from folding the original one
        assert n.text[i] in _fold(text[origin])
    start = data.draw(st.integers(0, len(n.text)))
    end = data.draw(st.integers(start, len(n.text)))
    a, b = n.span(start, end)
    assert 0 <= a <= b <= len(text)
    if start < end:
        assert text[a:b] and n.text[start:end] in normalize(text[a:b]).text


# --- dates of contacts ------------------------------------------------------------------------------------

PEOPLE = ["Vladimir Putin", "Abdel Fattah el-Sisi", "Recep Tayyip Erdogan", "Emmanuel Macron", "Angela Merkel"]
VERBS = ["phoned", "held a phone call with", "met", "received a call from", "met with"]
WHEN = ["", " on Monday", " on Tuesday", " on Wednesday evening", " yesterday", " today", " tomorrow",
        " on Friday", " last week", " on Sunday night", " on November 21", " on 3 March", " earlier this month",
        " on the 5th", " last Thursday", " next Monday", " this morning", " on Saturday"]
WHEN_AR = ["", " اليوم", " أمس", " غدا", " يوم الاثنين", " يوم الثلاثاء", " مساء الأربعاء", " الخميس الماضي",
           " الأسبوع الماضي", " في 21 نوفمبر", " يوم السبت المقبل"]
PEOPLE_AR = ["الرئيس الروسي فلاديمير بوتين", "الرئيس المصري عبد الفتاح السيسي", "الرئيس التركي رجب طيب أردوغان"]


@st.composite
def articles(draw: st.DrawFn, lang: str) -> Article:
    published = draw(st.dates(date(2016, 6, 1), date(2019, 12, 31)))
    if lang == "en":
        a, b = draw(st.lists(st.sampled_from(PEOPLE), min_size=2, max_size=2, unique=True))
        sentences = [f"{a} {draw(st.sampled_from(VERBS))} {b}{draw(st.sampled_from(WHEN))}."
                     for _ in range(draw(st.integers(1, 3)))]
        return Article(id="p", text=" ".join(sentences), lang="en", published=published)
    a, b = draw(st.lists(st.sampled_from(PEOPLE_AR), min_size=2, max_size=2, unique=True))
    verb = draw(st.sampled_from(["تلقى اتصالا هاتفيا من", "التقى", "استقبل", "بحث هاتفيا مع"]))
    sentences = [f"{verb.split()[0]} {a} {' '.join(verb.split()[1:])} {b}{draw(st.sampled_from(WHEN_AR))}."
                 for _ in range(draw(st.integers(1, 3)))]
    return Article(id="p", text=" ".join(sentences), lang="ar", published=published)


def _never_after_publication(article: Article) -> None:
    assert article.published is not None
    for contact in extract(article):
        if contact.status == "occurred" and contact.date:
            assert date.fromisoformat(contact.date) <= article.published, (contact.date_text, contact.evidence.text)


@given(article=st.sampled_from(["en", "ar"]).flatmap(articles))
def test_occurred_contacts_are_never_dated_after_publication(article: Article) -> None:
    _never_after_publication(article)


# --- the store: load, remove, load -----------------------------------------------------------------------

POOL = list(islice(synthetic_contacts(60, people=10, articles_per=4, seed=7), 60))


def _state(store: ContactStore) -> tuple[set[Quad], list[dict]]:
    return set(store_quads(store)), [c.to_json() for c in store.contacts()]


@settings(max_examples=8)
@given(chosen=st.lists(st.integers(0, len(POOL) - 1), min_size=2, max_size=30, unique=True), data=st.data())
def test_load_remove_load_leaves_the_store_as_it_was(chosen: list[int], data: st.DataObject) -> None:
    contacts = [POOL[i] for i in sorted(chosen)]
    article = data.draw(st.sampled_from(sorted({c.article_id for c in contacts})))
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "s") as store:
        store.load(contacts)
        before = _state(store)
        store.remove_article(article)
        store.load(c for c in contacts if c.article_id == article)
        assert _state(store) == before


# --- ingest: any bytes ------------------------------------------------------------------------------------

SUFFIXES = [".txt", ".jsonl", ".json", ".csv", ".tsv", ".html"]
SEEDS = [data_file("samples", "seed.jsonl").read_bytes(), b'{"text": "A text", "published": "2017-11-21"}\n',
         b"text,published\n\"A text\",2017-11-21\n", b"<html><body><p>A text.</p></body></html>",
         json.dumps([{"text": "A text"}]).encode(), "نص عربي".encode("cp1256"), "Text".encode("utf-16")]


@st.composite
def contents(draw: st.DrawFn) -> bytes:
    """Random bytes, or a valid input of some type with bytes flipped, cut, inserted or repeated."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=600))
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["flip", "cut", "insert", "truncate"]))
        if action == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[at:at + draw(st.integers(1, 40))]
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20))
        else:
            del data[at:]
    return bytes(data)


def _packed(content: bytes, packing: str, damage: int) -> bytes:
    """``content`` as is, gzipped, or gzipped with one byte of its compressed body changed."""
    if packing == "plain":
        return content
    packed = bytearray(gzip.compress(content))
    if packing == "damaged-gz" and len(packed) > 18:
        packed[10 + damage % (len(packed) - 18)] ^= 0xFF  # between the 10-byte header and the 8-byte trailer
    return bytes(packed)


@given(content=contents(), suffix=st.sampled_from(SUFFIXES), packing=st.sampled_from(["plain", "gzip", "damaged-gz"]),
       damage=st.integers(0, 1 << 16))
def test_any_bytes_give_articles_or_named_problems(content: bytes, suffix: str, packing: str, damage: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        if packing != "plain":
            path = path.with_name(path.name + ".gz")
        content = _packed(content, packing, damage)
        path.write_bytes(content)
        report = IngestReport()
        articles = list(read_articles([path], IngestOptions(), report))
        assert articles or report.problems or report.other_language  # never silence
        for problem in report.problems:
            assert isinstance(problem, InputError) and problem.source.startswith(str(path)), problem
        assert all(a.text.strip() for a in articles)


def test_empty_inputs_are_named() -> None:
    """An input without a single record is a problem, not silence."""
    with tempfile.TemporaryDirectory() as tmp:
        for name in ("empty.jsonl", "blank.jsonl", "empty.csv", "empty.json", "list.json", "empty.txt.gz"):
            path = Path(tmp) / name
            raw = {"blank.jsonl": b"\n\n", "list.json": b"[]", "empty.txt.gz": gzip.compress(b"")}.get(name, b"")
            path.write_bytes(raw)
            report = IngestReport()
            assert not list(read_articles([path], IngestOptions(), report))
            assert [p.source for p in report.problems] == [str(path)], name
