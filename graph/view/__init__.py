"""The workbench: one self-contained, offline HTML page to explore the contact graph.

The page is built from a list of ``Contact`` objects, so it does not depend on where the contacts
came from; ``dipgraph view`` writes it to a file and ``dipgraph serve`` serves it over the store.
"""

from .filters import ViewFilters, apply_filters
from .workbench import workbench_html, workbench_page

network_page = workbench_page  # the page opens on the network view by default

__all__ = ["ViewFilters", "apply_filters", "network_page", "workbench_html", "workbench_page"]
