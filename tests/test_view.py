"""HTML views: self-contained pages, escaping, filters, ego network, countries, timeline, CLI."""

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
from graph.view import ViewFilters, apply_filters, country_page, network_page, timeline_page
from graph.view.filters import find_actor
from graph.view.page import safe_url, script_json

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


def edge_between(data: dict, a: str, b: str) -> dict:
    ids = {node["label"]: node["id"] for node in data["nodes"]}
    return next(e for e in data["edges"] if {e["from"], e["to"]} == {ids[a], ids[b]})


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, Path]:
    contacts = sample_contacts()
    return {
        "network": network_page(contacts, tmp_path / "n.html", title="Net " + SCRIPT + IMG),
        "countries": country_page(contacts, tmp_path / "c.html", title="Countries " + SCRIPT),
        "timeline": timeline_page(contacts, tmp_path / "t.html", person="Vladimir Putin", title=IMG),
    }


class Tags(HTMLParser):
    """The start tags of a page, with their attributes, as a browser's tokenizer sees them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))


PAGE_TAGS = {
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "input",
    "datalist",
    "span",
    "main",
    "div",
    "aside",
    "p",
    "footer",
    "script",
}


@pytest.mark.parametrize("kind", ["network", "countries", "timeline"])
def test_page_is_self_contained(pages: dict[str, Path], kind: str) -> None:
    html = pages[kind].read_text()
    assert html.startswith("<!DOCTYPE html>")
    tags = Tags(html).tags
    assert {tag for tag, _ in tags} <= PAGE_TAGS  # no link, img, iframe…
    assert [attrs for tag, attrs in tags if tag == "script" and "src" in attrs] == []
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, re.I)
    assert "cdn.jsdelivr.net" not in html and "cdnjs.cloudflare.com" not in html  # pyvis' template leftovers
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert ("vis.Network" in html) == (kind != "timeline")


@pytest.mark.parametrize("kind", ["network", "countries", "timeline"])
def test_hostile_text_is_escaped_but_kept(pages: dict[str, Path], kind: str) -> None:
    html = pages[kind].read_text()
    assert SCRIPT not in html and IMG not in html
    assert "img" not in {tag for tag, _ in Tags(html).tags}
    assert sum(tag == "script" for tag, _ in Tags(html).tags) == (4 if kind != "timeline" else 3)
    heading = re.search(r"<h1>(.*?)</h1>", html).group(1)
    assert "&lt;script&gt;" in heading or "&lt;img" in heading
    texts = json.dumps(payload_of(pages[kind]), ensure_ascii=False)
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
    for name in ("common.js", "network.js", "timeline.js"):
        code = (assets / name).read_text(encoding="utf-8")
        for sink in (
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ):
            assert sink not in code, f"{name} uses {sink}"


def test_network_nodes_edges_and_styles(pages: dict[str, Path]) -> None:
    data = payload_of(pages["network"])
    assert sorted(n["label"] for n in data["nodes"]) == sorted(
        a.name for a in (PUTIN, SISI, NETANYAHU, TRUMP, LAVROV, SHOUKRY)
    )
    assert len(data["edges"]) == 7  # 3 pairs with Putin, 3 in the three-way meeting, Lavrov–Shoukry
    assert len(data["contacts"]) == 6
    putin_sisi = edge_between(data, "Vladimir Putin", "Abdel Fattah el-Sisi")
    assert len(putin_sisi["contacts"]) == 2
    assert putin_sisi["width"] > edge_between(data, "Donald Trump", "Abdel Fattah el-Sisi")["width"]
    first = data["contacts"][str(putin_sisi["contacts"][0])]
    assert first["date"] == "2017-11-21" and first["initiator"] == "Vladimir Putin"
    assert first["sources"][0]["dir"] == "rtl" and first["sources"][0]["url"] == "https://example.org/1"
    assert (
        data["contacts"][str(putin_sisi["contacts"][1])]["sources"][0]["url"] is None
    )  # javascript: dropped
    ids = {n["label"]: n["id"] for n in data["nodes"]}
    arrows = putin_sisi["arrows"]
    assert arrows["to" if putin_sisi["from"] == ids["Vladimir Putin"] else "from"]["enabled"]
    assert not arrows["from" if putin_sisi["from"] == ids["Vladimir Putin"] else "to"]["enabled"]
    assert "arrows" not in edge_between(data, "Sameh Shoukry", "Sergey Lavrov")
    assert edge_between(data, "Vladimir Putin", "Donald Trump")["dashes"] is True
    assert putin_sisi["dashes"] is False
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["Vladimir Putin"] == max(sizes.values())
    colors = {n["label"]: n["color"] for n in data["nodes"]}
    assert colors["Vladimir Putin"] == colors["Sergey Lavrov"] != colors["Abdel Fattah el-Sisi"]
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])


def test_size_by_centrality_and_bad_measure(tmp_path: Path) -> None:
    contacts = sample_contacts() + [contact(PUTIN, LAVROV)]  # Putin now bridges two groups
    data = payload_of(network_page(contacts, tmp_path / "b.html", size_by="betweenness"))
    scores = {n["label"]: n["score"] for n in data["nodes"]}
    assert scores["Sameh Shoukry"] == 0 and scores["Vladimir Putin"] == max(scores.values()) > 0
    with pytest.raises(DipgraphError, match="cannot size nodes by 'pagerank'"):
        network_page(contacts, tmp_path / "x.html", size_by="pagerank")


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


def test_country_view_aggregates(pages: dict[str, Path]) -> None:
    data = payload_of(pages["countries"])
    assert sorted(n["label"] for n in data["nodes"]) == ["EGY", "ISR", "RUS", "USA"]
    # Lavrov–Shoukry is RUS–EGY; the three-way meeting gives EGY–USA, EGY–ISR, USA–ISR
    rus_egy = edge_between(data, "RUS", "EGY")
    assert len(rus_egy["contacts"]) == 3
    shown = [data["contacts"][str(i)]["people"] for i in rus_egy["contacts"]]
    assert ["Sergey Lavrov", "Sameh Shoukry"] in shown  # hover lists the original people
    assert len(data["edges"]) == 6
    assert rus_egy["arrows"][
        "to" if rus_egy["from"] == next(n["id"] for n in data["nodes"] if n["label"] == "RUS") else "from"
    ]["enabled"]


def test_country_view_drops_domestic_contacts(tmp_path: Path) -> None:
    data = payload_of(country_page([contact(PUTIN, LAVROV), contact(PUTIN, SISI)], tmp_path / "c.html"))
    assert len(data["nodes"]) == 2 and len(data["contacts"]) == 1


def test_timeline_of_a_person_and_a_pair(pages: dict[str, Path], tmp_path: Path) -> None:
    data = payload_of(pages["timeline"])
    assert data["person"] == "Vladimir Putin" and len(data["contacts"]) == 4
    assert data["rows"][0] == "Abdel Fattah el-Sisi"  # two contacts, the busiest row first
    assert [m["date"] for m in data["marks"]] == sorted(m["date"] for m in data["marks"])
    pair = payload_of(timeline_page(sample_contacts(), tmp_path / "p.html", person="Sisi", other="Trump"))
    assert len(pair["contacts"]) == 1 and pair["rows"] == ["meeting"]
    undated = payload_of(timeline_page(sample_contacts(), tmp_path / "u.html", person="Lavrov"))
    assert undated["marks"][0]["date"] == "2018-01-05" and undated["undated"] == []
    with pytest.raises(DipgraphError, match="have no contact in common"):
        timeline_page(sample_contacts(), tmp_path / "x.html", person="Lavrov", other="Trump")


def test_unwritable_path_is_a_user_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(DipgraphError, match="cannot write"):
        network_page(sample_contacts(), blocker / "page.html")


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):
    """The view/stats subcommands over a fake store holding ``sample_contacts()``."""
    from graph.cli import view as view_cli

    opened: list[tuple] = []

    @contextmanager
    def open_store(path=None, *, endpoint=None, read_only=False):
        opened.append((path, read_only))
        yield types.SimpleNamespace(contacts=sample_contacts)

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
    assert len(payload_of(out)["contacts"]) == 2
    cli("view", "-o", str(out), "--kind", "countries", "--size-by", "degree")
    assert payload_of(out)["kind"] == "countries"
    cli("view", "-o", str(out), "--kind", "timeline", "--person", "Putin", "--other", "Trump")
    assert payload_of(out)["other"] == "Donald Trump"
    with pytest.raises(DipgraphError, match="needs --person"):
        cli("view", "--kind", "timeline", "-o", str(out))


def test_cli_stats_formats(cli, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli("stats", "--format", "json", "--top", "2") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["summary"]["contacts"] == 6 and len(stats["degree"]) == 2
    out = tmp_path / "s.csv"
    cli("stats", "--format", "csv", "-o", str(out))
    assert out.read_text().startswith("section,rank,name,value,detail\n")
    cli("stats")
    assert "== degree ==" in capsys.readouterr().out


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
                {
                    "article_id": "x1",
                    "url": "https://a.example/1",
                    "title": "One",
                    "evidence": {"text": "نص عربي", "start": 0},
                },
                {
                    "article_id": "x2",
                    "url": "ftp://b.example/2",
                    "title": None,
                    "evidence": {"text": "English text."},
                },
            ],
        },
    )
    record = payload_of(network_page([merged], tmp_path / "m.html"))["contacts"]["0"]
    assert [(s["article"], s["url"], s["dir"]) for s in record["sources"]] == [
        ("x1", "https://a.example/1", "rtl"),
        ("x2", None, "auto"),
    ]
