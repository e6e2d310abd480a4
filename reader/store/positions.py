"""Reading positions: where the reader left each article (schema v12, `reading_positions`).

    get(conn, article_id) -> int | None          the character offset saved, or None
    put(conn, article_id, position, updated)     save it (inside the library's transaction)
    prune(conn)                                  forget the places of articles gone (a
                                                 re-import that dropped or re-cut them)

Kept by article id with no foreign key, so a re-import that keeps an article's id keeps its
place, and the place travels with the library file. The position is an offset into the
article's text (not pixels), so it survives another font size or window width.
"""

from __future__ import annotations

import sqlite3


def get(conn: sqlite3.Connection, article_id: str) -> int | None:
    row = conn.execute(
        "SELECT position FROM reading_positions WHERE article_id = ?", (article_id,)
    ).fetchone()
    return row[0] if row is not None else None


def put(conn: sqlite3.Connection, article_id: str, position: int, updated: str) -> None:
    conn.execute(
        "INSERT INTO reading_positions (article_id, position, updated) VALUES (?, ?, ?)"
        " ON CONFLICT (article_id) DO UPDATE SET position = excluded.position,"
        " updated = excluded.updated",
        (article_id, max(0, int(position)), updated),
    )


def prune(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM reading_positions WHERE article_id NOT IN (SELECT id FROM articles)")
