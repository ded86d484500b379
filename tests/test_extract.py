"""Contact extraction: one sentence per rule, in both languages, and the seed article end to end."""
from __future__ import annotations

import json
from datetime import date

import pytest

from graph.extract import extract
from graph.model import Article, Contact
from graph.resources import data_file


def run(text: str, lang: str, published: date | None = date(2020, 3, 10)) -> list[Contact]:
    return extract(Article(id="t", text=text, lang=lang, published=published))


def pairs(contacts: list[Contact]) -> set[tuple[str, frozenset[str]]]:
    return {(c.type, frozenset(p.name for p in c.participants)) for c in contacts}


def one(contacts: list[Contact]) -> Contact:
    assert len(contacts) == 1, [c.to_json() for c in contacts]
    return contacts[0]


# -- the seed article ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed() -> Article:
    record = json.loads(data_file("samples", "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    return Article(id=record["id"], text=record["text"], lang=record["lang"],
                   published=date.fromisoformat(record["published"]))


def by_people(contacts: list[Contact], *names: str) -> Contact:
    wanted = set(names)
    found = [c for c in contacts if {p.name for p in c.participants} == wanted]
    assert len(found) == 1, (names, [c.to_json() for c in contacts])
    return found[0]


def test_seed_contacts(seed: Article) -> None:
    contacts = extract(seed)
    calls = [("Abdel Fattah el-Sisi", None), ("Benjamin Netanyahu", "Benjamin Netanyahu"),
             ("Donald Trump", None)]
    for other, initiator in calls:
        c = by_people(contacts, "Vladimir Putin", other)
        assert (c.type, c.date, c.status, c.initiator) == ("phone_call", "2017-11-21", "occurred", initiator)
    salman = [c for c in contacts if any("Salman" in p.name for p in c.participants)]
    assert [(c.type, c.date) for c in salman] == [("phone_call", "2017-11-21")]
    assad = by_people(contacts, "Vladimir Putin", "Bashar al-Assad")
    assert (assad.type, assad.status, assad.initiator) == ("visit", "background", "Bashar al-Assad")
    summit = by_people(contacts, "Vladimir Putin", "Hassan Rouhani", "Recep Tayyip Erdoğan")
    assert (summit.type, summit.status, summit.date) == ("meeting", "planned", "2017-11-22")
    assert len(contacts) == 6


def test_seed_evidence_points_at_the_sentence(seed: Article) -> None:
    for c in extract(seed):
        assert seed.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert "\n" not in c.evidence.text
    netanyahu = by_people(extract(seed), "Vladimir Putin", "Benjamin Netanyahu")
    assert "هاتفيا" in netanyahu.evidence.text


def test_seed_without_publication_date_keeps_the_words(seed: Article) -> None:
    contacts = extract(seed.with_(published=None))
    assert contacts and all(c.date is None for c in contacts)
    sisi = by_people(contacts, "Vladimir Putin", "Abdel Fattah el-Sisi")
    assert sisi.date_text == "مساء اليوم الثلاثاء"


# -- Arabic rules ----------------------------------------------------------------------------------

def test_ar_each_of_a_list_is_a_separate_call() -> None:
    text = "أجرى الرئيس الروسي فلاديمير بوتين اليوم اتصالين هاتفيين مع كل من الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون."
    found = pairs(run(text, "ar", date(2019, 5, 2)))
    assert found == {("phone_call", frozenset({"Vladimir Putin", "Donald Trump"})),
                     ("phone_call", frozenset({"Vladimir Putin", "Emmanuel Macron"}))}


def test_ar_received_call_means_the_other_side_called() -> None:
    text = "تلقى العاهل الأردني الملك عبدالله الثاني، أمس، اتصالاً هاتفياً من الرئيس الفرنسي إيمانويل ماكرون."
    c = one(run(text, "ar", date(2021, 6, 9)))
    assert (c.type, c.initiator, c.date) == ("phone_call", "Emmanuel Macron", "2021-06-08")


def test_ar_request_names_the_initiator_through_a_side_word() -> None:
    text = "بحث الرئيس المصري عبد الفتاح السيسي مع رئيس الوزراء الإسرائيلي بنيامين نتنياهو هاتفيا، في اتصال جرى بطلب من الجانب الإسرائيلي، الأوضاع في غزة."
    c = one(run(text, "ar", date(2019, 5, 2)))
    assert c.initiator == "Benjamin Netanyahu"
    assert "Gaza war" in c.topics or any("Gaza" in t for t in c.topics)


def test_ar_clitics_diacritics_and_title_by_date() -> None:
    text = "وَالتَقى وليُّ العهد السعودي بنظيره الكويتي في الرياض يوم الأحد."
    for published, prince in ((date(2016, 5, 10), "Muhammad bin Nayef"), (date(2018, 5, 10), "Mohammed bin Salman")):
        c = one(run(text, "ar", published))
        assert prince in {p.name for p in c.participants}


def test_ar_future_verb_is_planned() -> None:
    text = "سيلتقي وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان الأسبوع المقبل."
    c = one(run(text, "ar", date(2019, 5, 2)))
    assert c.status == "planned"
    assert c.date is None


def test_ar_denied_meeting_is_not_a_contact() -> None:
    text = "نفت الرئاسة أي لقاء بين الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء الإسرائيلي بنيامين نتنياهو."
    assert run(text, "ar", date(2019, 5, 2)) == []


def test_ar_meeting_in_one_side_capital_is_a_visit_by_the_other() -> None:
    text = "التقى الرئيس السوري بشار الأسد وزير الخارجية المصري سامح شكري في دمشق اليوم."
    c = one(run(text, "ar", date(2023, 2, 27)))
    assert (c.type, c.initiator, c.date) == ("visit", "Sameh Shoukry", "2023-02-27")


def test_ar_letter_sender_initiates() -> None:
    text = "بعث خادم الحرمين الشريفين الملك سلمان بن عبد العزيز رسالة خطية إلى الرئيس المصري عبد الفتاح السيسي."
    c = one(run(text, "ar", date(2019, 5, 2)))
    assert c.type == "message"
    assert c.initiator is not None and "Salman" in c.initiator


def test_ar_unknown_official_is_kept_with_role_and_country() -> None:
    text = "التقى وزير الخارجية العماني سالم الحارثي اليوم وزير الخارجية المصري سامح شكري في القاهرة."
    c = one(run(text, "ar", date(2019, 5, 2)))
    omani = next(p for p in c.participants if p.country == "OMN")
    assert omani.name == "سالم الحارثي"


def test_ar_domestic_meeting_is_not_diplomatic() -> None:
    text = "التقى الرئيس المصري عبد الفتاح السيسي رئيس الوزراء المصري مصطفى مدبولي اليوم."
    assert run(text, "ar", date(2020, 3, 10)) == []


# -- English rules ---------------------------------------------------------------------------------

def test_en_caller_initiates() -> None:
    text = "British Prime Minister Theresa May called Canadian Prime Minister Justin Trudeau earlier today."
    c = one(run(text, "en", date(2017, 2, 4)))
    assert (c.type, c.initiator, c.date) == ("phone_call", "Theresa May", "2017-02-04")


def test_en_received_call_from() -> None:
    text = "Jordan's King Abdullah II received a phone call from French President Emmanuel Macron on Monday."
    c = one(run(text, "en", date(2021, 6, 9)))
    assert (c.initiator, c.date) == ("Emmanuel Macron", "2021-06-07")


def test_en_plural_office_with_two_countries_gives_two_calls() -> None:
    text = ("The Secretary-General Antonio Guterres made telephone calls today with the Foreign Ministers "
            "of Egypt and Jordan.")
    found = run(text, "en", date(2019, 5, 2))
    assert {c.type for c in found} == {"phone_call"}
    others = {p.name for c in found for p in c.participants} - {"António Guterres"}
    assert others == {"Sameh Shoukry", "Ayman Safadi"}


def test_en_will_meet_is_planned_and_counterpart_resolves() -> None:
    text = "US Secretary of State Antony Blinken will meet his Russian counterpart in Geneva next week."
    c = one(run(text, "en", date(2022, 1, 14)))
    assert c.status == "planned"
    assert {p.name for p in c.participants} == {"Antony Blinken", "Sergey Lavrov"}


def test_en_denied_call_is_not_a_contact() -> None:
    text = "The Kremlin denied reports of a phone call between Russian President Vladimir Putin and Donald Trump."
    assert run(text, "en", date(2024, 11, 11)) == []


def test_en_visit_to_a_capital() -> None:
    text = "Israeli Prime Minister Benjamin Netanyahu flew to Amman on Tuesday to meet Jordan's King Abdullah II."
    c = one(run(text, "en", date(2018, 6, 20)))
    assert (c.type, c.initiator, c.date) == ("visit", "Benjamin Netanyahu", "2018-06-19")


def test_en_unknown_minister_is_kept() -> None:
    text = "Omani Foreign Minister Salim Alharthy held talks with Egyptian Foreign Minister Sameh Shoukry in Cairo."
    c = one(run(text, "en", date(2019, 5, 2)))
    names = {p.name for p in c.participants}
    assert "Salim Alharthy" in names and "Sameh Shoukry" in names
    assert (c.type, c.initiator) == ("visit", "Salim Alharthy")


def test_en_similar_cables_go_from_each_sender_to_the_same_recipient() -> None:
    text = ("The Emir of Kuwait sent a cable of condolences to Saudi King Salman bin Abdulaziz. "
            "The Crown Prince of Kuwait and the Prime Minister of Kuwait sent similar cables.")
    found = run(text, "en", date(2021, 7, 1))
    assert {c.type for c in found} == {"message"}
    senders = {c.initiator for c in found}
    assert len(found) == 3 and len(senders) == 3
    assert all(any("Salman" in p.name for p in c.participants) for c in found)


def test_ar_people_who_took_part_join_the_talks() -> None:
    text = ("عقدت محادثات مصرية أردنية في القاهرة. "
            "شارك فيها عن الجانب المصري وزير الخارجية المصري سامح شكري، وعن الجانب الأردني وزير الخارجية الأردني أيمن الصفدي.")
    c = one(run(text, "ar", date(2019, 5, 2)))
    assert {p.name for p in c.participants} == {"Sameh Shoukry", "Ayman Safadi"}
    assert (c.type, c.initiator) == ("visit", "Ayman Safadi")


def test_ar_mediator_takes_part_in_delegation_talks() -> None:
    text = "اتفقت مصر والسودان خلال المحادثات التي جرت بوساطة أمريكية في واشنطن على استئناف التفاوض."
    c = one(run(text, "ar", date(2020, 3, 10)))
    assert {p.name for p in c.participants} == {"Egypt", "Sudan", "United States"}
    assert all(p.kind == "country" for p in c.participants)


def test_en_summit_gathers_the_participants_named_after_it() -> None:
    text = ("The Arab summit opened in Jeddah in the presence of Syrian President Bashar al-Assad. "
            "Ukrainian President Volodymyr Zelensky also arrived to participate in the summit.")
    c = one(run(text, "en", date(2023, 5, 19)))
    assert c.type == "meeting"
    assert {p.name for p in c.participants} >= {"Bashar al-Assad", "Volodymyr Zelensky"}


def test_ar_decision_during_a_call_plans_the_summit_not_the_call() -> None:
    text = ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان. "
            "وقرر الرئيسان خلال مكالمتهما الهاتفية عقد قمة جديدة تجمع زعماء تركيا وروسيا وإيران.")
    found = run(text, "ar", date(2019, 5, 2))
    call = next(c for c in found if c.type == "phone_call")
    summit = next(c for c in found if c.type == "meeting")
    assert (call.status, summit.status) == ("occurred", "planned")
    assert len(summit.participants) == 3


