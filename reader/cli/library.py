"""What every library command shares: its parser, opening the library, ids and counties.

    add_command(commands, name, summary, handler, access="read", description=None) -> parser
        a subcommand with `--db FILE`; running it opens the library (for reading, writing
        or creating it, `access`) and calls
        handler(library, args) -> exit code; every failure becomes one line
    article_id(library, text) -> str      a full id, or a unique start of one (as git takes
                                          commits); UsageError for none or several
    note_number(text) -> int              a note id in ASCII digits, else UsageError
    scope(library, args)                  the `Scope` that --county, --tag and --to-check
                                          name (a unique start of a county works)
    add_filters(parser)                   --county, --tag and --to-check

The library is `--db FILE` (before or after the subcommand), else READER_DB, else the user
data folder. Only `import` creates one; a read that cannot open the file for writing opens it
read-only. READER_BUSY_TIMEOUT (seconds, default 5) is how long a command waits for another
process's write before it says the library is busy.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from reader.cli import exits
from reader.cli.exits import UsageError
from reader.cli.output import fail, reader_left, shown
from reader.cli.upgrade import UpgradeBar, report_backup

CITY_WIDE = ("none", "city", "city-wide", "全市", "-")
DB_HELP = "library file (default: READER_DB or the user data folder)"
BUSY_TIMEOUT_VARIABLE = "READER_BUSY_TIMEOUT"
MAX_NOTE_ID = 2**63 - 1  # SQLite's largest integer; past it the driver raises OverflowError
MAX_CANDIDATES = 10  # ids listed for an ambiguous prefix


def add_command(commands, name: str, summary: str, handler, access="read", description=None):
    """`access`: "read", "write", "create", or a function of the arguments giving one."""
    parser = commands.add_parser(name, help=summary, description=description or summary)
    parser.add_argument("--db", default=argparse.SUPPRESS, metavar="FILE", help=DB_HELP)
    parser.set_defaults(handler=lambda args: run(handler, args), access=access)
    return parser


def add_filters(parser) -> None:
    parser.add_argument("--county", help="only this county (`none` for city-wide articles)")
    parser.add_argument("--tag", help="only articles with this tag")
    parser.add_argument(
        "--to-check",
        action="store_true",
        help="only articles to check: corrected by hand, or a doubtful headline",
    )


def run(handler, args) -> int:
    """Open the library, run `handler(library, args)`; every failure becomes one line."""
    from reader.store import LibraryError

    try:
        with UpgradeBar() as upgrade_bar:
            library = _open(library_path(args), _access(args), upgrade_bar)
    except LibraryError as error:
        return fail(_open_message(error), _open_failure(error))
    except OSError as error:
        return fail(os_message(error), exits.FAILURE)
    report_backup(library)
    try:
        with library:
            return handler(library, args)
    except LibraryError as error:
        return fail(str(error), _failure(error))
    except UnicodeEncodeError as error:  # a file name whose bytes are not UTF-8
        return fail(f"not UTF-8, cannot be stored: {_unencodable(error)}", exits.FAILURE)
    except BrokenPipeError:  # (before OSError: not the library's fault)
        return reader_left()
    except OSError as error:
        return fail(os_message(error), exits.FAILURE)


def _access(args) -> str:
    return args.access(args) if callable(args.access) else args.access


def library_path(args) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    from reader.store import default_library_path

    return Path(default_library_path())


def busy_timeout() -> float:
    """READER_BUSY_TIMEOUT in seconds, else the store's default (5 s)."""
    from reader.store.connection import BUSY_TIMEOUT_SECONDS

    value = os.environ.get(BUSY_TIMEOUT_VARIABLE, "")
    try:
        seconds = float(value) if value else BUSY_TIMEOUT_SECONDS
    except ValueError:
        raise UsageError(f"{BUSY_TIMEOUT_VARIABLE}={value!r} is not a number of seconds") from None
    return max(seconds, 0.0)


