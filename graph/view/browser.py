"""Headless Chromium through Playwright, for screenshots, benchmarks and browser tests.

Playwright's own browser download does not work offline, so this drives an installed Chromium:
``$DIPGRAPH_CHROMIUM`` or ``/usr/bin/chromium``. Playwright is a test/extra dependency and is
imported only when a browser is opened.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import DipgraphError

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
READY = "document.body.dataset.ready === 'true'"  # set by the page once the graph is drawn
SETTLE_MS = 400  # the legend and the hash follow the first drawing by a moment


def chromium_path() -> Path | None:
    """The Chromium executable to drive, or None when it is not installed."""
    path = Path(os.environ.get("DIPGRAPH_CHROMIUM") or "/usr/bin/chromium")
    return path if path.is_file() else None


@contextmanager
def open_browser() -> Iterator[Any]:
    """A Playwright ``Browser`` on the installed Chromium, closed on exit."""
    executable = chromium_path()
    if executable is None:
        raise DipgraphError(
            "Chromium not found: install it (apt-get install chromium) or set DIPGRAPH_CHROMIUM"
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as err:
        raise DipgraphError(
            "Playwright is missing: pip install playwright (no browser download needed)"
        ) from err
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(executable), args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


def screenshot(
    page_path: str | Path,
    png_path: str | Path,
    *,
    width: int = 1400,
    height: int = 900,
    timeout_ms: int = 60_000,
    fragment: str = "",
) -> Path:
    """Render a dipgraph page to a PNG once it is drawn; ``fragment`` (a URL hash) sets its view."""
    out = Path(png_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open_browser() as browser:
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(Path(page_path).resolve().as_uri() + ("#" + fragment.lstrip("#") if fragment else ""))
        page.wait_for_function(READY, timeout=timeout_ms)
        page.wait_for_timeout(SETTLE_MS)
        page.screenshot(path=str(out))
    return out
