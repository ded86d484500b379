"""Made-up contacts for tests, demonstrations and the store benchmark (no real article text)."""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from itertools import accumulate

from ..model import CONTACT_TYPES, Actor, Contact, Evidence

PUTIN = Actor("Vladimir Putin", "فلاديمير بوتين", "Q7747", "RUS", "President of Russia")
SISI = Actor("Abdel Fattah el-Sisi", "عبد الفتاح السيسي", "Q1578955", "EGY", "President of Egypt")
NETANYAHU = Actor("Benjamin Netanyahu", "بنيامين نتنياهو", "Q43723", "ISR", "Prime Minister of Israel")
ERDOGAN = Actor("Recep Tayyip Erdoğan", "رجب طيب أردوغان", "Q39723", "TUR", "President of Turkey")
ROUHANI = Actor("Hassan Rouhani", "حسن روحاني", "Q8017", "IRN", "President of Iran")
GUTERRES = Actor("António Guterres", "أنطونيو غوتيريش", "Q311440", "UN", "Secretary-General of the United Nations")


def _contact(article: str, kind: str, people: tuple[Actor, ...], day: str | None, sentence: str, start: int,
             **more: object) -> Contact:
    return Contact(article_id=article, type=kind, participants=people,
                   evidence=Evidence(sentence, start, start + len(sentence)), date=day, **more)  # type: ignore[arg-type]


def example_contacts() -> list[Contact]:
    """A small hand-made set: one call reported by two articles, an initiator, an undated syndicated
    meeting, a planned summit, a visit and a message; sentences are invented."""
    call = "Putin and Sisi discussed Syria by telephone on Tuesday."
    wire = "The two presidents met in the past, the agency said."
    return [
        _contact("ex-1", "phone_call", (PUTIN, SISI), "2017-11-21", call, 0, topics=("Syrian crisis",),
                 date_text="Tuesday", published="2017-11-21", url="https://example.org/1", title="Calls", lang="en"),
        _contact("ex-1", "phone_call", (PUTIN, NETANYAHU), "2017-11-21",
                 "Netanyahu called Putin at the Israeli side's request.", 60, initiator="Benjamin Netanyahu",
                 topics=("Syrian crisis", "intelligence cooperation"), published="2017-11-21", lang="en"),
        _contact("ex-2", "phone_call", (SISI, PUTIN), "2017-11-21",
                 "بحث السيسي وبوتين هاتفيا الأزمة السورية.", 10, topics=("الأزمة السورية",), status="occurred",
                 published="2017-11-22", url="https://example.org/2", lang="ar"),
        _contact("ex-2", "meeting", (PUTIN, ERDOGAN, ROUHANI), "2017-11-22",
                 "بوتين يستضيف أردوغان وروحاني في سوتشي غدا.", 80, status="planned",
                 published="2017-11-22", lang="ar"),
        _contact("ex-3", "meeting", (PUTIN, ERDOGAN), None, wire, 5, status="background", lang="en"),
        _contact("ex-4", "meeting", (ERDOGAN, PUTIN), None, wire, 40, status="background", lang="en"),
        _contact("ex-4", "visit", (NETANYAHU, PUTIN), "2018-01-29", "Netanyahu arrived in Moscow.", 100,
                 initiator="Netanyahu", topics=("Iran",), lang="en"),
        _contact("ex-4", "message", (GUTERRES, ERDOGAN), "2018-02-03", "Guterres wrote to Erdogan.", 140,
                 initiator="António Guterres", lang="en"),
    ]


def synthetic_contacts(n: int, *, people: int = 2000, articles_per: int = 8, seed: int = 1) -> Iterator[Contact]:
    """``n`` random contacts among ``people`` invented people of 60 countries over ten years,
    about ``articles_per`` contacts an article, one in five reported again by another article."""
    rng = random.Random(seed)
    countries = [f"C{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(60)]
    actors = [Actor(f"Person P{i:05d}", f"شخص {i:05d}", f"Q{900000 + i}", countries[i % 60], "Minister")
              for i in range(people)]
    weights = list(accumulate(1 / (i + 1) ** 0.8 for i in range(people)))  # a few people are in much of the news
    start = date(2015, 1, 1)
    previous: Contact | None = None
    for i in range(n):
        article = f"syn-{i // articles_per}"
        published = (start + timedelta(days=(i // articles_per) % 3650)).isoformat()
        if previous is not None and rng.random() < 0.2:
            yield replace(previous, article_id=article, published=published, url=f"https://example.org/{article}",
                          evidence=Evidence(previous.evidence.text, i, i + 40))
            continue
        a, b = rng.choices(actors, cum_weights=weights, k=2)
        while b == a:
            b = rng.choice(actors)
        kind = rng.choice(CONTACT_TYPES)
        day = (start + timedelta(days=rng.randrange(3650))).isoformat() if rng.random() < 0.9 else None
        previous = Contact(
            article_id=article, type=kind, participants=(a, b), date=day, evidence=Evidence(
                f"{a.name} and {b.name}: contact {i}.", 100 * (i % articles_per), 100 * (i % articles_per) + 40),
            initiator=a.name if rng.random() < 0.5 else None, topics=(f"topic {rng.randrange(50)}",),
            status=rng.choice(("occurred", "occurred", "occurred", "planned", "background")),
            published=published, url=f"https://example.org/{article}", lang="en")
        yield previous
