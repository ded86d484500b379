"""Inputs that used to stop or hang a run: corrupt gzip, pipes among the files, digits-only dates, and
standard input as an input."""
from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from graph.cli import main
from graph.ingest import IngestOptions, IngestReport, read_articles
from graph.resources import data_file

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = "The foreign minister received a call from his counterpart and they discussed the talks."
SEED = data_file("samples", "seed.jsonl").read_text(encoding="utf-8")
WAIT = 60  # seconds a subprocess may take before it counts as hanging


def _corrupt_gzip() -> bytes:
    """A gzip header followed by junk: gzip opens it, zlib fails in the middle of it."""
    good = gzip.compress(("x" * 5000).encode())
    return good[:10] + bytes(range(256)) * 4 + good[-8:]


def _read(*paths: Path | str, **options: object) -> tuple[list, IngestReport]:
    report = IngestReport()
    return list(read_articles(paths, IngestOptions(**options), report)), report  # type: ignore[arg-type]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "b.jsonl.gz").write_bytes(_corrupt_gzip())
    (folder / "c-seed.jsonl").write_text(SEED, encoding="utf-8")
    return folder


# 5. A corrupt .gz is one named, skipped file

def test_corrupt_gzip_is_skipped_and_later_inputs_are_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    articles, report = _read(folder)
    assert [a.source.rsplit("/", 1)[1] for a in articles] == ["a.txt", "c-seed.jsonl:1"]
    assert len(report.problems) == 1
    assert str(report.problems[0]).startswith(f"{folder}/b.jsonl.gz: cannot be read: corrupt gzip data (Error -3")


def test_extract_and_run_finish_despite_a_corrupt_gzip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _folder(tmp_path)
    assert main(["extract", str(folder), "-o", str(tmp_path / "facts.jsonl")]) == 1
    facts = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(facts) == 6 and all(json.loads(f)["article_id"] == "seed-000" for f in facts)
    assert "b.jsonl.gz: cannot be read: corrupt gzip data" in capsys.readouterr().err
    assert main(["run", str(folder), "--out", str(tmp_path / "out")]) == 1
    assert {p.name for p in (tmp_path / "out").iterdir()} == {"facts.jsonl", "store", "graph.html"}
    assert "Vladimir Putin" in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")


# 6. Pipes, sockets and devices are skipped with a message

def test_a_fifo_among_the_inputs_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ENGLISH, encoding="utf-8")
    os.mkfifo(folder / "b.jsonl")
    os.mkfifo(tmp_path / "named.txt")
    probe = ("import sys; from graph.ingest import IngestReport, read_articles; r = IngestReport(); "
             "print(len(list(read_articles(sys.argv[1:], report=r)))); print(*r.problems, sep='\\n')")
    done = subprocess.run([sys.executable, "-c", probe, str(folder), str(tmp_path / "named.txt")], cwd=ROOT,
                          capture_output=True, text=True, timeout=WAIT)
    assert done.returncode == 0, done.stderr
    count, *problems = done.stdout.splitlines()
    assert count == "1"
    assert problems == [f"{path}: not a regular file (a pipe, socket or device), skipped; to read a stream, send it "
                        f"to standard input and name the input -" for path in (folder / "b.jsonl",
                                                                                 tmp_path / "named.txt")]


# 7. A date written in digits only: the article is kept, undated, with a warning

def test_digits_only_date_keeps_the_article_with_a_warning(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(SEED.splitlines()[0]) | {"published": "03/04/2017"}
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    articles, report = _read(path)
    assert len(articles) == 1 and articles[0].published is None and not report.failed
    assert [str(w) for w in report.warnings] == [
        f"{path}:1: unreadable date '03/04/2017' (expected YYYY-MM-DD, optionally with a time, or a day, month "
        "name and year); the article is kept without this publication date"]
    assert main(["extract", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() and "warning: " in err and "03/04/2017" in err
    dated = tmp_path / "news-2017-11-21.jsonl"  # a date in the file name still applies
    path.rename(dated)
    assert _read(dated)[0][0].published == date(2017, 11, 21)


# 10. `-` reads standard input

@pytest.mark.parametrize(("content", "args"), [
    (SEED.encode(), []),
    (gzip.compress(SEED.encode()), []),
    (json.loads(SEED.splitlines()[0])["text"].encode(), ["--published", "2017-11-21"]),
    (json.dumps([json.loads(SEED.splitlines()[0])], indent=1).encode(), []),
])
def test_dash_reads_standard_input(content: bytes, args: list[str], monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(content)))
    assert main(["extract", "-", *args]) == 0
    facts = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(facts) == 6 and {f["date"] for f in facts} >= {"2017-11-21"}


def test_standard_input_through_a_pipe_with_its_type_named() -> None:
    table = "headline,body\nTalks,The foreign minister received a call from his counterpart.\n"
    done = subprocess.run([sys.executable, "-m", "graph", "extract", "-", "--stdin-type", "csv", "--text-column",
                           "body"], input=table.encode(), cwd=ROOT, capture_output=True, timeout=WAIT)
    assert done.returncode == 0, done.stderr.decode()
    assert "read 1 article" in done.stderr.decode()
