"""Rebuild the gazetteer tables in data/gazetteer/ from the public sources and data/curated/.

    python scripts/build_gazetteer.py [--sources ../shared/sources]

Reads the source folders described in the sources' README.md (ep-world-leaders, ep-world-intl-fm,
mledoze-countries, arwikicats) and the curated tables; curated rows win on conflicts. Writes
people.tsv, roles.tsv, countries.tsv, organizations.tsv, metonyms.tsv and role_words.tsv with
sorted rows (a rebuild from the same inputs gives no diff), then prints a coverage report.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from graph.gazetteer.matcher import COMMON_WORDS  # noqa: E402
from graph.gazetteer.offices import Gazetteer, read_gazetteer  # noqa: E402
from graph.gazetteer.tables import Role, parse_date, split_list  # noqa: E402
from graph.text import norm  # noqa: E402
from name_variants import name_variants  # noqa: E402  (scripts/, beside this file)

COLUMNS = {
    "people.tsv": ["id", "name", "name_ar", "aliases_en", "aliases_ar", "wikidata", "country", "gender",
                   "source"],
    "roles.tsv": ["person_id", "role", "org", "title", "start", "end", "source"],
    "countries.tsv": ["iso3", "name_en", "name_ar", "names_en", "names_ar", "adjectives_en", "adjectives_ar",
                      "capital_en", "capital_ar", "wikidata", "source"],
    "organizations.tsv": ["code", "name_en", "name_ar", "aliases_en", "aliases_ar", "adjectives_en",
                          "adjectives_ar", "wikidata", "source"],
    "metonyms.tsv": ["surface", "lang", "org", "refers_to", "source"],
    "role_words.tsv": ["surface", "lang", "role", "source"],
    "cities.tsv": ["surface", "lang", "country", "source"],
}
EXTRA_ENTITIES = {"PSE", "VAT", "UNK", "TWN", "ESH"}  # non-UN-members kept (UNK is mledoze's Kosovo)
ARAB_LEAGUE = frozenset({"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
                         "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"})
COVERED = sorted(  # full history and Arabic names wanted for these
    {*ARAB_LEAGUE,
     "USA", "GBR", "FRA", "RUS", "CHN",  # P5
     "ARG", "AUS", "BRA", "CAN", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "ZAF", "TUR",  # G20
     "IRN", "ISR", "PAK", "ETH", "UKR"})
COVERED_ORGS = {"UN": "secretary_general", "LAS": "secretary_general", "EU": "org_head",
                "GCC": "secretary_general", "AU": "org_head", "OIC": "secretary_general"}
MULTI_HOLDER = {("head_of_state", "AND"), ("head_of_state", "SMR"), ("head_of_state", "CHE")}
HISTORY_FROM = date(2010, 1, 1)
MIN_VARIANT_LETTERS = 5  # a generated one-word spelling shorter than this is too likely another word
LATIN_ARTICLE_START = re.compile(r"^(?:al|el)[- ]")
YEARS_FROM = 2000  # first year of the per-year coverage table
YEAR_GAP_DAYS = 31  # a country-year with at most this many days without a holder counts as covered
YEAR_ROLES = ("head_of_state", "head_of_government", "foreign_minister")
INTL_POSTS = {"Secretary-General of the United Nations": ("secretary_general", "UN"),
              "Director-General of the World Trade Organization": ("org_head", "WTO")}
SKIPPED_POSITIONS = ("governor-general", "member of the swiss federal council")
HOG_WORDS = ("prime minister", "premier", "taoiseach", "chancellor", "president of the government",
             "council of ministers", "president of the pontifical commission")


class BuildError(Exception):
    """A curated or source file that cannot be used; the message names it and the line."""


# ---------------------------------------------------------------- small helpers

def slug(name: str) -> str:
    """A stable ASCII id from an English name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def key(text: str) -> str:
    """A loose comparison key for names (normalised, punctuation folded)."""
    return re.sub(r"[\s\-_.'’,]+", " ", norm(text)).strip()


def unique(items: Iterable[str], *, skip: Iterable[str] = ()) -> list[str]:
    """Non-empty items in first-seen order, without duplicates or the ``skip`` values."""
    seen = {s for s in skip if s}
    out = []
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def cell(value: str | Iterable[str]) -> str:
    """A TSV cell: lists joined by ``|``; tabs and newlines removed."""
    text = value if isinstance(value, str) else "|".join(value)
    return re.sub(r"[\t\r\n]+", " ", text).strip()


def read_tsv(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) pairs of a TSV file with a header; ``#`` lines are comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    numbered = [(i, line) for i, line in enumerate(lines, start=1)
                if line.strip() and not line.startswith("#")]
    if not numbered:
        return []
    header = numbered[0][1].split("\t")
    rows = []
    for number, line in numbered[1:]:
        cells = line.split("\t")
        if len(cells) > len(header):
            raise BuildError(f"{path}:{number}: {len(cells)} cells for {len(header)} columns; fix the tabs")
        rows.append((number, dict(zip(header, cells + [""] * (len(header) - len(cells))))))
    return rows


