"""Build ``data/lexicon/given_names_ar.tsv``: first names as Arabic news writes them.

An Arabic name after a title is only taken for a person the gazetteer does not know when its first
word is a known given name (Arabic has no capital letters to tell a name from other words). The
list is the first words of the Arabic names in the gazetteer and in ArWikiCats' person names.

    python scripts/build_given_names.py [--sources ../shared/sources]
"""
from __future__ import annotations

import argparse
import csv
import json
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_NAMES = {"ال", "آل", "بن", "ابن", "أبو", "ابو", "عبد"}
TITLES = {"الشيخ", "الأمير", "الملك", "السيد", "الدكتور", "سمو", "جلالة", "فخامة", "معالي", "سعادة", "صاحب",
          "القاضي", "العماد", "المشير", "اللواء", "الفريق"}  # passed over: "الأمير تركي الفيصل" gives تركي


def first_words(names: list[str]) -> set[str]:
    """The first word of each name that can stand first in a name, after any titles."""
    out = set()
    for name in names:
        words = name.split()
        while words and words[0] in TITLES:
            words = words[1:]
        if len(words) >= 2 and words[0] not in NOT_NAMES and len(words[0]) >= 2 and not words[0][0].isdigit():
            out.add(words[0])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "sources")
    args = ap.parse_args()
    found: dict[str, set[str]] = defaultdict(set)
    with (ROOT / "data" / "gazetteer" / "people.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names = [row["name_ar"], *row["aliases_ar"].split("|")]
            for word in first_words([n for n in names if n]):
                found[word].add("gazetteer")
    peoples = json.loads((args.sources / "arwikicats" / "peoples.json").read_text(encoding="utf-8"))
    for word in first_words(list(peoples.values())):
        found[word].add("arwikicats")
    out = ROOT / "data" / "lexicon" / "given_names_ar.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("# First words of Arabic person names (built by scripts/build_given_names.py).\n")
        f.write("name\tsource\n")
        for word in sorted(found):
            f.write(f"{word}\t{'|'.join(sorted(found[word]))}\n")
    print(f"{len(found)} given names written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
