"""One import run: page files and folders in, every page stored, an ImportReport out.

    import_paths(library, paths, progress=None, should_stop=None, workers=None,
                 recursive=False) -> ImportReport
    ImportReport(imported: list[ImportOutcome], errors: list[(path, message)], cancelled)
        .ok  no errors

Files are read one at a time as the parsers need them; a file whose bytes and parser
fingerprint are stored already is `unchanged` and not parsed again. A bad file (missing,
too large, no page) is one entry in `errors` and the run goes on. progress(done, total, name)
after each file, bad ones included; should_stop() is asked before each file is read (a
cancelled ParsePool also ends the run). Each page is stored in its own write transaction, so
what was stored before a stop stays; the run's commits are synced once, at its end
(`Library.bulk`). A page that replaces a stored file gets that file's hand
corrections re-applied (`reader.importing.corrections`); the ones that no longer apply are
kept as stale and counted in the ImportOutcome.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reader.importing import corrections, files, pages
from reader.importing.workers import Parsed, ParsePool, default_workers, parse_all
from reader.store import ImportOutcome, Library

Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    imported: list[ImportOutcome] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    workers: int | ParsePool | None = None,
    recursive: bool = False,
) -> ImportReport:
    """Import page files and folders (their *.txt files, sorted; with `recursive`, those of
    subfolders too) into `library`. `workers`: parser processes, or a ParsePool the caller
    may cancel (default: `default_workers` for the number of files)."""
    found, errors = files.expand(paths, recursive)
    run = _Run(library, found, progress, should_stop, ImportReport(errors=list(errors)))
    if workers is None:
        workers = default_workers(len(found))
    with library.bulk():
        for source, parsed in parse_all(run.sources(), workers, run.parser):
            run.store(source, parsed)
    return run.report


class _Run:
    """Reads files lazily, skips unchanged ones, stores the rest, and keeps the count."""

    def __init__(
        self,
        library: Library,
        found: list[Path],
        progress: Progress | None,
        should_stop: Callable[[], bool] | None,
        report: ImportReport,
    ):
        self.library, self.files, self.report = library, found, report
        self.progress, self.should_stop = progress, should_stop
        self.parser = pages.parser_fingerprint()
        self.done = 0

    def tick(self, path: Path) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, len(self.files), path.name)

    def sources(self) -> Iterator[files.Source]:
        """The files that need parsing, read; stops early when asked to."""
        for path in self.files:
            if self.should_stop is not None and self.should_stop():
                self.report.cancelled = True
                return
            source = self._read(path)
            if source is not None:
                yield source

    def _read(self, path: Path) -> files.Source | None:
        """The file's bytes, or None when it is unreadable or stored unchanged (both told)."""
        try:
            source = files.read(path)
        except OSError as error:
            self.report.errors.append((str(path), error.strerror or str(error)))
            self.tick(path)
            return None
        same = self.library.unchanged(source.sha256, self.parser)
        if same is None:
            return source
        self.report.imported.append(same)
        self.tick(path)
        return None

    def store(self, source: files.Source, parsed: Parsed) -> None:
        if isinstance(parsed, str):
            self.report.errors.append((str(source.path), parsed))
        else:
            self.report.imported.append(self.library.store_page(parsed, corrections.apply))
        self.tick(source.path)
