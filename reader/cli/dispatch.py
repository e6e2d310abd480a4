"""The `reader` command line: `reader` alone opens the window; subcommands work headless.

Each subcommand is a thin call into `reader.ingest` or `reader.store`. Every failure is one
line on stderr (`reader: ...`), never a traceback, with an exit code of `reader.exits`:
2 for a command that cannot be carried out as typed, 3 for a library or file that could not
be read or written, 130 for Ctrl+C.

Text that cannot be shown never stops a command: stdout replaces what its encoding cannot
write (an emoji on a GBK console), and file names that are not UTF-8 (what unzip makes of a
Chinese zip) are shown with U+FFFD in place of the bytes (`shown`).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from pathlib import Path

from reader import __version__
from reader.cli import exits


class UsageError(Exception):
    """The command as typed cannot be carried out (exit 2); `str()` is the one line."""


def main(argv: list[str] | None = None) -> int:
    _tolerate_unencodable_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _check_text_arguments(args)
        _check_library_folder(getattr(args, "db", None))
        if args.command is None:
            return _open_window(args)
        return args.handler(args)
    except UsageError as error:
        return fail(str(error), exits.USAGE)
    except KeyboardInterrupt:
        return fail("interrupted", exits.INTERRUPTED)


def fail(message: str, code: int) -> int:
    """Print `reader: message` on stderr and return `code`."""
    print(f"reader: {message}", file=sys.stderr)
    return code


def shown(path: str | os.PathLike) -> str:
    """A path for a message: bytes that are not UTF-8 (kept by Python as lone surrogates)
    become U+FFFD, so printing it can never raise."""
    return os.fsencode(path).decode("utf-8", "replace")


def _tolerate_unencodable_output() -> None:
    """stdout and stderr replace what their encoding cannot write instead of raising
    (`PYTHONIOENCODING=gbk` and an emoji in a headline gave a traceback and no output)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")


def _check_text_arguments(args) -> None:
    """Text arguments (tags, notes, queries, ids) must be text: undecodable argument bytes
    arrive as lone surrogates, which SQLite cannot store. Paths may hold any bytes."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if name != "db" and isinstance(item, str) and _has_surrogates(item):
                raise UsageError(f"{shown(item)!r} is not valid UTF-8 text (check the encoding)")


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in text)


def _check_library_folder(db: str | None) -> None:
    """`--db a/b.sqlite3` where `a` (or any folder above) is a file cannot work: say so
    before Qt or SQLite turn it into a FileExistsError."""
    if not db:
        return
    for folder in Path(db).absolute().parents:
        if folder.exists():
            if not folder.is_dir():
                raise UsageError(f"{shown(folder)} is a file, not a folder (check --db)")
            return


def _open_window(args) -> int:
    """The window, if there is a display to show it on (else Qt aborts with exit 134)."""
    if not _has_display():
        return fail(
            "no display to open the window on (set DISPLAY or WAYLAND_DISPLAY, or run a "
            "command: reader --help)",
            exits.FAILURE,
        )
    from reader.ui.app import run_window

    return run_window(db=getattr(args, "db", None))


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True  # Windows and macOS always have one
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return any(os.environ.get(name) for name in names)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--db", help="library file (default: READER_DB or the user data folder)")
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_parse_command(commands)
    from reader.cli import library, window

    library.register(commands)
    window.register(commands)
    return parser


def _add_parse_command(commands) -> None:
    parse = commands.add_parser("parse", help="reconstruct the articles of page files")
    parse.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parse.add_argument("--json", action="store_true", help="print a JSON list of pages")
    parse.set_defaults(handler=_run_parse)


def _run_parse(args) -> int:
    """Exit 2 if a path is missing, else 3 if a page could not be read, else 0."""
    from reader.ingest import UnreadablePage, parse_file

    pages, codes = [], {exits.OK}
    for path in args.files:
        try:
            pages.append(parse_file(path))
        except (OSError, UnreadablePage) as error:
            missing = isinstance(error, FileNotFoundError)
            codes.add(fail(f"{shown(path)}: {_reason(error)}", _parse_failure(missing)))
    if args.json:
        json.dump([page.to_dict() for page in pages], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for page in pages:
            _print_page_summary(page)
    return exits.USAGE if exits.USAGE in codes else max(codes)


def _parse_failure(missing: bool) -> int:
    return exits.USAGE if missing else exits.FAILURE


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def _print_page_summary(page) -> None:
    print(f"{shown(page.file)}: {len(page.articles)} articles, {len(page.leftover)} leftover lines")
    for article in page.articles:
        place = article.county or article.city or "-"
        print(f"  [{article.kind}] {article.headline or '(untitled)'}  ({place})")
