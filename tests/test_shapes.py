"""Every graph the pipeline writes conforms to the SHACL shapes shipped in graph/ontology."""
from importlib.resources import files

import pyshacl
import pytest
import rdflib
from pyoxigraph import RdfFormat, serialize

from graph.export import store_quads
from graph.store import open_store
from graph.store.synthetic import example_contacts, synthetic_contacts


def _conforms(store, drop: str | None = None) -> tuple[bool, str]:
    triples = [q.triple for q in store_quads(store) if drop is None or q.predicate.value != drop]
    data = rdflib.Graph().parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    shapes = rdflib.Graph().parse(files("graph") / "ontology" / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(files("graph") / "ontology" / "dipgraph.ttl", format="turtle")
    ok, _, text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    return ok, text


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("shapes") / "s") as s:
        s.load(example_contacts())
        s.load(synthetic_contacts(300, people=30))
        yield s


def test_loaded_graph_conforms(store):
    ok, text = _conforms(store)
    assert ok, text


def test_graph_conforms_after_removing_an_article(store):
    store.remove_article("ex-2")
    store.remove_article("syn-3")
    ok, text = _conforms(store)
    assert ok, text


@pytest.mark.parametrize("term", ["https://w3id.org/dipgraph/ontology#sourceCount",
                                  "http://www.w3.org/ns/prov#wasDerivedFrom",
                                  "https://w3id.org/dipgraph/ontology#contactCount",
                                  "https://w3id.org/dipgraph/ontology#partner"])
def test_shapes_catch_a_missing_statement(store, term):
    ok, _ = _conforms(store, drop=term)
    assert not ok
