"""`reader import [-r] [--samples] [--json] PATH...`: page files and folders into the library.

`reader.importing` (which loads the parser) is imported inside the command only, so the read
commands never load it. Exit codes: 2 if a path is missing (or none is given), 3 if a page
failed (the others are kept), 1 if the folders held no page, 130 on Ctrl+C (the files done
are kept and counted), else 0. A tqdm bar on stderr shows progress on a terminal; a file with
bytes that could not be read is imported and said on stderr (`page.txt: 6 characters could
not be read and were replaced`).
"""

from __future__ import annotations

import dataclasses
import signal
from pathlib import Path

from reader.cli import exits
from reader.cli.exits import UsageError
from reader.cli.library import add_command
from reader.cli.output import fail, note, plural, print_json, replaced_note, shown
from reader.cli.progress import ProgressBar


def register(commands) -> None:
    parser = add_command(
        commands,
        "import",
        "import page files or folders of them",
        run_import,
        access="create",
        description="Import page files (.txt text, .pdf: each PDF page a page) or folders of them "
        "into the library (made if "
        "needed). Unchanged files are skipped; a changed file is replaced and keeps its tags "
        "and notes.",
    )
    parser.add_argument(
        "paths", nargs="*", type=Path, metavar="PATH", help="a page file, or a folder of them"
    )
    parser.add_argument(
        "-r", "--recursive", action="store_true", help="folders: their subfolders' pages too"
    )
    parser.add_argument(
        "--samples", action="store_true", help="the sample pages that come with reader"
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")


def run_import(library, args) -> int:
    paths = _paths(args)
    empty = [folder for folder in paths if _without_pages(folder, args.recursive)]
    with ProgressBar(unit="file") as progress, _StopOnInterrupt() as stop:
        report = _import_paths(library, paths, progress, stop, args.recursive)
    for outcome in report.imported:
        if outcome.replaced_chars:
            note(replaced_note(shown(outcome.name), outcome.replaced_chars))
    for path, message in report.errors:
        fail(f"{shown(path)}: {message}", exits.FAILURE)
    for folder in empty:
        fail(_empty_folder_message(folder, args.recursive), exits.NOTHING)
    if report.cancelled:
        kept = plural(len(report.imported), "file")
        return fail(f"interrupted, {kept} kept", exits.INTERRUPTED)
    if args.json:
        print_json(_report_json(report))
    else:
        print(_summary(report))
    return _code(paths, report, empty)


def _paths(args) -> list[Path]:
    paths = list(args.paths)
    if args.samples:
        from reader.resources import bundled_seeds_dir

        paths.append(bundled_seeds_dir())
    if not paths:
        raise UsageError("nothing to import: give page files or folders, or --samples")
    return paths


def _import_paths(library, paths, progress, stop, recursive):
    from reader.importing import import_paths

    return import_paths(library, paths, progress=progress, should_stop=stop, recursive=recursive)


def _code(paths: list[Path], report, empty: list[Path]) -> int:
    if any(not path.exists() for path in paths):
        return exits.USAGE
    if report.errors:
        return exits.FAILURE
    if empty and not report.imported:
        return exits.NOTHING
    return exits.OK


def _without_pages(path: Path, recursive: bool) -> bool:
    from reader.importing.files import expand

    return path.is_dir() and not expand([path], recursive)[0]


def _empty_folder_message(folder: Path, recursive: bool) -> str:
    message = f"{shown(folder)}: no page files (*.txt, *.pdf) in this folder"
    if not recursive and not _without_pages(folder, True):
        message += "; its subfolders have some: add --recursive"
    return message


def _summary(report) -> str:
    statuses = [outcome.status for outcome in report.imported]
    articles = sum(outcome.articles for outcome in report.imported)
    orphaned = sum(outcome.orphaned_notes for outcome in report.imported)
    line = (
        f"{plural(len(statuses), 'file')}: {statuses.count('added')} added, "
        f"{statuses.count('replaced')} replaced, {statuses.count('unchanged')} unchanged; "
        f"{plural(articles, 'article')}"
    )
    if report.errors:
        line += f"; {len(report.errors)} failed"
    if orphaned:
        line += f"; {plural(orphaned, 'note')} orphaned (see them with `reader notes --orphaned`)"
    return line


def _report_json(report) -> dict:
    return {
        "files": [dataclasses.asdict(outcome) for outcome in report.imported],
        "errors": [{"path": shown(path), "message": message} for path, message in report.errors],
        "articles": sum(outcome.articles for outcome in report.imported),
    }


class _StopOnInterrupt:
    """While open, the first Ctrl+C asks the import to stop after the file in hand (the
    object is the `should_stop` callback); a second one interrupts at once."""

    def __init__(self):
        self.stopped = False
        self.previous = None

    def __enter__(self):
        self.previous = signal.signal(signal.SIGINT, self._on_interrupt)
        return self

    def _on_interrupt(self, _signum, _frame) -> None:
        if self.stopped:
            raise KeyboardInterrupt
        self.stopped = True

    def __call__(self) -> bool:
        return self.stopped

    def __exit__(self, *exc) -> None:
        signal.signal(signal.SIGINT, self.previous)
