"""The topic vocabulary (data/topics.tsv, data/topics.ttl) and the topic mapper."""
from __future__ import annotations

import re

import pytest

from graph.extract import topics as topics_module
from graph.extract.topics import Topic, broader, fallback_topic, topic_by_label, topics_in, vocabulary
from graph.resources import data_file, read_tsv
from graph.text import normalize


def ids(text: str, lang: str) -> list[str]:
    return [t.id for t in topics_in(text, lang)]


# --- the vocabulary ------------------------------------------------------------------------------

def test_vocabulary_size_and_rows():
    rows = read_tsv("topics.tsv")
    assert 80 <= len(rows) <= 130
    assert [t.id for t in vocabulary()] == [r["id"] for r in rows]
    for row in rows:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", row["id"]), row["id"]
        assert row["label_en"] and row["label_ar"] and row["keywords_en"] and row["keywords_ar"], row["id"]
        assert re.search(r"[\u0600-\u06FF]", row["label_ar"]), row["id"]
        assert not re.search(r"[\u0600-\u06FF]", row["keywords_en"]), row["id"]
        assert not re.search(r"[A-Za-z]", row["keywords_ar"]), row["id"]


def test_broader_names_known_concepts():
    known = {t.id for t in vocabulary()}
    for row in read_tsv("topics.tsv"):
        assert not row["broader"] or row["broader"] in known
    assert broader(topic_by_label("gaza-ceasefire")).id == "gaza-war"
    assert broader(topic_by_label("trade")) is None


@pytest.mark.parametrize("topic", vocabulary(), ids=lambda t: t.id)
def test_every_concept_found_by_its_own_labels(topic: Topic):
    assert topic.id in ids(f"They discussed {topic.label_en}.", "en")
    assert topic.id in ids(f"وبحث الجانبان {topic.label_ar}.", "ar")


def test_topic_by_label():
    syria = topic_by_label("Syrian crisis")
    assert syria == Topic("syrian-crisis", "Syrian crisis", "الأزمة السورية")
    assert topic_by_label("syrian CRISIS") == syria
    assert topic_by_label("الأَزْمة السّورية") == syria  # diacritics and hamza forms ignored
    assert topic_by_label("syrian-crisis") == syria
    assert topic_by_label("no such topic") is None


# --- matching: English -----------------------------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("They discussed the Syrian crisis and the Astana process.", ["syrian-crisis", "astana-process"]),
    ("They reviewed the Geneva talks under Resolution 2254.", ["geneva-talks"]),
    ("talks focused on a ceasefire in Gaza and hostages", ["gaza-ceasefire", "hostages-prisoners"]),
    ("reaffirmed support for a two-state solution", ["two-state-solution"]),
    ("The leaders spoke about the two state solution.", ["two-state-solution"]),
    ("preserving the status quo at Al-Aqsa", ["jerusalem-holy-sites"]),
    ("the situation in Lebanon and the Yemen war", ["lebanon", "yemen"]),
    ("efforts to end the fighting in Sudan", ["military-escalation", "sudan"]),
    ("the war in Ukraine and the Minsk agreements", ["ukraine-war"]),
    ("the Nagorno-Karabakh conflict", ["nagorno-karabakh"]),
    ("denuclearization of the Korean peninsula", ["korean-peninsula"]),
    ("counter-terrorism and the fight against ISIS", ["counter-terrorism"]),
    ("counterterrorism", ["counter-terrorism"]),
    ("the Iran nuclear deal (JCPOA) and Tehran's policies", ["iran-nuclear", "iran"]),
    ("building a nuclear power plant with Rosatom", ["nuclear-energy"]),
    ("arms control and strategic stability", ["arms-control"]),
    ("freedom of navigation in the Red Sea", ["maritime-security"]),
    ("intelligence sharing", ["intelligence-cooperation"]),
    ("ransomware and other cyber threats", ["cyber-security"]),
    ("bilateral trade and investment", ["trade", "investment"]),
    ("the new US tariffs on steel", ["tariffs"]),
    ("a free trade agreement", ["free-trade-agreement"]),
    ("oil prices and OPEC+ output cuts", ["oil-gas"]),
    ("climate change ahead of COP28", ["climate-change"]),
    ("food security and grain supplies", ["food-security"]),
    ("debt relief and an IMF programme", ["debt-finance"]),
    ("humanitarian aid and the return of refugees", ["humanitarian-aid", "refugees-displaced"]),
    ("the GERD dam and the Nile", ["nile-gerd"]),
    ("COVID-19 vaccines", ["covid-19"]),
    ("elections and human rights", ["elections", "human-rights"]),
    ("lifting sanctions", ["sanctions"]),
    ("irregular migration", ["migration"]),
    ("expressed condolences over the victims of the earthquake", ["condolences", "natural-disasters"]),
    ("congratulated him on his re-election", ["congratulations", "congratulations-election"]),
    ("greetings on the occasion of National Day", ["congratulations", "congratulations-national-day"]),
    ("bilateral relations and regional developments", ["bilateral-relations", "regional-developments"]),
    ("the strategic partnership between the two countries", ["strategic-partnership"]),
    ("the Ukraine war's impact on Europe", ["ukraine-war"]),
])
def test_english_clauses(clause, expected):
    assert ids(clause, "en") == expected


