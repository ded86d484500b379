"""The workbench served live over a store (``dipgraph serve`` answers ``/view`` with it)."""

from __future__ import annotations

import threading
from typing import Protocol

from ..model import Contact
from .workbench import workbench_html


class ContactSource(Protocol):
    def contacts(self) -> list[Contact]: ...


class LivePage:
    """The workbench page over a read-only store: built at the first request, then served as it is."""

    def __init__(self, store: ContactSource) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._page: bytes | None = None

    def __call__(self) -> bytes:
        """The page's HTML as UTF-8 bytes."""
        with self._lock:
            if self._page is None:
                self._page = workbench_html(self.store.contacts()).encode("utf-8")
            return self._page
