"""The embedded store: loading, merging, summaries, saved queries, removal, exports, serving, CLI."""
import argparse
import csv
import io
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from itertools import combinations

import networkx as nx
import pytest
import rdflib

import graph.store as store_module
import graph.store.backend as backend_module
from graph.cli import store as store_cli
from graph.errors import DipgraphError
from graph.export import EXPORT_FORMATS, export
from graph.serve import make_server
from graph.store import load_facts_file, open_store, saved_queries
from graph.store.synthetic import example_contacts, synthetic_contacts


@pytest.fixture(scope="session")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "s"
    with open_store(path) as store:
        store.load(example_contacts())
    return path


@pytest.fixture(scope="session")
def store(store_path):
    with open_store(store_path, read_only=True) as opened:
        yield opened


def test_loading_twice_adds_nothing(tmp_path):
    with open_store(tmp_path / "s") as s:
        first = s.load(example_contacts())
        again = s.load(example_contacts())
    assert (first.contacts_read, first.contacts_added, first.merged) == (8, 8, 2)
    assert first.quads_added > 100
    assert (again.contacts_added, again.merged, again.quads_added) == (0, 0, 0)


def test_the_latest_contacts_are_read_alone_and_the_store_counts_them_all(tmp_path, monkeypatch):
    import graph.store.readback as readback

    monkeypatch.setattr(readback, "EXCERPT", 7)  # read in several excerpts
    with open_store(tmp_path / "s") as s:
        s.load(synthetic_contacts(300, people=40))
        every = s.contacts()
        latest = s.contacts(latest=50)
        tally = s.tally(top=3)
    dated = sorted((c for c in every if c.date), key=lambda c: c.date)
    assert len(dated) > 50 and sorted(c.date for c in latest) == [c.date for c in dated[-50:]]
    full = {json.dumps(c.to_json(), sort_keys=True) for c in every}
    assert all(json.dumps(c.to_json(), sort_keys=True) in full for c in latest)
    assert tally.contacts == len(every) and tally.by_type == Counter(c.type for c in every)
    assert tally.by_status == Counter(c.status for c in every)
    assert tally.articles == len({src["article_id"] for c in every for src in c.extra["sources"]})
    with open_store(tmp_path / "s", read_only=True) as s:
        ranked = s.run_saved("top_pairs").records()[:3]
    assert [(*sorted((r["first_actor"], r["second_actor"])), int(r["contacts"])) for r in ranked] == \
        list(tally.top_pairs)
    together = Counter(pair for c in every for pair in combinations(sorted(p.name for p in c.participants), 2))
    assert all(together[(first, second)] == n for first, second, n in tally.top_pairs)


def test_merged_contacts_list_their_sources(store):
    contacts = store.contacts()
    assert len(contacts) == 6
    call = next(c for c in contacts if c.type == "phone_call" and "Abdel Fattah el-Sisi" in
                {p.name for p in c.participants})
    assert call.extra["n_sources"] == 2
    assert [s["article_id"] for s in call.extra["sources"]] == ["ex-1", "ex-2"]
    assert call.article_id == "ex-1" and call.url == "https://example.org/1" and call.date == "2017-11-21"
    assert call.evidence.start == 0 and call.evidence.text.startswith("Putin and Sisi")
    assert set(call.topics) == {"Syrian crisis", "الأزمة السورية"}
    putin = next(p for p in call.participants if p.wikidata == "Q7747")
    assert (putin.name, putin.name_ar, putin.country, putin.role) == (
        "Vladimir Putin", "فلاديمير بوتين", "RUS", "President of Russia")
    undated = [c for c in contacts if c.date is None]
    assert len(undated) == 1 and undated[0].extra["n_sources"] == 2 and undated[0].status == "background"
    visit = next(c for c in contacts if c.type == "visit")
    assert visit.initiator == "Benjamin Netanyahu"


