"""Reading articles: formats, encodings, dates, languages, identity, errors, and the CLI helpers."""
from __future__ import annotations

import argparse
import codecs
import doctest
import gzip
import importlib
import json
from datetime import date
from pathlib import Path

import pytest

from graph.cli import inputs
from graph.errors import DipgraphError, InputError
from graph.ingest import IngestOptions, IngestReport, read_articles
from graph.ingest.dates import date_in_name, parse_date
from graph.ingest.decode import detect_encoding
from graph.ingest.language import detect_language, language_code
from graph.ingest.text import split_title

DATA = Path(__file__).parent / "data" / "ingest"
MIXED = DATA / "mixed"
ARABIC = "استقبل وزير الخارجية نظيره في العاصمة وبحث الجانبان العلاقات الثنائية."
ENGLISH = "The foreign minister received a call from his counterpart and they discussed the talks."


def read(*paths: Path | str, **options: object) -> tuple[list, IngestReport]:
    report = IngestReport()
    return list(read_articles(paths, IngestOptions(**options), report)), report  # type: ignore[arg-type]


def one(path: Path, **options: object):
    articles, report = read(path, **options)
    assert len(articles) == 1, report.problems
    return articles[0]


# --- the mixed folder, end to end ---------------------------------------------------------------

def test_mixed_folder_end_to_end():
    articles, report = read(MIXED)
    by_name = {Path(a.source).name: a for a in articles}
    assert [a.source.removeprefix(str(MIXED) + "/") for a in articles] == [
        "ar-cp1256-20171121.txt", "en-bom.txt", "en-utf16.txt", "news-please.json", "page.html",
        "records.jsonl:1", "records.jsonl:4", "records.jsonl:6", "sheet.csv:2", "sub/archive.jsonl.gz:1"]
    assert report.read == 10 and report.duplicates == 1
    assert report.skipped == {"bad record": 2, "undecodable": 1, "not an input file type": 1}
    assert report.other_language == {"fr": 1}
    assert report.failed
    assert [str(w) for w in report.warnings] == [
        f"{MIXED}/records.jsonl:6: unreadable date 'next week' (expected YYYY-MM-DD, optionally with a time, "
        "or a day, month name and year); the article is kept without this publication date"]
    assert by_name["records.jsonl:6"].published is None
    assert [str(p) for p in report.problems] == [
        f"{MIXED}/records.jsonl:2: not valid JSON: Invalid control character at (column 35)",
        f"{MIXED}/sheet.csv:3: the article text is empty",
        f"{MIXED}/sub/undecodable.txt: cannot tell the text encoding (not UTF-8 or UTF-16, and no Arabic "
        "or Western encoding fits); pass --encoding NAME",
    ]
    assert by_name["ar-cp1256-20171121.txt"].lang == "ar"
    assert by_name["en-utf16.txt"].lang == "en"
    assert "Hidden" not in " ".join(a.text for a in articles)


def test_rereading_gives_the_same_ids():
    first, _ = read(MIXED)
    again, _ = read(MIXED)
    assert [a.id for a in first] == [a.id for a in again]
    assert len({a.id for a in first}) == len(first)


def test_summary_lines():
    _, report = read(MIXED)
    assert report.summary().splitlines() == [
        "read 10 articles, 1 duplicate skipped",
        "skipped 4: bad record 2, not an input file type 1, undecodable 1",
        "1 warning (articles kept)",
        "skipped 1 article in other languages (fr 1); --lang forces a language",
    ]


# --- encodings ------------------------------------------------------------------------------------

def test_windows_1256_arabic_is_detected_and_title_split():
    article = one(MIXED / "ar-cp1256-20171121.txt")
    assert article.title == "وزير الخارجية الأردني يستقبل نظيره العماني"
    assert article.text.startswith("استقبل وزير الخارجية الأردني")
    assert (article.published, article.date_source) == (date(2017, 11, 21), "filename")


@pytest.mark.parametrize("encoded", [
    ARABIC.encode("utf-8"), codecs.BOM_UTF8 + ARABIC.encode("utf-8"), ARABIC.encode("utf-16"),
    ARABIC.encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]), ARABIC.encode("cp1256"),
    ARABIC.encode("utf-32"),
])
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoded: bytes):
    path = tmp_path / "a.txt"
    path.write_bytes(encoded)
    assert one(path).text == ARABIC


