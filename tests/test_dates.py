"""Date expressions resolved against the publication date (graph.extract.dates)."""
from __future__ import annotations

from datetime import date

import pytest

from graph.extract.dates import DateMention, find_dates

TUE = date(2017, 11, 21)  # a Tuesday
NEW_YEAR = date(2018, 1, 3)


def one(text: str, lang: str, published: date | None) -> DateMention:
    mentions = find_dates(text, lang, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


# (sentence, the words of the mention, day or None, precision, tense)
ARABIC_TODAY = [
    ("بحث الرئيس، مساء اليوم الثلاثاء، هاتفيا الأزمة", "مساء اليوم الثلاثاء", TUE, "day", "present"),
    ("أعلن المتحدث اليوم أن الوفد وصل", "اليوم", TUE, "day", "present"),
    ("استقبل الملك صباح اليوم وزير الخارجية", "صباح اليوم", TUE, "day", "present"),
    ("عقد الطرفان ظهر اليوم جلسة مباحثات", "ظهر اليوم", TUE, "day", "present"),
    ("تحدث الرئيس، في وقت سابق من اليوم، مع نظيره", "في وقت سابق من اليوم", TUE, "day", "past"),
    ("وكان الوزير قد التقى في وقت سابق اليوم السفير", "في وقت سابق اليوم", TUE, "day", "past"),
    # a weekday with today names its day when the article is dated a few days later (the next morning)
    ("قال المتحدث اليوم الاثنين إن الزيارة ناجحة", "اليوم الاثنين", date(2017, 11, 20), "day", "present"),
    # but not a day after publication: that is the publication day
    ("قال المتحدث اليوم الأربعاء إن الزيارة ناجحة", "اليوم الأربعاء", TUE, "day", "present"),
]
ARABIC_RELATIVE = [
    ("التقى الوزير أمس نظيره الفرنسي", "أمس", date(2017, 11, 20), "day", "past"),
    ("وأمس اتصل الرئيس بنظيره", "أمس", date(2017, 11, 20), "day", "past"),
    ("كان قد اتصل بالأمس بنظيره", "بالأمس", date(2017, 11, 20), "day", "past"),
    ("وصل الوفد يوم أمس إلى العاصمة", "يوم أمس", date(2017, 11, 20), "day", "past"),
    ("استقبل الأمير مساء أمس السفير", "مساء أمس", date(2017, 11, 20), "day", "past"),
    ("التقى الرئيسان أول أمس في القاهرة", "أول أمس", date(2017, 11, 19), "day", "past"),
    ("التقى الرئيسان قبل ثلاثة أيام في القاهرة", "قبل ثلاثة أيام", date(2017, 11, 18), "day", "past"),
    ("التقى الرئيسان في الخامس من نوفمبر", "في الخامس من نوفمبر", date(2017, 11, 5), "day", ""),
    ("التقيا في الحادي والعشرين من الشهر الجاري", "في الحادي والعشرين من الشهر الجاري", date(2017, 11, 21), "day",
     "present"),
    ("التقى الرئيسان أمس الأول في القاهرة", "أمس الأول", date(2017, 11, 19), "day", "past"),
    ("يزور الوزير غدا العاصمة", "غدا", date(2017, 11, 22), "day", "future"),
    ("تعقد القمة بعد غد في الرياض", "بعد غد", date(2017, 11, 23), "day", "future"),
]
ARABIC_WEEKDAYS = [
    ("التقى الوزير يوم الأحد نظيره", "يوم الأحد", date(2017, 11, 19), "day", ""),
    ("وصل الوفد الأحد الماضي إلى عمّان", "الأحد الماضي", date(2017, 11, 19), "day", "past"),
    ("اتصل الرئيس والاثنين بنظيره", "الاثنين", date(2017, 11, 20), "day", ""),
    ("أجرى الملك مساء الاثنين الماضي اتصالا", "مساء الاثنين الماضي", date(2017, 11, 20), "day", "past"),
    # the publication day itself is the most recent Tuesday on or before it...
    ("التقى الرئيس الثلاثاء رئيس الوزراء", "الثلاثاء", TUE, "day", ""),
    # ...but "last Tuesday" is the one before
    ("التقى الرئيس الثلاثاء الماضي رئيس الوزراء", "الثلاثاء الماضي", date(2017, 11, 14), "day", "past"),
    ("يزور الرئيس الخميس المقبل باريس", "الخميس المقبل", date(2017, 11, 23), "day", "future"),
    ("يصل الوزير السبت القادم إلى الرباط", "السبت القادم", date(2017, 11, 25), "day", "future"),
    ("تعقد الجولة الثلاثاء المقبل في جنيف", "الثلاثاء المقبل", date(2017, 11, 28), "day", "future"),
]
ARABIC_EXPLICIT = [
    ("بحث الزعماء عقد قمة يوم الـ22 نوفمبر (تشرين الثاني) في سوتشي", "يوم الـ22 نوفمبر (تشرين الثاني)",
     date(2017, 11, 22), "day", ""),
    ("تنطلق المحادثات في الـ22 من نوفمبر الجاري", "في الـ22 من نوفمبر الجاري", date(2017, 11, 22), "day",
     "present"),
    ("وقع الاتفاق في 21 تشرين الثاني/نوفمبر 2017 في عمّان", "في 21 تشرين الثاني/نوفمبر 2017",
     date(2017, 11, 21), "day", ""),
    ("زار الرئيس القاهرة في 19 نوفمبر عام 1977", "في 19 نوفمبر عام 1977", date(1977, 11, 19), "day", ""),
    ("التقى الرئيس يوم الأحد الموافق 19 نوفمبر 2017 نظيره", "يوم الأحد الموافق 19 نوفمبر 2017",
     date(2017, 11, 19), "day", ""),
    ("وصل المبعوث يوم 26 يوليو/تموز الماضي", "يوم 26 يوليو/تموز الماضي", date(2017, 7, 26), "day", "past"),
    ("يبدأ الاجتماع في الـ5 من الشهر المقبل", "في الـ5 من الشهر المقبل", date(2017, 12, 5), "day", "future"),
    # Levantine and Iraqi month names
    ("زار الوزير دمشق في 14 آذار 2016", "في 14 آذار 2016", date(2016, 3, 14), "day", ""),
    ("تعقد الجلسة في 3 كانون الثاني", "في 3 كانون الثاني", date(2018, 1, 3), "day", ""),
    ("انتهت الدورة في ديسمبر/كانون أول 2016", "في ديسمبر/كانون أول 2016", None, "month", "past"),
    # Maghrebi month names (Algeria and Tunisia; Morocco)
    ("استقبل الرئيس يوم 5 جانفي 2019 السفير", "يوم 5 جانفي 2019", date(2019, 1, 5), "day", ""),
    ("وقعت الاتفاقية في 28 فيفري 2019", "في 28 فيفري 2019", date(2019, 2, 28), "day", ""),
    ("التقى الوزيران في 9 ماي 2019 بالعاصمة", "في 9 ماي 2019", date(2019, 5, 9), "day", ""),
    ("جرت الزيارة في 12 جويلية 2018", "في 12 جويلية 2018", date(2018, 7, 12), "day", ""),
    ("انعقدت الدورة في 30 يوليوز 2018", "في 30 يوليوز 2018", date(2018, 7, 30), "day", ""),
    ("استقبل الملك في 3 شتنبر 2020 المبعوث", "في 3 شتنبر 2020", date(2020, 9, 3), "day", ""),
    ("التقى الوفدان يوم 17 دجنبر 2015", "يوم 17 دجنبر 2015", date(2015, 12, 17), "day", ""),
    # numeric, day first
    ("صدر البيان بتاريخ 21/11/2017 عن الوزارة", "21/11/2017", date(2017, 11, 21), "day", ""),
    ("دمشق-سوريا-27-02-2023", "27-02-2023", date(2023, 2, 27), "day", ""),
]
ARABIC_VAGUE = [
    ("التقى الرئيسان الأسبوع الماضي في باريس", "الأسبوع الماضي", None, "vague", "past"),
    ("يزور الوزير واشنطن الأسبوع المقبل", "الأسبوع المقبل", None, "vague", "future"),
    ("يلتقي الجانبان خلال الأيام المقبلة", "خلال الأيام المقبلة", None, "vague", "future"),
    ("أجرى الرئيس اتصالا مؤخرا بنظيره", "مؤخرا", None, "vague", "past"),
    ("زار الوزير موسكو الشهر الماضي", "الشهر الماضي", None, "month", "past"),
    ("تعقد القمة في مايو في الرياض", "في مايو", None, "month", ""),
    ("تعقد القمة في يناير المقبل", "في يناير المقبل", None, "month", "future"),
    ("زار الرئيس بغداد عام 2018 للمرة الأولى", "عام 2018", None, "year", ""),
]
ENGLISH = [
    ("The minister spoke with his counterpart today.", "today", TUE, "day", "present"),
    ("The prime minister called the king earlier today.", "earlier today", TUE, "day", "past"),
    ("He had flown to Amman earlier in the day to meet the king.", "earlier in the day", None, "day", "told"),
    ("The president met the envoy this morning.", "this morning", TUE, "day", "present"),
    ("The two leaders will speak tonight.", "tonight", TUE, "day", "present"),
    ("Just now, I had a telephone talk with the president.", "Just now", TUE, "day", "past"),
    ("The emir received the minister yesterday.", "yesterday", date(2017, 11, 20), "day", "past"),
    ("They met the day before yesterday.", "the day before yesterday", date(2017, 11, 19), "day", "past"),
    ("The envoy will arrive tomorrow.", "tomorrow", date(2017, 11, 22), "day", "future"),
    ("The leaders met on Tuesday in Geneva.", "on Tuesday", TUE, "day", ""),
    ("Xi held talks Thursday with his guest.", "Thursday", date(2017, 11, 16), "day", ""),
    ("The ministers met last Tuesday.", "last Tuesday", date(2017, 11, 14), "day", "past"),
    ("The ministers will meet next Tuesday.", "next Tuesday", date(2017, 11, 28), "day", "future"),
    ("The summit opens November 22 in Sochi.", "November 22", date(2017, 11, 22), "day", ""),
    ("The treaty was signed on 21 November 2017.", "on 21 November 2017", date(2017, 11, 21), "day", ""),
    ("The talks resumed Nov. 20 after a pause.", "Nov. 20", date(2017, 11, 20), "day", ""),
    ("On August 9, the two ministers spoke by phone.", "On August 9", date(2017, 8, 9), "day", ""),
    ("The forum is scheduled for May 14 to 15.", "for May 14 to 15", date(2018, 5, 14), "day", ""),
    ("The letter, dated 2017-11-19, was released.", "dated 2017-11-19", date(2017, 11, 19), "day", ""),
    ("The letter is dated 19/11/2017.", "dated 19/11/2017", date(2017, 11, 19), "day", ""),
    ("They will meet again in May.", "in May", None, "month", ""),
    ("He recalled their meeting last November.", "last November", None, "month", "past"),
    ("The two sides met this week in Doha.", "this week", None, "vague", "present"),
    ("The visit last week was the first in years.", "last week", None, "vague", "past"),
    ("They will speak next week.", "next week", None, "vague", "future"),
    ("The two leaders recently held a secret meeting.", "recently", None, "vague", "past"),
    ("The call will take place in the coming days.", "in the coming days", None, "vague", "future"),
    ("The king last hosted him in 2018.", "in 2018", None, "year", ""),
    ("The two ministers spoke two days ago.", "two days ago", date(2017, 11, 19), "day", "past"),
]


@pytest.mark.parametrize(("sentence", "words", "day", "precision", "tense"),
                         ARABIC_TODAY + ARABIC_RELATIVE + ARABIC_WEEKDAYS + ARABIC_EXPLICIT + ARABIC_VAGUE)
def test_arabic(sentence: str, words: str, day: date | None, precision: str, tense: str) -> None:
    m = one(sentence, "ar", TUE)
    assert (m.text, m.date, m.precision, m.tense) == (words, day, precision, tense)
    assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize(("sentence", "words", "day", "precision", "tense"), ENGLISH)
def test_english(sentence: str, words: str, day: date | None, precision: str, tense: str) -> None:
    m = one(sentence, "en", TUE)
    assert (m.text, m.date, m.precision, m.tense) == (words, day, precision, tense)
    assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize(("sentence", "lang", "words", "day"), [
    ("وقع الطرفان الاتفاق في 28 ديسمبر في الجزائر", "ar", "في 28 ديسمبر", date(2017, 12, 28)),
    ("The agreement was signed on 28 December in Algiers.", "en", "on 28 December", date(2017, 12, 28)),
    ("التقى الوزيران في 30 كانون الأول", "ar", "في 30 كانون الأول", date(2017, 12, 30)),
])
def test_year_inferred_across_new_year(sentence: str, lang: str, words: str, day: date) -> None:
    m = one(sentence, lang, NEW_YEAR)
    assert (m.text, m.date) == (words, day)


def test_year_inferred_forward_across_new_year() -> None:
    assert one("The summit opens on January 10.", "en", date(2017, 12, 31)).date == date(2018, 1, 10)


@pytest.mark.parametrize(("sentence", "lang", "words", "day"), [
    ("التقى الوزير أمس نظيره", "ar", "أمس", None),
    ("يزور الرئيس باريس الأحد المقبل", "ar", "الأحد المقبل", None),
    ("تعقد القمة في 22 نوفمبر", "ar", "في 22 نوفمبر", None),  # never guess a year
    ("وقع الاتفاق في 21 تشرين الثاني/نوفمبر 2017", "ar", "في 21 تشرين الثاني/نوفمبر 2017",
     date(2017, 11, 21)),
    ("The emir received the minister yesterday.", "en", "yesterday", None),
    ("The summit opens November 22 in Sochi.", "en", "November 22", None),
    ("The treaty was signed on 21 November 2017.", "en", "on 21 November 2017", date(2017, 11, 21)),
])
def test_without_publication_date(sentence: str, lang: str, words: str, day: date | None) -> None:
    m = one(sentence, lang, None)
    assert (m.text, m.date) == (words, day)


def test_eastern_arabic_digits() -> None:
    sentence = "عقدت القمة في ٢٢ نوفمبر ٢٠١٧ في سوتشي"
    m = one(sentence, "ar", None)
    assert (m.text, m.date) == ("في ٢٢ نوفمبر ٢٠١٧", date(2017, 11, 22))


def test_offsets_point_into_the_original_text_with_diacritics() -> None:
    sentence = "التقى الوزيرُ أَمْسِ نظيرَه، ويَزورُ غداً العاصمةَ في الـ٢٢ من نوفمبر"
    mentions = find_dates(sentence, "ar", TUE)
    assert [(m.text, m.date) for m in mentions] == [
        ("أَمْسِ", date(2017, 11, 20)), ("غداً", date(2017, 11, 22)), ("في الـ٢٢ من نوفمبر", date(2017, 11, 22)),
    ]
    for m in mentions:
        assert sentence[m.start:m.end] == m.text


@pytest.mark.parametrize(("sentence", "lang"), [
    ("قالت رئيسة الوزراء تيريزا ماي إن المحادثات مثمرة", "ar"),  # ماي: a name, not May
    ("ولم يصدر أي بيان في ذلك اليوم", "ar"),  # that day
    ("ذكر الموقع أن الاثنين تحدثا عن غزة", "ar"),  # the two, not Monday
    ("Prime Minister Theresa May spoke with the president.", "en"),
    ("The president may 2 weeks from now decide", "fr"),  # other languages: numeric dates only
])
def test_no_date(sentence: str, lang: str) -> None:
    assert find_dates(sentence, lang, TUE) == []


@pytest.mark.parametrize(("sentence", "lang", "after"), [
    ("وفي اليوم التالي غادر الوفد", "ar", 1),  # the next day, not today
    ("The following morning he flew to Cairo.", "en", 1),
    ("Two days later they met again.", "en", 2),
])
def test_a_day_after_the_one_told_is_no_day_of_publication(sentence: str, lang: str, after: int) -> None:
    found = find_dates(sentence, lang, TUE)
    assert [(d.date, d.tense, d.after_told) for d in found] == [(None, "told", after)]


def test_other_languages_get_numeric_dates() -> None:
    m = one("Le traité signé le 21/11/2017 à Paris.", "fr", None)
    assert (m.text, m.date) == ("21/11/2017", date(2017, 11, 21))


def test_mentions_sorted_non_overlapping_longest() -> None:
    sentence = ("التقى الرئيس يوم الثلاثاء (21 نوفمبر) نظيره، ثم أجرى مساء أمس الإثنين اتصالا، "
                "ويزور الخميس المقبل باريس")
    mentions = find_dates(sentence, "ar", TUE)
    assert [m.text for m in mentions] == ["يوم الثلاثاء (21 نوفمبر)", "مساء أمس الإثنين", "الخميس المقبل"]
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:], strict=False))


def test_normalized_text_may_be_passed() -> None:
    from graph.text import normalize

    sentence = "أجرى الوزير اتصالاً هاتفياً اليومَ"
    assert find_dates(sentence, "ar", TUE, normalized=normalize(sentence)) == find_dates(sentence, "ar", TUE)


@pytest.mark.parametrize("text, tense", [
    ("they met in June 2023", "past"),
    ("they will meet in June 2025", "future"),
    ("they met in February", ""),
    ("they met in March 2024", ""),
    ("they met in June", ""),
])
def test_a_months_tense_is_told_by_its_year_against_the_publications(text: str, tense: str) -> None:
    assert [d.tense for d in find_dates(text, "en", date(2024, 3, 14))] == [tense]
