"""Extraction spread over worker processes on this machine or over a Dask distributed cluster.

The articles are read here, in input order, and cut into partitions (``PARTITION_ARTICLES``
articles, fewer when they are long); each partition is extracted on a worker, and the contacts
come back in input order, so the output is the same, byte for byte, as extracting in one process.
At most ``IN_FLIGHT_PER_WORKER`` partitions per worker are out at a time, so memory stays flat
however long the input is. A worker that dies has its partitions extracted again
(``MAX_ATTEMPTS`` times at most): a local pool is started anew, a Dask scheduler reschedules them
itself. Inputs that fit in one partition are extracted in this process unless a scheduler is named.

Dask is optional (``pip install 'dipgraph[distributed]'``); worker processes on this machine need
nothing beyond the standard library. Workers of a Dask cluster must have the same dipgraph installed.
"""
from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, Any, Protocol

from .errors import DipgraphError
from .model import Article, Contact

if TYPE_CHECKING:  # the pools' modules are imported when a pool starts: the command line starts quicker
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["DEFAULT_PLAN", "ExtractionPlan", "default_workers", "extract_partition", "extract_parallel"]

log = logging.getLogger(__name__)

PARTITION_ARTICLES = 64  # articles in a partition
PARTITION_CHARS = 512_000  # characters of text in a partition, whichever limit comes first
IN_FLIGHT_PER_WORKER = 4  # partitions sent to a worker before the oldest is collected
MAX_ATTEMPTS = 3  # times a partition is tried on a local pool whose workers keep dying
CONNECT_TIMEOUT = 30  # seconds to reach a Dask scheduler
PACKAGE = "dipgraph"  # the distribution whose version Dask workers must share
Progress = Callable[[int], None]  # told the number of articles each time a partition is done


@dataclass(frozen=True)
class ExtractionPlan:
    """Where to extract: ``workers`` processes on this machine (None: one per core), or the cluster of
    the Dask scheduler at ``scheduler`` (``tcp://host:8786``); ``partition`` articles a partition."""

    workers: int | None = None
    scheduler: str | None = None
    partition: int = PARTITION_ARTICLES


DEFAULT_PLAN = ExtractionPlan()  # one worker process per core


def default_workers() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extract_partition(articles: list[Article]) -> list[Contact]:
    """The contacts of the articles, in order (what a worker runs); an article the extractor fails on is
    reported (a warning naming it) and skipped, the others still read."""
    from .extract import extract

    contacts: list[Contact] = []
    for article in articles:
        try:
            contacts.extend(extract(article))
        except Exception as err:  # noqa: BLE001 (one article's failure must not lose the others)
            log.warning("%s: no contacts read, the extractor failed on it (%s: %s)", article.source or article.id,
                        type(err).__name__, err)
    return contacts


def partitions(articles: Iterable[Article], size: int = PARTITION_ARTICLES,
               chars: int = PARTITION_CHARS) -> Iterator[list[Article]]:
    """The articles in consecutive lists of at most ``size`` articles and about ``chars`` characters."""
    part: list[Article] = []
    held = 0
    for article in articles:
        part.append(article)
        held += len(article.text)
        if len(part) >= size or held >= chars:
            yield part
            part, held = [], 0
    if part:
        yield part


def extract_parallel(articles: Iterable[Article], plan: ExtractionPlan = DEFAULT_PLAN,
                     progress: Progress | None = None) -> Iterator[Contact]:
    """The contacts of the articles, in input order, extracted as ``plan`` says.

    Raises ``DipgraphError`` when the scheduler cannot be reached, runs another dipgraph version or
    Dask is not installed, and when a partition's workers died ``MAX_ATTEMPTS`` times.
    """
    parts = partitions(articles, max(1, plan.partition))
    first = next(parts, None)
    if first is None:
        return
    second = next(parts, None) if plan.scheduler is None else None
    queued = chain([first], [second] if second else [], parts)
    workers = plan.workers or default_workers()
    if plan.scheduler is None and (second is None or workers <= 1):  # one process is enough
        for part in queued:
            yield from extract_partition(part)
            if progress:
                progress(len(part))
        return
    with (_DaskPool(plan.scheduler) if plan.scheduler else _LocalPool(workers)) as pool:
        yield from _in_order(pool, queued, progress)


class _Pool(Protocol):
    """Runs ``extract_partition`` somewhere; ``capacity`` partitions at a time."""

    capacity: int

    def submit(self, part: list[Article]) -> _Pending: ...

    def __enter__(self) -> _Pool: ...

    def __exit__(self, *exc: object) -> None: ...


class _Pending(Protocol):
    def result(self) -> list[Contact]: ...


