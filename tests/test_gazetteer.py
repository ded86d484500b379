"""The shipped gazetteer tables and the office-holder queries over them."""
from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from graph.errors import InputError
from graph.gazetteer import Gazetteer, Person, Role, load_gazetteer
from graph.gazetteer.offices import read_gazetteer
from graph.gazetteer.tables import parse_date
from graph.resources import read_tsv

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    return load_gazetteer()


def test_loads_once():
    load_gazetteer.cache_clear()
    first = load_gazetteer()
    assert load_gazetteer() is first
    assert first.people and first.roles and first.countries and first.organizations


@pytest.mark.parametrize(("role", "org", "on", "expected"), [
    ("head_of_state", "EGY", date(2013, 3, 1), "mohamed-morsi"),
    ("head_of_state", "EGY", date(2017, 11, 15), "abdel-fattah-el-sisi"),
    ("head_of_state", "USA", date(2017, 6, 1), "donald-trump"),
    ("head_of_state", "USA", date(2022, 6, 1), "joe-biden"),
    ("head_of_state", "RUS", date(2020, 1, 1), "vladimir-putin"),
    ("secretary_general", "UN", date(2010, 5, 1), "ban-ki-moon"),
    ("secretary_general", "UN", date(2020, 5, 1), "antonio-guterres"),
    ("head_of_state", "USA", date(2003, 3, 20), "george-w-bush"),  # back to 2000
    ("head_of_government", "GBR", date(2003, 3, 20), "tony-blair"),
    ("foreign_minister", "FRA", date(2003, 2, 14), "dominique-de-villepin"),
    ("head_of_state", "SAU", date(2002, 1, 1), "fahd-bin-abdulaziz"),
    ("head_of_state", "PSE", date(2002, 6, 1), "yasser-arafat"),
    ("secretary_general", "LAS", date(2000, 6, 1), "esmat-abdel-meguid"),
    ("head_of_state", "VAT", date(2010, 1, 1), "pope-benedict-xvi"),
    ("defence_minister", "USA", date(2004, 1, 1), "donald-rumsfeld"),
])
def test_holder_across_a_change_of_office_holder(gaz, role, org, on, expected):
    holder = gaz.holder(role, org, on)
    assert holder is not None and holder.id == expected


def test_crown_prince_of_saudi_arabia(gaz):
    before, after = gaz.holder("crown_prince", "SAU", date(2016, 6, 1)), gaz.holder("crown_prince", "SAU",
                                                                                     date(2018, 6, 1))
    assert before is not None and after is not None
    assert "nayef" in before.id and "salman" in after.id


def test_current_holder_has_open_row(gaz):
    holder = gaz.holder("head_of_state", "EGY", None)
    assert holder is not None and holder.id == "abdel-fattah-el-sisi"
    assert gaz.holder("head_of_state", "XXX", None) is None


def test_roles_of_and_title_of(gaz):
    sisi = gaz.roles_of("abdel-fattah-el-sisi")
    assert [r.role for r in sisi][-1] == "head_of_state"
    assert all(r.person_id == "abdel-fattah-el-sisi" for r in sisi)
    assert gaz.roles_of("abdel-fattah-el-sisi", date(2017, 1, 1))[0].title == "President of Egypt"
    assert gaz.roles_of("nobody") == []
    assert gaz.title_of("joe-biden", date(2015, 1, 1)) == "Vice President of the United States"
    assert gaz.title_of("joe-biden", date(2022, 1, 1)) == "President of the United States"
    assert gaz.title_of("joe-biden", None) == "President of the United States"  # the latest, held no more
    assert gaz.title_of("nobody", None) is None


def _tiny(roles: list[Role]) -> Gazetteer:
    people = {pid: Person(pid, pid, "", (), (), "", "XXX", "") for pid in {r.person_id for r in roles}}
    return Gazetteer(people, roles, {}, {}, [], [])