def test_encoding_option_is_obeyed_and_a_wrong_one_is_reported(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    assert one(path, encoding="cp1256").text == ARABIC
    articles, report = read(path, encoding="utf-8")
    assert articles == [] and report.skipped == {"undecodable": 1}
    assert "not valid utf-8" in str(report.problems[0]) and "--encoding" in str(report.problems[0])


def test_utf8_option_skips_a_byte_order_mark(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + ENGLISH.encode("utf-8"))
    assert one(path, encoding="utf-8").text == ENGLISH


@pytest.mark.parametrize("head, expected", [
    (b"plain ascii", "utf-8"), ("café".encode(), "utf-8"), (codecs.BOM_UTF16_LE + b"a\x00", "utf-16"),
    (b"\x00\x01\x02binary", None),
])
def test_detect_encoding(head: bytes, expected: str | None):
    assert detect_encoding(head) == expected


def test_utf8_cut_in_the_middle_of_a_character_is_still_utf8():
    assert detect_encoding("é".encode() * 3 + "é".encode()[:1], complete=False) == "utf-8"


# --- formats --------------------------------------------------------------------------------------

def test_news_please_record():
    article = one(MIXED / "news-please.json")
    assert article.title == "اتصال هاتفي بين رئيسي البلدين"
    assert article.text.startswith("تلقى الرئيس التونسي")
    assert article.url == "https://news.example.org/2020/05/31/call"
    assert (article.published, article.date_source, article.lang) == (date(2020, 6, 1), "record", "ar")


def test_html_page_metadata_beats_the_date_in_its_canonical_url():
    article = one(MIXED / "page.html")
    assert article.url == "https://news.example.org/politics/2019/03/04/minister-visit"
    assert (article.published, article.date_source) == (date(2019, 3, 5), "html")
    assert article.title and article.title.startswith("وزير الخارجية الأردني")
    assert "وبحث الجانبان العلاقات الثنائية" in article.text
    assert "جميع الحقوق محفوظة" not in article.text  # boilerplate left out


def test_windows_1256_html_page_gzipped(tmp_path: Path):
    page = (MIXED / "page.html").read_text(encoding="utf-8")
    page = page.replace('charset="utf-8"', 'charset="windows-1256"')
    with gzip.open(tmp_path / "page.htm.gz", "wb") as stream:
        stream.write(page.encode("cp1256"))
    assert one(tmp_path / "page.htm.gz").text == one(MIXED / "page.html").text


def test_html_without_text_is_a_problem(tmp_path: Path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    articles, report = read(path)
    assert articles == [] and "no article text" in str(report.problems[0])


def test_json_list_records_are_numbered(tmp_path: Path):
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"text": ENGLISH, "id": 7}, {"title": "no text"}, "x"]), encoding="utf-8")
    articles, report = read(path)
    assert [a.id for a in articles] == ["7"] and articles[0].source == f"{path}[1]"
    assert [str(p) for p in report.problems] == [
        f"{path}[2]: no text field (looked for text, maintext, body, content, article; found title); "
        "name it with --text-column",
        f"{path}[3]: expected a JSON object, found str",
    ]


def test_broken_json_file_names_the_line(tmp_path: Path):
    path = tmp_path / "bad.json"
    path.write_text('{\n"text": "a",\n}', encoding="utf-8")
    _, report = read(path)
    assert report.problems[0].line == 3 and report.skipped == {"bad record": 1}


def test_csv_columns_chosen_by_options():
    article = one(DATA / "options" / "custom-columns.tsv", text_column="Story", date_column="When",
                  id_column="Key", url_column="Link")
    assert (article.id, article.published, article.url) == ("k-1", date(2022, 5, 2), "https://example.org/k1")


def test_csv_without_a_text_column_says_how_to_choose_one():
    articles, report = read(DATA / "options" / "custom-columns.tsv")
    assert articles == []
    assert str(report.problems[0]).endswith("found Key, Story, When, Link); name it with --text-column")


