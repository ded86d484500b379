"""The workbench page: self-contained, escaped, its data (people, contacts, provenance, layouts), filters, CLI."""

from __future__ import annotations

import argparse
import json
import re
import sys
import types
from contextlib import contextmanager
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

import pytest

from graph.errors import DipgraphError
from graph.model import Actor, Contact, Evidence
from graph.view import ViewFilters, apply_filters, workbench_page
from graph.view.filters import find_actor
from graph.view.layout import disc_radius, grouped_layout
from graph.view.page import SCRIPTS, safe_url, script_json
from graph.view.style import FIXED_COLORS, TYPE_DASHES, TYPE_GLYPHS, country_color

PUTIN = Actor("Vladimir Putin", "فلاديمير بوتين", "Q7747", "RUS", "President of Russia")
SISI = Actor("Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "Q1081", "EGY", "President of Egypt")
NETANYAHU = Actor("Benjamin Netanyahu", None, "Q43174", "ISR")
TRUMP = Actor("Donald Trump", None, "Q22686", "USA")
LAVROV = Actor("Sergey Lavrov", None, "Q80137", "RUS")
SHOUKRY = Actor("Sameh Shoukry", None, "Q1", "EGY")
SCRIPT = "<script>window.__xss = 'script'</script>"
IMG = "<img src=x onerror=\"window.__xss = 'img'\">"


def contact(
    a: Actor,
    b: Actor,
    *more: Actor,
    type: str = "phone_call",
    day: str | None = "2017-11-21",
    text: str = "They spoke.",
    **fields,
) -> Contact:
    """A contact between the given actors with sensible defaults (test helper, shared by other test files)."""
    fields.setdefault("article_id", "a1")
    return Contact(
        type=type, participants=(a, b, *more), evidence=Evidence(text, 0, len(text)), date=day, **fields
    )


def sample_contacts() -> list[Contact]:
    """Six contacts among five people of four countries, with one hostile evidence and title."""
    return [
        contact(
            PUTIN,
            SISI,
            initiator="Vladimir Putin",
            lang="ar",
            topics=("Syria",),
            text="بحث الرئيس الروسي هاتفيا مع نظيره المصري " + IMG,
            url="https://example.org/1",
            title="Title " + SCRIPT,
        ),
        contact(PUTIN, SISI, type="meeting", day="2017-12-11", article_id="a2", url="javascript:alert(1)"),
        contact(PUTIN, NETANYAHU, initiator="Benjamin Netanyahu", topics=("Iran",)),
        contact(PUTIN, TRUMP, type="meeting", day="2018-07-16", status="planned", article_id="a3"),
        contact(SISI, TRUMP, NETANYAHU, type="meeting", day="2018-09-24", article_id="a4"),
        contact(LAVROV, SHOUKRY, type="visit", day=None, published="2018-01-05", article_id="a5"),
    ]


def payload_of(path: Path) -> dict:
    """The JSON data block a page's script reads."""
    match = re.search(
        r'<script type="application/json" id="dipgraph-data">(.*?)</script>', path.read_text(), re.S
    )
    assert match, "page has no data block"
    return json.loads(match.group(1))


def person(data: dict, name: str) -> int:
    """A person's number in a page's data."""
    return data["people"]["name"].index(name)


def rows_with(data: dict, *names: str) -> list[list]:
    """The contact rows of a page's data in which all ``names`` take part."""
    wanted = {person(data, n) for n in names}
    return [row for row in data["contacts"] if wanted <= set(row[4])]


class Tags(HTMLParser):
    """The start tags of a page, with their attributes, as a browser's tokenizer sees them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


@pytest.fixture
def page(tmp_path: Path) -> Path:
    return workbench_page(sample_contacts(), tmp_path / "w.html", title="Net " + SCRIPT + IMG)


PAGE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "nav", "button", "input", "datalist", "span",
    "p", "main", "form", "div", "canvas", "aside", "section", "footer", "dialog", "script",
}


def test_page_is_self_contained(page: Path) -> None:
    html = page.read_text()
    assert html.startswith("<!DOCTYPE html>")
    tags = Tags(html).tags
    assert {tag for tag, _ in tags} <= PAGE_TAGS  # no link, img, iframe…
    assert [attrs for tag, attrs in tags if tag == "script" and "src" in attrs] == []
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert sum(tag == "script" for tag, _ in tags) == len(SCRIPTS) + 1  # the page's scripts and the data block


def test_hostile_text_is_escaped_but_kept(page: Path) -> None:
    html = page.read_text()
    assert SCRIPT not in html and IMG not in html
    assert "img" not in {tag for tag, _ in Tags(html).tags}
    heading = re.search(r"<h1>(.*?)</h1>", html).group(1)
    assert "&lt;script&gt;" in heading and "&lt;img" in heading
    texts = json.dumps(payload_of(page), ensure_ascii=False)
    assert json.dumps(IMG)[1:-1] in texts and json.dumps(SCRIPT)[1:-1] in texts  # kept, as text


def test_script_json_cannot_close_its_element() -> None:
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<b>", False),
        ("//example.org", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_url(url: str | None, kept: bool) -> None:
    assert (safe_url(url) is not None) == kept


def test_page_scripts_never_write_html() -> None:
    assets = files("graph.view") / "assets"
    for name in SCRIPTS:
        code = (assets / name).read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in code, f"{name} uses {sink}"


def test_people_contacts_and_provenance(page: Path) -> None:
    data = payload_of(page)
    people = data["people"]
    assert sorted(people["name"]) == sorted(a.name for a in (PUTIN, SISI, NETANYAHU, TRUMP, LAVROV, SHOUKRY))
    assert people["key"][person(data, "Vladimir Putin")] == "Q7747"
    assert people["alt"][person(data, "Vladimir Putin")] == "فلاديمير بوتين"
    assert len(data["contacts"]) == 6
    strings, articles = data["strings"], data["articles"]
    call, meeting = rows_with(data, "Vladimir Putin", "Abdel Fattah el-Sisi")
    assert call[0] == 17491 and call[1] == 0  # 2017-11-21, the text's own date
    assert strings[call[5][call[4].index(person(data, "Vladimir Putin"))]] == "President of Russia"
    assert call[6] == person(data, "Vladimir Putin") and call[7] == -1
    assert [strings[t] for t in call[11]] == ["Syria"]
    article, evidence, rtl = call[12][0]
    assert articles[article][:4] == ["a1", "Title " + SCRIPT, "https://example.org/1", "example.org"]
    assert strings[evidence].startswith("بحث الرئيس") and rtl == 1
    assert articles[meeting[12][0][0]][2] is None  # the javascript: URL is no link
    (visit,) = rows_with(data, "Sergey Lavrov")
    assert visit[0] == 17536 and visit[1] == 1  # placed at its publication date, 2018-01-05, and says so
    (group,) = [row for row in data["contacts"] if len(row[4]) == 3]
    assert data["types"][group[2]]["type"] == "meeting"
    assert {t["type"]: t["glyph"] for t in data["types"]} == TYPE_GLYPHS


def test_types_differ_by_line_and_glyph_never_by_colour() -> None:
    assert len(set(map(tuple, TYPE_DASHES.values()))) == len(TYPE_DASHES) == 4
    assert len(set(TYPE_GLYPHS.values())) == len(TYPE_GLYPHS) == 4


def test_country_colours_fixed_by_code_and_named(page: Path, tmp_path: Path) -> None:
    data = payload_of(page)
    countries = {c["code"]: c for c in data["countries"]}
    assert countries["RUS"]["name"] == "Russia" and countries["RUS"]["alt"] == "روسيا"
    assert countries["USA"]["color"] == FIXED_COLORS["USA"] != countries["RUS"]["color"]
    other = payload_of(workbench_page([contact(TRUMP, Actor("Someone", country="ZZZ"))], tmp_path / "o.html"))
    assert {c["code"]: c["color"] for c in other["countries"]}["USA"] == countries["USA"]["color"]
    assert country_color("ZZZ") == country_color("ZZZ") != country_color("ZZY")
    assert len(set(FIXED_COLORS.values())) == len(FIXED_COLORS)


def test_layouts_are_seeded_and_groups_do_not_overlap() -> None:
    import numpy as np

    groups = np.array([0] * 30 + [1] * 12 + [2] * 3 + [3])
    edges = np.array([(i, i + 1) for i in range(29)] + [(30 + i, 31 + i) for i in range(11)] + [(0, 30), (42, 43)])
    first = grouped_layout(edges, groups, np.arange(len(groups)))
    second = grouped_layout(edges, groups, np.arange(len(groups)))
    assert np.array_equal(first.xy, second.xy) and len(np.unique(first.xy, axis=0)) == len(groups)
    centres, radii = first.discs[:, :2], first.discs[:, 2]
    assert np.allclose(radii, disc_radius(np.bincount(groups)), atol=0.1)
    for a in range(4):
        for b in range(a + 1, 4):
            assert np.linalg.norm(centres[a] - centres[b]) >= radii[a] + radii[b]
    reach = np.linalg.norm(first.xy - centres[groups], axis=1)
    assert (reach <= radii[groups] + 0.1).all()


def test_size_by_centrality_and_bad_measure(tmp_path: Path) -> None:
    contacts = sample_contacts() + [contact(PUTIN, LAVROV)]  # Putin now bridges two groups
    data = payload_of(workbench_page(contacts, tmp_path / "b.html", size_by="betweenness"))
    scores = dict(zip(data["people"]["name"], data["people"]["score"], strict=True))
    assert scores["Sameh Shoukry"] == 0 and scores["Vladimir Putin"] == max(scores.values()) > 0
    with pytest.raises(DipgraphError, match="unknown size measure 'pagerank'"):
        workbench_page(contacts, tmp_path / "x.html", size_by="pagerank")


def names(contacts: list[Contact]) -> set[frozenset[str]]:
    return {frozenset(a.name for a in c.participants) for c in contacts}


@pytest.mark.parametrize(
    ("filters", "count"),
    [
        (ViewFilters(), 6),
        (ViewFilters(date_from="2017-12-01"), 4),  # the Lavrov visit is placed at its publication date
        (ViewFilters(date_from="2017-12-01", date_to="2018-01-31"), 2),
        (ViewFilters(types=("meeting",)), 3),
        (ViewFilters(types=("visit", "phone_call")), 3),
        (ViewFilters(statuses=("planned",)), 1),
        (ViewFilters(countries=("ISR",)), 2),
        (ViewFilters(countries=("RUS",), types=("phone_call",)), 2),
    ],
)
def test_filters(filters: ViewFilters, count: int) -> None:
    assert len(apply_filters(sample_contacts(), filters)) == count


def test_undated_contacts_leave_a_date_range() -> None:
    undated = contact(PUTIN, SISI, day=None)
    assert apply_filters([undated], ViewFilters()) == [undated]
    assert apply_filters([undated], ViewFilters(date_to="2030-01-01")) == []


def test_min_contacts_keeps_busy_people_and_trims_groups() -> None:
    kept = apply_filters(sample_contacts(), ViewFilters(min_contacts=3))
    # Putin 4, Sisi 3, Trump 2, Netanyahu 2: only Putin and Sisi stay, and only their pair
    assert names(kept) == {frozenset({"Vladimir Putin", "Abdel Fattah el-Sisi"})} and len(kept) == 2


def test_ego_network_depth() -> None:
    contacts = sample_contacts() + [contact(TRUMP, LAVROV, day="2019-01-01")]
    one = apply_filters(contacts, ViewFilters(person="sisi"))
    people_one = {a.name for c in one for a in c.participants}
    assert people_one == {"Abdel Fattah el-Sisi", "Vladimir Putin", "Donald Trump", "Benjamin Netanyahu"}
    assert frozenset({"Vladimir Putin", "Donald Trump"}) in names(one)  # edges among neighbours stay
    two = apply_filters(contacts, ViewFilters(person="Q1081", depth=2))
    assert "Sergey Lavrov" in {a.name for c in two for a in c.participants}
    assert "Sameh Shoukry" not in {a.name for c in two for a in c.participants}


def test_find_actor_by_name_arabic_id_or_unique_part() -> None:
    contacts = sample_contacts()
    assert find_actor(contacts, "VLADIMIR PUTIN") == PUTIN
    assert find_actor(contacts, "فلاديمير بوتين") == PUTIN
    assert find_actor(contacts, "Q43174") == NETANYAHU
    assert find_actor(contacts, "lavrov") == LAVROV
    with pytest.raises(DipgraphError, match="did you mean Vladimir Putin"):
        find_actor(contacts, "Vladimir Poutin")
    with pytest.raises(DipgraphError, match="no person named 'Nobody'"):
        find_actor(contacts, "Nobody")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"date_from": "21/11/2017"}, "date from '21/11/2017' is not a date"),
        ({"types": ("call",)}, "unknown type 'call'"),
        ({"statuses": ("done",)}, "unknown status 'done'"),
        ({"depth": 3}, "depth must be 1 or 2"),
        ({"min_contacts": 0}, "at least 1"),
    ],
)
def test_bad_filters(fields: dict, message: str) -> None:
    with pytest.raises(DipgraphError, match=re.escape(message)):
        ViewFilters(**fields)


def test_starting_state_and_restriction(tmp_path: Path) -> None:
    contacts = sample_contacts()
    filters = ViewFilters(date_from="2017-12-01", types=("meeting",), countries=("USA",), person="sisi")
    data = payload_of(workbench_page(contacts, tmp_path / "s.html", filters=filters))
    assert data["state"] == {"view": "network", "group": "community", "from": "2017-12-01", "types": ["meeting"],
                             "countries": ["USA"], "min": 1, "ego": "Q1081", "depth": 1, "p": "Q1081"}
    assert len(data["contacts"]) == 6 and data["built"] == []  # everything kept: the page can widen the view
    small = payload_of(workbench_page(contacts, tmp_path / "r.html", filters=filters, restrict=True))
    assert len(small["contacts"]) == 1 and small["state"] == {"view": "network", "group": "community"}
    assert small["built"] == ["from 2017-12-01", "types: meeting", "countries: USA", "ego network of sisi (depth 1)"]
    pair = payload_of(workbench_page(contacts, tmp_path / "p.html", view="timeline",
                                     filters=ViewFilters(person="Sisi"), other="Trump"))
    assert pair["state"] == {"view": "timeline", "group": "community", "min": 1, "p": "Q1081", "p2": "Q22686"}
    with pytest.raises(DipgraphError, match="unknown view 'map'"):
        workbench_page(contacts, tmp_path / "x.html", view="map")


def test_unwritable_path_is_a_user_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(DipgraphError, match="cannot write"):
        workbench_page(sample_contacts(), blocker / "page.html")


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):
    """The view/stats subcommands over a fake store holding ``sample_contacts()``."""
    from graph.cli import view as view_cli

    opened: list[tuple] = []

    @contextmanager
    def open_store(path=None, *, endpoint=None, read_only=False):
        opened.append((path, read_only))
        yield types.SimpleNamespace(contacts=sample_contacts, page_contacts=lambda latest=None: (sample_contacts(), []))

    monkeypatch.setitem(sys.modules, "graph.store", types.SimpleNamespace(open_store=open_store))
    parser = argparse.ArgumentParser(prog="dipgraph")
    view_cli.register(parser.add_subparsers(dest="command"))

    def run(*argv: str) -> int:
        args = parser.parse_args(list(argv))
        return args.func(args)

    run.opened = opened
    return run


def test_cli_view_kinds(cli, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "g.html"
    assert cli("view", "--store", "s", "-o", str(out), "--type", "meeting", "--country", "usa") == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert cli.opened == [("s", True)]
    assert payload_of(out)["state"]["types"] == ["meeting"] and payload_of(out)["state"]["countries"] == ["USA"]
    cli("view", "-o", str(out), "--type", "meeting", "--country", "usa", "--restrict")
    assert len(payload_of(out)["contacts"]) == 2
    cli("view", "-o", str(out), "--kind", "countries", "--group", "country")
    assert payload_of(out)["state"]["view"] == "countries"
    cli("view", "-o", str(out), "--kind", "timeline", "--person", "Putin", "--other", "Trump")
    assert payload_of(out)["state"]["p2"] == "Q22686"
    with pytest.raises(DipgraphError, match="--other needs --person"):
        cli("view", "--other", "Trump", "-o", str(out))


def test_cli_stats_formats(cli, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli("stats", "--format", "json", "--top", "2") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["summary"]["contacts"] == 6 and len(stats["degree"]) == 2
    assert stats["initiators"][0]["name"] in ("Benjamin Netanyahu", "Vladimir Putin")
    out = tmp_path / "s.csv"
    cli("stats", "--format", "csv", "-o", str(out))
    assert out.read_text().startswith("section,rank,name,value,detail\n")
    cli("stats")
    table = capsys.readouterr().out
    assert "== degree ==" in table and "== initiators ==" in table


def test_cli_help_has_examples(cli, capsys: pytest.CaptureFixture) -> None:
    for command in ("view", "stats"):
        with pytest.raises(SystemExit):
            cli(command, "--help")
        assert f"dipgraph {command}" in capsys.readouterr().out.split("examples:")[1]


def test_merged_contact_lists_every_source(tmp_path: Path) -> None:
    merged = contact(
        PUTIN,
        SISI,
        extra={
            "n_sources": 2,
            "sources": [
                {"article_id": "x1", "url": "https://www.a.example/p%C3%A4ge", "title": "One",
                 "evidence": {"text": "نص عربي", "start": 0}},
                {"article_id": "x2", "url": "ftp://b.example/2", "title": None, "evidence": {"text": "English text."}},
            ],
        },
    )
    data = payload_of(workbench_page([merged], tmp_path / "m.html"))
    sources = data["contacts"][0][12]
    assert [(data["articles"][a][0], data["articles"][a][2], rtl) for a, _, rtl in sources] == [
        ("x1", "https://www.a.example/p%C3%A4ge", 1),
        ("x2", None, 0),
    ]
    assert data["articles"][sources[0][0]][3:5] == ["a.example", "https://www.a.example/päge"]  # readable
