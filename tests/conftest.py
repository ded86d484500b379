"""Shared test settings and fixtures: the hypothesis profiles, one headless Chromium for the browser tests,
and a page opened in it.

Hypothesis: ``default`` keeps property tests to a few seconds each in the suite; ``fuzz``
(``--hypothesis-profile=fuzz``, run by CI on the ingest readers) tries many more inputs. Browser tests are
skipped when Chromium is absent, unless ``DIPGRAPH_REQUIRE_BROWSER=1`` (as in CI): then they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

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


