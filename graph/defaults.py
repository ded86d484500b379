"""Defaults and choices that the store, the server and the command line share.

This module imports nothing, so that the command line builds its options without loading the store
and its RDF libraries.
"""
from __future__ import annotations

FORMATS = ("table", "csv", "json")  # how query results are printed
DEFAULT_TIMEOUT = 60.0  # seconds a query may run by default
MAX_BODY = 1 << 20  # bytes of a POST body the SPARQL endpoint accepts
#: contacts the workbench of ``dipgraph run`` and ``dipgraph serve`` holds: the latest by date (a page stays
#: quick to open, and drawing it takes the same memory however large the store grows)
VIEW_CONTACTS = 10_000
