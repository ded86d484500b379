"""dipgraph: diplomatic contacts from Arabic and English news, as a queryable RDF knowledge graph.

The public API, importable from ``graph`` itself::

    from graph import extract_all, open_store, read_articles

    with open_store("my-store") as store:
        store.load(extract_all(read_articles(["news/"])))
        print(store.run_saved("contacts_of_person", {"person": "Putin"}).render("table"))

Names are imported on first use, so that ``import graph`` (and the command line) stays quick. The
functions named like their modules are imported from them: ``graph.extract.extract`` (one article)
and ``graph.validate.validate`` (a store against the shapes).
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Each public name and the module that defines it.
_EXPORTS = {
    "Article": "model", "Actor": "model", "Contact": "model", "Evidence": "model",
    "DipgraphError": "errors", "InputError": "errors",
    "IngestOptions": "ingest", "IngestReport": "ingest", "read_articles": "ingest",
    "extract_all": "extract",
    "ContactStore": "store", "QueryLimits": "store", "open_store": "store", "load_facts_file": "store",
    "saved_queries": "store",
    "network_stats": "analyse",
    "workbench_page": "view", "network_page": "view", "ViewFilters": "view",
}
__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .analyse import network_stats
    from .errors import DipgraphError, InputError
    from .extract import extract_all
    from .ingest import IngestOptions, IngestReport, read_articles
    from .model import Actor, Article, Contact, Evidence
    from .store import ContactStore, QueryLimits, load_facts_file, open_store, saved_queries
    from .view import ViewFilters, network_page, workbench_page


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'graph' has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)


def __dir__() -> list[str]:
    return [*globals(), *__all__]
