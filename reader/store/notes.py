"""Notes: SQL for reading and writing them (writes run inside the library's transaction).

    read(conn, where, params) -> list[Note]      where: SQL over alias n (notes)
    get(conn, note_id) -> Note                   raises NoteNotFound
    add / update / delete / restore / reattach   return the note id they touched

Offsets index the article's plain text (`articles.text_zlib` unpacked, blocks joined by "\\n").
A change to an article's notes runs inside `index.reindexed`: its search row comes out with
the notes it had and goes back in with those it has.
`quote`, `prefix`, `suffix`, `start`, `end` are the user's selection as made and are never
rewritten; `anchor_quote`, `anchor_start`, `anchor_end` are where that passage is now in the
article the note is attached to (set with the note, moved by re-imports and reattaching).
Ids come from AUTOINCREMENT: a deleted note's id is never handed to another note, so
`restore` can put a note back under its id whenever that id is free.
"""

from __future__ import annotations

import sqlite3

from reader.store import anchors, index, packing, search
from reader.store.errors import ArticleNotFound, LibraryError, NoteNotFound
from reader.store.queries import HEADLINE_SQL
from reader.store.rows import Note

_COLUMNS = (
    "n.id, n.article_id, n.text, n.quote, n.prefix, n.suffix, n.anchor_start, n.anchor_end,"
    " n.created, n.updated, n.orphaned, n.file_id, n.src_file, n.src_title,"
    ' n.src_byline, n.src_county, n.anchor_quote, n.relocated, n.start, n."end"'
)


def read(conn: sqlite3.Connection, where: str, params: tuple | list = ()) -> list[Note]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM notes n WHERE {where} ORDER BY n.id", params
    ).fetchall()
    tags = _tags_of(conn, [row[0] for row in rows])
    return [_note(row, tags.get(row[0], [])) for row in rows]


def _note(row: tuple, tags: list[str]) -> Note:
    (
        note_id,
        article_id,
        text,
        quote,
        prefix,
        suffix,
        start,
        end,
        created,
        updated,
        orphaned,
        file_id,
        file_name,
        title,
        byline,
        county,
        anchor_quote,
        relocated,
        quote_start,
        quote_end,
    ) = row
    return Note(
        note_id,
        article_id,
        text,
        quote,
        prefix,
        suffix,
        start,
        end,
        created,
        updated,
        bool(orphaned),
        tags,
        file_id,
        file_name,
        title,
        byline,
        county,
        anchor_quote,
        bool(relocated),
        quote_start,
        quote_end,
    )


def _tags_of(conn: sqlite3.Connection, note_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for i in range(0, len(note_ids), 500):
        chunk = note_ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        for note_id, name in conn.execute(
            f"SELECT note_id, t.name FROM note_tags JOIN tags t ON t.id = tag_id"
            f" WHERE note_id IN ({marks}) ORDER BY t.name",
            chunk,
        ):
            found.setdefault(note_id, []).append(name)
    return found


def get(conn: sqlite3.Connection, note_id: int) -> Note:
    found = read(conn, "n.id = ?", (note_id,))
    if not found:
        raise NoteNotFound(note_id)
    return found[0]


def article_text(conn: sqlite3.Connection, article_id: str) -> str:
    row = conn.execute("SELECT text_zlib FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise ArticleNotFound(article_id)
    return packing.unpack(row[0])


def add(
    conn: sqlite3.Connection,
    article_id: str,
    text: str,
    quote: str | None,
    start: int | None,
    now: str,
    cut: dict[str, list[str]] | None = None,
) -> int:
    body = article_text(conn, article_id)
    found = None
    if quote:
        found = anchors.anchor(body, quote, start)
        if found is None:
            raise LibraryError(f"the quoted passage is not in article {article_id}")
    values = _anchor_values(found)
    with index.reindexed(conn, [article_id], cut):
        cursor = conn.execute(
            'INSERT INTO notes (article_id, text, quote, prefix, suffix, start, "end",'
            " anchor_quote, anchor_start, anchor_end, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, text, *values, values[0], *values[3:], now, now),
        )
    note_id = cursor.lastrowid
    assert note_id is not None  # an INSERT sets it
    set_provenance(conn, note_id, article_id)
    return note_id


def _anchor_values(found: anchors.Anchor | None) -> tuple:
    if found is None:
        return None, None, None, None, None
    return found.quote, found.prefix, found.suffix, found.start, found.end


def old_anchor(note: Note) -> anchors.Anchor:
    """What to look for when re-anchoring: the user's quote and context, near where it was."""
    start = note.start if note.start is not None else note.quote_start
    end = note.end if note.end is not None else note.quote_end
    return anchors.Anchor(
        note.quote or "", note.prefix or "", note.suffix or "", start or 0, end or 0
    )


def set_anchor(
    conn: sqlite3.Connection, note_id: int, found: anchors.Anchor | None, quote: str | None
) -> None:
    """Where the note's passage is now (None: not found); relocated if it reads otherwise."""
    if found is None:
        conn.execute(
            "UPDATE notes SET anchor_quote = NULL, anchor_start = NULL, anchor_end = NULL,"
            " relocated = 1 WHERE id = ?",
            (note_id,),
        )
        return
    conn.execute(
        "UPDATE notes SET anchor_quote = ?, anchor_start = ?, anchor_end = ?,"
        " relocated = relocated OR ? WHERE id = ?",
        (found.quote, found.start, found.end, found.quote != quote, note_id),
    )


def set_provenance(conn: sqlite3.Connection, note_id: int, article_id: str) -> None:
    conn.execute(
        "UPDATE notes SET article_id = a.id, orphaned = 0, file_id = a.file_id, src_file = f.name,"
        f" src_title = {HEADLINE_SQL}, src_byline = a.byline, src_county = a.county"
        " FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = ? AND notes.id = ?",
        (article_id, note_id),
    )


def update(
    conn: sqlite3.Connection,
    note_id: int,
    text: str,
    now: str,
    cut: dict[str, list[str]] | None = None,
) -> int:
    note = get(conn, note_id)
    with index.reindexed(conn, [note.article_id], cut):
        conn.execute("UPDATE notes SET text = ?, updated = ? WHERE id = ?", (text, now, note_id))
    return note_id


def delete(conn: sqlite3.Connection, note_id: int, expected: Note | None = None) -> Note:
    note = get(conn, note_id)
    if expected is not None and (note.text, note.created) != (expected.text, expected.created):
        raise LibraryError(
            f"note {note_id} was changed elsewhere since; it was left as it is (not deleted)"
        )
    with index.reindexed(conn, [note.article_id]):
        conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))
    return note