def _in_order(pool: _Pool, parts: Iterable[list[Article]], progress: Progress | None) -> Iterator[Contact]:
    """Send partitions to ``pool``, ``IN_FLIGHT_PER_WORKER`` per worker at most, and yield their contacts
    in the order of the partitions."""
    waiting: deque[tuple[int, _Pending]] = deque()
    limit = max(1, pool.capacity * IN_FLIGHT_PER_WORKER)
    for part in parts:
        waiting.append((len(part), pool.submit(part)))
        if len(waiting) >= limit:
            yield from _collect(waiting.popleft(), progress)
    while waiting:
        yield from _collect(waiting.popleft(), progress)


def _collect(item: tuple[int, _Pending], progress: Progress | None) -> list[Contact]:
    size, pending = item
    contacts = pending.result()
    if progress:
        progress(size)
    return contacts


def _warm_up() -> None:
    """Prepare a local worker process: Ctrl-C is left to the parent (which stops the pool), and the
    gazetteer and the matchers are loaded once, before the first partition."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    extract_partition([Article(id="warm-up", text="warm-up", lang=lang) for lang in ("ar", "en")])


@dataclass
class _LocalTask:
    """A partition on the local pool, sent again when the pool breaks under it."""

    pool: _LocalPool
    part: list[Article]
    future: Future[list[Contact]]
    attempts: int = 1

    def result(self) -> list[Contact]:
        from concurrent.futures.process import BrokenProcessPool

        while True:
            try:
                return self.future.result()
            except BrokenProcessPool:
                self.pool.restart(self)


@dataclass
class _LocalPool:
    """``capacity`` worker processes on this machine (started fresh, not forked from this one)."""

    capacity: int
    executor: ProcessPoolExecutor | None = None
    tasks: list[_LocalTask] = field(default_factory=list)

    def __enter__(self) -> _LocalPool:
        self.executor = self._start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _start(self) -> ProcessPoolExecutor:
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        return ProcessPoolExecutor(max_workers=self.capacity, mp_context=get_context("spawn"), initializer=_warm_up)

    def submit(self, part: list[Article]) -> _LocalTask:
        assert self.executor is not None, "the pool is used inside its with block"
        task = _LocalTask(self, part, self.executor.submit(extract_partition, part))
        self.tasks = [t for t in self.tasks if not t.future.done() or t is task] + [task]
        return task

    def restart(self, broken: _LocalTask) -> None:
        """Start a new pool after a worker died, and send it every partition the old one had not finished."""
        if broken.attempts >= MAX_ATTEMPTS:
            raise DipgraphError(f"a worker process died {broken.attempts} times extracting {_part_name(broken.part)}; "
                                "extract them in one process (--workers 1) to see the error")
        log.warning("a worker process died; extracting its articles again")
        assert self.executor is not None
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()
        for task in self.tasks:
            if not _finished(task.future):
                task.attempts += 1
                task.future = self.executor.submit(extract_partition, task.part)


def _finished(future: Future[list[Contact]]) -> bool:
    """Whether the partition's contacts are ready (not cancelled, and not lost with a broken pool)."""
    from concurrent.futures.process import BrokenProcessPool

    return future.done() and not future.cancelled() and not isinstance(future.exception(), BrokenProcessPool)


def _part_name(part: list[Article]) -> str:
    """The partition as messages name it: its first and last articles' files and lines."""
    first, last = (article.source or article.id for article in (part[0], part[-1]))
    return f"the articles from {first} to {last}" if len(part) > 1 else f"the article of {first}"


class _DaskPool:
    """The workers of a Dask distributed cluster, reached through its scheduler."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.client: Any = None
        self.capacity = 1

    def __enter__(self) -> _DaskPool:
        try:
            from distributed import Client
        except ImportError as err:
            raise DipgraphError("--scheduler needs Dask: pip install 'dipgraph[distributed]'") from err
        try:
            self.client = Client(self.address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise DipgraphError(f"cannot reach the Dask scheduler at {self.address}: {err}") from err
        from importlib.metadata import version

        wanted = version(PACKAGE)
        versions = self.client.run(version, PACKAGE, on_error="return")
        other = {worker: v if isinstance(v, str) else "no dipgraph" for worker, v in versions.items() if v != wanted}
        if other:
            self.client.close()
            raise DipgraphError(f"the Dask workers must run dipgraph {wanted}: "
                                + ", ".join(f"{w} has {v}" for w, v in sorted(other.items())))
        self.capacity = max(1, sum(self.client.nthreads().values()))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()

    def submit(self, part: list[Article]) -> _DaskTask:
        return _DaskTask(part, self.client.submit(extract_partition, part, pure=False))


@dataclass
class _DaskTask:
    """A partition on a Dask cluster, whose scheduler sends it again when its worker dies."""

    part: list[Article]
    future: Any

    def result(self) -> list[Contact]:
        from distributed import KilledWorker

        try:
            return self.future.result()  # type: ignore[no-any-return]
        except KilledWorker as err:
            raise DipgraphError(f"Dask workers died while extracting {_part_name(self.part)} ({err}); extract "
                                "them in one process (--workers 1) to see the error") from err
