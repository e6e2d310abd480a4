"""Tags on articles and notes: SQL for the tag operations (inside the library's transaction).

    clean(name) -> str                      stripped; raises LibraryError if empty
    tag_id(conn, name) -> int               the tag's id, created if new
    rename(conn, old, new)                  onto an existing name = merge
    delete(conn, name)                      from every article and note
    counts(conn) -> list[TagRow]            sorted by name

A tag with no article and no note left is removed, so `counts` never lists zeros.
"""

from __future__ import annotations

import sqlite3

from reader.store.errors import LibraryError
from reader.store.rows import TagRow


def clean(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise LibraryError("a tag needs a name")
    return name


def tag_id(conn: sqlite3.Connection, name: str) -> int:
    name = clean(name)
    conn.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", (name,))
    return conn.execute("SELECT id FROM tags WHERE name = ?", (name,)).fetchone()[0]


def existing_id(conn: sqlite3.Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM tags WHERE name = ?", (clean(name),)).fetchone()
    if row is None:
        raise LibraryError(f"no tag named {name!r}")
    return row[0]


def rename(conn: sqlite3.Connection, old: str, new: str) -> None:
    old_id, new = existing_id(conn, old), clean(new)
    row = conn.execute("SELECT id FROM tags WHERE name = ?", (new,)).fetchone()
    if row is None:
        conn.execute("UPDATE tags SET name = ? WHERE id = ?", (new, old_id))
        return
    if row[0] == old_id:
        return
    for table, column in (("article_tags", "article_id"), ("note_tags", "note_id")):
        conn.execute(
            f"INSERT OR IGNORE INTO {table} ({column}, tag_id)"
            f" SELECT {column}, ? FROM {table} WHERE tag_id = ?",
            (row[0], old_id),
        )
    conn.execute("DELETE FROM tags WHERE id = ?", (old_id,))


def delete(conn: sqlite3.Connection, name: str) -> None:
    conn.execute("DELETE FROM tags WHERE id = ?", (existing_id(conn, name),))


def prune(conn: sqlite3.Connection) -> None:
    conn.execute(
        "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM article_tags)"
        " AND id NOT IN (SELECT tag_id FROM note_tags)"
    )


def counts(conn: sqlite3.Connection) -> list[TagRow]:
    rows = conn.execute(
        "SELECT t.name, (SELECT count(*) FROM article_tags WHERE tag_id = t.id),"
        " (SELECT count(*) FROM note_tags WHERE tag_id = t.id) FROM tags t ORDER BY t.name"
    )
    return [TagRow(name, articles + notes, articles, notes) for name, articles, notes in rows]
