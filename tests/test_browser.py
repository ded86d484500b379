"""The workbench in headless Chromium: offline, no console error, hover and click, no script injection."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Opened
from test_view import IMG, PUTIN, SCRIPT, SISI, contact, payload_of, sample_contacts

from graph.model import Actor
from graph.view import workbench_page

pytestmark = pytest.mark.browser
HOSTILE = Actor("Mallory <img src=x onerror=\"window.__xss='name'\">", None, None, "XXX")


@pytest.fixture
def opened(browser: Any) -> Iterator[Any]:
    pages: list[Opened] = []

    def open_page(path: Path, timeout_ms: int = 20_000, hash_: str = "") -> Opened:
        pages.append(Opened(browser, path, timeout_ms, hash_))
        return pages[-1]

    yield open_page
    for page in pages:
        page.page.close()


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


def test_page_offline_drawn_hover_and_click(opened, tmp_path: Path) -> None:
    contacts = hostile_contacts()
    path = workbench_page(contacts, tmp_path / "n.html", title="Net " + SCRIPT + IMG)
    data = payload_of(path)
    page = opened(path)
    assert page.counts() == {"people": len(data["people"]["key"]), "pairs": 8, "contacts": len(contacts)}
    assert page.page.inner_text("h1") == "Net " + SCRIPT + IMG
    x, y = page.point(PUTIN.wikidata, SISI.wikidata)
    page.page.mouse.move(x - 40, y - 40)
    page.page.mouse.move(x, y, steps=5)
    assert page.page.inner_text("#tooltip") == f"{PUTIN.name} — {SISI.name} · 2 contacts"
    page.page.mouse.click(x, y)
    text = page.details()
    assert f"{PUTIN.name} — {SISI.name}" in text and "2 contacts shown" in text
    assert "2017-11-21 · phone call" in text and "initiated by Vladimir Putin" in text
    assert "(President of Russia)" in text and "confidence 50%" in text
    assert page.page.get_attribute("#details blockquote", "dir") == "rtl"
    assert page.page.get_attribute("#details a", "href") == "https://example.org/1"
    assert page.page.inner_text("#details a") == "Title " + SCRIPT  # a title is shown as text
    page.check_clean()


def test_injected_markup_stays_text(opened, tmp_path: Path) -> None:
    path = workbench_page(hostile_contacts(), tmp_path / "x.html", title=IMG)
    page = opened(path)
    mallory = HOSTILE.name
    page.page.evaluate("name => dg.set({p: name})", mallory)
    assert "Mallory said " + SCRIPT + IMG in page.details()
    assert page.page.query_selector("#details a") is None  # the javascript: URL is no link
    assert page.page.evaluate("document.querySelectorAll('#details img, #details script').length") == 0
    page.page.fill("#search", "mallory")
    page.page.press("#search", "Enter")
    assert page.details().startswith(mallory)
    for view in ("countries", "timeline", "network"):  # every view draws the hostile names
        page.page.evaluate("view => dg.set({view})", view)
        page.page.wait_for_timeout(100)
    page.page.evaluate("dg.set({panel: 'rankings'})")
    assert mallory in page.page.inner_text("#rankings")
    page.page.evaluate("dg.set({q: 'Mallory said <script>'})")
    assert page.counts()["contacts"] == 1
    (row,) = list(csv.DictReader(io.StringIO(page.page.evaluate("dg.csvRows(dg.shown.ids)"))))
    assert row["evidence"] == "Mallory said " + SCRIPT + IMG and row["participants"].startswith("Mallory <img")
    page.page.evaluate("dg.exportPng()")
    assert page.page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    page.check_clean()


def test_search_box_finds_a_person(opened, tmp_path: Path) -> None:
    page = opened(workbench_page(sample_contacts(), tmp_path / "s.html"))
    page.page.fill("#search", "sisi")
    page.page.press("#search", "Enter")
    assert page.details().startswith(SISI.name)
    assert page.state()["p"] == SISI.wikidata
    page.page.fill("#search", "عبد الفتاح السيسي")
    page.page.press("#search", "Enter")
    assert page.details().startswith(SISI.name)
    page.page.fill("#search", "nobody at all")
    page.page.press("#search", "Enter")
    assert "No match" in page.details()
    page.check_clean()


def test_countries_view_and_timeline_with_hostile_names(opened, tmp_path: Path) -> None:
    path = workbench_page(hostile_contacts(), tmp_path / "c.html", view="countries")
    page = opened(path)
    bubbles = page.page.evaluate("dg.network.scene().bubbles.map(b => dg.data.countries[b.group].code).sort()")
    assert bubbles == ["EGY", "ISR", "RUS", "USA", "XXX"]
    x, y = page.page.evaluate("""() => {
        const b = dg.network.scene().bubbles.find(b => dg.data.countries[b.group].code === "XXX");
        return dg.network.screenPoint(dg.P.key[b.top]); }""")
    page.page.mouse.click(x, y)
    assert HOSTILE.name in page.details()
    page.page.evaluate("dg.set({view: 'timeline', p: 'Q7747'})")
    marks = page.page.evaluate("document.querySelectorAll('#timeline .mark').length")
    assert marks == 5  # Putin's dated contacts, the hostile one included
    page.page.click("#timeline .mark[data-contact='6']")
    assert "Mallory said" in page.details()
    page.check_clean()