def require_columns(path: Path, rows: list[tuple[int, dict[str, str]]], table: str) -> None:
    """Fail with the missing column names when a curated file's header is wrong."""
    if rows:
        missing = [c for c in COLUMNS[table] if c not in rows[0][1]]
        if missing:
            raise BuildError(f"{path}:1: missing column(s) {', '.join(missing)}; the header must be "
                             f"{' '.join(COLUMNS[table])}")


def check_date(path: Path, line: int, text: str) -> None:
    """Fail on a date that is not YYYY, YYYY-MM or YYYY-MM-DD."""
    if text and not (re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) and _parses(text)):
        raise BuildError(f"{path}:{line}: bad date {text!r}; write YYYY-MM-DD, YYYY-MM or YYYY")


def _parses(text: str) -> bool:
    try:
        parse_date(text)
    except ValueError:
        return False
    return True


def write_table(path: Path, rows: Iterable[dict[str, str]]) -> int:
    """Write sorted rows under the table's header; returns the row count."""
    columns = COLUMNS[path.name]
    lines = sorted({"\t".join(cell(row.get(c, "")) for c in columns) for row in rows})
    path.write_text("\t".join(columns) + "\n" + "".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


# ---------------------------------------------------------------- countries

def country_label_key(label: str) -> str:
    """'Congo, Republic of the' → 'republic of the congo'; 'The Gambia' → 'gambia'."""
    label = re.sub(r"\s*\(.*?\)", "", label).strip()
    if "," in label:
        head, _, tail = label.partition(",")
        label = f"{tail.strip()} {head.strip()}"
    return re.sub(r"^the ", "", key(label))


def plural_en(adjective: str) -> list[str]:
    """'Russian' → ['Russian', 'Russians']; 'French' → ['French']."""
    return [adjective, adjective + "s"] if re.search(r"(an|i)$", adjective) else [adjective]


def arabic_adjectives(entry: dict[str, str]) -> list[str]:
    """Every form of an ArWikiCats nationality entry a news sentence uses."""
    male = entry.get("male", "")
    forms = [male, entry.get("female", ""), entry.get("the_male", ""), entry.get("the_female", ""),
             entry.get("males", "")]
    if entry.get("males") and " " not in entry["males"]:
        forms.append("ال" + entry["males"])
    if male.endswith("ي") and " " not in male:
        forms += [male + "ون", "ال" + male + "ون", male + "ين", "ال" + male + "ين"]
    return forms


@dataclass
class CountryRow:
    """A countries.tsv row while it is being assembled."""

    iso3: str
    name_en: str
    name_ar: str = ""
    names_en: list[str] = field(default_factory=list)
    names_ar: list[str] = field(default_factory=list)
    adjectives_en: list[str] = field(default_factory=list)
    adjectives_ar: list[str] = field(default_factory=list)
    capital_en: str = ""
    capital_ar: str = ""
    wikidata: str = ""
    source: list[str] = field(default_factory=list)

    def as_row(self) -> dict[str, str]:
        return {"iso3": self.iso3, "name_en": self.name_en, "name_ar": self.name_ar,
                "names_en": unique(self.names_en, skip=[self.name_en]),
                "names_ar": unique(self.names_ar, skip=[self.name_ar]),
                "adjectives_en": unique(self.adjectives_en), "adjectives_ar": unique(self.adjectives_ar),
                "capital_en": self.capital_en, "capital_ar": self.capital_ar, "wikidata": self.wikidata,
                "source": unique(self.source)}


def build_countries(sources: Path, curated: Path) -> dict[str, CountryRow]:
    """Countries from mledoze + ArWikiCats + ``countries_extra.tsv``."""
    countries: dict[str, CountryRow] = {}
    for entry in json.loads((sources / "mledoze-countries" / "countries.json").read_text(encoding="utf-8")):
        iso3 = entry["cca3"]
        if not (entry.get("unMember") or iso3 in EXTRA_ENTITIES):
            continue
        arabic = entry["translations"].get("ara", {})
        latin_alts = [a for a in entry.get("altSpellings", [])
                      if len(a) > 2 and all(c.isascii() or unicodedata.category(c).startswith("L")
                                            and ord(c) < 0x250 for c in a)]
        demonyms = [d for d in entry.get("demonyms", {}).get("eng", {}).values() if d]
        country = CountryRow(iso3, entry["name"]["common"], arabic.get("common", ""),
                             [entry["name"]["official"], *latin_alts], [arabic.get("official", "")],
                             [p for d in demonyms for p in plural_en(d)],
                             capital_en=(entry.get("capital") or [""])[0], source=["mledoze-countries"])
        countries[iso3] = country
    extra_path = curated / "countries_extra.tsv"
    extra_rows = read_tsv(extra_path) if extra_path.exists() else []
    for line, row in extra_rows:
        country = countries.get(row["iso3"])
        if country is None:
            raise BuildError(f"{extra_path}:{line}: unknown iso3 {row['iso3']!r}")
        for scalar in ("name_en", "name_ar", "capital_en", "capital_ar"):
            if row.get(scalar):
                setattr(country, scalar, row[scalar])
        for listed in ("names_en", "names_ar", "adjectives_en", "adjectives_ar"):
            getattr(country, listed).extend(split_list(row.get(listed, "")))
        country.source.append("curated")
    resolver = CountryResolver(countries)
    arwikicats = sources / "arwikicats"
    nationalities = json.loads((arwikicats / "nationalities_data.json").read_text(encoding="utf-8"))
    by_country = json.loads((arwikicats / "all_nat_as_en.json").read_text(encoding="utf-8"))
    adjective_owners: defaultdict[str, set[str]] = defaultdict(set)
    english_owners: defaultdict[str, set[str]] = defaultdict(set)
    for adjective, entry in [*nationalities.items(), *by_country.items()]:
        iso3 = resolver.iso3(entry.get("en", ""))
        if iso3 is None:
            continue
        for form in arabic_adjectives(entry):
            if form:
                adjective_owners[form].add(iso3)
        if adjective in nationalities:
            for form in plural_en(adjective.title()):
                english_owners[form].add(iso3)
        if entry.get("ar"):
            countries[iso3].names_ar.append(entry["ar"])
        countries[iso3].source.append("arwikicats")
    for form, owners in adjective_owners.items():
        if len(owners) == 1:  # an adjective shared by two countries (كونغولي) names neither
            countries[next(iter(owners))].adjectives_ar.append(form)
    for form, owners in english_owners.items():
        if len(owners) == 1:
            countries[next(iter(owners))].adjectives_en.append(form)
    cities = json.loads((arwikicats / "cities_full.json").read_text(encoding="utf-8"))
    for country in countries.values():
        if not country.capital_ar and country.capital_en.lower() in cities:
            country.capital_ar = cities[country.capital_en.lower()]
    for country in countries.values():
        country.adjectives_ar.sort(key=lambda a: (len(a), a))
        country.source = sorted(set(country.source))
    return countries


class CountryResolver:
    """Country labels and names (English) → ISO alpha-3."""

    def __init__(self, countries: dict[str, CountryRow]):
        self.index: dict[str, str] = {}
        for country in countries.values():
            for name in [country.name_en, *country.names_en]:
                self.index.setdefault(country_label_key(name), country.iso3)
        for country in countries.values():  # the common name wins over any alternative spelling
            self.index[country_label_key(country.name_en)] = country.iso3

    def iso3(self, label: str) -> str | None:
        return self.index.get(country_label_key(label)) if label else None


# ---------------------------------------------------------------- people and roles from the sources

@dataclass
class PersonRow:
    """A people.tsv row while it is being assembled."""

    id: str
    name: str
    name_ar: str = ""
    aliases_en: list[str] = field(default_factory=list)
    aliases_ar: list[str] = field(default_factory=list)
    wikidata: str = ""
    country: str = ""
    gender: str = ""
    source: list[str] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.aliases_en]

    def as_row(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "name_ar": self.name_ar,
                "aliases_en": unique(self.aliases_en, skip=[self.name]),
                "aliases_ar": unique(self.aliases_ar, skip=[self.name_ar]), "wikidata": self.wikidata,
                "country": self.country, "gender": self.gender, "source": sorted(set(self.source))}


