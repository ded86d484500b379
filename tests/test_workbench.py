"""The workbench's features driven in headless Chromium, on the development store (the annotated dev
articles, when ../shared holds them) and on a synthetic store of about 2,000 people.

Counts the page shows are checked against the library (``apply_filters``, ``network_stats``), so the
page and ``dipgraph stats`` agree.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import Opened
from test_view import payload_of

from graph.analyse import actor_key, network_stats
from graph.cli import main
from graph.model import Contact
from graph.store import open_store
from graph.store.synthetic import synthetic_contacts
from graph.view import ViewFilters, apply_filters, workbench_page
from graph.view.style import country_color

pytestmark = pytest.mark.browser
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DEV_FILES = [CORPUS / "ar-dev.jsonl", CORPUS / "en-dev.jsonl"]
STORES = ["dev", "synthetic"]


def _stored(folder: Path) -> list[Contact]:
    with open_store(folder, read_only=True) as store:
        return store.contacts()


@pytest.fixture(scope="session")
def stores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[list[Contact], Path] | None]:
    """Each store's contacts and workbench page: the dev articles run through the pipeline, and
    10,000 synthetic contacts (2,000 people) loaded into a real store and read back."""
    built: dict[str, tuple[list[Contact], Path] | None] = {"dev": None}
    folder = tmp_path_factory.mktemp("workbench")
    if all(path.is_file() for path in DEV_FILES):
        assert main(["run", *map(str, DEV_FILES), "--out", str(folder / "dev")]) == 0
        contacts = _stored(folder / "dev" / "store")
        built["dev"] = (contacts, workbench_page(contacts, folder / "dev.html"))
    with open_store(folder / "synthetic") as store:
        store.load(synthetic_contacts(10_000, people=2_000))
    contacts = _stored(folder / "synthetic")
    built["synthetic"] = (contacts, workbench_page(contacts, folder / "synthetic.html"))
    return built


@pytest.fixture(params=STORES)
def store(request: pytest.FixtureRequest, stores: dict) -> tuple[list[Contact], Path]:
    if stores[request.param] is None:
        pytest.skip(f"no development articles at {CORPUS}")
    return stores[request.param]


@pytest.fixture
def opened(browser: Any) -> Iterator[Any]:
    pages: list[Opened] = []

    def open_page(path: Path, hash_: str = "") -> Opened:
        pages.append(Opened(browser, path, 60_000, hash_))
        return pages[-1]

    yield open_page
    for page in pages:
        page.check_clean()
        page.page.close()


def busiest(contacts: list[Contact]) -> str:
    """The key of the person with the most contacts."""
    counts: dict[str, int] = {}
    for contact in contacts:
        for key in {actor_key(a) for a in contact.participants}:
            counts[key] = counts.get(key, 0) + 1
    return min(counts, key=lambda k: (-counts[k], k))


def people_of(contacts: list[Contact]) -> int:
    return len({actor_key(a) for c in contacts for a in c.participants})


def brush_between_quartiles(contacts: list[Contact]) -> tuple[float, float]:
    """Where along the histogram (0 to 1) the first and third quartiles of the contacts' days lie, so that a
    brush between them keeps some contacts and drops others however the days spread."""
    days = sorted(date.fromisoformat(c.date) for c in contacts if c.date)
    first, last = days[0], days[-1]
    where = lambda day: (day - first).days / max(1, (last - first).days)  # noqa: E731
    return max(0.02, where(days[len(days) // 4]) - 0.01), min(0.98, where(days[3 * len(days) // 4]) + 0.01)


def test_date_range_on_the_histogram_changes_the_counts(opened, store) -> None:
    contacts, path = store
    page = opened(path)
    assert page.counts()["contacts"] == len(contacts) and page.counts()["people"] == people_of(contacts)
    box = page.page.locator("#histogram .bars svg").bounding_box()
    y = box["y"] + box["height"] / 2
    start, end = brush_between_quartiles(contacts)
    page.page.mouse.move(box["x"] + box["width"] * start, y)
    page.page.mouse.down()
    page.page.mouse.move(box["x"] + box["width"] * end, y, steps=4)
    page.page.mouse.up()
    state = page.state()
    assert state["from"] and state["to"] and state["from"] < state["to"]
    kept = apply_filters(contacts, ViewFilters(date_from=state["from"], date_to=state["to"]))
    assert 0 < page.counts()["contacts"] == len(kept) < len(contacts)
    assert page.counts()["people"] == people_of(kept)
    summary = page.page.get_attribute("#summary", "data-contacts")
    assert summary == str(len(kept))
    page.page.click("#filters .dates button")  # all dates again
    assert page.counts()["contacts"] == len(contacts)


def test_click_a_person_lists_their_contacts_and_ego_network(opened, store) -> None:
    contacts, path = store
    key = busiest(contacts)
    theirs = [c for c in contacts if key in {actor_key(a) for a in c.participants}]
    page = opened(path)
    page.page.evaluate("key => dg.network.focusPerson(dg.byKey.get(key))", key)
    x, y = page.point(key)
    page.page.mouse.click(x, y)
    assert page.state()["p"] == key
    name = page.page.inner_text("#details h2")
    assert name == next(a.name for c in theirs for a in c.participants if actor_key(a) == key)
    assert f"Contacts ({len(theirs)})" in page.details()
    assert page.page.locator("#details ol.contacts > li").count() == min(50, len(theirs))
    first = page.page.inner_text("#details ol.contacts > li >> nth=0")
    assert "between" in first and "confidence" in first and "source:" in first
    page.page.click("#details .tools button >> text=Ego network")
    ego = apply_filters(contacts, ViewFilters(person=key))
    assert page.state()["ego"] == key
    assert page.counts() == {"people": people_of(ego), "pairs": page.counts()["pairs"], "contacts": len(ego)}
    assert name in page.page.inner_text("#banner")
    page.page.keyboard.press("Escape")
    page.page.keyboard.press("Escape")
    assert page.state()["ego"] is None and page.counts()["contacts"] == len(contacts)


def test_click_a_pair_shows_its_history_and_a_country_its_people(opened, store) -> None:
    contacts, path = store
    key = busiest(contacts)
    page = opened(path, f"#p={key}&clusters=open")
    other = page.page.evaluate("""key => { const s = dg.network.scene(); const p = dg.byKey.get(key);
        const l = s.links.filter(l => (l.a === p || l.b === p) && l.a < dg.N && l.b < dg.N)
          .sort((a, b) => b.n - a.n)[0];
        return dg.P.key[l.a === p ? l.b : l.a]; }""", key)
    page.page.evaluate("""([a, b]) => { const s = dg.network.scene(); const l = s.links.find(l =>
        (dg.P.key[l.a] === a && dg.P.key[l.b] === b) || (dg.P.key[l.a] === b && dg.P.key[l.b] === a));
        dg.network.fit([Math.min(l.ax, l.bx) - 60, Math.min(l.ay, l.by) - 60,
                        Math.max(l.ax, l.bx) + 60, Math.max(l.ay, l.by) + 60]);
        dg.network.draw(); }""", [key, other])  # the pair's line, zoomed to
    x, y = page.point(key, other)
    page.page.mouse.click(x, y)
    both = [c for c in contacts if {key, other} <= {actor_key(a) for a in c.participants}]
    assert page.state()["p2"] in (key, other) and " — " in page.page.inner_text("#details h2")
    assert f"{len(both)} contact" in page.details()
    page.page.click("#views [data-view=countries]")
    code = next(a.country for c in contacts for a in c.participants if actor_key(a) == key)
    x, y = page.point(key)  # the bubble of the person's country
    page.page.mouse.click(x, y)
    assert page.state()["c"] == code
    members = {actor_key(a) for c in contacts for a in c.participants if a.country == code}
    assert f"{len(members)} people shown" in page.details() or f"{len(members)} person shown" in page.details()


def test_url_hash_restores_the_view(opened, store) -> None:
    contacts, path = store
    key = busiest(contacts)
    page = opened(path)
    page.page.click("#filters input[name=types][value=visit]")  # untick visits
    page.page.fill("#filter-min", "2")
    page.page.press("#filter-min", "Enter")
    page.page.keyboard.press("Escape")  # leaves the field, so keys are shortcuts again
    page.page.evaluate("key => dg.set({p: key})", key)
    page.page.keyboard.press("g")  # group by country
    page.page.evaluate("dg.network.zoomAt(2, 300, 300)")
    page.page.wait_for_timeout(400)  # the camera is written to the hash once it rests
    hash_ = page.page.evaluate("location.hash")
    state, counts, heading = page.state(), page.counts(), page.page.inner_text("#details h2")
    assert state["types"] == ["phone_call", "meeting", "message"] and state["min"] == 2 and state["group"] == "country"
    again = opened(path, hash_)
    restored = again.state()
    assert restored.pop("cam") == pytest.approx(state.pop("cam"), rel=1e-3, abs=0.1)
    assert restored == state and again.counts() == counts
    assert again.page.inner_text("#details h2") == heading
    kept = apply_filters(contacts, ViewFilters(types=("phone_call", "meeting", "message"), min_contacts=2))
    assert counts["contacts"] == len(kept)
    camera = "[dg.network.cam.x, dg.network.cam.y, dg.network.cam.k]"
    assert again.page.evaluate(camera) == pytest.approx(page.page.evaluate(camera), rel=1e-3, abs=0.1)


def test_export_png_and_csv(opened, store, tmp_path: Path) -> None:
    contacts, path = store
    page = opened(path)
    for view in ("network", "timeline"):
        page.page.evaluate("view => dg.set({view})", view)
        with page.page.expect_download() as download:
            page.page.click("#export-png")
        saved = tmp_path / f"{view}.png"
        download.value.save_as(saved)
        assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and saved.stat().st_size > 5_000
    page.page.evaluate("dg.set({view: 'network', types: ['meeting']})")
    with page.page.expect_download() as download:
        page.page.click("#export-csv")
    saved = tmp_path / "contacts.csv"
    download.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert len(rows) == page.counts()["contacts"] == sum(c.type == "meeting" for c in contacts)
    assert {row["type"] for row in rows} == {"meeting"} and all(row["participants"] for row in rows)
    key = busiest(contacts)
    page.page.evaluate("key => dg.set({p: key})", key)
    with page.page.expect_download() as download:
        page.page.click("#export-csv")
    download.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert len(rows) == sum(c.type == "meeting" and key in {actor_key(a) for a in c.participants} for c in contacts)


def test_rankings_are_those_of_dipgraph_stats(opened, store) -> None:
    contacts, path = store
    stats = network_stats(contacts, top=10)
    page = opened(path)
    page.page.click("#panels [data-panel=rankings]")
    ranks = page.page.evaluate("""(() => { const r = dg.details.rank();
        return {degree: r.degree.slice(0, 10).map(([p, n]) => [dg.P.name[p], n]),
                brokers: r.brokers.slice(0, 10).map(([p, b, c]) => [dg.P.name[p], b, c]),
                initiators: r.initiators.slice(0, 10).map(([p, n]) => [dg.P.name[p], n])}; })()""")
    assert ranks["degree"] == [[p["name"], p["value"]] for p in stats["degree"]]
    assert ranks["initiators"] == [[p["name"], p["initiated"]] for p in stats["initiators"]]
    assert [r[1:] for r in ranks["brokers"]] == [[b["bridges"], b["cross_contacts"]] for b in stats["brokers"]]
    table = page.page.inner_text("#rankings")
    assert stats["degree"][0]["name"] in table and stats["initiators"][0]["name"] in table


def test_legend_explains_the_screen_and_colours_are_fixed_per_country(opened, store, stores) -> None:
    contacts, path = store
    page = opened(path)
    legend = page.page.inner_text("#legend")
    for words in ("countries", "phone call", "meeting", "visit", "message", "width: number of contacts"):
        assert words in legend
    colours = page.page.evaluate("Object.fromEntries(dg.data.countries.map(c => [c.code, c.color]))")
    assert all(colour == country_color(code or None) for code, colour in colours.items())
    name, swatch = page.page.evaluate("""(() => { const s = document.querySelector('#legend .swatch');
        return [s.parentElement.textContent, getComputedStyle(s).backgroundColor]; })()""")
    code = next(c["code"] for c in payload_of(path)["countries"] if c["name"] == name)
    red, green, blue = (int(country_color(code or None)[i : i + 2], 16) for i in (1, 3, 5))
    assert swatch == f"rgb({red}, {green}, {blue})"
    pages = [payload_of(built[1]) for built in stores.values() if built is not None]
    canada = {c["color"] for data in pages for c in data["countries"] if c["code"] == "CAN"}
    assert canada == {country_color("CAN")}  # one colour for Canada in every page it is in
    page.page.evaluate("dg.set({view: 'timeline'})")
    page.page.wait_for_function("() => document.getElementById('legend').textContent.includes('hollow: planned')")


def test_keyboard_drives_the_main_actions(opened, store) -> None:
    contacts, path = store
    page = opened(path)
    keys = page.page.keyboard
    keys.press("/")
    assert page.page.evaluate("document.activeElement.id") == "search"
    name = next(a.name for c in contacts for a in c.participants if actor_key(a) == busiest(contacts))
    page.page.fill("#search", name.upper())
    keys.press("Enter")
    keys.press("Escape")  # leaves the box
    assert page.state()["p"] == busiest(contacts)
    keys.press("e")
    assert page.state()["ego"] == busiest(contacts)
    keys.press("e")
    assert page.state()["ego"] is None
    for key, view in (("2", "countries"), ("3", "timeline"), ("1", "network")):
        keys.press(key)
        assert page.state()["view"] == view
    before = page.page.evaluate("dg.network.cam.k")
    keys.press("+")
    assert page.page.evaluate("dg.network.cam.k") > before
    keys.press("0")
    keys.press("n")
    assert page.state()["p"] is not None
    keys.press("r")
    assert page.page.is_visible("#rankings") and not page.page.is_visible("#details")
    keys.press("?")
    assert page.page.evaluate("document.getElementById('help').open")
    keys.press("Escape")
    assert not page.page.evaluate("document.getElementById('help').open")
    page.page.focus("#histogram .handle[data-side=start]")
    for _ in range(12):
        keys.press("ArrowRight")
    assert page.state()["from"] is not None and page.counts()["contacts"] < len(contacts)


def test_groups_close_when_zoomed_out_and_open_when_zoomed_in(opened, stores) -> None:
    if stores["synthetic"] is None:
        pytest.skip("no synthetic store")
    contacts, path = stores["synthetic"]
    page = opened(path)
    scene = "(() => { const s = dg.network.scene(); return [s.bubbles.length, s.order.length]; })()"
    bubbles, people = page.page.evaluate(scene)
    assert bubbles > 5 and people < 100  # the whole graph: communities drawn as bubbles
    biggest = page.page.evaluate("dg.network.scene().bubbles.sort((a, b) => b.members.size - a.members.size)[0].group")
    page.page.evaluate("g => dg.network.openBubble({group: g})", biggest)
    page.page.wait_for_timeout(50)
    assert page.page.evaluate(f"{scene}[1]") > 100  # its members are drawn one by one
    assert page.page.evaluate("dg.network.scene().labels") > 10


def test_text_search_in_either_script(opened, store) -> None:
    contacts, path = store
    key = busiest(contacts)
    person = next(a for c in contacts for a in c.participants if actor_key(a) == key)
    page = opened(path)
    theirs = sum(key in {actor_key(a) for a in c.participants} for c in contacts)
    counts = {}
    for query in (person.name, person.name.upper(), person.name_ar):
        page.page.fill("#filter-text", query)
        page.page.press("#filter-text", "Enter")
        counts[query] = page.counts()["contacts"]
    assert counts[person.name] == counts[person.name.upper()] >= theirs
    assert counts[person.name_ar] >= theirs


@contextmanager
def served_view(folder: Path) -> Iterator[str]:
    """The URL of the workbench ``dipgraph serve`` answers over a store of ``sample_contacts()`` in ``folder``."""
    import threading

    from test_view import sample_contacts

    from graph.serve import make_server

    with open_store(folder / "store") as store:
        store.load(sample_contacts())
    with open_store(folder / "store", read_only=True) as store:
        server = make_server(store, port=0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/view"
        finally:
            server.shutdown()
            server.server_close()


def test_serve_answers_the_workbench_over_the_store(browser: Any, tmp_path: Path) -> None:
    from test_view import sample_contacts

    with served_view(tmp_path) as url:
        page = browser.new_page()
        requests: list[str] = []
        page.on("request", lambda request: requests.append(request.url))
        page.goto(url)
        page.wait_for_function("() => document.body.dataset.ready === 'true'")
        assert page.evaluate("dg.shown.contacts") == len(sample_contacts())
        assert page.inner_text("h1").startswith("Diplomatic contacts: 6 people")
        assert requests == [url]  # the page fetches nothing more
        page.close()


def test_served_workbench_holds_the_latest_contacts_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                                ) -> None:
    import urllib.request

    from test_view import sample_contacts

    import graph.view.live as live

    monkeypatch.setattr(live, "VIEW_CONTACTS", 4)
    with served_view(tmp_path) as url, urllib.request.urlopen(url) as answer:
        (tmp_path / "view.html").write_bytes(answer.read())
    data = payload_of(tmp_path / "view.html")
    assert len(data["contacts"]) == 4 and data["built"] == [f"the latest 4 of {len(sample_contacts())} contacts"]
