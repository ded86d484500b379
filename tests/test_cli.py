"""The command line end to end: run, extract, load, query on the bundled sample, and its documentation."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import build_parser, main
from graph.resources import data_file
from graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = Path(str(data_file("samples")))


@pytest.fixture(scope="module")
def run_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run")
    assert main(["run", str(SAMPLES), "--out", str(out)]) == 0
    return out


def test_run_writes_facts_store_and_view(run_out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = [json.loads(line) for line in (run_out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {f["type"] for f in facts} == {"phone_call", "visit", "meeting"}
    assert all(f["article_id"] == "seed-000" and f["published"] == "2017-11-21" for f in facts)
    assert (run_out / "store").is_dir()
    page = (run_out / "graph.html").read_text(encoding="utf-8")
    assert "Vladimir Putin" in page
    assert not re.search(r"""<(script|link)[^>]+(src|href)=["']?https?:""", page)


def test_run_draws_the_latest_contacts_and_counts_them_all(run_out: Path, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from test_view import payload_of

    out = tmp_path / "few"
    capsys.readouterr()
    assert main(["run", str(SAMPLES), "--out", str(out), "--view-contacts", "2"]) == 0
    printed = capsys.readouterr().out
    with open_store(run_out / "store", read_only=True) as store:
        every = store.contacts()
    drawn = payload_of(out / "graph.html")
    assert f"1 article, {len(every)} contacts" in printed and f"the latest 2 of {len(every)} contacts" in printed
    assert len(drawn["contacts"]) == 2 and drawn["built"] == [f"the latest 2 of {len(every)} contacts"]
    latest_days = sorted(row[0] for row in payload_of(run_out / "graph.html")["contacts"] if row[0] is not None)[-2:]
    assert sorted(row[0] for row in drawn["contacts"]) == latest_days
    assert main(["view", "--store", str(run_out / "store"), "--latest", "3", "-o", str(tmp_path / "v.html")]) == 0
    assert payload_of(tmp_path / "v.html")["built"] == [f"the latest 3 of {len(every)} contacts"]
    assert main(["run", str(SAMPLES), "--out", str(tmp_path / "bad"), "--view-contacts", "-1"]) == 2
    assert "--view-contacts must be 0 (all) or more" in capsys.readouterr().err


def test_query_answers_who_putin_phoned(run_out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    status = main(["query", "--store", str(run_out / "store"), "--saved", "contacts_of_person",
                   "--param", "person=Putin", "--param", "type=phone_call", "--format", "json"])
    assert status == 0
    answer = json.loads(capsys.readouterr().out)
    text = json.dumps(answer, ensure_ascii=False)
    for name in ("Abdel Fattah el-Sisi", "Benjamin Netanyahu", "Donald Trump", "Salman bin Abdulaziz"):
        assert name in text
    assert "Bashar al-Assad" not in text


def test_loading_the_same_facts_twice_adds_nothing(run_out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["load", str(run_out / "facts.jsonl"), "--store", str(run_out / "store")]) == 0
    assert "0 added" in capsys.readouterr().err


def test_extract_to_stdout_and_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(data_file("samples", "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(json.dumps(record, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    status = main(["extract", str(bad)])
    out, err = capsys.readouterr()
    assert status == 1
    assert len(out.splitlines()) == 6
    assert f"{bad}:2" in err


def test_extract_published_option_sets_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(data_file("samples", "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    article = tmp_path / "seed.txt"
    article.write_text(record["text"], encoding="utf-8")
    assert main(["extract", str(article)]) == 0
    undated = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert undated and all(f["date"] is None for f in undated)
    assert main(["extract", str(article), "--published", "2017-11-21"]) == 0
    dated = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {f["date"] for f in dated} >= {"2017-11-21", "2017-11-22"}


def test_query_refuses_updates(run_out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["query", "--store", str(run_out / "store"), "DELETE WHERE { ?s ?p ?o }"])
    assert status == 2
    assert "not a read query" in capsys.readouterr().err


def test_every_command_has_help_with_an_example_and_is_in_the_readme() -> None:
    parser = build_parser()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, command in sub.choices.items():
        assert command.description or command.format_help()
        assert "example" in command.format_help().lower(), name
        assert f"dipgraph {name}" in readme, name


def test_python_dash_m_graph_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "graph", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0 and "extract" in done.stdout


def test_run_refuses_a_folder_with_results_unless_appending(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["run", str(SAMPLES), "--out", str(out)]) == 0
    facts_before = (out / "facts.jsonl").read_text(encoding="utf-8")
    capsys.readouterr()
    assert main(["run", str(SAMPLES), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "is not empty" in err and "--append" in err
    assert (out / "facts.jsonl").read_text(encoding="utf-8") == facts_before

    record = json.loads(data_file("samples", "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps(record | {"id": "seed-copy", "text": record["text"] + " "}, ensure_ascii=False),
                     encoding="utf-8")
    assert main(["run", str(other), "--out", str(out), "--append"]) == 0
    printed = capsys.readouterr().out
    facts = [json.loads(line) for line in (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()]
    with open_store(out / "store", read_only=True) as store:
        stored = store.contacts()
    sources = {s["article_id"] for c in stored for s in c.extra["sources"]}
    assert {f["article_id"] for f in facts} == sources == {"seed-000", "seed-copy"}
    assert f"2 articles, {len(stored)} contacts" in printed
    assert "seed-copy" in (out / "graph.html").read_text(encoding="utf-8")


def test_run_in_small_batches_gives_the_facts_and_store_of_one_batch(run_out: Path, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from pyoxigraph import RdfFormat, serialize

    from graph.cli import run

    monkeypatch.setattr(run, "LOAD_BATCH", 2)
    out = tmp_path / "batched"
    assert main(["run", str(SAMPLES), "--out", str(out), "--workers", "1"]) == 0
    assert "added to the store" in capsys.readouterr().out
    assert (out / "facts.jsonl").read_bytes() == (run_out / "facts.jsonl").read_bytes()
    quads = []
    for folder in (out, run_out):
        with open_store(folder / "store", read_only=True) as store:
            quads.append(sorted(serialize(store.backend.store, format=RdfFormat.N_QUADS).splitlines()))  # type: ignore[attr-defined]
    assert len(quads[0]) > 100 and quads[0] == quads[1]