@dataclass(frozen=True)
class RoleRow:
    """A roles.tsv row (dates kept as written: YYYY, YYYY-MM or YYYY-MM-DD)."""

    person_id: str
    role: str
    org: str
    title: str
    start: str
    end: str
    source: str

    def as_row(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in COLUMNS["roles.tsv"]}


def clean_person_label(label: str) -> tuple[str, list[str]]:
    """'Hamad II of Bahrain' → name and aliases ('Hamad II'); '(politician)' and ', Crown Prince…' dropped.

    A ruler's name without its number is an alias when more than one word is left ('Hassanal Bolkiah')."""
    name = re.sub(r"\s*\(.*?\)", "", label).strip()
    aliases = []
    if "," in name:
        name = name.split(",")[0].strip()
    ruler = re.fullmatch(r"(.+?) of [A-Z][\w ]+", name)
    if ruler and re.search(r" [IVX]+\b", ruler.group(1)):  # 'Carl XVI Gustaf of Sweden' → 'Carl XVI Gustaf'
        aliases.append(ruler.group(1))
        plain = re.sub(r" [IVX]+$", "", ruler.group(1))
        if plain != ruler.group(1) and " " in plain:  # 'Hassanal Bolkiah I' → 'Hassanal Bolkiah' (one word: too vague)
            aliases.append(plain)
    return name, aliases


def position_role(label: str) -> str | None:
    """The role code of an ep-world-leaders position label, or None for offices the gazetteer skips."""
    lower = label.lower()
    if any(word in lower for word in SKIPPED_POSITIONS):
        return None
    if lower.startswith("supreme leader"):
        return "supreme_leader"
    if any(word in lower for word in HOG_WORDS):
        return "head_of_government"
    return "head_of_state"


