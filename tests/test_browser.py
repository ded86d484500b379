"""The pages in headless Chromium: offline, no console error, drawn as built, hover, no script injection.

Skipped when Chromium is absent, unless ``DIPGRAPH_REQUIRE_BROWSER=1`` (as in CI): then they fail.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_view import IMG, PUTIN, SCRIPT, SISI, contact, payload_of, sample_contacts

from graph.model import Actor
from graph.store.synthetic import synthetic_contacts
from graph.view import country_page, network_page, timeline_page
from graph.view.browser import READY, chromium_path, open_browser

pytestmark = pytest.mark.browser
HOSTILE = Actor("Mallory <img src=x onerror=\"window.__xss='name'\">", None, None, "XXX")


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

    def __init__(self, browser: Any, path: Path, timeout_ms: int = 20_000) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on(
            "console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None
        )
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function(READY, timeout=timeout_ms)

    def check_clean(self) -> None:
        assert [u for u in self.requests if not u.startswith(("file:", "data:"))] == []
        assert self.errors == []
        assert self.page.evaluate("window.__xss") is None

    def details(self) -> str:
        return self.page.inner_text("#details")


@pytest.fixture
def opened(browser: Any) -> Iterator[Any]:
    pages: list[Opened] = []

    def open_page(path: Path, timeout_ms: int = 20_000) -> Opened:
        pages.append(Opened(browser, path, timeout_ms))
        return pages[-1]

    yield open_page
    for page in pages:
        page.page.close()


EDGE_POINT = """id => {
  const edge = dipgraph.edges.get(id);
  const at = dipgraph.network.getPositions([edge.from, edge.to]);
  const a = at[edge.from], b = at[edge.to];
  const point = dipgraph.network.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
  const box = document.getElementById("canvas").getBoundingClientRect();
  return [point.x + box.left, point.y + box.top];
}"""


def hostile_contacts() -> list:
    return sample_contacts() + [
        contact(
            HOSTILE,
            PUTIN,
            text="Mallory said " + SCRIPT + IMG,
            day="2018-03-01",
            title=IMG,
            url="javascript:window.__xss='link'",
        )
    ]


def test_network_page_offline_drawn_and_hover(opened, tmp_path: Path) -> None:
    contacts = hostile_contacts()
    path = network_page(contacts, tmp_path / "n.html", title="Net " + SCRIPT + IMG)
    data = payload_of(path)
    page = opened(path)
    assert page.page.evaluate("[dipgraph.nodes.length, dipgraph.edges.length]") == [
        len(data["nodes"]),
        len(data["edges"]),
    ]
    assert page.page.evaluate("dipgraph.network.body.nodeIndices.length") == len(data["nodes"])
    assert page.page.evaluate("dipgraph.network.body.edgeIndices.length") == len(data["edges"])
    assert page.page.inner_text("h1") == "Net " + SCRIPT + IMG
    ids = {node["label"]: node["id"] for node in data["nodes"]}
    edge = next(e for e in data["edges"] if {e["from"], e["to"]} == {ids[PUTIN.name], ids[SISI.name]})
    x, y = page.page.evaluate(EDGE_POINT, edge["id"])
    page.page.mouse.move(x - 40, y - 40)
    page.page.mouse.move(x, y, steps=5)
    page.page.wait_for_function("document.querySelector('#details h2') !== null", timeout=5000)
    text = page.details()
    assert f"{PUTIN.name} — {SISI.name}" in text and "2 contacts" in text
    assert "2017-11-21 · phone call" in text and "initiated by Vladimir Putin" in text
    assert page.page.get_attribute("#details blockquote", "dir") == "rtl"
    assert page.page.get_attribute("#details a", "href") == "https://example.org/1"
    page.check_clean()


def test_injected_markup_stays_text(opened, tmp_path: Path) -> None:
    path = network_page(hostile_contacts(), tmp_path / "x.html")
    page = opened(path)
    edge = next(e for e in payload_of(path)["edges"] if e["contacts"] == [6])
    page.page.evaluate("id => dipgraph.showEdge(id, true)", edge["id"])
    assert "Mallory said " + SCRIPT + IMG in page.details()
    assert page.page.query_selector("#details a") is None  # the javascript: URL is no link
    assert page.page.evaluate("document.querySelectorAll('#details img, #details script').length") == 0
    assert page.page.evaluate("dipgraph.focus('mallory')") is not None
    assert HOSTILE.name in page.details()
    page.check_clean()


def test_search_box_finds_a_person(opened, tmp_path: Path) -> None:
    page = opened(network_page(sample_contacts(), tmp_path / "s.html"))
    page.page.fill("#search", "sisi")
    page.page.press("#search", "Enter")
    assert page.details().startswith(SISI.name)
    assert page.page.evaluate("dipgraph.network.getSelectedNodes().length") == 1
    page.page.fill("#search", "nobody at all")
    page.page.press("#search", "Enter")
    assert "No match" in page.details()
    page.check_clean()


def test_country_page(opened, tmp_path: Path) -> None:
    path = country_page(hostile_contacts(), tmp_path / "c.html")
    page = opened(path)
    assert page.page.evaluate("dipgraph.nodes.getIds().map(id => dipgraph.nodes.get(id).label).sort()") == [
        "EGY",
        "ISR",
        "RUS",
        "USA",
        "XXX",
    ]
    assert page.page.evaluate("dipgraph.edges.length") == len(payload_of(path)["edges"])
    page.check_clean()


def test_timeline_marks_and_hover(opened, tmp_path: Path) -> None:
    path = timeline_page(hostile_contacts(), tmp_path / "t.html", person="Putin")
    page = opened(path)
    assert page.page.evaluate("document.querySelectorAll('circle.mark').length") == len(
        payload_of(path)["marks"]
    )
    page.page.hover("circle.mark >> nth=0")
    assert "2017-11-21 · phone call" in page.details()
    page.page.click("circle[data-contact='3']")
    assert "Mallory said" in page.details()
    page.check_clean()


def test_large_page_settles(opened, tmp_path: Path) -> None:
    path = network_page(list(synthetic_contacts(10000, people=2000)), tmp_path / "big.html")
    page = opened(path, timeout_ms=60_000)
    assert page.page.evaluate("dipgraph.nodes.length") == len(payload_of(path)["nodes"])
    assert page.page.evaluate("window.dipgraphReady") < 30_000  # milliseconds from navigation
    assert page.page.evaluate("dipgraph.network.physics.physicsEnabled") is False
    page.check_clean()
