"""Opening a library file and the one write path.

    open_database(path, busy_timeout) -> sqlite_utils.Database   WAL, foreign keys, FULL sync
    write(db)        context manager: one `BEGIN IMMEDIATE` transaction, committed or rolled back
    translate_errors()   "database is locked" -> LibraryBusy; read-only, unopenable, full or
                         damaged files -> LibraryError with a one-line message

The connection runs with `isolation_level=None` so the driver never opens a transaction on
its own: every transaction starts in `write`, and nowhere else.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from reader.store.errors import LibraryBusy, LibraryError

BUSY_TIMEOUT_SECONDS = 5.0


def open_database(
    path: str | Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS
) -> sqlite_utils.Database:
    """Open (creating if needed) the file; one connection, to be used by one thread only."""
    path = str(path)
    if path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    with translate_errors():
        conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
        try:
            _check_fts5(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a note saved is on disk even if the power fails the next moment; a
            # note write is small, so the extra sync costs nothing a user notices.
            conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            conn.close()
            raise
        return sqlite_utils.Database(conn, execute_plugins=False)


def _check_fts5(conn: sqlite3.Connection) -> None:
    options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    if "ENABLE_FTS5" not in options:
        raise LibraryError("this Python's SQLite lacks FTS5, which the library needs for search")


@contextlib.contextmanager
def write(db: sqlite_utils.Database) -> Iterator[sqlite3.Connection]:
    """The single place a transaction starts. Yields the connection; commits on success."""
    conn = db.conn
    with translate_errors():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O)
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as error:
        message = str(error)
        if "locked" in message or "busy" in message:
            raise LibraryBusy(
                "the library is busy in another window or process; try again in a moment"
            ) from error
        if "readonly" in message or "read-only" in message:
            raise LibraryError(
                "the library file is read-only; nothing was changed "
                "(check its permissions, or open a copy)"
            ) from error
        if "unable to open" in message or "disk i/o" in message.lower() or "full" in message:
            raise LibraryError(f"the library file cannot be written ({message})") from error
        raise LibraryError(f"the library file could not be used ({message})") from error
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error) or "malformed" in str(error):
            raise LibraryError(f"the library file is damaged or not a library ({error})") from error
        raise LibraryError(f"the library file could not be used ({error})") from error