def test_gzip_of_each_whole_file_format(tmp_path: Path):
    for name in ("a.txt.gz", "b.json.gz"):
        content = ENGLISH + name if name.endswith("txt.gz") else json.dumps({"text": ENGLISH + name})
        with gzip.open(tmp_path / name, "wt", encoding="utf-8") as stream:
            stream.write(content)
    (tmp_path / "broken.txt.gz").write_bytes(b"not gzip at all")
    articles, report = read(tmp_path)
    assert [a.text for a in articles] == [ENGLISH + "a.txt.gz", ENGLISH + "b.json.gz"]
    assert "broken.txt.gz: cannot be read" in str(report.problems[0])


@pytest.mark.parametrize("content, title, text", [
    ("Headline\n\nBody text.", "Headline", "Body text."),
    ("Headline\r\n\r\nBody text.", "Headline", "Body text."),
    ("One sentence.\n\nAnother.", None, "One sentence.\n\nAnother."),
    ("Line one\nline two", None, "Line one\nline two"),
    ("Only a line", None, "Only a line"),
])
def test_split_title(content: str, title: str | None, text: str):
    assert split_title(content.replace("\r\n", "\n")) == (title, text)


# --- dates, languages, identity -------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    ("2017-11-21", date(2017, 11, 21)), ("2017-11-21T23:30:00-05:00", date(2017, 11, 21)),
    ("2017-11-21 10:00:00", date(2017, 11, 21)), ("20171121", date(2017, 11, 21)),
    ("21 November 2017", date(2017, 11, 21)), ("Tue, 21 Nov 2017 10:00:00 +0000", date(2017, 11, 21)),
    ("الثلاثاء 21 تشرين الثاني 2017 - 18:03", date(2017, 11, 21)), ("٢١ نونبر ٢٠١٧", date(2017, 11, 21)),
    ("mardi 21 novembre 2017", date(2017, 11, 21)), ("November 21st, 2017 at 6 pm", date(2017, 11, 21)),
    ("", None), (None, None),
])
def test_parse_date(value: str | None, expected: date | None):
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["next week", "2017-13-01", "21/11/2017", "November 2017", "yesterday"])
def test_parse_date_rejects(value: str):
    with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
        parse_date(value)


@pytest.mark.parametrize("name, expected", [
    ("https://x.org/news/2017/11/21/story", date(2017, 11, 21)), ("story-20171121.html", date(2017, 11, 21)),
    ("2017-11-21_call.txt", date(2017, 11, 21)), ("id-1234567890.txt", None), ("2017-02-30.txt", None),
])
def test_date_in_name(name: str, expected: date | None):
    assert date_in_name(name) == expected


def test_date_precedence(tmp_path: Path):
    path = tmp_path / "news-20010101.jsonl"
    records = [{"id": "with-date", "text": "A " + ENGLISH, "published": "2005-05-05", "url": "https://x/2003/03/03/a"},
               {"id": "no-date", "text": "B " + ENGLISH, "url": "https://x/2003/03/03/b"}]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    articles, _ = read(path)
    assert [(a.published, a.date_source) for a in articles] == [
        (date(2005, 5, 5), "record"), (date(2001, 1, 1), "filename")]
    forced, _ = read(path, published=date(2017, 11, 21))
    assert {(a.published, a.date_source) for a in forced} == {(date(2017, 11, 21), "cli")}
    (tmp_path / "news-20010101.jsonl").rename(tmp_path / "news.jsonl")
    by_url, _ = read(tmp_path / "news.jsonl")
    assert [(a.published, a.date_source) for a in by_url] == [
        (date(2005, 5, 5), "record"), (date(2003, 3, 3), "url")]


