"""Carrying tags and notes over when a file's articles are replaced by a re-import.

    snapshot_articles(conn, file_id) -> {id: OldArticle(text, county)}
    snapshot(conn, file_id) -> Snapshot                  before the old articles are deleted
    restore(conn, snapshot, file_id) -> list[Relocation] after the new ones are in: every note
                                                         moved or orphaned, and how (the
                                                         caller indexes the new articles after)
    match_articles(old, new) -> dict[old id, (new id, how)]   the same-story mapping

A note never crosses into an article that is not the same story. An old article is the same
story as the new article with the same id (ids hash the text), else as the new article of
the same county whose whole text is most alike (rapidfuzz ratio >= MATCH_CUTOFF, or, for a
long one, partial ratio >= PART_CUTOFF), each new article taken by one old article at most,
best pairs first; an article kept by id is never taken by another. A note is re-anchored in
its article's match (exact quote, then fuzzy); failing that only an exact quote of at least
QUOTE_MIN_CHARS characters found once in exactly one new article moves it
('quote'); anything else is doubt, and the note is kept, orphaned, with its provenance.
The user's quote is never rewritten: the passage found goes to the anchor columns.

Tags follow the mapping; tags of an article with no match move onto its notes, or, if it had
none, onto a new orphaned note that says so: never lost. Notes already orphaned from this
file get another chance (by exact quote) each time.
"""

from __future__ import annotations

import datetime
import sqlite3
from dataclasses import dataclass

from reader.store import anchors, notes, packing
from reader.store.queries import HEADLINE_SQL
from reader.store.rows import Relocation

MATCH_CUTOFF = 75.0
PART_CUTOFF = 90.0
PART_MIN_CHARS = 30
QUOTE_MIN_CHARS = 12  # a shorter quote (群众) found in another article is chance, not the note
KEPT_TAGS_TEXT = "标签保留：这篇文章在重新导入后已不在此页。(Tags kept: the article is gone from the re-imported page.)"  # noqa: E501


@dataclass(frozen=True)
class OldArticle:
    text: str
    county: str | None


@dataclass(frozen=True)
class OldNote:
    id: int
    article_id: str | None
    anchor: anchors.Anchor | None  # the user's quote and context, where it last was
    anchor_quote: str | None


@dataclass
class Snapshot:
    articles: dict[str, OldArticle]
    tags: dict[str, list[int]]  # old article id -> tag ids
    notes: list[OldNote]
    provenance: dict[str, tuple]  # old article id -> (file name, label, byline, county)


def snapshot_articles(conn: sqlite3.Connection, file_id: int) -> dict[str, OldArticle]:
    return {
        row[0]: OldArticle(packing.unpack(row[1]), row[2])
        for row in conn.execute(
            "SELECT id, text_zlib, county FROM articles WHERE file_id = ? ORDER BY idx",
            (file_id,),
        )
    }


def snapshot(conn: sqlite3.Connection, file_id: int) -> Snapshot:
    articles = snapshot_articles(conn, file_id)
    return Snapshot(
        articles, _tags(conn, file_id), _notes(conn, file_id), _provenance(conn, file_id)
    )


def _provenance(conn: sqlite3.Connection, file_id: int) -> dict[str, tuple]:
    return {
        row[0]: row[1:]
        for row in conn.execute(
            f"SELECT a.id, f.name, {HEADLINE_SQL}, a.byline, a.county FROM articles a JOIN files f"
            " ON f.id = a.file_id WHERE a.file_id = ?",
            (file_id,),
        )
    }


def _tags(conn: sqlite3.Connection, file_id: int) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for article_id, tag_id in conn.execute(
        "SELECT article_id, tag_id FROM article_tags JOIN articles a ON a.id = article_id"
        " WHERE a.file_id = ?",
        (file_id,),
    ):
        found.setdefault(article_id, []).append(tag_id)
    return found


def _notes(conn: sqlite3.Connection, file_id: int) -> list[OldNote]:
    found = notes.read(
        conn,
        "n.article_id IN (SELECT id FROM articles WHERE file_id = ?)"
        " OR (n.orphaned = 1 AND n.file_id = ?)",
        (file_id, file_id),
    )
    return [
        OldNote(n.id, n.article_id, notes.old_anchor(n) if n.quote else None, n.anchor_quote)
        for n in found
    ]


def restore(conn: sqlite3.Connection, old: Snapshot, file_id: int) -> list[Relocation]:
    new = snapshot_articles(conn, file_id)
    mapping = match_articles(old.articles, new)
    relocations = []
    for note in old.notes:
        moved, _target = _place_note(conn, note, mapping.get(note.article_id or ""), new)
        if moved is not None:
            relocations.append(moved)
        _move_tags_of_unmatched(conn, note, mapping, old.tags)
    relocations += _carry_article_tags(conn, old, mapping, file_id)
    return relocations


def _carry_article_tags(
    conn: sqlite3.Connection, old: Snapshot, mapping: dict, file_id: int
) -> list[Relocation]:
    noted = {note.article_id for note in old.notes}
    kept = []
    for old_id, tag_ids in old.tags.items():
        if old_id in mapping:
            conn.executemany(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                [(mapping[old_id][0], tag_id) for tag_id in tag_ids],
            )
        elif old_id not in noted:
            note_id = _keep_tags_on_orphan(conn, file_id, old.provenance.get(old_id), tag_ids)
            kept.append(Relocation(note_id, old_id, None, "orphaned"))
    return kept