@pytest.mark.parametrize("person", ["Putin", "PUTIN", "بوتين", "vladimir", "Vladimir Putin", "vlad", " putin "])
def test_who_did_putin_phone(store, person):
    result = store.run_saved("contacts_of_person", {"person": person, "type": "phone_call"})
    rows = result.records()
    assert [(r["date"], r["with"], r["initiator"]) for r in rows] == [
        ("2017-11-21", "Abdel Fattah el-Sisi", None), ("2017-11-21", "Benjamin Netanyahu", "Benjamin Netanyahu")]
    assert "person" not in result.columns


def test_date_range_and_hostile_values(store):
    rows = store.run_saved("contacts_of_person", {"person": "Putin", "from": "2017-11-22", "to": "2018-12-31"})
    assert [r["kind"] for r in rows.records()] == ["Meeting", "Visit"]
    hostile = '") } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o FILTER("'
    assert len(store.run_saved("contacts_of_person", {"person": hostile})) == 0
    with pytest.raises(DipgraphError, match="YYYY-MM-DD"):
        store.run_saved("contacts_of_person", {"person": "Putin", "from": "last week"})
    with pytest.raises(DipgraphError, match="needs --param person"):
        store.run_saved("contacts_of_person", {})
    with pytest.raises(DipgraphError, match="no parameter 'who'"):
        store.run_saved("contacts_of_person", {"who": "Putin"})
    with pytest.raises(DipgraphError, match="no saved query"):
        store.run_saved("nope", {})


def test_summary_queries(store):
    pairs = {(r["first_actor"], r["second_actor"]): r for r in store.run_saved("top_pairs").records()}
    assert {k for k, r in pairs.items() if r["contacts"] == "2"} == {
        ("Benjamin Netanyahu", "Vladimir Putin"), ("Recep Tayyip Erdoğan", "Vladimir Putin")}
    assert set(pairs["Benjamin Netanyahu", "Vladimir Putin"]["types"].split()) == {"Visit", "PhoneCall"}
    assert [(r["actor"], r["initiated"]) for r in store.run_saved("top_initiators").records()] == [
        ("Benjamin Netanyahu", "2"), ("António Guterres", "1")]
    months = store.run_saved("country_pair_months", {"a": "rus", "b": "TUR"}).records()
    assert [(r["month"], r["contacts"]) for r in months] == [("2017-11", "1")]
    first_last = store.run_saved("pair_first_last", {"a": "netanyahu", "b": "putin"}).records()
    assert (first_last[0]["first"], first_last[0]["last"], first_last[0]["reports"]) == (
        "2017-11-21", "2018-01-29", "2")
    topics = {r["topic"] for r in store.run_saved("pair_topics", {"a": "Putin", "b": "Netanyahu"}).records()}
    assert topics == {"Syrian crisis", "intelligence cooperation", "Iran"}
    history = store.run_saved("pair_contacts", {"a": "Erdo", "b": "Putin"}).records()
    assert [(r["date"], r["status"], r["sources"]) for r in history] == [
        (None, "background", "2"), ("2017-11-22", "planned", "1")]
    reached = store.run_saved("one_intermediary", {"person": "Sisi"}).records()
    assert {r["reached"] for r in reached} == {"Benjamin Netanyahu", "Hassan Rouhani", "Recep Tayyip Erdoğan"}
    assert all(r["through"] == "Vladimir Putin" for r in reached)


def test_every_saved_query_is_documented():
    for saved in saved_queries().values():
        assert saved.summary, saved.name
        assert all(p.help for p in saved.params), saved.name


