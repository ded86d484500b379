"""Extraction over worker processes and Dask clusters gives the facts and problems of one process."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import fsspec
import pytest

from graph.cli import main
from graph.model import Article
from graph.parallel import ExtractionPlan, extract_parallel, partitions
from graph.resources import data_file

distributed = pytest.importorskip("distributed")

SENTENCES = {
    "en": ["Russian President Vladimir Putin held a phone call with Turkish President Recep Tayyip Erdogan on "
           "{day} to discuss Syria.",
           "French President Emmanuel Macron met Israeli Prime Minister Benjamin Netanyahu in Paris on {day}."],
    "ar": ["أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان يوم {day}."],
}
DAYS = {"en": ["Monday", "Tuesday", "Wednesday"], "ar": ["الاثنين", "الثلاثاء", "الأربعاء"]}
RECORDS = 30
WORKERS = 2
STARTUP = 60  # seconds a Dask scheduler or worker process may take to start


def records() -> list[dict[str, str]]:
    """Articles in both languages on successive days, each stating one contact or more."""
    out = []
    for i in range(RECORDS):
        lang = "ar" if i % 3 == 2 else "en"
        sentences = SENTENCES[lang]
        text = " ".join(s.format(day=DAYS[lang][i % 3]) for s in sentences[: 1 + i % len(sentences)])
        published = date(2017, 11, 1) + timedelta(days=i)
        out.append({"id": f"art-{i:03d}", "lang": lang, "published": published.isoformat(), "text": f"{text} ({i})"})
    return out


def write_inputs(folder: Path) -> Path:
    """A folder of inputs in name order: records in a .jsonl with a bad line, a gzipped .jsonl, the sample."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = [json.dumps(r, ensure_ascii=False) for r in records()]
    (folder / "a-news.jsonl").write_text("\n".join(rows[:20] + ["{not json"] + rows[20:25]) + "\n", encoding="utf-8")
    (folder / "b-more.jsonl.gz").write_bytes(gzip.compress(("\n".join(rows[25:]) + "\n").encode()))
    shutil.copy(data_file("samples", "seed.jsonl"), folder / "c-seed.jsonl")
    return folder


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_inputs(tmp_path_factory.mktemp("parallel") / "news")


def extract_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """Run ``dipgraph extract`` here; its exit status and standard error."""
    capsys.readouterr()
    status = main(["extract", *argv])
    return status, capsys.readouterr().err


