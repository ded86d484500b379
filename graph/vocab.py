"""Namespaces of the graph: our ontology terms (``DG``), the reused vocabularies, and IRI bases.

Our terms are an rdflib ``DefinedNamespace`` with ``_fail = True``: a misspelt term fails at import
time. The ontology itself (labels, comments, class tree) is ``graph/ontology/dipgraph.ttl``.
"""
from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY = "https://w3id.org/dipgraph/ontology#"
DATA = "https://w3id.org/dipgraph/id/"

SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")  # evidence strings
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
CAMEO = Namespace("https://w3id.org/dipgraph/cameo/")  # CAMEO event codes as resources: cameo:041
PLOVER = Namespace("https://w3id.org/dipgraph/plover/")  # PLOVER CONSULT modes: plover:phone


class DG(DefinedNamespace):
    """The dipgraph ontology (https://w3id.org/dipgraph/ontology#)."""

    _fail = True
    _NS = Namespace(ONTOLOGY)

    # classes
    Contact: URIRef  # a diplomatic contact (merged over its reports), a sem:Event
    PhoneCall: URIRef
    Meeting: URIRef
    Visit: URIRef
    Message: URIRef
    ContactReport: URIRef  # one article's account of a contact
    Article: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Topic: URIRef
    Status: URIRef
    PairSummary: URIRef  # pair-level summary kept up to date at load time
    CountryPair: URIRef  # contacts between two countries
    CountryPairMonth: URIRef  # contacts between two countries in one month
    UploadBatch: URIRef  # a batch of quads uploaded to a SPARQL server (in the uploads graph)
    # status individuals
    occurred: URIRef
    planned: URIRef
    background: URIRef
    # properties
    participant: URIRef
    initiator: URIRef
    date: URIRef
    dateText: URIRef
    status: URIRef
    cameoCode: URIRef  # of a contact class, in the ontology
    ploverMode: URIRef  # of a contact class, in the ontology
    report: URIRef
    reportOf: URIRef
    sourceCount: URIRef
    confidence: URIRef
    role: URIRef
    country: URIRef
    articleId: URIRef
    actor: URIRef
    partner: URIRef  # from an actor to each actor in contact with them (kept with the pair summaries)
    contactCount: URIRef
    reportCount: URIRef
    initiatedCount: URIRef
    pairRank: URIRef  # 1 for the pair with most contacts, for the top pairs only
    initiatorRank: URIRef  # 1 for the actor who initiated most contacts, for the top initiators only
    firstDate: URIRef
    lastDate: URIRef
    contactType: URIRef
    countryPair: URIRef  # from a country pair's month to the country pair
    nameKey: URIRef  # normalised word-start keys of an actor's labels, for name look-ups by equality
    pair: URIRef  # from a contact to the pair summary of two of its actors
    bucket: URIRef  # from a contact to the year bucket of each of its actors
    bucketOf: URIRef  # from a year bucket to its actor
    quadCount: URIRef  # the number of quads of an upload batch


def graph_iri(name: str) -> str:
    """IRI of one of the shared named graphs: ``entities``, ``contacts``, ``summaries``, or ``uploads`` (the
    batches uploaded to a SPARQL server)."""
    return f"{DATA}graph/{name}"


PREFIXES = {
    "dg": ONTOLOGY,
    "dgid": DATA,
    "dgg": f"{DATA}graph/",
    "sem": str(SEM),
    "oa": str(OA),
    "nif": str(NIF),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "wd": str(WD),
    "cameo": str(CAMEO),
    "plover": str(PLOVER),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
#: the PREFIX lines of every prefix above, for the queries the package itself sends to any server
PROLOGUE = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())