def _open(path: Path, access: str, progress=None):
    """Only `create` (import) makes a library. A read that cannot open the file for writing
    (a read-only file, folder or mount) opens it read-only instead, so it can still be
    listed; a library that would need an upgrade then says so."""
    from reader.store import Library, LibraryBusy, LibraryError
    from reader.store.errors import LibraryNotFound

    timeout = busy_timeout()
    if access == "create":
        return Library(path, timeout, progress=progress)
    try:
        return Library(path, timeout, create=False, progress=progress)
    except (LibraryNotFound, LibraryBusy):
        raise
    except LibraryError:
        if access != "read":
            raise
    return Library(path, timeout, create=False, read_only=True)


def _open_failure(error) -> int:
    """A library that is not there is a path typed wrong (2); any other is a failure (3)."""
    from reader.store.errors import LibraryNotFound

    return exits.USAGE if isinstance(error, LibraryNotFound) else exits.FAILURE


def _open_message(error) -> str:
    from reader.store.errors import LibraryNotFound

    if isinstance(error, LibraryNotFound):
        return f"{error} (check --db; `reader import` creates one)"
    return str(error)


def _failure(error) -> int:
    """3 when SQLite or the disk failed (busy, read-only, damaged, full); 2 when the library
    refused what was asked (an unknown id, a quote not in the article, an empty tag)."""
    import sqlite3

    from reader.store import LibraryBusy

    if isinstance(error, LibraryBusy) or isinstance(error.__cause__, (sqlite3.Error, OSError)):
        return exits.FAILURE
    return exits.USAGE


def _unencodable(error: UnicodeEncodeError) -> str:
    return shown(error.object) if isinstance(error.object, str) else "?"


def os_message(error: OSError) -> str:
    reason = error.strerror or str(error)
    return f"{shown(error.filename)}: {reason}" if error.filename else reason


def article_id(library, text: str) -> str:
    """`text` if it is an article's id, else the one id that starts with it."""
    candidates = _ids_starting(library, text)
    if text in candidates or len(candidates) == 1:
        return text if text in candidates else candidates[0]
    if not candidates:
        raise UsageError(f"no article with id {text!r} (see `reader list`)")
    listed = ", ".join(candidates[:MAX_CANDIDATES])
    more = "…" if len(candidates) > MAX_CANDIDATES else ""
    raise UsageError(f"id {text!r} is ambiguous: {listed}{more} (type more of it)")


def _ids_starting(library, prefix: str) -> list[str]:
    """Up to MAX_CANDIDATES + 1 article ids starting with `prefix`, through the id index
    (a range, not LIKE, so `%` and `_` are plain characters)."""
    from reader.store.connection import translate_errors

    if not prefix:
        return []
    with translate_errors():
        rows = library.db.conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (prefix, prefix + "\U0010ffff", MAX_CANDIDATES + 1),
        ).fetchall()
    return [row[0] for row in rows]


def note_number(text: str) -> int:
    """A note id typed in ASCII digits (not `²`, not past SQLite's range), else UsageError."""
    if not (text.isascii() and text.isdigit()):
        raise UsageError(f"{text!r} is not a note number (see `reader notes`)")
    if int(text) > MAX_NOTE_ID:
        raise UsageError(f"no note with id {text}")
    return int(text)


def scope(library, args):
    """The `Scope` of --county (a county, a unique start of one, or `none` for the city-wide
    articles), --tag and --to-check; UsageError for a county that names nothing."""
    from reader.store import Scope

    narrow = {"tag": getattr(args, "tag", None) or None}
    narrow["to_check"] = bool(getattr(args, "to_check", False))
    value = getattr(args, "county", None)
    if value is None:
        return Scope(**narrow)
    if value.lower() in CITY_WIDE:
        return Scope(city_wide=True, **narrow)
    return Scope(county=county_name(library, value), **narrow)


def county_name(library, value: str) -> str:
    """The county `value` names (itself, or the one county it is the start of)."""
    names = sorted({row.county for row in library.counties() if row.county})
    if value in names:
        return value
    matches = [name for name in names if name.startswith(value)]
    if len(matches) == 1:
        return matches[0]
    raise UsageError(
        f"no county {value!r} in the library"
        + (f" (did you mean {', '.join(matches)}?)" if matches else "")
    )