@pytest.fixture(scope="module")
def one_process(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str]:
    """The facts and the report of extracting ``inputs`` in one process (run as a command)."""
    out = tmp_path_factory.mktemp("one") / "facts.jsonl"
    done = subprocess.run([sys.executable, "-m", "graph", "extract", str(inputs), "-o", str(out), "--workers", "1"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr  # the bad line
    facts = out.read_bytes()
    assert facts.count(b"\n") > RECORDS
    return facts, done.stderr


def test_partitions_keep_the_order_and_their_limits() -> None:
    articles = [Article(id=str(i), text="x" * (10 if i != 4 else 100)) for i in range(9)]
    parts = list(partitions(articles, size=3, chars=60))
    assert [[a.id for a in p] for p in parts] == [["0", "1", "2"], ["3", "4"], ["5", "6", "7"], ["8"]]


def test_worker_processes_write_the_facts_and_problems_of_one_process(
        inputs: Path, one_process: tuple[bytes, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "facts.jsonl"
    status, err = extract_cli(capsys, str(inputs), "-o", str(out), "--workers", str(WORKERS), "--partition-size", "3")
    assert status == 1
    assert out.read_bytes() == one_process[0]
    assert err == one_process[1]
    assert f"{inputs / 'a-news.jsonl'}:21" in err  # the bad line, named with its file and line


def test_run_on_worker_processes_writes_and_loads_the_facts_of_one_process(
        inputs: Path, one_process: tuple[bytes, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--workers", str(WORKERS),
                 "--partition-size", "4"]) == 1
    assert (tmp_path / "out" / "facts.jsonl").read_bytes() == one_process[0]
    contacts = one_process[0].count(b"\n")
    assert f"{contacts} contacts found" in capsys.readouterr().out


def test_a_worker_process_that_dies_has_its_articles_extracted_again(inputs: Path, one_process: tuple[bytes, str]
                                                                      ) -> None:
    from graph.ingest import read_articles

    killed: list[int] = []

    def articles() -> Iterator[Article]:
        for n, article in enumerate(read_articles([inputs]), 1):
            if n == RECORDS // 2 and not killed:  # the pool is busy by now: kill one of its processes
                import multiprocessing

                child = multiprocessing.active_children()[0]
                assert child.pid is not None
                os.kill(child.pid, signal.SIGKILL)
                killed.append(child.pid)
            yield article

    facts = [json.dumps(c.to_json(), ensure_ascii=False) + "\n"
             for c in extract_parallel(articles(), ExtractionPlan(workers=WORKERS, partition=2))]
    assert killed
    assert "".join(facts).encode() == one_process[0]


def test_inputs_and_output_named_by_url(inputs: Path, one_process: tuple[bytes, str],
                                        capsys: pytest.CaptureFixture[str]) -> None:
    memory = fsspec.filesystem("memory")
    memory.put(str(inputs), "/parallel-news", recursive=True)
    try:
        status, _ = extract_cli(capsys, "memory://parallel-news", "-o", "memory://parallel-out/facts.jsonl",
                                "--workers", str(WORKERS), "--partition-size", "4")
        assert status == 1
        assert memory.cat("/parallel-out/facts.jsonl") == one_process[0]
        status, err = extract_cli(capsys, "memory://parallel-news/*.jsonl*", f"file://{inputs}/c-seed.jsonl",
                                  "-o", "memory://parallel-out/glob.jsonl", "--workers", "1")
        assert "memory:///parallel-news/a-news.jsonl:21" in err
        seed = b"".join(line for line in one_process[0].splitlines(keepends=True) if b'"seed-' in line)
        assert memory.cat("/parallel-out/glob.jsonl") == one_process[0].replace(seed, b"") + seed
        status, err = extract_cli(capsys, "memory://parallel-nothing/*.jsonl")
        assert status == 2 and "memory://parallel-nothing/*.jsonl: no such file or folder" in err
    finally:
        memory.rm("/parallel-news", recursive=True)
        memory.rm("/parallel-out", recursive=True)


def test_local_glob_patterns_are_expanded(inputs: Path, one_process: tuple[bytes, str], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "facts.jsonl"
    status, _ = extract_cli(capsys, str(inputs / "[ab]-*"), str(inputs / "c-*.jsonl"), "-o", str(out))
    assert status == 1
    assert out.read_bytes() == one_process[0]


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    with distributed.LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local


def test_a_dask_cluster_writes_the_facts_and_problems_of_one_process(
        inputs: Path, one_process: tuple[bytes, str], cluster: distributed.LocalCluster, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "facts.jsonl"
    status, err = extract_cli(capsys, str(inputs), "-o", str(out), "--scheduler", cluster.scheduler_address,
                              "--partition-size", "3")
    assert status == 1
    assert out.read_bytes() == one_process[0]
    assert err == one_process[1]


def test_run_on_a_dask_cluster_loads_the_facts_of_one_process(
        inputs: Path, one_process: tuple[bytes, str], cluster: distributed.LocalCluster, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(inputs), "--out", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address,
                 "--partition-size", "5"]) == 1
    assert (tmp_path / "out" / "facts.jsonl").read_bytes() == one_process[0]
    assert "added to the store" in capsys.readouterr().out


def test_a_dask_worker_that_dies_has_its_articles_extracted_again(
        inputs: Path, one_process: tuple[bytes, str], cluster: distributed.LocalCluster) -> None:
    from graph.ingest import read_articles

    with distributed.Client(cluster) as client:
        pids = client.run(os.getpid)
    killed: list[int] = []

    def articles() -> Iterator[Article]:
        for n, article in enumerate(read_articles([inputs]), 1):
            if n == RECORDS // 2 and not killed:
                pid = sorted(pids.values())[0]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            yield article

    plan = ExtractionPlan(scheduler=cluster.scheduler_address, partition=2)
    facts = [json.dumps(c.to_json(), ensure_ascii=False) + "\n" for c in extract_parallel(articles(), plan)]
    assert killed
    assert "".join(facts).encode() == one_process[0]


def test_an_unreachable_scheduler_is_a_clear_error(inputs: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("graph.parallel.CONNECT_TIMEOUT", 1)
    status, err = extract_cli(capsys, str(inputs), "--scheduler", f"tcp://127.0.0.1:{free_port()}")
    assert status == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:" in err


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_dask_scheduler_and_worker_processes(inputs: Path, one_process: tuple[bytes, str], tmp_path: Path) -> None:
    """``dask scheduler`` and ``dask worker`` started as commands, and ``dipgraph extract --scheduler`` too."""
    address = f"tcp://127.0.0.1:{free_port()}"
    dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or "dask"
    scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                  "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    worker = subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "2", "--no-dashboard",
                               "--host", "127.0.0.1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with distributed.Client(address, timeout=STARTUP) as client:
            client.wait_for_workers(1, timeout=STARTUP)
        out = tmp_path / "facts.jsonl"
        done = subprocess.run([sys.executable, "-m", "graph", "extract", str(inputs), "-o", str(out),
                               "--scheduler", address, "--partition-size", "4"],
                              capture_output=True, text=True, check=False, timeout=STARTUP * 2)
        assert done.returncode == 1, done.stderr
        assert out.read_bytes() == one_process[0]
        assert done.stderr == one_process[1]
    finally:
        for process in (worker, scheduler):
            process.terminate()
        for process in (worker, scheduler):
            try:
                process.wait(timeout=STARTUP / 2)
            except subprocess.TimeoutExpired:
                process.kill()


def test_an_article_the_extractor_fails_on_is_named_and_the_others_still_read(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    import graph.extract as extraction
    from graph.parallel import extract_partition

    real = extraction.extract

    def failing(article: Article) -> list:
        if article.id == "bad":
            raise KeyError("feb.")
        return real(article)

    monkeypatch.setattr(extraction, "extract", failing)
    text = SENTENCES["en"][0].format(day="Monday")
    articles = [Article(id=i, text=text, lang="en", published=date(2024, 3, 6), source=f"{i}.txt")
                for i in ("first", "bad", "last")]
    contacts = extract_partition(articles)
    assert [c.article_id for c in contacts] == ["first", "last"]
    assert "bad.txt" in caplog.text and "KeyError" in caplog.text