@pytest.mark.parametrize("clause, absent", [
    ("The minister met his counterpart on Tuesday.", None),
    ("Gazan architects", "gaza-war"),  # a keyword takes a plural s, not any ending
    ("the supporters of the team", "connectivity-transport"),  # 'port' inside a word
    ("the oilfield workers", "oil-gas"),
    ("an aide to the minister", "humanitarian-aid"),
    ("the settlement of the dispute", "west-bank"),
])
def test_english_no_false_matches(clause, absent):
    found = ids(clause, "en")
    assert absent not in found if absent else found == []


def test_longer_match_shadows_the_one_inside():
    assert ids("the UN Security Council", "en") == ["united-nations"]
    assert ids("a ceasefire in Gaza", "en") == ["gaza-ceasefire"]
    assert ids("de-escalation", "en") == ["de-escalation"]


# --- matching: Arabic ------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, expected", [
    ("بحث الرئيسان تطورات الأزمة السورية ومسار أستانا", ["syrian-crisis", "astana-process"]),
    ("وتناول الاتصال الأَزْمَةَ السُّورِيَّةَ", ["syrian-crisis"]),  # diacritics
    ("التطورات في سوريا ولبنان", ["syrian-crisis", "lebanon"]),
    ("بحث سبل وقف إطلاق النار في غزة والإفراج عن الرهائن", ["gaza-ceasefire", "hostages-prisoners"]),
    ("التأكيد على حل الدولتين", ["two-state-solution"]),
    ("الحفاظ على الوضع التاريخي والقانوني للمسجد الأقصى", ["jerusalem-holy-sites"]),
    ("الأوضاع في اليمن والسودان وليبيا", ["yemen", "sudan", "libya"]),
    ("وللسودان", ["sudan"]),
    ("مكافحة الإرهاب والتطرف", ["counter-terrorism", "violent-extremism"]),
    ("والإرهابيين", ["counter-terrorism"]),
    ("البرنامج النووي الإيراني", ["iran-nuclear"]),
    ("الملف النووي", ["iran-nuclear"]),
    ("التعاون في مجال الطاقة النووية للأغراض السلمية", ["nuclear-energy"]),
    ("الأسلحة النووية", ["nonproliferation"]),
    ("النووية", ["nonproliferation"]),  # the stem نووي with article and suffix
    ("أمن الملاحة في البحر الأحمر وباب المندب", ["maritime-security"]),
    ("التعاون الاستخباراتي", ["intelligence-cooperation"]),
    ("الأمن السيبراني", ["cyber-security"]),
    ("العلاقات الثنائية", ["bilateral-relations"]),
    ("وعلاقاتهما الثنائية", ["bilateral-relations"]),
    ("التبادل التجاري والاستثمارات المشتركة", ["trade", "investment"]),
    ("الرسوم الجمركية", ["tariffs"]),
    ("أسعار النفط واتفاق أوبك+", ["oil-gas", "agreements"]),
    ("بالغاز الطبيعي", ["oil-gas"]),
    ("تغير المناخ", ["climate-change"]),
    ("الأمن الغذائي", ["food-security"]),
    ("المساعدات الإنسانية وعودة اللاجئين", ["humanitarian-aid", "refugees-displaced"]),
    ("ملف سد النهضة ومياه النيل", ["nile-gerd"]),
    ("جائحة كورونا", ["covid-19"]),
    ("العقوبات الأمريكية", ["sanctions"]),
    ("الهجرة غير الشرعية", ["migration"]),
    ("إعادة الإعمار", ["reconstruction"]),
    ("الحرب في أوكرانيا", ["ukraine-war"]),
    ("الناتو والأمن الأوروبي", ["european-security"]),
    ("تعزيز الشراكة الاستراتيجية", ["strategic-partnership"]),
    ("المستجدات الإقليمية والدولية", ["regional-developments", "international-issues"]),
    ("مجلس الأمن الدولي", ["united-nations"]),  # not security cooperation
    ("أعرب عن تعازيه في ضحايا الزلزال", ["condolences", "natural-disasters"]),
    ("وتهنئته بإعادة انتخابه", ["congratulations", "congratulations-election"]),
    ("بمناسبة اليوم الوطني", ["congratulations-national-day"]),
    ("بمناسبة توليه منصبه الجديد", ["congratulations-office"]),
    ("رسالة خطية", ["message-delivery"]),
])
def test_arabic_clauses(clause, expected):
    assert ids(clause, "ar") == expected


