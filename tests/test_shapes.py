"""Every graph the pipeline writes conforms to the SHACL shapes shipped in graph/ontology, and the shapes
catch a graph that lacks what they require."""
import pytest
import rdflib

from graph.cli import main
from graph.export import store_quads
from graph.store import open_store
from graph.store.synthetic import example_contacts, synthetic_contacts
from graph.validate import data_graph, validate, validate_graph


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("shapes") / "s") as s:
        s.load(example_contacts())
        s.load(synthetic_contacts(300, people=30))
        yield s


@pytest.fixture(scope="module")
def loaded(store) -> rdflib.Graph:
    """The graph as loaded (taken before any test removes articles)."""
    return data_graph(store_quads(store))


def test_loaded_graph_conforms(loaded):
    result = validate_graph(loaded)
    assert result.conforms and result.violations == 0, result.text


@pytest.mark.parametrize("term", ["https://w3id.org/dipgraph/ontology#sourceCount",
                                  "http://www.w3.org/ns/prov#wasDerivedFrom",
                                  "https://w3id.org/dipgraph/ontology#contactCount",
                                  "https://w3id.org/dipgraph/ontology#partner"])
def test_shapes_catch_a_missing_statement(loaded, term):
    lacking = rdflib.Graph()
    for triple in loaded:
        if str(triple[1]) != term:
            lacking.add(triple)
    result = validate_graph(lacking, first_only=True)
    assert not result.conforms and result.violations >= 1


def test_graph_conforms_after_removing_an_article(store, loaded):
    store.remove_article("ex-2")
    store.remove_article("syn-3")
    result = validate(store)
    assert result.conforms, result.text


def test_validate_command(store, tmp_path, capsys):
    path = tmp_path / "s"
    with open_store(path) as small:
        small.load(example_contacts())
    assert main(["validate", "--store", str(path)]) == 0
    assert "conforms" in capsys.readouterr().out
    with open_store(path) as small:
        small.backend.remove([q for q in small.backend.with_predicate(
            "<https://w3id.org/dipgraph/ontology#sourceCount>", "<https://w3id.org/dipgraph/id/graph/contacts>")][:1])
    assert main(["validate", "--store", str(path)]) == 1
    assert "does not conform: 1 violation" in capsys.readouterr().out