def restore(conn: sqlite3.Connection, note: Note, tag_ids: list[int]) -> int:
    """Put a deleted note back with its id (which AUTOINCREMENT never gave to another note);
    orphaned if its article is gone meanwhile. LibraryError if the id is taken (the note was
    put back already, by another window): nothing is overwritten."""
    if conn.execute("SELECT 1 FROM notes WHERE id = ?", (note.id,)).fetchone():
        raise LibraryError(
            f"note {note.id} is in the library already (put back elsewhere?); nothing changed"
        )
    exists = (
        note.article_id
        and conn.execute("SELECT 1 FROM articles WHERE id = ?", (note.article_id,)).fetchone()
    )
    with index.reindexed(conn, [note.article_id if exists else None]):
        _insert_restored(conn, note, bool(exists))
    conn.executemany(
        "INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)",
        [(note.id, tag_id) for tag_id in tag_ids],
    )
    return note.id


def _insert_restored(conn: sqlite3.Connection, note: Note, exists: bool) -> None:
    conn.execute(
        'INSERT INTO notes (id, article_id, text, quote, prefix, suffix, start, "end",'
        " anchor_quote, anchor_start, anchor_end, relocated, created,"
        " updated, orphaned, file_id, src_file, src_title, src_byline, src_county) VALUES"
        " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM files WHERE id = ?),"
        " ?, ?, ?, ?)",
        (
            note.id,
            note.article_id if exists else None,
            note.text,
            note.quote,
            note.prefix,
            note.suffix,
            note.quote_start if note.quote_start is not None else note.start,
            note.quote_end if note.quote_end is not None else note.end,
            note.anchor_quote,
            note.start,
            note.end,
            note.relocated,
            note.created,
            note.updated,
            0 if exists else 1,
            note.file_id,
            note.file_name,
            note.title,
            note.byline,
            note.county,
        ),
    )


def reattach(conn: sqlite3.Connection, note_id: int, article_id: str) -> int:
    """Attach a note to an article, re-anchoring its quote there if the quote is found."""
    note = get(conn, note_id)
    body = article_text(conn, article_id)
    with index.reindexed(conn, [note.article_id, article_id]):
        if note.quote:
            set_anchor(conn, note_id, anchors.locate(body, old_anchor(note)), note.quote)
        if article_id != note.article_id:
            conn.execute("UPDATE notes SET relocated = 1 WHERE id = ?", (note_id,))
        set_provenance(conn, note_id, article_id)
    return note_id


def note_texts(conn: sqlite3.Connection, article_id: str) -> list[str]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT text FROM notes WHERE article_id = ? ORDER BY id", (article_id,)
        )
    ]


def cut_in_advance(conn: sqlite3.Connection, article_id: str | None, *texts: str) -> dict:
    """The words of an article's note texts and of `texts`, cut before a write transaction
    (loading the segmenter can take a second: never while holding the write lock)."""
    wanted = list(texts) + (note_texts(conn, article_id) if article_id else [])
    return {text: search.tokens(text) for text in wanted}