def title_case_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def source_people(sources: Path, resolver: CountryResolver, countries: dict[str, CountryRow],
                  country_qids: Counter[tuple[str, str]]) -> tuple[dict[str, PersonRow], list[RoleRow]]:
    """People (keyed by QID) and their roles from ep-world-leaders and ep-world-intl-fm."""
    leaders = sources / "ep-world-leaders"
    labels: dict[str, str] = {}  # QID → English label; later files win (the 2024 Wikidata dump has vandalism)
    for name in ("wikidata_2024-10-23.csv", "wikipedia_2024-10-23.csv", "wikidata_index-05e3baa.csv"):
        for row in csv.DictReader((leaders / name).open(encoding="utf-8")):
            label = row.get("officeholderLabel") or row.get("officeholderlabel") or ""
            if label and not re.fullmatch(r"Q\d+", label):
                labels[row["officeholder"]] = label
    people: dict[str, PersonRow] = {}
    roles: list[RoleRow] = []

    def person(qid: str, label: str, iso3: str, folder: str) -> PersonRow | None:
        label = labels.get(qid) or ("" if re.fullmatch(r"Q\d+", label) else label)
        if not label:
            return None
        if qid not in people:
            name, aliases = clean_person_label(label)
            people[qid] = PersonRow(slug(name), name, aliases_en=aliases, wikidata=qid, country=iso3)
        people[qid].source.append(folder)
        return people[qid]

    rows_by_position: defaultdict[str, list[dict[str, str]]] = defaultdict(list)
    newest_open: defaultdict[str, set[str]] = defaultdict(set)  # position → holders open in the newest file
    for name in ("wikidata_index-05e3baa.csv", "wikidata_2024-10-23.csv"):
        for row in csv.DictReader((leaders / name).open(encoding="utf-8")):
            if name.startswith("wikidata_index"):
                if not row["end_year"]:
                    newest_open[row["position"]].add(row["officeholder"])
            elif not row["end_year"] and newest_open[row["position"]] - {row["officeholder"]}:
                continue  # open in the older file, but the newest file has another holder now
            rows_by_position[row["position"]].append(row)
    for position_rows in rows_by_position.values():
        latest = max(int(r["start_year"] or 0) for r in position_rows)
        for row in position_rows:
            iso3 = resolver.iso3(row["country"])
            role = position_role(row["positionLabel"])
            start = row["start_year"]
            if iso3 is None or role is None or not start or int(start) < 1900:
                continue
            country_qids[iso3, row["countryid"]] += 1
            if not row["end_year"] and int(start) < latest:
                continue  # stale Wikidata noise: an open row superseded by a later holder
            holder = person(row["officeholder"], row["officeholderLabel"], iso3, "ep-world-leaders")
            if holder is not None:
                roles.append(RoleRow("", role, iso3, title_case_first(row["positionLabel"]), start,
                                     row["end_year"], "ep-world-leaders|" + holder.wikidata))

    fm = sources / "ep-world-intl-fm"
    seen_fm: set[tuple[str, str]] = set()
    for name in ("foreign_ministers_wikidata.csv", "foreign_ministers_enwiki_scraped.csv"):
        for row in csv.DictReader((fm / name).open(encoding="utf-8")):
            iso3 = resolver.iso3(row["countryLabel"])
            if iso3 is None or not row["person"] or not row["start"] or (row["person"], iso3) in seen_fm:
                continue
            seen_fm.add((row["person"], iso3))
            country_qids[iso3, row["country"]] += 1
            holder = person(row["person"], re.sub(r"^(Prince|Sheikh|Dr\.?) ", "", row["name"]), iso3,
                            "ep-world-intl-fm")
            if holder is not None:
                title = f"Foreign Minister of {countries[iso3].name_en}"
                roles.append(RoleRow("", "foreign_minister", iso3, title, row["start"], "",
                                     "ep-world-intl-fm|" + holder.wikidata))
    for row in csv.DictReader((fm / "intl_positions_holders21.csv").open(encoding="utf-8")):
        if row["position"] in INTL_POSTS:
            role, org = INTL_POSTS[row["position"]]
            holder = person(row["personID"], row["person"], org, "ep-world-intl-fm")
            if holder is not None:
                roles.append(RoleRow("", role, org, row["position"], row["start"], row["end"],
                                     "ep-world-intl-fm|" + holder.wikidata))
    return people, roles


# ---------------------------------------------------------------- curated people and the merge