def test_query_reads_only(store):
    assert store.query("ASK { ?c a <https://w3id.org/dipgraph/ontology#Visit> }").render("json") == "true"
    result = store.query("SELECT ?n WHERE { ?a <https://w3id.org/dipgraph/ontology#articleId> ?n }"
                         " ORDER BY ?n", {})
    assert [r["n"] for r in result.records()] == ["ex-1", "ex-2", "ex-3", "ex-4"]
    named = store.query("SELECT ?a ?id WHERE { ?a <https://w3id.org/dipgraph/ontology#articleId> ?id }",
                        {"id": "ex-3"})
    assert len(named) == 1 and named.columns == ["a"]
    unlisted = store.query("SELECT ?a WHERE { ?a <https://w3id.org/dipgraph/ontology#articleId> ?id }", {"id": "ex-3"})
    assert [r["a"] for r in unlisted.records()] == ["https://w3id.org/dipgraph/id/article/ex-3"]
    with pytest.raises(DipgraphError, match="WHERE clause"):
        store.query("SELECT ?a { ?a ?p ?id }", {"id": "ex-3"})
    for update in ("INSERT DATA { <http://a> <http://b> <http://c> }", "PREFIX x: <http://x#>\n# c\nDROP ALL",
                   "CLEAR DEFAULT"):
        with pytest.raises(DipgraphError, match="not a read query"):
            store.query(update)
    with pytest.raises(DipgraphError, match="syntax"):
        store.query("SELECT WHERE {")


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_render(store, fmt):
    text = store.run_saved("top_initiators").render(fmt)
    if fmt == "json":
        assert json.loads(text)[0]["actor"] == "Benjamin Netanyahu"
    elif fmt == "csv":
        assert list(csv.reader(io.StringIO(text)))[0] == ["actor", "initiated", "contacts"]
    else:
        assert "Benjamin Netanyahu" in text and "(2 rows)" in text


def _summaries(store):
    return sorted(tuple(r.values()) for r in store.query(
        "SELECT ?s ?p ?o WHERE { GRAPH <https://w3id.org/dipgraph/id/graph/summaries> { ?s ?p ?o } }").records())


def test_summaries_match_a_recount(tmp_path, monkeypatch):
    """Pair summaries kept by deltas over several batches equal a count of the merged contacts."""
    monkeypatch.setattr(store_module, "BATCH", 150)
    with open_store(tmp_path / "s") as s:
        s.load(synthetic_contacts(600, people=40))
        contacts = s.contacts()
        expected = defaultdict(Counter)
        for c in contacts:
            for a, b in combinations(sorted(p.wikidata for p in c.participants), 2):
                expected[(a, b)]["contacts"] += 1
                expected[(a, b)]["reports"] += c.extra["n_sources"]
        rows = s.query("""PREFIX dg: <https://w3id.org/dipgraph/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?a ?b ?n ?r WHERE { ?p a dg:PairSummary ; dg:actor ?x, ?y ; dg:contactCount ?n ;
              dg:reportCount ?r . ?x owl:sameAs ?a . ?y owl:sameAs ?b FILTER(STR(?a) < STR(?b)) }""").records()
        got = {(r["a"].rsplit("/", 1)[1], r["b"].rsplit("/", 1)[1]): Counter(contacts=int(r["n"]), reports=int(r["r"]))
               for r in rows}
        assert got == dict(expected)
        assert sum(c.extra["n_sources"] for c in contacts) == 600


def _ranks(s):
    rows = s.query("""PREFIX dg: <https://w3id.org/dipgraph/ontology#>
        SELECT ?n ?c ?r WHERE { ?n dg:pairRank ?r ; dg:contactCount ?c }""").records()
    ranked = [(int(r["c"]), r["n"]) for r in sorted(rows, key=lambda r: int(r["r"]))]
    every = s.query("""PREFIX dg: <https://w3id.org/dipgraph/ontology#>
        SELECT ?n ?c WHERE { ?n a dg:PairSummary ; dg:contactCount ?c }""").records()
    return ranked, sorted(((int(r["c"]), r["n"]) for r in every), key=lambda x: (-x[0], x[1]))[:100]


