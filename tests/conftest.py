"""Shared test settings and fixtures: the hypothesis profiles, one headless Chromium for the browser tests,
a page opened in it, and SPARQL servers (`oxigraph serve`, Virtuoso) on loopback ports.

Hypothesis: ``default`` keeps property tests to a few seconds each in the suite; ``fuzz``
(``--hypothesis-profile=fuzz``, run by CI on the ingest readers) tries many more inputs. Browser tests are
skipped when Chromium is absent, unless ``DIPGRAPH_REQUIRE_BROWSER=1`` (as in CI): then they fail.
Virtuoso tests likewise skip without Debian's ``virtuoso-opensource``, and fail instead with
``DIPGRAPH_REQUIRE_VIRTUOSO=1``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from graph.store.virtuoso import VirtuosoServer, free_port, virtuoso_available
from graph.view.browser import READY, chromium_path, open_browser

settings.register_profile("default", max_examples=60, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("fuzz", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.load_profile("default")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole run."""
    if chromium_path() is None:
        reason = "Chromium not found at /usr/bin/chromium or $DIPGRAPH_CHROMIUM"
        if os.environ.get("DIPGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail(reason + " (DIPGRAPH_REQUIRE_BROWSER=1)")
        pytest.skip(reason)
    with open_browser() as opened:
        yield opened


class OxigraphServer:
    """`oxigraph serve` on a folder and a free loopback port; ``endpoint`` is its query URL."""

    START_TIMEOUT = 10.0  # seconds for the server to answer

    def __init__(self, location: Path) -> None:
        self.location = location
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/query"

    @property
    def graph_store(self) -> str:
        return f"http://127.0.0.1:{self.port}/store"

    def start(self) -> OxigraphServer:
        self.port = free_port()
        self.process = subprocess.Popen(["oxigraph", "serve", "--location", str(self.location),
                                         "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + self.START_TIMEOUT
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.endpoint}?query=ASK%7B%7D", timeout=1)
                return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        pytest.fail("oxigraph serve did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def kill(self) -> None:
        """Stop the server at once, as a crash would."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def start_oxigraph(location: Path) -> OxigraphServer:
    """A started `oxigraph serve`, or the test skipped when the command is absent."""
    if shutil.which("oxigraph") is None:
        pytest.skip("the `oxigraph` command is absent (pip install oxigraph)")
    return OxigraphServer(location).start()


@pytest.fixture(scope="module")
def oxigraph_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The query URL of an `oxigraph serve` of the module's own."""
    server = start_oxigraph(tmp_path_factory.mktemp("oxigraph"))
    yield server.endpoint
    server.stop()


def start_virtuoso(folder: Path) -> VirtuosoServer:
    """A started Virtuoso server on a database in ``folder``; the test is skipped when Virtuoso is absent,
    or fails when ``DIPGRAPH_REQUIRE_VIRTUOSO=1``."""
    if not virtuoso_available():
        reason = "Virtuoso (virtuoso-t, isql-vt) not found: apt-get install virtuoso-opensource"
        if os.environ.get("DIPGRAPH_REQUIRE_VIRTUOSO") == "1":
            pytest.fail(reason + " (DIPGRAPH_REQUIRE_VIRTUOSO=1)")
        pytest.skip(reason)
    return VirtuosoServer(folder).start()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    """A Virtuoso server of the module's own, stopped after its tests (its folder then removed by pytest)."""
    server = start_virtuoso(tmp_path_factory.mktemp("virtuoso"))
    yield server
    server.stop()


class Opened:
    """A page opened at a file:// URL, with every request, console error and page error recorded."""

    def __init__(self, browser: Any, path: Path, timeout_ms: int = 20_000, hash_: str = "") -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on(
            "console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None
        )
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(path.resolve().as_uri() + hash_)
        self.page.wait_for_function(READY, timeout=timeout_ms)

    def check_clean(self) -> None:
        assert [u for u in self.requests if not u.startswith(("file:", "data:"))] == []
        assert self.errors == []
        assert self.page.evaluate("window.__xss") is None

    def details(self) -> str:
        return self.page.inner_text("#details")

    def state(self) -> dict:
        return self.page.evaluate("({...dg.state})")

    def counts(self) -> dict:
        return self.page.evaluate("({people: dg.shown.people, pairs: dg.shown.pairs, contacts: dg.shown.contacts})")

    def point(self, key: str, other: str | None = None) -> tuple[float, float]:
        """Where a person (or the line of a pair) is on the screen."""
        at = self.page.evaluate("([a, b]) => dg.network.screenPoint(a, b === null ? undefined : b)", [key, other])
        assert at is not None, f"{key} {other} not drawn"
        return at[0], at[1]