def curated_people(curated: Path) -> tuple[dict[str, PersonRow], list[RoleRow]]:
    """All ``people_*.tsv`` and ``roles_*.tsv`` under data/curated/."""
    people: dict[str, PersonRow] = {}
    for path in sorted(curated.glob("people_*.tsv")):
        rows = read_tsv(path)
        require_columns(path, rows, "people.tsv")
        for line, row in rows:
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row["id"]) or not row["name"]:
                raise BuildError(f"{path}:{line}: id must be an ASCII slug and name non-empty")
            if row["wikidata"] and not re.fullmatch(r"Q\d+", row["wikidata"]):
                raise BuildError(f"{path}:{line}: wikidata {row['wikidata']!r} is not a QID; leave it empty")
            new = PersonRow(row["id"], row["name"], row["name_ar"], list(split_list(row["aliases_en"])),
                            list(split_list(row["aliases_ar"])), row["wikidata"], row["country"],
                            row["gender"], ["curated"])
            old = people.get(new.id)
            if old is not None:  # the same person in two curated files: keep the first, add the aliases
                old.aliases_en += new.names()
                old.aliases_ar += [new.name_ar, *new.aliases_ar]
                old.name_ar, old.wikidata = old.name_ar or new.name_ar, old.wikidata or new.wikidata
            else:
                people[new.id] = new
    same_name: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for person in people.values():
        same_name[key(person.name), person.country].append(person.id)
    twins = [" / ".join(ids) for ids in same_name.values() if len(ids) > 1]
    if twins:
        raise BuildError(f"the same person under two ids in {curated}/people_*.tsv: {'; '.join(twins)}; keep one")
    roles = []
    for path in sorted(curated.glob("roles_*.tsv")):
        rows = read_tsv(path)
        require_columns(path, rows, "roles.tsv")
        for line, row in rows:
            if row["person_id"] not in people:
                raise BuildError(f"{path}:{line}: person_id {row['person_id']!r} is in no people_*.tsv; "
                                 "add the person or fix the id")
            if not row["start"]:
                raise BuildError(f"{path}:{line}: start is empty; give at least the year")
            check_date(path, line, row["start"])
            check_date(path, line, row["end"])
            roles.append(RoleRow(row["person_id"], row["role"], row["org"], row["title"], row["start"],
                                 row["end"], "curated"))
    return people, roles


def merge_people(curated: dict[str, PersonRow], found: dict[str, PersonRow]) -> dict[str, str]:
    """Fold source people into the curated ones; returns QID → final person id.

    A source person joins a curated one with the same QID, else one whose name or alias has the same
    normalised form when only one curated person has it (the curated person then gets the QID).
    """
    by_qid = {p.wikidata: p for p in curated.values() if p.wikidata}
    by_name: defaultdict[str, set[str]] = defaultdict(set)
    for p in curated.values():
        for name in p.names():
            by_name[key(name)].add(p.id)
    qid_to_id: dict[str, str] = {}
    for qid, found_person in sorted(found.items()):
        target = by_qid.get(qid)
        if target is None:
            candidates = {pid for name in found_person.names() for pid in by_name.get(key(name), ())}
            if len(candidates) == 1:
                target = curated[candidates.pop()]
                if not target.wikidata:
                    target.wikidata = qid
                    by_qid[qid] = target
        if target is not None:
            target.aliases_en += found_person.names()
            target.source += found_person.source
            qid_to_id[qid] = target.id
            continue
        person_id = found_person.id
        if person_id in curated:  # a different person with the same name slug
            person_id = f"{person_id}-{qid.lower()}"
        found_person.id = person_id
        curated[person_id] = found_person
        qid_to_id[qid] = person_id
    return qid_to_id


def merge_roles(curated_roles: list[RoleRow], found_roles: list[RoleRow], qid_to_id: dict[str, str],
                is_national: set[str]) -> list[RoleRow]:
    """Curated roles, plus source roles for offices curated rows do not give for that person.

    An open-ended row followed by a later holder of the same office is closed at the successor's start.
    """
    curated_offices = {(r.person_id, r.role, r.org) for r in curated_roles}
    rows = list(curated_roles)
    for row in found_roles:
        folder, qid = row.source.split("|")
        person_id = qid_to_id[qid]
        if (person_id, row.role, row.org) not in curated_offices:
            rows.append(RoleRow(person_id, row.role, row.org, row.title, row.start, row.end, folder))
    rows = list({(r.person_id, r.role, r.org, r.start): r for r in rows}.values())
    offices: defaultdict[tuple[str, ...], list[RoleRow]] = defaultdict(list)
    for row in rows:
        office = (row.role, row.org) if row.org in is_national else (row.role, row.org, row.title)
        if (row.role, row.org) not in MULTI_HOLDER:
            offices[office].append(row)
    closed = {}
    for office_rows in offices.values():
        starts = sorted({parse_date(r.start): r.start for r in office_rows}.items())
        for row in office_rows:
            if row.end:
                continue
            later = [text for day, text in starts if day > parse_date(row.start) and text[:4] > row.start[:4]]
            if later:
                closed[row] = RoleRow(row.person_id, row.role, row.org, row.title, row.start,
                                      _day_before(later[0]), row.source)
    return [closed.get(r, r) for r in rows]


def _day_before(text: str) -> str:
    """The day before a start date, at the start date's precision for years and months."""
    if len(text) == 10:
        return (parse_date(text) - timedelta(days=1)).isoformat()
    return text  # a year or month start: the predecessor's end shares that period