def test_rankings_kept_at_load_time_match_a_full_sort(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BATCH", 50)
    with open_store(tmp_path / "s") as s:
        s.load(synthetic_contacts(600, people=40))
        ranked, full = _ranks(s)
        assert ranked == full and len(ranked) == 100
        s.remove_article("syn-0")
        ranked, full = _ranks(s)
        assert ranked == full


def test_remove_article_then_reload_restores_the_graph(tmp_path):
    with open_store(tmp_path / "s") as s:
        s.load(example_contacts())
        before = _summaries(s), [c.to_json() for c in s.contacts()]
        s.remove_article("ex-2")
        after = {(c.type, c.date): c for c in s.contacts()}
        assert ("meeting", "2017-11-22") not in after
        assert after[("phone_call", "2017-11-21")].extra["n_sources"] in (1,)
        assert not s.run_saved("pair_first_last", {"a": "Rouhani", "b": "Erdo"}).rows
        assert not s.run_saved("one_intermediary", {"person": "Rouhani"}).rows  # no partner left
        s.load(c for c in example_contacts() if c.article_id == "ex-2")
        assert (_summaries(s), [c.to_json() for c in s.contacts()]) == before
        with pytest.raises(DipgraphError, match="no article"):
            s.remove_article("missing")


def test_a_second_writer_gets_a_clear_error(store_path):
    with open_store(store_path) as _:
        code = (f"from graph.store import open_store\nfrom graph.errors import DipgraphError\n"
                f"try:\n    open_store({str(store_path)!r})\nexcept DipgraphError as e:\n    print(e)")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "open for writing by another process" in out


def test_read_only_store_must_exist(tmp_path):
    with pytest.raises(DipgraphError, match="no store at"):
        open_store(tmp_path / "none", read_only=True)


def test_facts_file_reports_bad_lines(tmp_path):
    path = tmp_path / "facts.jsonl"
    good = json.dumps(example_contacts()[0].to_json(), ensure_ascii=False)
    path.write_text(f"{good}\nnot json\n\n{{\"type\": \"phone_call\"}}\n{good}\n", encoding="utf-8")
    facts = load_facts_file(path)
    assert len(list(facts)) == 2
    assert [(p.line, p.source) for p in facts.problems] == [(2, str(path)), (4, str(path))]


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_exports_read_back(store, fmt, tmp_path):
    out = io.BytesIO()
    export(store, fmt, out)
    data = out.getvalue()
    if fmt in ("turtle", "trig", "nquads", "jsonld"):
        parsed = rdflib.Dataset().parse(data=data, format={"turtle": "turtle", "trig": "trig", "nquads": "nquads",
                                                            "jsonld": "json-ld"}[fmt])
        assert len(parsed) > 300
    elif fmt in ("graphml", "gexf"):
        (tmp_path / "g").write_bytes(data)
        network = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(tmp_path / "g")
        assert network.number_of_nodes() == 6 and network.number_of_edges() == 6
    else:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
        assert len(rows) == 6 and {r["n_sources"] for r in rows} == {"1", "2"}


def test_serve_answers_queries_and_refuses_updates(store):
    server = make_server(store, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        ask = urllib.request.Request(f"{base}/query", data=b"ASK { ?s ?p ?o }", method="POST",
                                     headers={"Content-Type": "application/sparql-query"})
        with urllib.request.urlopen(ask) as response:
            assert json.load(response) == {"head": {}, "boolean": True}
        with urllib.request.urlopen(f"{base}/") as response:
            assert b"<textarea" in response.read()
        update = urllib.request.Request(f"{base}/query", data=b"DROP ALL", method="POST",
                                        headers={"Content-Type": "application/sparql-query"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(update)
        assert err.value.code == 400
    finally:
        server.shutdown()
        server.server_close()
    assert store.query("ASK { ?s ?p ?o }").boolean is True


def _cli(*argv):
    parser = argparse.ArgumentParser(prog="dipgraph")
    store_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(list(argv))
    return args.func(args)


def test_cli_load_and_query(tmp_path, capsys):
    facts = tmp_path / "facts.jsonl"
    facts.write_text("".join(json.dumps(c.to_json(), ensure_ascii=False) + "\n" for c in example_contacts())
                     + "oops\n", encoding="utf-8")
    assert _cli("load", str(facts), "--store", str(tmp_path / "s")) == 1
    assert "facts.jsonl:9: not JSON" in capsys.readouterr().err
    assert _cli("query", "--saved", "contacts_of_person", "--param", "person=Putin", "--param", "type=phone_call",
                "--store", str(tmp_path / "s"), "--format", "csv") == 0
    assert capsys.readouterr().out.count("2017-11-21") == 2
    with pytest.raises(DipgraphError, match="exactly one"):
        _cli("query", "--store", str(tmp_path / "s"))


def test_cli_help_has_an_example_for_every_command():
    parser = argparse.ArgumentParser(prog="dipgraph")
    sub = parser.add_subparsers()
    store_cli.register(sub)
    for name, command in sub.choices.items():
        assert "example" in command.format_help(), name
    assert "DIPGRAPH_STORE" in sub.choices["load"].format_help()


@pytest.mark.parametrize("piped", [True, False], ids=["piped", "read-by-the-loader"])
def test_a_load_that_stops_writes_nothing(tmp_path, monkeypatch, piped):
    """An error (or Ctrl-C) in the middle of a load leaves the store as it was, even after batches, whether the
    bulk loader reads the quads from a pipe or from the stream itself."""
    monkeypatch.setattr(store_module, "BATCH", 1)
    if not piped:
        monkeypatch.setattr(backend_module, "FD_PATHS", tmp_path / "no-such-folder")

    def failing():
        yield from example_contacts()[4:]
        raise KeyboardInterrupt

    with open_store(tmp_path / "s") as s:
        s.load(example_contacts()[:4])
        before = set(s.backend.store)
        with pytest.raises(KeyboardInterrupt):
            s.load(failing())
        assert set(s.backend.store) == before
        assert s.load(example_contacts()[4:]).contacts_added == 4


def test_a_bulk_load_that_fails_raises_and_adds_nothing(tmp_path):
    """The loader's error reaches the caller, and the thread writing the quads does not wait for it forever."""
    with open_store(tmp_path / "s") as s:
        s.load(example_contacts())
        before = set(s.backend.store)
        fine = ("<https://example.org/a>", "<https://example.org/p>", '"fine"', "<https://example.org/g>")
        bad = [fine, ("not-a-term", "<https://example.org/p>", '"x"', "<https://example.org/g>"), *[fine] * 200_000]
        with pytest.raises(SyntaxError):
            s.backend.write([bad])
        assert set(s.backend.store) == before


def test_export_accepts_the_usual_extensions_as_format_names(store_path, capsysbinary):
    written = {}
    for fmt in ("ttl", "turtle", "nq", "nquads", "json-ld", "jsonld"):
        assert _cli("export", "--format", fmt, "--store", str(store_path)) == 0
        written[fmt] = capsysbinary.readouterr().out
    assert written["ttl"] == written["turtle"] and written["nq"] == written["nquads"]
    assert written["json-ld"] == written["jsonld"] and len(written["nq"]) > 1000


def test_pair_topics_dates_are_those_of_the_dated_contacts(tmp_path):
    """An undated contact on a topic counts, and leaves the topic's first and last dates to the dated ones."""
    from dataclasses import replace

    from graph.model import Evidence

    call = example_contacts()[0]  # Putin and Sisi on the Syrian crisis, 2017-11-21
    undated = replace(call, article_id="ex-9", date=None, type="meeting",
                      evidence=Evidence("Putin and Sisi met to discuss Syria.", 0, 36))
    with open_store(tmp_path / "s") as store:
        store.load([call, undated])
        rows = store.run_saved("pair_topics", {"a": "Sisi", "b": "Putin"}).records()
    assert rows == [{"topic": "Syrian crisis", "contacts": "2", "first": "2017-11-21", "last": "2017-11-21"}]


def test_a_load_pauses_the_cycle_collector_and_restores_it(tmp_path, monkeypatch):
    import gc

    seen = []
    write = backend_module.LocalBackend.write
    monkeypatch.setattr(backend_module.LocalBackend, "write",
                        lambda self, parts: seen.append(gc.isenabled()) or write(self, parts))
    with open_store(tmp_path / "s") as s:
        s.load(example_contacts())
        assert seen == [False] and gc.isenabled()
        gc.disable()
        try:
            s.load(synthetic_contacts(10))
            assert not gc.isenabled()  # left as it was
        finally:
            gc.enable()
        with pytest.raises(KeyboardInterrupt):
            s.load(_interrupted(example_contacts()))
        assert gc.isenabled()


def _interrupted(contacts):
    yield from contacts
    raise KeyboardInterrupt