def match_articles(
    old: dict[str, OldArticle], new: dict[str, OldArticle]
) -> dict[str, tuple[str, str]]:
    """Old article id -> (new article id, 'id' | 'similar'), one to one."""
    mapping = {old_id: (old_id, "id") for old_id in old if old_id in new}
    free = {k: v for k, v in new.items() if k not in old}
    pairs = sorted(
        (
            (score, old_id, new_id)
            for old_id, article in old.items()
            if old_id not in mapping
            for new_id, candidate in free.items()
            if (score := _alike(article, candidate)) is not None
        ),
        reverse=True,
    )
    taken: set[str] = set()
    for _score, old_id, new_id in pairs:
        if old_id not in mapping and new_id not in taken:
            mapping[old_id] = (new_id, "similar")
            taken.add(new_id)
    return mapping


def _alike(old: OldArticle, new: OldArticle) -> tuple[int, float] | None:
    """How alike two whole articles are (rank first: 1 for a full ratio, 0 for containment),
    or None if they are not the same story."""
    if old.county != new.county or not old.text or not new.text:
        return None
    from rapidfuzz import fuzz  # only a re-import compares texts: not at every start

    ratio = fuzz.ratio(old.text, new.text, score_cutoff=MATCH_CUTOFF)
    if ratio:
        return 1, ratio
    if min(len(old.text), len(new.text)) < PART_MIN_CHARS:
        return None
    part = fuzz.partial_ratio(old.text, new.text, score_cutoff=PART_CUTOFF)
    return (0, part) if part else None


def _place_note(
    conn: sqlite3.Connection,
    note: OldNote,
    mapped: tuple[str, str] | None,
    new: dict[str, OldArticle],
) -> tuple[Relocation | None, str | None]:
    """Re-attach one note; (what to report, or None if it stayed put; its article, or None)."""
    if mapped is not None:
        target, how = mapped
        found = anchors.locate(new[target].text, note.anchor) if note.anchor else None
        if note.anchor is None or found is not None:
            _attach(conn, note, target, found)
            moved = how != "id" or (found is not None and _anchor_moved(note, found))
            return (Relocation(note.id, note.article_id, target, how) if moved else None), target
    if note.anchor is not None:
        by_quote = _by_quote(note.anchor, new)
        if by_quote is not None:
            _attach(conn, note, by_quote[0], by_quote[1])
            return Relocation(note.id, note.article_id, by_quote[0], "quote"), by_quote[0]
    was_attached = _orphan(conn, note.id)
    return (Relocation(note.id, note.article_id, None, "orphaned") if was_attached else None), None


def _anchor_moved(note: OldNote, found: anchors.Anchor) -> bool:
    assert note.anchor is not None
    return found.start != note.anchor.start or found.quote != (
        note.anchor_quote or note.anchor.quote
    )


def _by_quote(old: anchors.Anchor, new: dict[str, OldArticle]) -> tuple[str, anchors.Anchor] | None:
    """The one new article holding the exact (long) quote, once, if there is one."""
    if len(old.quote) < QUOTE_MIN_CHARS:
        return None
    holders = [article_id for article_id, a in new.items() if old.quote in a.text]
    if len(holders) != 1:
        return None
    text = new[holders[0]].text
    if text.count(old.quote) != 1:
        return None
    found = anchors.anchor(text, old.quote, text.index(old.quote))
    return (holders[0], found) if found is not None else None


def _attach(
    conn: sqlite3.Connection, note: OldNote, article_id: str, found: anchors.Anchor | None
) -> None:
    notes.set_provenance(conn, note.id, article_id)
    if note.anchor is not None:
        notes.set_anchor(conn, note.id, found, note.anchor.quote)
    if article_id != note.article_id:
        conn.execute("UPDATE notes SET relocated = 1 WHERE id = ?", (note.id,))


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
    assert note_id is not None  # an INSERT sets it
    conn.executemany(
        "INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)",
        [(note_id, tag_id) for tag_id in tag_ids],
    )
    return note_id


def _orphan(conn: sqlite3.Connection, note_id: int) -> bool:
    """Flag the note orphaned; True if it was attached until now (newly orphaned)."""
    was = conn.execute("SELECT orphaned FROM notes WHERE id = ?", (note_id,)).fetchone()[0]
    conn.execute(
        "UPDATE notes SET article_id = NULL, orphaned = 1, anchor_quote = NULL,"
        " anchor_start = NULL, anchor_end = NULL WHERE id = ?",
        (note_id,),
    )
    return not was


def _move_tags_of_unmatched(
    conn: sqlite3.Connection, note: OldNote, mapping: dict, tags: dict[str, list[int]]
) -> None:
    if note.article_id is None or note.article_id in mapping:
        return
    conn.executemany(
        "INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)",
        [(note.id, tag_id) for tag_id in tags.get(note.article_id, [])],
    )
