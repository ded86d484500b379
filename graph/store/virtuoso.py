"""A Virtuoso open-source server of its own, in a folder: for tests, benchmarks and trying the graph on
Virtuoso without touching a system service.

>>> with VirtuosoServer(Path("/tmp/virtuoso-db")) as server:       # doctest: +SKIP
...     with open_store(endpoint=server.endpoint) as store:
...         store.load(load_facts_file("facts.jsonl"))

The server listens on 127.0.0.1 only (free ports unless given), keeps its database in ``folder`` (kept
after it stops, so that a server started again on the same folder finds its quads), and lets the
anonymous SPARQL user update the graph: the endpoint is for this machine alone.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import TracebackType

from ..errors import DipgraphError

SERVER_COMMAND = "virtuoso-t"  # Debian's package virtuoso-opensource
ISQL_COMMAND = "isql-vt"
DBA_PASSWORD = "dba"  # the password of a new database's administrator; the server listens on 127.0.0.1 only
START_TIMEOUT = 60.0  # seconds for a new database to be created and the HTTP server to answer
STOP_TIMEOUT = 30.0  # seconds for a checkpoint and shutdown
POLL_INTERVAL = 0.2  # seconds between two checks that the server answers
PAGE_BUFFERS = 85_000  # 8 KiB database pages held in memory (about 700 MB): a 100k-contact graph fits
DIRTY_BUFFERS = 65_000  # pages that may be written before a flush
INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = {folder}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 0
MaxQueryExecutionTime = 0
MaxQueryCostEstimationTime = 0
"""
# the anonymous SPARQL user may update; run once against each new database
GRANTS = 'GRANT SPARQL_UPDATE TO "SPARQL";'


def isql(address: str, user: str, password: str, statements: str, *, timeout: float | None = None,
         home: Path | None = None) -> str:
    """Run SQL statements on the Virtuoso server at ``address`` (host:port of its SQL port) with ``isql``;
    their output. A DipgraphError says what the server refused."""
    if shutil.which(ISQL_COMMAND) is None:
        raise DipgraphError(f"`{ISQL_COMMAND}` not found: it comes with Debian's package virtuoso-opensource")
    env = {**os.environ, "HOME": str(home)} if home else None
    done = subprocess.run([ISQL_COMMAND, address, user, password, f"exec={statements}"], capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL, env=env)
    if "Connect failed" in done.stdout + done.stderr:
        raise DipgraphError(f"cannot reach Virtuoso's SQL port at {address}: is the server running?")
    if done.returncode != 0 or "*** Error" in done.stdout:
        raise DipgraphError(f"Virtuoso refused {statements[:200]!r}: {(done.stdout + done.stderr).strip()[-500:]}")
    return done.stdout


def virtuoso_available() -> bool:
    """Whether Virtuoso's server and its SQL client are on the PATH."""
    return shutil.which(SERVER_COMMAND) is not None and shutil.which(ISQL_COMMAND) is not None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class VirtuosoServer:
    """``virtuoso-t`` in the foreground on a database in ``folder``; ``endpoint`` is its SPARQL URL.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`; a stopped server can be started
    again on the same folder (new ports unless fixed).
    """

    def __init__(self, folder: Path, http_port: int | None = None, sql_port: int | None = None) -> None:
        self.folder = folder.resolve()
        self.fixed_ports = (http_port, sql_port)
        self.http_port = self.sql_port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def endpoint(self) -> str:
        """The SPARQL 1.1 query and update endpoint."""
        return f"http://127.0.0.1:{self.http_port}/sparql"

    @property
    def graph_store(self) -> str:
        """The SPARQL 1.1 Graph Store endpoint (one graph a request, named by ``?graph-uri=``)."""
        return f"http://127.0.0.1:{self.http_port}/sparql-graph-crud"

    def start(self) -> VirtuosoServer:
        if not virtuoso_available():
            raise DipgraphError(f"Virtuoso is not installed: `{SERVER_COMMAND}` and `{ISQL_COMMAND}` come with "
                                f"Debian's package virtuoso-opensource")
        self.folder.mkdir(parents=True, exist_ok=True)
        new = not (self.folder / "virtuoso.db").exists()
        self.http_port = self.fixed_ports[0] or free_port()
        self.sql_port = self.fixed_ports[1] or free_port()
        ini = self.folder / "virtuoso.ini"
        ini.write_text(INI.format(folder=self.folder, sql_port=self.sql_port, http_port=self.http_port,
                                  buffers=PAGE_BUFFERS, dirty=DIRTY_BUFFERS), encoding="utf-8")
        with (self.folder / "server.out").open("ab") as out:
            self.process = subprocess.Popen([SERVER_COMMAND, "+foreground", "+configfile", str(ini)],
                                            cwd=self.folder, stdout=out, stderr=subprocess.STDOUT,
                                            stdin=subprocess.DEVNULL)
        self._wait_until_up()
        if new:
            self.sql(GRANTS)
        return self

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        probe = f"{self.endpoint}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise DipgraphError(f"Virtuoso stopped while starting: see {self.folder / 'virtuoso.log'}")
            try:
                with urllib.request.urlopen(probe, timeout=1):
                    return
            except (OSError, urllib.error.URLError):
                time.sleep(POLL_INTERVAL)
        self.kill()
        raise DipgraphError(f"Virtuoso did not answer within {START_TIMEOUT:g} s: see {self.folder / 'virtuoso.log'}")

    @property
    def sql_address(self) -> str:
        """host:port of the SQL server (for ``isql`` and the bulk loader)."""
        return f"127.0.0.1:{self.sql_port}"

    def sql(self, statements: str) -> str:
        """Run SQL statements as the administrator with Virtuoso's ``isql``; their output."""
        return isql(self.sql_address, "dba", DBA_PASSWORD, statements, timeout=STOP_TIMEOUT, home=self.folder)

    def stop(self) -> None:
        """Checkpoint and stop the server; its database stays in the folder."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.sql("checkpoint; shutdown;")
        except (DipgraphError, subprocess.TimeoutExpired):
            pass  # isql loses its connection as the server goes down
        try:
            self.process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """Stop the server at once (as a crash would); the next start replays its transaction log."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=STOP_TIMEOUT)

    def __enter__(self) -> VirtuosoServer:
        return self.start()

    def __exit__(self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()