def test_en_talks_with_a_guest_on_a_state_visit_are_his_visit() -> None:
    text = ("Chinese President Xi Jinping held talks Thursday with Egyptian President Abdel Fattah el-Sisi, "
            "who is on a state visit to China.")
    c = one(run(text, "en", date(2018, 9, 6)))
    assert (c.type, c.initiator, c.date) == ("visit", "Abdel Fattah el-Sisi", "2018-09-06")


def test_ar_sidelines_meeting_stays_a_meeting() -> None:
    text = "التقى الرئيس التركي رجب طيب أردوغان رئيسة وزراء بريطانيا تيريزا ماي على هامش اجتماعات الجمعية العامة في نيويورك."
    c = one(run(text, "ar", date(2016, 9, 21)))
    assert c.type == "meeting"


def test_en_a_letter_and_a_call_between_the_same_leaders_are_two_contacts() -> None:
    text = ("President Donald Trump sent a letter to Turkish President Recep Tayyip Erdogan last week. "
            "The two leaders had spoken by phone on October 6.")
    found = run(text, "en", date(2019, 10, 17))
    assert {c.type for c in found} == {"message", "phone_call"}


# -- titles and names the gazetteer lacks ------------------------------------------------------------

def _mentions(text: str, lang: str, published: date | None = date(2021, 6, 1)):
    from graph.extract.actors import ActorFinder
    from graph.gazetteer import load_gazetteer
    from graph.text import normalize
    return ActorFinder(load_gazetteer(), normalize(text), lang, published, []).mentions()