def add_arabic_names(people: dict[str, PersonRow], sources: Path) -> None:
    """Arabic names from ArWikiCats peoples.json where an English name matches exactly."""
    arabic = json.loads((sources / "arwikicats" / "peoples.json").read_text(encoding="utf-8"))
    for person in people.values():
        for name in person.names():
            found = arabic.get(name.lower())
            if found:
                if not person.name_ar:
                    person.name_ar = found
                    person.source.append("arwikicats")
                elif norm(found) != norm(person.name_ar):
                    person.aliases_ar.append(found)
                break


def add_name_variants(people: dict[str, PersonRow], taken: Iterable[str]) -> int:
    """Spelling variants generated by rule (``name_variants.py``) added to each person's aliases.

    A variant is left out when its normalised form is already a name of the person, names another
    person or any other entry (``taken``: countries, adjectives, organisations, places, office words),
    or is one word shorter than ``MIN_VARIANT_LETTERS`` or a common word. Returns how many were added.
    """
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for person in people.values():
        for name in [*person.names(), person.name_ar, *person.aliases_ar]:
            if name:
                owners[norm(name)].add(person.id)
    others = {norm(surface) for surface in taken if surface}
    added = 0
    for person in sorted(people.values(), key=lambda p: p.id):
        english, arabic = person.names(), [n for n in [person.name_ar, *person.aliases_ar] if n]
        variants_en, variants_ar = name_variants(english, arabic, foreign=person.country not in ARAB_LEAGUE)
        for variant, aliases in [*((v, person.aliases_en) for v in sorted(variants_en)),
                                 *((v, person.aliases_ar) for v in sorted(variants_ar))]:
            key_ = norm(variant)
            if key_ in owners or key_ in others or _too_plain(key_):
                continue
            owners[key_].add(person.id)
            aliases.append(variant)
            added += 1
    return added


def _too_plain(normalised: str) -> bool:
    """A one-word name (the article aside: al-Bo, al Bo) too short or too common to be matched on its own."""
    core = LATIN_ARTICLE_START.sub("", normalised)
    return " " not in core and (sum(c.isalpha() for c in core) < MIN_VARIANT_LETTERS or core in COMMON_WORDS)


# ---------------------------------------------------------------- small tables

def copy_curated(curated: Path, name: str) -> list[dict[str, str]]:
    """A hand table from data/curated/ with ``source`` set to curated."""
    path = curated / name
    if not path.exists():
        return []
    rows = read_tsv(path)
    require_columns(path, rows, name)
    return [{**row, "source": row.get("source") or "curated"} for _, row in rows]


def capital_metonyms(countries: dict[str, CountryRow], curated: list[dict[str, str]]) -> list[dict[str, str]]:
    """Capitals standing for their government (Moscow/موسكو → RUS), unless ambiguous or curated."""
    taken = {(row["surface"], row["lang"]) for row in curated}
    owners: defaultdict[tuple[str, str], list[str]] = defaultdict(list)
    for country in countries.values():
        for surface, lang in ((country.capital_en, "en"), (country.capital_ar, "ar")):
            if surface:
                owners[surface, lang].append(country.iso3)
    sources = {"en": "mledoze-countries", "ar": "arwikicats"}
    return [{"surface": surface, "lang": lang, "org": isos[0], "refers_to": "government",
             "source": sources[lang]} for (surface, lang), isos in owners.items() if len(isos) == 1 and (surface, lang) not in taken]


def city_metonyms(curated: Path, countries: dict[str, CountryRow], taken_rows: list[dict[str, str]]
                  ) -> list[dict[str, str]]:
    """Major cities (``cities.tsv``: Jeddah, Sochi, Geneva …) as places of their country: metonyms that
    refer to its government like capitals, so that a meeting held there reads as a visit; never a party."""
    path = curated / "cities.tsv"
    if not path.exists():
        return []
    rows = read_tsv(path)
    require_columns(path, rows, "cities.tsv")
    taken = {(row["surface"], row["lang"]) for row in taken_rows}
    out = []
    for _, row in rows:
        if row["country"] not in countries:
            raise BuildError(f"{path}: unknown country {row['country']!r}")
        if (row["surface"], row["lang"]) not in taken:
            taken.add((row["surface"], row["lang"]))
            out.append({"surface": row["surface"], "lang": row["lang"], "org": row["country"],
                        "refers_to": "government", "source": row.get("source") or "curated"})
    return out


def add_org_qids(organizations: list[dict[str, str]], sources: Path) -> None:
    """Organisation QIDs where ep-world-leaders lists the organisation as a country (EU: Q458)."""
    by_name = {}
    index = sources / "ep-world-leaders" / "wikidata_index-05e3baa.csv"
    for row in csv.DictReader(index.open(encoding="utf-8")):
        by_name[key(row["country"])] = row["countryid"]
    for org in organizations:
        qid = by_name.get(key(org["name_en"]))
        if qid and not org["wikidata"]:
            org["wikidata"] = qid
            org["source"] = "curated|ep-world-leaders"


