"""HTML views of the contact graph: person network, country network, timeline.

Every view is one self-contained file (vis-network inlined, no network request) built from a list
of ``Contact`` objects, so it does not depend on where the contacts came from.
"""

from .countries import country_page
from .filters import ViewFilters, apply_filters
from .network import network_page
from .timeline import timeline_page

__all__ = ["ViewFilters", "apply_filters", "country_page", "network_page", "timeline_page"]