def test_en_title_name_of_country_is_the_office_holder() -> None:
    c = one(run("Theresa May spoke by phone with Prime Minister Abe of Japan on Monday.", "en", date(2017, 3, 1)))
    assert {p.name for p in c.participants} == {"Theresa May", "Shinzo Abe"}


def test_en_ruler_of_an_unknown_place_then_the_name() -> None:
    c = one(run("King Abdullah II of Jordan sent a cable to the Ruler of Fujairah, Sheikh Hamad bin Saif.", "en"))
    assert {p.name for p in c.participants} == {"Abdullah II", "Hamad bin Saif"}


def test_en_honorific_name_takes_its_apposition_but_not_after_of() -> None:
    text = ("King Abdullah II of Jordan sent a cable to Sheikh Khalid bin Hamad, the Crown Prince of Ajman, "
            "on the death of Sheikha Noura bint Ali.")
    c = one(run(text, "en"))
    assert {p.name for p in c.participants} == {"Abdullah II", "Khalid bin Hamad"}


def test_en_name_before_a_title_in_apposition() -> None:
    c = one(run("King Abdullah II of Jordan cabled Jane Doe, Canada's Governor General, on Monday.", "en"))
    doe = next(p for p in c.participants if p.name == "Jane Doe")
    assert (doe.country, doe.role) == ("CAN", "Governor General of Canada")