# ---------------------------------------------------------------- coverage report

def coverage(gazetteer: Gazetteer, un_members: list[str], today: date) -> list[str]:
    """Lines of the coverage report: current holders, and gaps in the history of the listed offices."""
    people = gazetteer.people
    lines = [
        f"people: {len(people)}; with Arabic names: {sum(1 for p in people.values() if p.name_ar)}; "
        f"with QIDs: {sum(1 for p in people.values() if p.wikidata)}",
        f"role rows: {len(gazetteer.roles)} "
        f"({sum(1 for r in gazetteer.roles if r.source == 'curated')} curated)",
        f"countries: {len(gazetteer.countries)}; with Arabic adjectives: "
        f"{sum(1 for c in gazetteer.countries.values() if c.adjectives_ar)}; with Arabic capitals: "
        f"{sum(1 for c in gazetteer.countries.values() if c.capital_ar)}",
        f"organizations: {len(gazetteer.organizations)}; metonyms: {len(gazetteer.metonyms)}; "
        f"role words: {len(gazetteer.role_words)}",
    ]
    targets = sorted(set(un_members) | {"PSE", "VAT"})
    for role in ("head_of_state", "head_of_government", "foreign_minister"):
        missing = [iso for iso in targets if gazetteer.holder(role, iso, None) is None]
        note = " (includes countries with no separate head of government)" if role == "head_of_government" else ""
        lines.append(f"goal 1, current {role}: {len(targets) - len(missing)}/{len(targets)}{note}"
                     + (f"; missing: {' '.join(missing)}" if missing else ""))
    stale = sorted(r.org for r in gazetteer.roles if r.role == "foreign_minister" and r.end is None
                   and r.source != "curated")
    lines.append(f"goal 1, current foreign ministers known only from the Dec 2022 source (unverified): "
                 f"{len(stale)}")
    gaps = []
    for iso in COVERED:
        for role in ("head_of_state", "head_of_government", "foreign_minister"):
            rows = [r for r in gazetteer.roles if r.role == role and r.org == iso]
            if role == "head_of_government" and not rows:
                continue  # presidential systems have no separate head of government
            problem = _history_problem(gazetteer, rows, today)
            if problem:
                gaps.append(f"{iso} {role}: {problem}")
    for org, role in COVERED_ORGS.items():
        rows = [r for r in gazetteer.roles if r.role == role and r.org == org]
        problem = _history_problem(gazetteer, rows, today)
        if problem:
            gaps.append(f"{org} {role}: {problem}")
    lines.append(f"goal 2, offices of the listed countries/organisations with gaps since {HISTORY_FROM.year} "
                 f"or holders without Arabic names: {len(gaps)}")
    lines += ["  " + gap for gap in gaps]
    return lines


