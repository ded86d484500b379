"""A load stopped by force (killed, power cut) leaves nothing behind for good: the next writer cleans up."""
from __future__ import annotations

import logging
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph.store import open_store
from graph.store.synthetic import example_contacts

ROOT = Path(__file__).resolve().parent.parent
# a load whose bulk-loading step waits after reading part of its quads, so that it can be killed there
KILLABLE_LOAD = """
import sys, time
from pyoxigraph import Store
from graph.store import open_store
from graph.store.synthetic import synthetic_contacts
def waiting(self, input=None, path=None, **kwargs):
    (open(path, "rb") if path else input).read(10_000)
    print("bulk-loading", flush=True)
    time.sleep(600)
Store.bulk_load = waiting
with open_store(sys.argv[1]) as store:
    store.load(synthetic_contacts(300, people=20))
"""


def test_a_killed_load_leaves_nothing_after_the_next_open(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "s"
    with open_store(path) as store:
        store.load(example_contacts())
        before = store.contacts()
    child = subprocess.Popen([sys.executable, "-c", KILLABLE_LOAD, str(path)], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "bulk-loading"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    (path / "bulk-1234567890.sst").write_bytes(b"\0" * 4096)  # as Oxigraph's bulk loader leaves them
    (path / ".dipgraph-load-x").mkdir()  # as earlier versions, which spooled a load's quads, left them
    with open_store(path, read_only=True) as reader:  # readers neither clean nor mind
        assert len(reader.contacts()) == len(before)
    with caplog.at_level(logging.WARNING, logger="graph.store.backend"):
        with open_store(path) as store:
            assert [c.to_json() for c in store.contacts()] == [c.to_json() for c in before]
    assert not list(path.glob(".dipgraph-load-*")) and not list(path.glob("bulk-*.sst"))
    assert "removed 2 leftover(s)" in caplog.text and "stopped before it finished" in caplog.text
    assert not list(tmp_path.glob(".dipgraph-load-*"))  # nothing beside the store either