def test_en_known_short_name_followed_by_other_family_names_is_someone_else() -> None:
    text = "King Abdullah II of Jordan received a phone call from Kuwaiti Prime Minister Sheikh Sabah Al-Khaled Al-Hamad."
    c = one(run(text, "en", date(2021, 6, 1)))
    assert "Sabah Al-Khaled Al-Hamad" in {p.name for p in c.participants}
    names = {p.name for p in _mentions("Ukrainian President Volodymyr Zelensky also arrived.", "en")
             if p.actor is not None for p in [p.actor]}
    assert "Volodymyr Zelensky" in names


def test_ar_director_general_with_rank_and_an_ال_given_name() -> None:
    mentions = _mentions("التقى وزير الخارجية الأردني أيمن الصفدي المدير العام للأمن العام اللواء خالد سعيد ومستشارون "
                         "والسفيرة إليزابيث مور والوفد المرافق.", "ar")
    names = [m.actor.name for m in mentions if m.actor is not None]
    assert "خالد سعيد" in names and "إليزابيث مور" in names


def test_ar_honorific_before_a_given_name_that_is_an_office_word() -> None:
    mentions = _mentions("وسلم الرسالة الأمير سلطان بن فهد بن خالد، السفير لدى الأردن.", "ar")
    assert [m.actor.name for m in mentions if m.kind == "person"][:1] == ["سلطان بن فهد بن خالد"]


def test_ar_aide_of_a_minister_who_joins_talks_is_not_the_minister() -> None:
    text = ("عقدت محادثات أردنية - أميركية في عمان. وعن الجانب الأميركي، شارك نائب مساعد وزير الخارجية الأميركي "
            "السفير جون سميث.")
    names = {p.name for c in run(text, "ar", None) for p in c.participants}
    assert not any("Foreign Minister" in n for n in names)


