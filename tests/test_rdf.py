"""Contacts → quads: stable, content-derived IRIs and the merge key."""
from dataclasses import replace
from importlib.resources import files

import pytest
import rdflib
from pyoxigraph import Literal

from graph.model import Actor, Evidence
from graph.rdf import (
    CONTACTS,
    HAS_ACTOR,
    TYPE_CLASS,
    XSD_DATE,
    D,
    actor_iri,
    contact_quads,
    describe,
    merged_key,
    ref,
    text,
    typed,
    value,
)
from graph.store.synthetic import NETANYAHU, PUTIN, SISI, example_contacts
from graph.vocab import DATA, DG, ONTOLOGY

CALL = example_contacts()[0]


def test_same_contact_gives_same_quads():
    assert contact_quads(CALL) == contact_quads(replace(CALL))


def test_participant_order_does_not_change_the_contact():
    swapped = replace(CALL, participants=tuple(reversed(CALL.participants)))
    assert describe(swapped).contact == describe(CALL).contact
    assert describe(swapped).report == describe(CALL).report


def test_dated_reports_from_other_articles_share_the_contact_but_not_the_report():
    other = replace(CALL, article_id="elsewhere", evidence=Evidence("Another sentence.", 5, 22))
    assert describe(other).contact == describe(CALL).contact
    assert describe(other).report != describe(CALL).report
    assert describe(other).article != describe(CALL).article


@pytest.mark.parametrize("change", [{"type": "meeting"}, {"date": "2017-11-22"},
                                    {"participants": (PUTIN, NETANYAHU)}])
def test_type_date_and_participants_separate_contacts(change):
    assert describe(replace(CALL, **change)).contact != describe(CALL).contact


def test_undated_contacts_merge_only_on_the_same_sentence():
    undated = replace(CALL, date=None)
    copy = replace(undated, article_id="syndicated", evidence=Evidence("  PUTIN and Sisi discussed Syria by "
                                                                       "telephone on Tuesday!", 40, 99))
    different = replace(undated, article_id="other", evidence=Evidence("Putin spoke with Sisi.", 0, 22))
    assert merged_key(copy, describe(copy).actors) == merged_key(undated, describe(undated).actors)
    assert describe(different).contact != describe(undated).contact


def test_actor_iris():
    assert actor_iri(PUTIN) == f"<{DATA}person/Q7747>"
    unknown = Actor("Jean-Yves Le Drian")
    assert actor_iri(unknown) == actor_iri(Actor("jean yves le drián"))
    assert actor_iri(Actor("Egypt", country="EGY", kind="country")) == f"<{DATA}country/EGY>"
    assert actor_iri(Actor("UN", country="UN", kind="organization")) == f"<{DATA}org/UN>"
    assert actor_iri(Actor("سامح شكري")).startswith(f"<{DATA}person/")


def test_initiator_is_resolved_to_a_participant():
    d = describe(example_contacts()[1])
    assert d.initiator == actor_iri(NETANYAHU)
    assert describe(replace(CALL, initiator="Sisi")).initiator == actor_iri(SISI)
    assert describe(replace(CALL, initiator="somebody else")).initiator is None


def test_contact_quads_carry_the_model():
    quads = contact_quads(example_contacts()[1])
    merged = [q for q in quads if q[3] == CONTACTS]
    preds = {(p, o) for _, p, o, _ in merged}
    assert (D["initiator"], actor_iri(NETANYAHU)) in preds
    assert (HAS_ACTOR, actor_iri(PUTIN)) in preds
    # what follows from the class or the actors is not stored: codes, modes, recipients
    assert not {p for p, _ in preds} & {D["cameoCode"], D["ploverMode"], ref(f"{ONTOLOGY}recipient")}
    assert any(o == typed("2017-11-21", XSD_DATE) for _, _, o, _ in merged)
    article = describe(example_contacts()[1]).article
    assert all(q[3] == article for q in describe(example_contacts()[1]).report_quads)


def test_the_ontology_gives_each_contact_class_its_event_codes():
    """A contact's CAMEO code and PLOVER mode are those of its class, which the ontology states."""
    ontology = rdflib.Graph().parse(data=(files("graph") / "ontology" / "dipgraph.ttl").read_text("utf-8"),
                                    format="turtle")
    codes = {t: str(ontology.value(rdflib.URIRef(value(c)), rdflib.URIRef(value(D["cameoCode"]))))
             for t, c in TYPE_CLASS.items()}
    modes = {t: ontology.value(rdflib.URIRef(value(c)), rdflib.URIRef(value(D["ploverMode"])))
             for t, c in TYPE_CLASS.items()}
    assert codes == {"phone_call": "041", "visit": "042", "meeting": "044", "message": "040"}
    assert {t: m and str(m) for t, m in modes.items()} == {"phone_call": "phone", "visit": "visit",
                                                           "meeting": "third-party", "message": None}


def test_vocabulary_fails_on_unknown_terms():
    assert str(DG.PhoneCall).endswith("#PhoneCall")
    with pytest.raises(AttributeError):
        DG.PhoneCal  # noqa: B018


def test_evidence_is_one_compact_nif_string_on_the_report():
    d = describe(CALL)
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    on_report = {p: o for s, p, o, _ in d.report_quads if s == d.report}
    assert on_report[f"<{nif}anchorOf>"] == text(CALL.evidence.text)
    assert on_report[f"<{nif}beginIndex>"].startswith(f'"{CALL.evidence.start}"^^')
    assert on_report[f"<{nif}endIndex>"].startswith(f'"{CALL.evidence.end}"^^')
    assert {q[0] for q in d.report_quads} == {d.report}  # no annotation, target or selector nodes
    unplaced = describe(replace(CALL, evidence=Evidence(CALL.evidence.text, -1, -1)))
    assert not [q for q in unplaced.report_quads if q[1] == f"<{nif}beginIndex>"]


def test_name_keys_are_word_starts_of_normalised_labels():
    from graph.rdf import name_key, name_keys
    keys = name_keys("Recep Tayyip Erdoğan")
    assert {"erdogan", "erdo", "tayyip erdogan", "recep tayyip erdogan", "r"} <= keys
    assert "dogan" not in keys and "erdogan recep" not in keys
    assert name_key("  ERDOĞAN ") == "erdogan" and name_key("el-Sisi") == "el sisi"
    assert name_key("بوتين") in name_keys("فلاديمير بوتين")
    d = describe(CALL)
    putin = actor_iri(PUTIN)
    assert text("putin") in {o for s, p, o, _ in d.entity_quads if s == putin and p == D["nameKey"]}


@pytest.mark.parametrize("value", ['say "hi"\\ now', "tab\tnew\nline\r\x01\x7f\b\f", "قال \u2028 é"])
def test_literals_are_written_as_oxigraph_writes_them(value):
    """Stored quads read back as text compare equal to the quads written."""
    assert text(value) == str(Literal(value))
    assert text(value, "ar") == str(Literal(value, language="ar"))