def test_cli_date_means_a_bad_record_date_is_not_read(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": ENGLISH, "published": "soon"}), encoding="utf-8")
    articles, report = read(path, published=date(2020, 1, 2))
    assert len(articles) == 1 and not report.failed


@pytest.mark.parametrize("text, expected", [
    (ARABIC, "ar"), (ENGLISH, "en"), ("Putin Sisi Netanyahu", "en"), ("12 345", None),
    ("Le ministre a reçu son homologue pour des entretiens sur la sécurité et la coopération.", "fr"),
    ("Der Minister hat mit seinem Amtskollegen telefoniert und die Lage besprochen.", "de"),
])
def test_detect_language(text: str, expected: str | None):
    assert detect_language(text) == expected


def test_language_from_record_and_forced(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    rows = [(ENGLISH, "en-GB"), ("Un texte. " + ENGLISH, "fr"), (ARABIC, None)]
    path.write_text("\n".join(json.dumps({"text": t, "lang": lang}) for t, lang in rows), encoding="utf-8")
    articles, report = read(path)
    assert [a.lang for a in articles] == ["en", "ar"] and report.other_language == {"fr": 1}
    assert not report.failed
    forced, _ = read(path, lang="en")
    assert [a.lang for a in forced] == ["en", "en", "en"]
    assert language_code("AR_sa") == "ar"


def test_ids_from_url_else_text_and_duplicate_ids(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    rows = [{"text": "one " + ENGLISH, "url": "https://x/1"}, {"text": "two " + ENGLISH},
            {"text": "three " + ENGLISH, "id": "dup"}, {"text": "four " + ENGLISH, "id": "dup"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    articles, report = read(path)
    assert [a.id[:2] for a in articles[:2]] == ["a-", "a-"] and articles[0].id != articles[1].id
    moved = tmp_path / "b.jsonl"
    moved.write_text(json.dumps({"text": "other text", "url": "https://x/1"}), encoding="utf-8")
    assert one(moved).id == articles[0].id  # the URL decides
    assert "id 'dup' was already given" in str(report.problems[0])


# --- inputs and the command line ------------------------------------------------------------------

def test_missing_input_is_an_error_naming_it(tmp_path: Path):
    with pytest.raises(InputError, match="nope.txt: no such file or folder"):
        read(tmp_path / "nope.txt")


def test_named_file_of_unknown_type_is_a_problem(tmp_path: Path):
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF")
    _, report = read(path)
    assert report.skipped == {"unknown file type": 1}
    assert "a.pdf: unknown file type; expected .csv" in str(report.problems[0])


def test_unknown_encoding_option_fails_before_reading():
    with pytest.raises(DipgraphError, match="unknown encoding 'klingon'"):
        read(MIXED, encoding="klingon")


@pytest.mark.parametrize("module", ["dates", "identity", "language", "text"])
def test_docstring_examples(module: str):
    assert doctest.testmod(importlib.import_module(f"graph.ingest.{module}")).failed == 0


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    inputs.add_arguments(parser)
    return parser.parse_args(argv)


def test_cli_options_reach_the_reader():
    args = parse(str(DATA / "options"), "--text-column", "Story", "--published", "2020-02-02", "--lang", "en",
                 "--encoding", "UTF8")
    articles, report = inputs.read(args)
    article = next(articles)
    assert (article.published, article.date_source, article.lang) == (date(2020, 2, 2), "cli", "en")
    assert args.encoding == "utf-8"


@pytest.mark.parametrize("argv", [["x", "--published", "21/11/2017"], ["x", "--encoding", "klingon"],
                                  ["x", "--lang", "fr"], []])
def test_cli_rejects_bad_options(argv: list[str]):
    with pytest.raises(SystemExit):
        parse(*argv)


def test_cli_read_fails_at_once_on_a_missing_input(tmp_path: Path):
    with pytest.raises(InputError):
        inputs.read(parse(str(tmp_path / "missing")))


def test_report_problems_prints_and_returns_the_status(capsys: pytest.CaptureFixture[str]):
    articles, report = inputs.read(parse(str(MIXED)))
    list(articles)
    assert inputs.report_problems(report) == 1
    err = capsys.readouterr().err
    assert "records.jsonl:2: not valid JSON" in err and err.rstrip().endswith("--lang forces a language")
    clean = IngestReport(read=2)
    assert inputs.report_problems(clean) == 0


def test_function_words_are_data() -> None:
    from graph.ingest.language import function_words
    words = function_words()
    assert {"en", "fr", "de"} <= set(words) and "the" in words["en"] and "der" in words["de"]
    assert not hasattr(importlib.import_module("graph.ingest.language"), "FUNCTION_WORDS")
