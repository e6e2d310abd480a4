"""Carrying tags and notes over when a file's articles are replaced by a re-import.

    snapshot(conn, file_id) -> Snapshot        before the old articles are deleted
    restore(conn, snapshot, file_id) -> int    after the new ones are in; returns notes orphaned

An old article maps to the new article with the same id, else to the new article of the same
file whose text is most alike (rapidfuzz ratio >= MATCH_CUTOFF, else one that holds most of it:
partial ratio >= PART_CUTOFF). Tags follow the mapping; tags of an article with no match move
onto its notes, or, if it had none, onto a new orphaned note that says so: never lost. A note is re-anchored
in its mapped article first, then in the file's other new articles; a note that fits nowhere
is kept, flagged orphaned, with its provenance (file, headline, byline, county) intact.
Notes already orphaned from this file get another chance each time.
"""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from reader.store import anchors
from reader.store import notes
from reader.store.notes import refresh_search_notes
from reader.store.queries import HEADLINE_SQL

MATCH_CUTOFF = 75.0
PART_CUTOFF = 90.0
PART_MIN_CHARS = 30
KEPT_TAGS_TEXT = "标签保留：这篇文章在重新导入后已不在此页。(Tags kept: the article is gone from the re-imported page.)"


@dataclass
class Snapshot:
    texts: dict[str, str]  # old article id -> text
    tags: dict[str, list[int]]  # old article id -> tag ids
    notes: list[tuple]  # (id, article_id, quote, prefix, suffix, start, end)
    provenance: dict[str, tuple]  # old article id -> (file name, label, byline, county)


def snapshot(conn: sqlite3.Connection, file_id: int) -> Snapshot:
    texts = dict(conn.execute("SELECT id, text FROM articles WHERE file_id = ?", (file_id,)))
    provenance = {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT a.id, f.name, {HEADLINE_SQL}, a.byline, a.county FROM articles a JOIN files f"
            " ON f.id = a.file_id WHERE a.file_id = ?",
            (file_id,),
        )
    }
    tags: dict[str, list[int]] = {}
    for article_id, tag_id in conn.execute(
        "SELECT article_id, tag_id FROM article_tags JOIN articles a ON a.id = article_id"
        " WHERE a.file_id = ?",
        (file_id,),
    ):
        tags.setdefault(article_id, []).append(tag_id)
    note_rows = conn.execute(
        'SELECT n.id, n.article_id, n.quote, n.prefix, n.suffix, n.start, n."end" FROM notes n'
        " WHERE n.article_id IN (SELECT id FROM articles WHERE file_id = ?)"
        " OR (n.orphaned = 1 AND n.file_id = ?) ORDER BY n.id",
        (file_id, file_id),
    ).fetchall()
    return Snapshot(texts, tags, note_rows, provenance)


def restore(conn: sqlite3.Connection, old: Snapshot, file_id: int) -> int:
    new = {
        row[0]: row[1:]
        for row in conn.execute(
            "SELECT id, text, idx FROM articles WHERE file_id = ? ORDER BY idx", (file_id,)
        )
    }
    annotated = set(old.tags) | {note[1] for note in old.notes if note[1] is not None}
    mapping = {old_id: _match(old_id, old.texts.get(old_id, ""), new) for old_id in annotated}
    orphaned, placed_in = 0, set()
    for note in old.notes:
        target = _place_note(conn, note, mapping.get(note[1]), new)
        if target is None:
            orphaned += _orphan(conn, note[0])
        else:
            placed_in.add(target)
        _move_tags_of_unmatched(conn, note, mapping, old.tags)
    noted = {note[1] for note in old.notes}
    for old_id, tag_ids in old.tags.items():
        if mapping.get(old_id) is not None:
            conn.executemany(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                [(mapping[old_id], tag_id) for tag_id in tag_ids],
            )
        elif old_id not in noted:
            orphaned += _keep_tags_on_orphan(conn, file_id, old.provenance.get(old_id), tag_ids)
    for article_id in placed_in:
        refresh_search_notes(conn, article_id)
    return orphaned


def _match(old_id: str, old_text: str, new: dict[str, tuple]) -> str | None:
    if old_id in new:
        return old_id
    if not new or not old_text:
        return None
    choices = {article_id: text for article_id, (text, _idx) in new.items()}
    best = process.extractOne(old_text, choices, scorer=fuzz.ratio, score_cutoff=MATCH_CUTOFF)
    if best is None:
        long_enough = {k: text for k, text in choices.items() if len(text) >= PART_MIN_CHARS}
        if len(old_text) >= PART_MIN_CHARS and long_enough:
            best = process.extractOne(
                old_text, long_enough, scorer=fuzz.partial_ratio, score_cutoff=PART_CUTOFF
            )
    return best[2] if best else None


def _keep_tags_on_orphan(
    conn: sqlite3.Connection, file_id: int, provenance: tuple | None, tag_ids: list[int]
) -> int:
    """An orphaned note that carries the tags of an article that no longer exists."""
    file_name, label, byline, county = provenance or (None, None, None, None)
    stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    note_id = conn.execute(
        "INSERT INTO notes (article_id, text, created, updated, orphaned, file_id, src_file,"
        " src_title, src_byline, src_county) VALUES (NULL, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
        (KEPT_TAGS_TEXT, stamp, stamp, file_id, file_name, label, byline, county),
    ).lastrowid
    conn.executemany(
        "INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)",
        [(note_id, tag_id) for tag_id in tag_ids],
    )
    return 1


def _place_note(
    conn: sqlite3.Connection, note: tuple, mapped: str | None, new: dict[str, tuple]
) -> str | None:
    note_id, _old_article, quote, prefix, suffix, start, end = note
    candidates = ([mapped] if mapped else []) + [a for a in new if a != mapped]
    if not quote:
        if mapped is None:
            return None
        _attach(conn, note_id, mapped, None)
        return mapped
    old = anchors.Anchor(quote, prefix or "", suffix or "", start or 0, end or 0)
    for article_id in candidates:
        found = anchors.locate(new[article_id][0], old)
        if found is not None:
            _attach(conn, note_id, article_id, found)
            return article_id
    return None


def _attach(
    conn: sqlite3.Connection, note_id: int, article_id: str, found: anchors.Anchor | None
) -> None:
    notes.set_provenance(conn, note_id, article_id)
    if found is not None:
        conn.execute(
            'UPDATE notes SET quote = ?, prefix = ?, suffix = ?, start = ?, "end" = ? WHERE id = ?',
            (found.quote, found.prefix, found.suffix, found.start, found.end, note_id),
        )


def _orphan(conn: sqlite3.Connection, note_id: int) -> int:
    """Flag the note orphaned; 1 if it was attached until now (newly orphaned), else 0."""
    was = conn.execute("SELECT orphaned FROM notes WHERE id = ?", (note_id,)).fetchone()[0]
    conn.execute("UPDATE notes SET article_id = NULL, orphaned = 1 WHERE id = ?", (note_id,))
    return 0 if was else 1


def _move_tags_of_unmatched(
    conn: sqlite3.Connection, note: tuple, mapping: dict, tags: dict[str, list[int]]
) -> None:
    old_article = note[1]
    if old_article is None or mapping.get(old_article) is not None:
        return
    conn.executemany(
        "INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)",
        [(note[0], tag_id) for tag_id in tags.get(old_article, [])],
    )
