"""Defaults and choices that the store, the server and the command line share.

This module imports nothing, so that the command line builds its options without loading the store
and its RDF libraries.
"""
from __future__ import annotations

FORMATS = ("table", "csv", "json")  # how query results are printed
DEFAULT_TIMEOUT = 60.0  # seconds a query may run by default
MAX_BODY = 1 << 20  # bytes of a POST body the SPARQL endpoint accepts
