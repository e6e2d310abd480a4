"""Parsing in worker processes that die with their parent, and a pool a caller can cancel.

    parse_all(sources, workers, parser) -> iterator of (Source, PageRecord | error message),
        in order: here (workers <= 1), in a ParsePool of that many processes, or in the
        ParsePool given; stops quietly when the pool is cancelled
    ParsePool(workers)           spawned processes; cancel() (any thread) kills them at once
    default_workers(file_count)  0 under POOL_MIN_FILES files, else 2 to 4

Workers are spawned, never forked (the window runs threads). Each watches its parent (the
pipe from it closes when it dies; Linux also gets PR_SET_PDEATHSIG) and exits with it, so a
killed import leaves no worker or resource tracker behind. A worker runs
`reader.importing.pages.parse_or_message`; `parser` is the fingerprint the records carry.
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator

from reader.importing.files import Source
from reader.importing.pages import parse_or_message
from reader.store.records import PageRecord

POOL_MIN_FILES = 24

Parsed = PageRecord | str  # a record, or why the file is no page


class ParsePool:
    """Spawned worker processes that parse pages; `cancel()`, from any thread, kills them.

    Each worker dies with the importing process (`_start_worker`). Use as a context manager;
    `parse_all(sources, pool)` parses through it. A thread cannot be stopped while a regex
    holds the GIL; a process can, so the window parses here and Cancel returns at once.
    """

    def __init__(self, workers: int = 1, ahead: int | None = None):
        self.workers = max(workers, 1)
        self.ahead = ahead or 4 * self.workers  # files read and queued before the first result
        self.cancelled = False
        self._executor = concurrent.futures.ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context("spawn"),  # never fork: the window has threads
            initializer=_start_worker,
            initargs=(os.getpid(),),
        )

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def submit(self, source: Source, parser: str) -> concurrent.futures.Future:
        return self._executor.submit(parse_or_message, source, parser)

    def cancel(self) -> None:
        """Kill the workers now; pending parses raise BrokenProcessPool, which `parse_all`
        takes as the end. Does not wait."""
        self.cancelled = True
        for process in self._processes():
            process.kill()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def _processes(self) -> list:
        # no public way to reach the workers before Python 3.14 (`kill_workers`)
        return list((getattr(self._executor, "_processes", None) or {}).values())


CANCEL_POLL_SECONDS = 0.5  # a cancel that raced a worker's spawn is noticed this soon
PARENT_POLL_SECONDS = 1.0  # how soon a worker notices a vanished parent, where nothing tells it
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def _start_worker(parent: int) -> None:
    """Initializer of every parse worker: exit when the process that started it dies (a killed
    import used to leave its workers and the resource tracker running forever), and leave
    Ctrl+C to the parent: a terminal sends it to the whole process group, and the parent stops
    the import, keeps what was stored and ends the workers."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent_on_linux()
    if os.getppid() != parent:  # it died before the signal was asked for
        os._exit(1)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _die_with_parent_on_linux() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no libc to call: the watchdog still works
        pass


def _watch_parent(parent: int) -> None:
    """Wait on the pipe from the parent (EOF when it dies); where there is none, poll the
    parent's pid."""
    process = multiprocessing.parent_process()
    while True:
        if process is not None:
            process.join(PARENT_POLL_SECONDS)
            if not process.is_alive():
                os._exit(1)
        else:
            time.sleep(PARENT_POLL_SECONDS)
        if os.getppid() != parent:
            os._exit(1)


def parse_all(
    sources: Iterable[Source], workers: int | ParsePool, parser: str
) -> Iterator[tuple[Source, Parsed]]:
    """Parse in order: here (workers <= 1), in a ParsePool of that many processes, or in the
    given pool, a few files ahead. Stops quietly when the pool is cancelled."""
    if isinstance(workers, ParsePool):
        yield from _parse_in(workers, sources, parser)
    elif workers > 1:
        with ParsePool(workers) as pool:
            yield from _parse_in(pool, sources, parser)
    else:
        for source in sources:
            yield source, parse_or_message(source, parser)


def _parse_in(
    pool: ParsePool, sources: Iterable[Source], parser: str
) -> Iterator[tuple[Source, Parsed]]:
    pending: deque[tuple[Source, concurrent.futures.Future]] = deque()
    try:
        for source in sources:
            if pool.cancelled:
                return
            pending.append((source, pool.submit(source, parser)))
            if len(pending) >= pool.ahead:
                yield _result(pool, *pending.popleft())
        while pending:
            yield _result(pool, *pending.popleft())
    except _Cancelled:
        return
    finally:
        for _source, future in pending:
            future.cancel()


class _Cancelled(Exception):
    pass


def _result(
    pool: ParsePool, source: Source, future: concurrent.futures.Future
) -> tuple[Source, Parsed]:
    """The parse of `source`; after a cancel, nothing more (a worker spawned while the pool
    was being cancelled is killed on the next look)."""
    while not pool.cancelled:
        try:
            return source, future.result(timeout=CANCEL_POLL_SECONDS)
        except concurrent.futures.TimeoutError:
            continue
        except concurrent.futures.process.BrokenProcessPool:
            if not pool.cancelled:
                raise
    pool.cancel()
    raise _Cancelled


def default_workers(file_count: int) -> int:
    """Processes worth starting for `file_count` files: none for a few (spawning costs more)."""
    if file_count < POOL_MIN_FILES:
        return 0
    return min(os.cpu_count() or 1, 4)