@pytest.mark.parametrize("clause, absent", [
    ("استقبل الثامن من الوفد", "security-cooperation"),  # امن inside الثامن
    ("بحماسة كبيرة", "gaza-war"),  # حماس= takes no suffix
    ("يمن", "yemen"),  # اليمن needs its article
    ("رجل الأعمال غازي", "oil-gas"),
])
def test_arabic_no_false_matches(clause, absent):
    assert absent not in ids(clause, "ar")


def test_order_of_first_occurrence_and_dedup():
    clause = "trade, then Syria, then trade again and Syria"
    assert ids(clause, "en") == ["trade", "syrian-crisis"]


def test_lang_does_not_restrict_script():
    assert "covid-19" in ids("التعاون لمواجهة COVID-19", "ar")


def test_fold_agrees_with_normalize():
    samples = ["بَحَثَ الرئيسُ «الأزمةَ» السوريّة، والـتعاون؛ ١٢٣ إلى آخره",
               "Café, Ünal & Co.: the EU's two-state plan", "ئؤى ة أإآ"]
    for text in samples:
        expected = "".join(c if c.isalnum() else " " for c in normalize(text).text)
        assert topics_module._fold(text) == expected


# --- fallback ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, lang, expected", [
    ("The two leaders discussed the situation in Egypt.", "en", "situation in Egypt"),
    ("They discussed with President Sisi the outcome of the Cairo conference, and agreed to meet.", "en",
     "outcome of the Cairo conference"),
    ("The ministers talked about preparations for the Paris conference on Monday", "en",
     "preparations for the Paris conference"),
    ("He also addressed the upcoming visit of the delegation to the capital next month of this", "en",
     "upcoming visit of the delegation"),
    ("وتبادل الجانبان وجهات النظر حول تطوير المنظومة الصحية.", "ar", "تطوير المنظومة الصحية"),
    ("وتناول الاتصال نتائج مؤتمر القاهرة، كما أكد الجانبان…", "ar", "نتائج مؤتمر القاهرة"),
    ("وجرى خلال اللقاء بَحْثُ مُخْرَجات المؤتمر الأخير", "ar", "مخرجات المؤتمر الأخير"),
    ("ناقش الوزيران فيما يتعلق بالتحضيرات للمؤتمر في", "ar", "التحضيرات للمؤتمر"),
])
def test_fallback_labels(clause, lang, expected):
    assert fallback_topic(clause, lang) == expected


@pytest.mark.parametrize("clause, lang", [
    ("The minister met his counterpart on Tuesday.", "en"),
    ("They discussed with him.", "en"),
    ("The president received a call on Monday from the emir.", "en"),
    ("The envoy paid a courtesy call on President Lula in Brasilia.", "en"),
    ("The ministers held talks on 5 March with the delegation.", "en"),
    ("بحث الرئيس الروسي مع نظيره المصري", "ar"),
    ("التقى الرئيس نظيره", "ar"),
    ("", "en"),
])
def test_fallback_none_when_nothing_sensible(clause, lang):
    assert fallback_topic(clause, lang) is None


def test_fallback_at_most_six_words():
    clause = "They discussed the long list of outstanding issues between the two old neighbours"
    label = fallback_topic(clause, "en")
    assert label is not None and len(label.split()) <= 6
    assert label.split()[-1].lower() not in {"of", "between", "the", "in", "to"}


# --- the SKOS rendering ------------------------------------------------------------------------------

def test_ttl_has_one_concept_per_row_with_both_labels():
    rdflib = pytest.importorskip("rdflib")
    from rdflib.namespace import RDF, SKOS

    g = rdflib.Graph()
    g.parse(data=data_file("topics.ttl").read_text(encoding="utf-8"), format="turtle")
    base = "https://dipgraph.org/topic/"
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    rows = read_tsv("topics.tsv")
    assert concepts == {rdflib.URIRef(base + row["id"]) for row in rows}
    assert len(list(g.subjects(RDF.type, SKOS.ConceptScheme))) == 1
    for row in rows:
        labels = {(str(o), o.language) for o in g.objects(rdflib.URIRef(base + row["id"]), SKOS.prefLabel)}
        assert labels == {(row["label_en"], "en"), (row["label_ar"], "ar")}
        if row["broader"]:
            assert (rdflib.URIRef(base + row["id"]), SKOS.broader, rdflib.URIRef(base + row["broader"])) in g