def test_en_bare_title_is_the_one_introduced_with_it_when_the_lead_has_another() -> None:
    text = ("His Highness the Amir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah sent a cable to President Erdogan of Turkey. "
            "His Highness the Crown Prince Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah and His Highness the Prime "
            "Minister Sheikh Ahmad Nawaf Al-Ahmad sent similar cables. The Amir also sent a cable to King Abdullah II "
            "of Jordan. The Crown Prince and the Prime Minister sent similar cables.")
    found = pairs(run(text, "en", None))
    assert ("message", frozenset({"Mishal Al-Ahmad Al-Jaber Al-Sabah", "Abdullah II"})) in found


# -- cities, carriers of letters, summit attendees, the news of the day ----------------------------

@pytest.mark.parametrize("text,lang", [
    ("Egyptian President Abdel Fattah el-Sisi met Jordan's King Abdullah II in Aqaba on Tuesday.", "en"),
    ("التقى الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في العقبة يوم الثلاثاء.", "ar"),
])
def test_meeting_in_a_city_of_one_party_is_a_visit_by_the_other(text: str, lang: str) -> None:
    c = one(run(text, lang))
    assert c.type == "visit" and c.initiator == "Abdel Fattah el-Sisi"


def test_cities_are_places_of_their_country_not_parties() -> None:
    from graph.gazetteer import load_gazetteer
    gaz = load_gazetteer()
    cities = {(m.surface, m.org) for m in gaz.metonyms}
    assert ("Sochi", "RUS") in cities and ("شرم الشيخ", "EGY") in cities and ("Geneva", "CHE") in cities
    found = run("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Geneva.", "en")
    assert one(found).type == "meeting"


def test_en_letter_handed_over_by_a_minister_is_his_visit_to_the_addressee() -> None:
    text = ("King Abdullah II of Jordan sent a letter to Emir Tamim bin Hamad Al Thani of Qatar. "
            "The letter was handed over by Jordan's Foreign Minister Ayman Safadi during a meeting with the Emir.")
    found = run(text, "en")
    assert by_people(found, "Abdullah II", "Tamim bin Hamad Al Thani").type == "message"
    visit = by_people(found, "Ayman Safadi", "Tamim bin Hamad Al Thani")
    assert visit.type == "visit" and visit.initiator == "Ayman Safadi"


def test_ar_letter_handed_over_by_an_ambassador_is_a_meeting_with_the_one_who_received_him() -> None:
    text = ("بعث الرئيس المصري عبد الفتاح السيسي رسالة إلى الملك سلمان بن عبد العزيز. وسلم الرسالة الأمير فيصل بن "
            "فهد بن ناصر، السفير لدى مصر، خلال استقبال ولي العهد الأمير محمد بن سلمان له في الرياض. "
            "وحضر الاستقبال وزير الدولة الشيخ خالد بن سعد.")
    found = run(text, "ar")
    meeting = by_people(found, "فيصل بن فهد بن ناصر", "Mohammed bin Salman")
    assert meeting.type == "meeting" and meeting.initiator is None
    assert len(found) == 2  # those present at the reception are not parties


def test_en_leader_arriving_to_take_part_in_the_summit_joins_it() -> None:
    text = ("The Arab summit opened in Riyadh with Syrian President Bashar al-Assad among the leaders. "
            "Ukrainian President Volodymyr Zelensky arrived in Riyadh to take part in the summit. "
            "Egypt takes part in the summit with a delegation headed by Prime Minister Mostafa Madbouly, on behalf "
            "of President Abdel Fattah el-Sisi.")
    c = one(run(text, "en"))
    names = {p.name for p in c.participants}
    assert {"Bashar al-Assad", "Volodymyr Zelensky", "Mostafa Madbouly"} <= names
    assert "Abdel Fattah el-Sisi" not in names


def test_lead_contact_of_an_article_without_a_day_is_dated_on_publication() -> None:
    text = ("Leaders meet in Riyadh\n\nSaudi Crown Prince Mohammed bin Salman received Egyptian President Abdel Fattah "
            "el-Sisi in Riyadh. The kingdom was founded on September 23, 1932.")
    assert one(run(text, "en", date(2020, 3, 10))).date == "2020-03-10"
    dated = ("Saudi Crown Prince Mohammed bin Salman received Egyptian President Abdel Fattah el-Sisi in Riyadh. "
             "The talks were held on Sunday.")
    assert one(run(dated, "en", date(2020, 3, 10))).date != "2020-03-10"
