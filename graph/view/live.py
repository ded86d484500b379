"""The workbench served live over a store (``dipgraph serve`` answers ``/view`` with it)."""

from __future__ import annotations

import threading
from typing import Protocol

from ..defaults import VIEW_CONTACTS
from ..model import Contact
from .workbench import workbench_html


class ContactSource(Protocol):
    def page_contacts(self, latest: int | None = None) -> tuple[list[Contact], list[str]]: ...


class LivePage:
    """The workbench page over a read-only store: built at the first request, then served as it is. It holds
    the latest ``VIEW_CONTACTS`` contacts by date, and says so when the store has more."""

    def __init__(self, store: ContactSource) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._page: bytes | None = None

    def __call__(self) -> bytes:
        """The page's HTML as UTF-8 bytes."""
        with self._lock:
            if self._page is None:
                contacts, held = self.store.page_contacts(VIEW_CONTACTS)
                self._page = workbench_html(contacts, held=held).encode("utf-8")
            return self._page