def test_seniority_and_latest_start_win():
    gaz = _tiny([
        Role("a", "foreign_minister", "XXX", "Foreign Minister", date(2000, 1, 1), None, "t"),
        Role("a", "head_of_government", "XXX", "Prime Minister", date(2005, 1, 1), None, "t"),
        Role("b", "foreign_minister", "XXX", "Foreign Minister", date(2010, 1, 1), None, "t"),
    ])
    assert gaz.title_of("a", date(2006, 1, 1)) == "Prime Minister"
    assert gaz.title_of("a", date(2001, 1, 1)) == "Foreign Minister"
    holder = gaz.holder("foreign_minister", "XXX", date(2011, 1, 1))
    assert holder is not None and holder.id == "b"
    holder = gaz.holder("foreign_minister", "XXX", date(2001, 1, 1))
    assert holder is not None and holder.id == "a"


@pytest.mark.parametrize(("text", "end", "expected"), [
    ("2015", False, date(2015, 1, 1)), ("2015", True, date(2015, 12, 31)),
    ("2016-02", False, date(2016, 2, 1)), ("2016-02", True, date(2016, 2, 29)),
    ("2017-01-20", True, date(2017, 1, 20)),
])
def test_partial_dates(text, end, expected):
    assert parse_date(text, end=end) == expected


def test_bad_date_names_the_line():
    rows = {"roles.tsv": [{"person_id": "a", "role": "envoy", "org": "UN", "title": "", "start": "20x5",
                           "end": "", "source": "t"}]}
    with pytest.raises(InputError, match=r"roles.tsv:2"):
        read_gazetteer(lambda name: rows.get(name, []))


@pytest.mark.parametrize(("iso3", "forms"), [
    ("RUS", {"روسي", "الروسي", "الروسية", "الروس"}),
    ("EGY", {"مصري", "المصري", "المصرية", "المصريون"}),
    ("USA", {"الأمريكي", "الأميركي", "الأمريكية", "الأميركية"}),
])
def test_arabic_adjectives(gaz, iso3, forms):
    assert forms <= set(gaz.countries[iso3].adjectives_ar)


def test_country_names(gaz):
    assert gaz.country_name("EGY") == "Egypt"
    assert gaz.country_name("UN") == "United Nations"
    assert "Russian" in gaz.countries["RUS"].adjectives_en
    assert gaz.countries["RUS"].capital_ar == "موسكو"
    with pytest.raises(KeyError):
        gaz.country_name("XXX")
    assert {"PSE", "VAT"} <= set(gaz.countries) and len(gaz.countries) >= 195


@pytest.mark.parametrize("word", ["Island", "Dominique"])
def test_no_country_is_named_by_an_english_word_or_a_given_name(gaz, word):
    assert not any(word in c.names_en for c in gaz.countries.values())


def test_metonyms_and_role_words(gaz):
    metonyms = {(m.surface, m.lang): (m.org, m.refers_to) for m in gaz.metonyms}
    assert metonyms["the Kremlin", "en"] == ("RUS", "head_of_state")
    assert metonyms["البيت الأبيض", "ar"] == ("USA", "head_of_state")
    assert metonyms["Downing Street", "en"] == ("GBR", "head_of_government")
    words = {(w.surface, w.lang): w.role for w in gaz.role_words}
    assert words["ولي العهد", "ar"] == "crown_prince"
    assert words["Foreign Minister", "en"] == "foreign_minister"
    assert words["نظير", "ar"] == "counterpart"


def test_tables_are_consistent(gaz):
    assert all(r.person_id in gaz.people for r in gaz.roles)
    ids = [row["id"] for row in read_tsv("gazetteer", "people.tsv")]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)
    qids = [p.wikidata for p in gaz.people.values() if p.wikidata]
    assert all(re.fullmatch(r"Q\d+", q) for q in qids)
    assert len(qids) == len(set(qids))
    assert all(r.end is None or r.start <= r.end for r in gaz.roles)
    codes = set(gaz.countries) | set(gaz.organizations)
    assert {r.org for r in gaz.roles} <= codes
    assert {m.org for m in gaz.metonyms} <= codes


