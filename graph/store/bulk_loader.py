"""Virtuoso's own bulk loader as a way of uploading: batches written as N-Quads files into a folder the server
reads (one of its ``DirsAllowed``, on its own disk), then registered with ``ld_dir`` and loaded by
``rdf_loader_run``, Virtuoso's fastest path for a large graph.

Each file holds its batch and the batch's record (see ``upload.py``), so a batch loaded is a batch recorded.
A load that stopped is started again with the same command: the batches recorded are not written again, the
folder's other files and their entries in the loader's list (``DB.DBA.load_list``) are replaced, and loading
a quad that is already there adds nothing.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path

from ..errors import DipgraphError
from ..rdf import Q, Term, nquads, value
from ..vocab import graph_iri
from .virtuoso import isql

FILE_PATTERN = "dipgraph-batch-*.nq.gz"  # the loader's files in the folder
DEFAULT_GRAPH = graph_iri("uploads")  # ld_dir's graph for triples: every line of a batch names its own
LOAD_TIMEOUT = None  # seconds ``rdf_loader_run`` may take: no limit, a large graph takes long


def sql_text(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


@dataclass(frozen=True)
class VirtuosoLoader:
    """Where the batch files go (``folder``, as this machine sees it; ``server_folder``, the same folder as
    the server sees it) and how to reach the server's SQL port."""

    folder: Path
    address: str  # host:port of the server's SQL port
    user: str = "dba"
    password: str = "dba"
    server_folder: str | None = None  # the folder's path on the server's machine (default: ``folder``)

    @property
    def remote(self) -> str:
        return self.server_folder or str(self.folder.resolve())

    def clear(self) -> None:
        """Remove the files and list entries a stopped load left, before batches are written again."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for leftover in self.folder.glob(FILE_PATTERN):
            leftover.unlink()
        self._sql(f"DELETE FROM DB.DBA.load_list WHERE ll_file LIKE {sql_text(self.remote + '/%')};")

    def write(self, iri: Term, quads: list[Q]) -> None:
        """Write one batch (with its record) as a file named after the batch."""
        name = FILE_PATTERN.replace("*", value(iri).rsplit("/", 1)[1])
        with gzip.open(self.folder / name, "wt", encoding="utf-8") as out:
            out.write(nquads(quads))

    def load(self) -> None:
        """Register the folder's batch files with the loader, load them and make them durable; a file the
        loader could not read is reported with its error."""
        self._sql(f"ld_dir({sql_text(self.remote)}, {sql_text(FILE_PATTERN)}, {sql_text(DEFAULT_GRAPH)}); "
                  f"rdf_loader_run(); checkpoint;")
        failed = self._sql(f"SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_file LIKE "
                           f"{sql_text(self.remote + '/%')} AND ll_error IS NOT NULL;")
        if "dipgraph-batch-" in failed:
            raise DipgraphError(f"Virtuoso's bulk loader failed on some batches:\n{failed.strip()[-1000:]}")

    def _sql(self, statements: str) -> str:
        return isql(self.address, self.user, self.password, statements, timeout=LOAD_TIMEOUT)
