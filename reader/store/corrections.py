"""Hand corrections of a file's articles, as stored rows (schema v9). No parsing here.

    for_file(conn, file_id) -> list[Correction]        in the order they were made
    add(conn, file_id, kind, anchors, payload) -> int   the new correction's id
    remove(conn, correction_id) -> None                  LibraryError if it is gone
    set_status(conn, statuses: {id: 'applied'|'stale'})
    listing(conn, file_id=None) -> list[CorrectionRow]  every correction, applied and stale
    Amend = Callable[[list[ArticleRecord], list[Correction], str], tuple[list[ArticleRecord],
                     dict[int, str]]]   (articles, corrections, page text) -> (articles,
                                        status by correction id): what `reader.importing`
                                        passes to `Library.store_page` to re-apply them

A correction names the articles it changes by anchors on their whitespace-free text (see
`reader.importing.corrections`), never by line numbers or ids alone, so it re-applies to the
same page re-imported, a re-wrapped copy or a newer parser's articles. One that no longer
applies is kept with status 'stale' and listed, never dropped; only `reader fix undo`
removes one. A file's corrections go with the file (ON DELETE CASCADE).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from reader.store.errors import LibraryError
from reader.store.records import ArticleRecord, Correction
from reader.store.rows import CorrectionRow

Amend = Callable[
    [list[ArticleRecord], list[Correction], str], tuple[list[ArticleRecord], dict[int, str]]
]


def for_file(conn: sqlite3.Connection, file_id: int) -> list[Correction]:
    rows = conn.execute(
        "SELECT id, kind, anchors, payload, created, status FROM corrections"
        " WHERE file_id = ? ORDER BY id",
        (file_id,),
    )
    return [
        Correction(row[0], row[1], json.loads(row[2]), json.loads(row[3]), row[4], row[5])
        for row in rows
    ]


def add(conn: sqlite3.Connection, file_id: int, kind: str, anchors: dict, payload: dict) -> int:
    from reader.store.filing import now

    cursor = conn.execute(
        "INSERT INTO corrections (file_id, kind, anchors, payload, created) VALUES (?, ?, ?, ?, ?)",
        (file_id, kind, _dumps(anchors), _dumps(payload), now()),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def remove(conn: sqlite3.Connection, correction_id: int) -> None:
    if conn.execute("DELETE FROM corrections WHERE id = ?", (correction_id,)).rowcount != 1:
        raise LibraryError(f"correction {correction_id} is gone (changed meanwhile?)")


def set_status(conn: sqlite3.Connection, statuses: dict[int, str]) -> None:
    conn.executemany(
        "UPDATE corrections SET status = ? WHERE id = ?",
        [(status, correction_id) for correction_id, status in statuses.items()],
    )


def listing(conn: sqlite3.Connection, file_id: int | None = None) -> list[CorrectionRow]:
    where, params = ("WHERE c.file_id = ?", [file_id]) if file_id is not None else ("", [])
    rows = conn.execute(
        "SELECT c.id, c.file_id, f.name, c.kind, c.anchors, c.payload, c.created, c.status"
        f" FROM corrections c JOIN files f ON f.id = c.file_id {where} ORDER BY c.id",
        params,
    )
    return [_row(*row) for row in rows]


def _row(correction_id, file_id, name, kind, anchors, payload, created, status) -> CorrectionRow:
    return CorrectionRow(
        correction_id,
        file_id,
        name,
        kind,
        json.loads(anchors),
        json.loads(payload),
        created,
        status,
    )


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