def year_coverage(gazetteer: Gazetteer, today: date) -> list[str]:
    """Lines of a table: per year since 2000, how many listed countries have each office filled all year.

    A country-year counts when at most ``YEAR_GAP_DAYS`` days of it (up to ``today``) have no holder.
    The head-of-government column counts only countries whose tables have that office (presidential
    systems have none); the uncovered country-years are listed under the table.
    """
    spans: defaultdict[tuple[str, str], list[tuple[date, date]]] = defaultdict(list)
    for row in gazetteer.roles:
        if row.role in YEAR_ROLES and row.org in COVERED:
            spans[row.role, row.org].append((row.start, row.end or today))
    with_office = {role: sorted({org for r, org in spans if r == role}) for role in YEAR_ROLES}
    header = "year  " + "  ".join(f"{role:>18}" for role in YEAR_ROLES)
    lines = [f"per-year coverage of the {len(COVERED)} listed countries (office filled all year, "
             f"gaps up to {YEAR_GAP_DAYS} days allowed):", header]
    missing: defaultdict[str, defaultdict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for year in range(YEARS_FROM, today.year + 1):
        first, last = date(year, 1, 1), min(date(year, 12, 31), today)
        cells = []
        for role in YEAR_ROLES:
            covered = [org for org in with_office[role] if _days_uncovered(spans[role, org], first, last)
                       <= YEAR_GAP_DAYS]
            for org in with_office[role]:
                if org not in covered:
                    missing[role][org].append(year)
            cells.append(f"{len(covered):>3}/{len(with_office[role]):<3} {100 * len(covered) // max(1, len(with_office[role])):>3}%")
        lines.append(f"{year}  " + "  ".join(f"{c:>18}" for c in cells))
    for role in YEAR_ROLES:
        gaps = [f"{org} {year_ranges(years)}" for org, years in sorted(missing[role].items())]
        lines.append(f"{role} not covered: {sum(map(len, missing[role].values()))} country-years"
                     + (f" ({', '.join(gaps)})" if gaps else ""))
    return lines


def year_ranges(years: list[int]) -> str:
    """[2000, 2001, 2002, 2005] → '2000-2002 2005'."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return " ".join(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)


def _days_uncovered(spans: list[tuple[date, date]], first: date, last: date) -> int:
    """Days from ``first`` to ``last`` (inclusive) that no span covers."""
    uncovered, day = 0, first
    for start, end in sorted(spans):
        if end < day:
            continue
        if start > last:
            break
        if start > day:
            uncovered += (start - day).days
        day = max(day, end + timedelta(days=1))
        if day > last:
            return uncovered
    return uncovered + max(0, (last - day).days + 1)


def _history_problem(gazetteer: Gazetteer, rows: list[Role], today: date) -> str:
    """What is wrong with an office's history since 2010: uncovered periods, holders without Arabic."""
    if not rows:
        return "no rows"
    problems = []
    uncovered, day = [], HISTORY_FROM
    for row in sorted(rows, key=lambda r: r.start):
        if row.start > day + timedelta(days=1):
            uncovered.append(f"{day.isoformat()}..{row.start.isoformat()}")
        day = max(day, row.end or today)
    if day < today:
        uncovered.append(f"{day.isoformat()}..")
    if uncovered:
        problems.append("uncovered " + ", ".join(uncovered))
    no_arabic = sorted({r.person_id for r in rows if (r.end is None or r.end >= HISTORY_FROM)
                        and not gazetteer.people[r.person_id].name_ar})
    if no_arabic:
        problems.append("no Arabic name: " + " ".join(no_arabic))
    return "; ".join(problems)


# ---------------------------------------------------------------- main

def build(sources: Path, curated: Path, out: Path) -> Gazetteer:
    """Build and write the six tables; returns the gazetteer they describe."""
    countries = build_countries(sources, curated)
    resolver = CountryResolver(countries)
    country_qids: Counter[tuple[str, str]] = Counter()
    found_people, found_roles = source_people(sources, resolver, countries, country_qids)
    for (iso3, qid), _ in sorted(country_qids.items(), key=lambda item: (-item[1], item[0])):
        if not countries[iso3].wikidata:
            countries[iso3].wikidata = qid
            countries[iso3].source.append("ep-world-leaders")
    people, curated_roles = curated_people(curated)
    qid_to_id = merge_people(people, found_people)
    roles = merge_roles(curated_roles, found_roles, qid_to_id, set(countries))
    add_arabic_names(people, sources)
    organizations = copy_curated(curated, "organizations.tsv")
    add_org_qids(organizations, sources)
    known = set(countries) | {org["code"] for org in organizations}
    unknown = sorted({f"{r.person_id} {r.role} {r.org}" for r in roles if r.org not in known})
    if unknown:
        raise BuildError(f"roles of countries or organisations in no table: {', '.join(unknown)}; add the "
                         f"organisation to {curated / 'organizations.tsv'} or fix the code")
    metonyms = copy_curated(curated, "metonyms.tsv")
    metonyms += capital_metonyms(countries, metonyms)
    metonyms += city_metonyms(curated, countries, metonyms)
    role_words = copy_curated(curated, "role_words.tsv")
    taken = [*(name for c in countries.values() for name in (c.name_en, c.name_ar, *c.names_en, *c.names_ar,
                                                          *c.adjectives_en, *c.adjectives_ar)),
             *(name for o in organizations for field_ in ("name_en", "name_ar", "aliases_en", "aliases_ar",
                                                           "adjectives_en", "adjectives_ar")
               for name in split_list(o[field_])),
             *(m["surface"] for m in metonyms), *(w["surface"] for w in role_words)]
    add_name_variants(people, taken)

    out.mkdir(parents=True, exist_ok=True)
    write_table(out / "people.tsv", (p.as_row() for p in people.values()))
    write_table(out / "roles.tsv", (r.as_row() for r in roles))
    write_table(out / "countries.tsv", (c.as_row() for c in countries.values()))
    write_table(out / "organizations.tsv", organizations)
    write_table(out / "metonyms.tsv", metonyms)
    write_table(out / "role_words.tsv", role_words)
    return read_gazetteer(lambda name: [row for _, row in read_tsv(out / name)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sources", type=Path, default=REPO.parent / "shared" / "sources",
                        help="folder of the source copies (default: ../shared/sources beside the repo)")
    parser.add_argument("--curated", type=Path, default=REPO / "data" / "curated")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "gazetteer")
    args = parser.parse_args()
    if not (args.sources / "README.md").exists():
        print(f"error: no sources in {args.sources}; pass --sources PATH", file=sys.stderr)
        return 2
    try:
        gazetteer = build(args.sources, args.curated, args.out)
    except BuildError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    mledoze = json.loads((args.sources / "mledoze-countries" / "countries.json").read_text(encoding="utf-8"))
    un_members = [c["cca3"] for c in mledoze if c.get("unMember")]
    print(f"wrote {args.out}")
    print("\n".join(coverage(gazetteer, un_members, date.today())))
    print("\n".join(year_coverage(gazetteer, date.today())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
