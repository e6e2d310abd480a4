"""Import of page files: paths in, parsed pages out (optionally in worker processes).

    expand(paths) -> (files, errors)       folders give their *.txt files, sorted
    read(path) -> Source                   bytes and sha256 of one file
    parse(source) -> Parsed                decode, reconstruct, segment for search
    prepare(source, text, encoding, page)  the same for a page reconstructed elsewhere
    parse_all(sources, workers) -> iterator of (Source, Parsed | error message), in order
    ParsePool(workers)                     worker processes a caller can cancel (kill) at once
    parser_fingerprint() -> str            changes with the parser, its place data or settings

Nothing here writes to the library: `reader.store.filing` stores a `Parsed` inside the
library's write transaction. `parse` is a plain top-level function so worker processes
(spawned, never forked: the window runs threads) can run it.
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import ctypes
import errno
import hashlib
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.ingest import Page, UnreadablePage, parse_page
from reader.ingest.decode import decode
from reader.store import index, records

PAGE_SUFFIXES = (".txt",)
MAX_PAGE_BYTES = 16 * 2**20  # a page is ~20 KB; a 50 MB file took minutes and gigabytes
POOL_MIN_FILES = 24


@dataclass(frozen=True)
class Source:
    path: Path
    data: bytes
    sha256: str


@dataclass
class Parsed:
    """A reconstructed page plus what the library stores beside it."""

    source: Source
    text: str
    encoding: str
    page: Page
    plain_texts: list[str]
    words: list[index.Words]  # per article, cut here (in the parser process) for the index


def expand(
    paths: Iterable[str | Path], recursive: bool = False
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import, and (path, message) for paths that are neither a file nor a folder.
    A folder gives its page files sorted; with `recursive`, those of its subfolders too."""
    files, errors = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            children = path.rglob("*") if recursive else path.iterdir()
            files.extend(
                sorted(
                    child
                    for child in children
                    if child.is_file() and child.suffix.lower() in PAGE_SUFFIXES
                )
            )
        elif path.is_file():
            files.append(path)
        else:
            errors.append((str(path), "no such file or folder"))
    return files, errors


def read(path: Path) -> Source:
    """The bytes of a page file; OSError (EFBIG) for files too large to be one page."""
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise OSError(
            errno.EFBIG,
            f"the file is {size / 1e6:.0f} MB; page files over "
            f"{MAX_PAGE_BYTES // 2**20} MB are refused (split it into pages)",
            str(path),
        )
    data = path.read_bytes()
    return Source(path, data, hashlib.sha256(data).hexdigest())


def article_text(article) -> str:
    """The plain text of an article body: block texts joined with newlines."""
    return "\n".join(block.text for block in article.body)


def parse(source: Source) -> Parsed:
    """Reconstruct one page; raises UnreadablePage for bytes that are no text page."""
    decoded = decode(source.data)
    page = parse_page(decoded.text, source.path.name)
    page.encoding = decoded.encoding
    page.replaced_chars = decoded.replaced
    return prepare(source, decoded.text, decoded.encoding, page)


def prepare(source: Source, text: str, encoding: str, page: Page) -> Parsed:
    """A reconstructed page with its plain texts and index words, ready to store. The words
    are cut from exactly what the store keeps (see `reader.store.index`), not taken from the
    parser, since the index must be able to cut them again to delete them."""
    plain = [article_text(article) for article in page.articles]
    words = [
        index.article_words(
            index.headline_of(
                article.kicker,
                article.title,
                article.subtitle,
                records.label(article.title, article.headline, body),
            ),
            body,
            article.byline,
            article.dateline,
        )
        for article, body in zip(page.articles, plain, strict=True)
    ]
    return Parsed(source, text, encoding, page, plain, words)


def _parse_or_message(source: Source) -> Parsed | str:
    try:
        return parse(source)
    except UnreadablePage as error:
        return str(error)


class ParsePool:
    """Spawned worker processes that parse pages; `cancel()`, from any thread, kills them.

    Each worker dies with the importing process (`_start_worker`). Use as a context manager;
    `parse_all(sources, pool)` parses through it. A thread cannot be stopped while a regex
    holds the GIL; a process can, so the window parses here and Cancel returns at once.
    """

    def __init__(self, workers: int = 1):
        self.workers = max(workers, 1)
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

    def submit(self, source: Source) -> concurrent.futures.Future:
        return self._executor.submit(_parse_or_message, source)

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
    import used to leave its workers and the resource tracker running forever)."""
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
    sources: Iterable[Source], workers: int | ParsePool = 0
) -> Iterator[tuple[Source, Parsed | str]]:
    """Parse in order: here (workers <= 1), in a ParsePool of that many processes, or in the
    given pool, a few files ahead. Stops quietly when the pool is cancelled."""
    if isinstance(workers, ParsePool):
        yield from _parse_in(workers, sources)
    elif workers > 1:
        with ParsePool(workers) as pool:
            yield from _parse_in(pool, sources)
    else:
        for source in sources:
            yield source, _parse_or_message(source)


def _parse_in(pool: ParsePool, sources: Iterable[Source]) -> Iterator[tuple[Source, Parsed | str]]:
    pending: deque = deque()
    try:
        for source in sources:
            if pool.cancelled:
                return
            pending.append((source, pool.submit(source)))
            if len(pending) >= 4 * pool.workers:
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
) -> tuple[Source, Parsed | str]:
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
    if file_count < POOL_MIN_FILES:
        return 0
    return min(os.cpu_count() or 1, 4)


_fingerprints: dict[str, str] = {}


def parser_fingerprint() -> str:
    """The parser's declared version and its data's fingerprint (place data, segmenter,
    home province): when either changes, the next import re-parses instead of calling files
    unchanged. A comment edit in the parser changes neither."""
    from reader.ingest import PARSER_VERSION, data_fingerprint
    from reader.lexicon.gazetteer import home_province

    province = home_province()
    if province not in _fingerprints:
        _fingerprints[province] = f"{PARSER_VERSION}+{data_fingerprint()}"
    return _fingerprints[province]
