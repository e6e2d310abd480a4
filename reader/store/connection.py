"""Opening a library file and the one write path.

    open_database(path, busy_timeout, read_only=False) -> Database (.conn, .execute)
        WAL, foreign keys, FULL sync; read_only: a `mode=ro` URI (`immutable=1` when the
        folder cannot be written, as on a read-only mount), no journal change, query_only
    connect_read_only(path, busy_timeout)   a connection that writes nothing, not even a -shm
                     (immutable where the folder cannot be written); the identity check uses it
    write(db)        context manager: one `BEGIN IMMEDIATE` transaction, committed or rolled back
    unsynced_commits(db)   context manager for a run of writes (an import): WAL commits are
                     not synced one by one; one checkpoint syncs them all at the end
    translate_errors()   "database is locked" -> LibraryBusy; read-only, unopenable, full or
                         damaged files -> LibraryError with a one-line message

`Database` is the little of sqlite-utils' `Database` the store used (its connection and
`execute`): importing sqlite-utils costs every command a quarter of a second or more (it
loads numpy and its plugins), for nothing the store needs.

The connection runs with `isolation_level=None` so the driver never opens a transaction on
its own: every write transaction starts in `write`, and nowhere else (the one read
transaction is `listing_text.table_bytes`'s, so that its statements see one snapshot).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from reader.store.errors import LibraryBusy, LibraryError

BUSY_TIMEOUT_SECONDS = 5.0
CACHE_KIB = 32 * 1024  # per connection; memory is only taken as pages are read


class Database:
    """One SQLite connection, as `Database` offered it: `conn` and `execute`."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters: tuple | list = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)


def open_database(
    path: str | Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS, read_only: bool = False
) -> Database:
    """Open (creating if needed, unless read_only) the file; one connection, one thread."""
    path = str(path)
    if path != ":memory:" and not read_only:
        _make_folder(Path(path).parent)
    with translate_errors():
        if read_only:
            conn = connect_read_only(Path(path), busy_timeout)
        else:
            conn = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
        try:
            _check_fts5(conn)
            conn.execute("PRAGMA foreign_keys = ON")
            # SQLite's default page cache is 2 MB: a search reads the FTS index and then the
            # rows it shows, and with a few thousand articles those no longer stay in it
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            # temporary tables and sorts in memory: `reader list`'s two small tables and a
            # sort of a scope's rows never wait on a temporary file's disk writes
            conn.execute("PRAGMA temp_store = MEMORY")
            if read_only:
                conn.execute("PRAGMA query_only = ON")
            elif path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a note saved is on disk even if the power fails the next moment; a
            # note write is small, so the extra sync costs nothing a user notices.
            conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            conn.close()
            raise
        return Database(conn)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise LibraryError(
            f"cannot make the library's folder {folder} ({error.strerror})"
        ) from None


def connect_read_only(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """A read-only connection; on a read-only mount a WAL library cannot get its -shm, so it
    is opened immutable there (nobody can write to such a mount anyway)."""
    from reader.store.identity import read_only_uri

    conn = sqlite3.connect(
        read_only_uri(path), uri=True, timeout=busy_timeout, isolation_level=None
    )
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK):
            raise
    return sqlite3.connect(
        read_only_uri(path, immutable=True), uri=True, timeout=busy_timeout, isolation_level=None
    )


def _check_fts5(conn: sqlite3.Connection) -> None:
    options = {row[0] for row in conn.execute("PRAGMA compile_options")}
    if "ENABLE_FTS5" not in options:
        raise LibraryError("this Python's SQLite lacks FTS5, which the library needs for search")


@contextlib.contextmanager
def write(db: Database) -> Iterator[sqlite3.Connection]:
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
def unsynced_commits(db: Database) -> Iterator[None]:
    """Around many write transactions in a row (an import stores each page in its own):
    `synchronous = NORMAL` meanwhile, then FULL again and a checkpoint. Syncing the WAL at
    every commit cost an import of 200 pages about 4 s of waiting here. With WAL, NORMAL
    never damages the file: a crash of the program loses nothing committed, and a power cut
    at worst the pages stored last, which the next import stores again. Notes and tags are
    written outside such a run, with FULL (see `open_database`)."""
    conn = db.conn
    wal = conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    if wal:
        conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        if wal:
            conn.execute("PRAGMA synchronous = FULL")
            # syncs the WAL, then copies what no reader still needs into the file; the
            # pages are committed already, so a failure here (a full disk) loses nothing
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


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
