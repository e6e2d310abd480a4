"""Whether a file is a reader library, decided read-only, and whether it still is the one opened.

    inspect(path, latest) -> int     the schema version of the file at `path` (0: an empty
                                     file, a new library); raises LibraryError for another
                                     program's SQLite file, a damaged file or a newer reader's,
                                     having written nothing (no journal change, no backup)
    read_only_uri(path, immutable=False) -> str    a `file:` URI that opens without writing
    Opened.of(path) -> Opened        device and inode of the file and its -wal, once open
    Opened.check(path)               LibraryGone if either was deleted or replaced since

A reader library has a positive `user_version` and at least the tables of schema 1; anything
else with tables in it belongs to another program.
"""

from __future__ import annotations

import os
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

from reader.store.connection import BUSY_TIMEOUT_SECONDS, connect_read_only, translate_errors
from reader.store.errors import LibraryError, LibraryGone

OUR_TABLES = frozenset({"files", "articles", "tags", "article_tags", "notes"})
FOREIGN = (
    "{path} belongs to another program, not a reader library; nothing was changed "
    "(choose another file)"
)


def read_only_uri(path: str | Path, immutable: bool = False) -> str:
    quoted = urllib.parse.quote(str(Path(path).absolute()))
    return f"file:{quoted}?mode=ro" + ("&immutable=1" if immutable else "")


def inspect(path: Path, latest: int) -> int:
    """The schema version of an existing file, read without writing a byte to it."""
    if not path.is_file():
        raise LibraryError(f"{path} is not a file")
    if path.stat().st_size == 0:
        return 0
    version, tables = _read_header(path)
    return judge(path, version, tables, latest)


def _read_header(path: Path) -> tuple[int, set[str]]:
    with translate_errors():
        conn = connect_read_only(path, BUSY_TIMEOUT_SECONDS)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            conn.close()
    return version, tables


def judge(path: Path, version: int, tables: set[str], latest: int) -> int:
    """The version of a file with this `user_version` and these tables, or LibraryError."""
    if version == 0 and not tables:
        return 0
    ours = tables >= OUR_TABLES
    if version > latest and (ours or not tables):
        raise LibraryError(
            f"this library was written by a newer reader (schema {version}); please update reader"
        )
    if version < 1 or version > latest or not ours:
        raise LibraryError(FOREIGN.format(path=path))
    return version


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return None
    return stat.st_dev, stat.st_ino


@dataclass(frozen=True)
class Opened:
    """The library file and its -wal as they were when opened (device, inode)."""

    main: tuple[int, int] | None
    wal: tuple[int, int] | None

    @classmethod
    def of(cls, path: Path) -> Opened:
        return cls(_identity(path), _identity(wal_path(path)))

    def check(self, path: Path) -> None:
        if self.main is not None and _identity(path) != self.main:
            raise LibraryGone(
                f"the library file {path} was deleted or replaced while open; nothing more "
                "can be saved into it (save a copy elsewhere)"
            )
        if self.wal is not None and _identity(wal_path(path)) != self.wal:
            raise LibraryGone(
                f"the library's journal {wal_path(path)} was deleted while open; nothing more "
                "can be saved into it (save a copy elsewhere)"
            )


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")