def test_every_row_has_a_source():
    for table in ("people.tsv", "roles.tsv", "countries.tsv", "organizations.tsv", "metonyms.tsv",
                  "role_words.tsv"):
        assert all(row["source"] for row in read_tsv("gazetteer", table)), table


def test_installed_wheel_finds_the_tables(tmp_path):
    pip = [sys.executable, "-m", "pip", "-q"]
    build = subprocess.run([*pip, "wheel", str(REPO), "--no-deps", "--no-build-isolation", "-w",
                            str(tmp_path / "dist")], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((tmp_path / "dist").glob("dipgraph-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        assert "graph/_data/gazetteer/people.tsv" in archive.namelist()
    site = tmp_path / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True,
                   capture_output=True)
    probe = ("import graph.resources as r, graph.gazetteer as g; "
             "print(r.data_root(), g.load_gazetteer().country_name('EGY'))")
    run = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                         env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stderr[-2000:]
    root, name = run.stdout.split()
    assert root.startswith(str(site)) and name == "Egypt"


def test_curated_cities_are_built_into_places_of_their_country(gaz):
    places = {(m.surface, m.lang): (m.org, m.refers_to) for m in gaz.metonyms}
    for row in read_tsv("curated", "cities.tsv"):
        org, refers_to = places[row["surface"], row["lang"]]
        assert refers_to == "government" and org in gaz.countries
    assert places["Jeddah", "en"] == ("SAU", "government") and places["سوتشي", "ar"] == ("RUS", "government")


# ---------------------------------------------------------------- spelling variants generated by rule

def _scripts_module(name: str):
    scripts = str(REPO / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    return __import__(name)


@pytest.fixture(scope="module")
def variants():
    return _scripts_module("name_variants")


def test_arabic_g_writes_a_foreign_g_with_each_letter(variants):
    assert variants.arabic_g("لي غانغ") == {"لي جانج", "لي قانق", "لي كانك"}
    assert variants.arabic_g("سامي كامل") == set()  # no g letter: nothing to do


def test_arabic_v_and_p(variants):
    assert variants.arabic_v("فيكتور") == {"ڤيكتور"}
    assert variants.arabic_p("بيترو") == {"پيترو"}


def test_arabic_ch(variants):
    assert variants.arabic_ch("تشارلز") == {"شارلز"}
    assert variants.arabic_ch("شارل") == {"تشارل"}


def test_foreign_sounds_follow_the_english_word(variants):
    english, arabic = variants.name_variants(["Jorge Gomba", "Gomba"], ["خورخي غومبا", "غومبا"], foreign=True)
    assert {"خورخي جومبا", "جومبا", "خورخي قومبا"} <= arabic
    assert not any(name.startswith(("غورغي", "خورغي", "خورجي")) for name in arabic)  # Jorge has no g sound
    assert "خورخي پومپا" not in arabic  # no p in the English name
    assert english == set()


def test_foreign_sound_rules_only_for_foreign_names(variants):
    _, arabic = variants.name_variants(["Jamal Bagheri"], ["جمال باغري"], foreign=False)
    assert arabic == set()


@pytest.mark.parametrize(("name", "expected"), [
    ("سالم عبد الله", {"سالم عبدالله"}),
    ("سالم عبدالله", {"سالم عبد الله"}),
    ("خالد بن عبد العزيز", {"خالد بن عبدالعزيز"}),
    ("ماهر أبو الفضل", {"ماهر أبوالفضل"}),
    ("ماهر أبوالفضل", {"ماهر أبو الفضل"}),
    ("وليد نصر الله", {"وليد نصرالله"}),
    ("ماهر أبو علي", set()),  # أبو is joined only to a word with the article
])
def test_arabic_compounds_joined_and_spaced(variants, name, expected):
    assert variants.arabic_compounds(name) == expected


def test_arabic_clan_particle(variants):
    assert variants.arabic_clan("فيصل بن سعد آل مرزوق") == {"فيصل بن سعد"}
    assert variants.arabic_clan("فيصل آل مرزوق") == set()  # without a chain of بن the clan name is the name
    _, arabic = variants.name_variants([], ["فيصل بن عبد الله آل مرزوق"], foreign=False)
    assert {"فيصل بن عبدالله", "فيصل بن عبد الله", "فيصل بن عبدالله آل مرزوق"} <= arabic


@pytest.mark.parametrize(("name", "expected"), [
    ("Kemal Doğruöz", {"Kemal Dogruoz"}),
    ("Ayşe Çakırlı", {"Ayse Cakirli"}),
    ("Jürgen Mößner", {"Jurgen Mossner", "Juergen Moessner"}),
    ("Plain Name", set()),
])
def test_latin_without_diacritics(variants, name, expected):
    assert variants.latin_ascii(name) == expected


def test_latin_spellings_of_arabic_names(variants):
    assert variants.latin_spellings("Karim Mahmoud") == {"Karim Mahmud"}
    assert {"Mohammed Ould Salem", "Muhammad Ould Salem", "Mohamad Ould Salem"} <= variants.latin_spellings(
        "Mohamed Ould Salem")
    assert variants.latin_spellings("Plain Name") == set()
    many = variants.latin_spellings("Mohamed Youssef Hussein Mustafa")  # too many at once: one word at a time
    assert "Muhammad Youssef Hussein Mustafa" in many and "Muhammad Yusuf Hussein Mustafa" not in many


def test_latin_son_article_and_clan(variants):
    assert variants.latin_son("Faisal bin Saad") == {"Faisal ibn Saad"}
    assert variants.latin_son("Faisal Ibn Saad") == {"Faisal Bin Saad"}
    assert variants.latin_article("Karim el-Masri") == {"Karim al-Masri", "Karim al Masri", "Karim el Masri"}
    assert variants.latin_article("Abdel Karim") == set()  # "el" inside a word is no article
    assert variants.latin_clan("Faisal bin Saad Al Marzouq") == {"Faisal bin Saad"}


@pytest.fixture(scope="module")
def build_module():
    return _scripts_module("build_gazetteer")


def test_variants_that_name_something_else_are_left_out(build_module):
    people = {
        "a": build_module.PersonRow("a", "Karim el-Masri", "", ["el-Masri"], [], country="EGY"),
        "b": build_module.PersonRow("b", "Hassan al-Masri", "", ["al-Masri"], [], country="JOR"),
    }
    build_module.add_name_variants(people, taken=["al Masri"])
    assert {"Karim al-Masri", "el Masri"} <= set(people["a"].aliases_en)
    assert "al-Masri" not in people["a"].aliases_en  # b's name
    assert "al Masri" not in people["a"].aliases_en  # the name of another entry
    assert "el-Masri" not in people["b"].aliases_en  # a's name


def test_short_or_common_variants_are_left_out(build_module):
    people = {"a": build_module.PersonRow("a", "Bo el-Tai", "", ["el-Tai", "el-Bush"], [], country="EGY")}
    build_module.add_name_variants(people, taken=[])
    assert "Bo al-Tai" in people["a"].aliases_en  # two words: kept
    assert not {"al-Tai", "al Tai", "al-Bush", "al Bush"} & set(people["a"].aliases_en)


# ---------------------------------------------------------------- the per-year coverage report

def test_days_uncovered_and_year_ranges(build_module):
    spans = [(date(2000, 1, 1), date(2000, 3, 31)), (date(2000, 5, 1), date(2001, 1, 1))]
    assert build_module._days_uncovered(spans, date(2000, 1, 1), date(2000, 12, 31)) == 30
    assert build_module._days_uncovered([], date(2000, 1, 1), date(2000, 1, 10)) == 10
    assert build_module.year_ranges([2000, 2001, 2002, 2005, 2007, 2008]) == "2000-2002 2005 2007-2008"


def test_report_gives_every_year_since_2000(build_module, gaz):
    lines = build_module.year_coverage(gaz, date(2026, 6, 1))
    years = [line.split()[0] for line in lines if re.match(r"\d{4} ", line)]
    assert years == [str(y) for y in range(2000, 2027)]


def test_petrarch_spellings_join_the_person_of_the_entry(build_module, tmp_path):
    folder = tmp_path / "petrarch2"
    folder.mkdir()
    (folder / "Phoenix.Countries.actors.txt").write_text(
        "KARIM_EL_MASRI_  # test\n+KAREEM_AL_MASRY_\n+PRESIDENT_KARIM_\n+MASRI_\n+AL-MASRI_AL-KABIR_\n"
        "\t[EGYGOV >100101]\nKARIM_EL_MASRI_  # another country\n+KARIM_MASRI_OTHER_\n\t[JORGOV >100101]\n",
        encoding="utf-8")
    entries = build_module.petrarch_names(tmp_path)
    assert entries == [("EGY", ["Karim El Masri", "Kareem Al Masry"]), ("JOR", ["Karim El Masri", "Karim Masri Other"])]
    people = {"a": build_module.PersonRow("a", "Karim el-Masri", country="EGY")}
    build_module.add_petrarch_aliases(people, tmp_path, taken=[])
    assert "Kareem Al Masry" in people["a"].aliases_en and "Karim Masri Other" not in people["a"].aliases_en
    assert "petrarch2" in people["a"].source


def test_chinese_given_name_joined_as_in_english(variants):
    assert variants.arabic_syllables_joined("وانغ تشي مينغ", ["Wang Qiming"]) == {"وانغ تشيمينغ"}
    assert variants.arabic_syllables_joined("وانغ تشيمينغ", ["Wang Qiming"]) == set()
    _, arabic = variants.name_variants(["Wang Qiming"], ["وانغ تشي مينغ"], foreign=True, syllables=True)
    assert "وانغ تشيمينغ" in arabic


def test_an_open_term_ends_only_when_another_holder_starts(build_module):
    first = {"officeholder": "Q1", "start_year": "1990", "end_year": ""}
    again = {"officeholder": "Q1", "start_year": "2021", "end_year": ""}  # re-elected: the first term goes on
    assert not build_module.superseded(first, [first, again])
    other = {"officeholder": "Q2", "start_year": "2010", "end_year": ""}
    assert build_module.superseded(first, [first, other])
    assert not build_module.superseded(other, [first, other])


def test_a_retracted_source_row_is_left_out(build_module):
    role = build_module.RoleRow
    found = [role("", "head_of_state", "BGD", "President of Bangladesh", "2026", "", "ep-world-leaders|Q7"),
             role("", "head_of_state", "BGD", "President of Bangladesh", "2023-04-24", "", "ep-world-leaders|Q8")]
    qids = {"Q7": "someone-else", "Q8": "shahabuddin"}
    kept = build_module.merge_roles([], found, qids, {"BGD"}, frozenset({("someone-else", "head_of_state", "BGD")}))
    assert [(r.person_id, r.end) for r in kept] == [("shahabuddin", "")]
    both = build_module.merge_roles([], found, qids, {"BGD"})
    assert ("shahabuddin", "2026") in [(r.person_id, r.end) for r in both]  # closed in the year the other starts


def test_offices_held_side_by_side_have_several_holders(gaz):
    holders = {p.name for p in gaz.holders("deputy_head_of_government", "QAT", date(2018, 6, 1))}
    assert {"Khalid al-Attiyah", "Mohammed bin Abdulrahman Al Thani"} <= holders
    assert gaz.holder("deputy_head_of_government", "QAT", date(2018, 6, 1)).name in holders
