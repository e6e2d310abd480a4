"""Storing one page record inside a write transaction: insert, or replace and carry over.

    unchanged(conn, sha256, parser) -> ImportOutcome | None   same bytes, same parser
    store(conn, page: PageRecord, amend=None, file_id=None) -> ImportOutcome
        'added' or 'replaced'; `amend` (corrections.Amend) re-applies the file's stored
        hand corrections to the page's articles first and their statuses are saved;
        `file_id` re-stores that file whatever its bytes (a correction made or undone)

Paths are stored resolved (absolute, symlinks followed), so `pages/x.txt` and `./x.txt` in
`pages` are one path. A file is the same file when its sha256 matches (wherever it now lies),
else when its path matches, else when a stored file of the same name has articles that
mostly match the new ones (by `relocate.match_articles`: at least SAME_PAGE_SHARE of them):
an edited page reached by another spelling or moved. Replacing deletes the file's articles
and inserts the new ones; `relocate` first takes a snapshot of their tags and notes and
afterwards puts every one back (or orphans the notes it cannot place), reporting each move;
when the page text is the one stored (a correction re-stores it), `lineage` first points
tags and notes along the lines the old and new articles share.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import sqlite3
from pathlib import Path

from reader.store import (
    corrections,
    figures,
    index,
    lineage,
    packing,
    page_texts,
    positions,
    relocate,
    tags,
)
from reader.store.packing import dumps
from reader.store.records import ArticleRecord, PageRecord
from reader.store.rows import ImportOutcome

SAME_PAGE_SHARE = 0.5  # of a stored page's articles that must match for a same-named file


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def unchanged(conn: sqlite3.Connection, sha256: str, parser: str) -> ImportOutcome | None:
    row = conn.execute(
        "SELECT id, name, (SELECT count(*) FROM articles WHERE file_id = files.id) FROM files"
        " WHERE sha256 = ? AND parser = ? ORDER BY id LIMIT 1",
        (sha256, parser),
    ).fetchone()
    if row is None:
        return None
    return ImportOutcome(row[0], row[1], "unchanged", row[2], 0)


def store(
    conn: sqlite3.Connection,
    page: PageRecord,
    amend: corrections.Amend | None = None,
    file_id: int | None = None,
) -> ImportOutcome:
    if file_id is None:
        same = unchanged(conn, page.sha256, page.parser)
        if same is not None:  # a copy stored since it was read (parsers running ahead)
            return same
        file_id = _same_file(conn, page)
    if file_id is None:
        file_id = _insert_file(conn, page)
        index.add(conn, *_insert_articles(conn, file_id, page))
        return ImportOutcome(
            file_id,
            stored_name(page.name),
            "added",
            len(page.articles),
            replaced_chars=page.replaced_chars,
        )
    page, stale = _amended(conn, file_id, page, amend)
    return dataclasses.replace(_replace(conn, file_id, page), stale_corrections=stale)


def _amended(
    conn: sqlite3.Connection, file_id: int, page: PageRecord, amend: corrections.Amend | None
) -> tuple[PageRecord, int]:
    """The page with the file's corrections re-applied (statuses saved); how many are stale."""
    stored = corrections.for_file(conn, file_id)
    if amend is None or not stored:
        return page, 0
    articles, statuses = amend(page.articles, stored, page.text)
    corrections.set_status(conn, statuses)
    stale = sum(status == "stale" for status in statuses.values())
    return dataclasses.replace(page, articles=articles), stale


def _replace(conn: sqlite3.Connection, file_id: int, page: PageRecord) -> ImportOutcome:
    snapshot = relocate.snapshot(conn, file_id)
    # a PDF's line numbers are per page: following lines across a re-store is for text files
    same_text = page.kind == "text" and _stored_text(conn, file_id) == page.text
    old_lines = _lines(conn, file_id) if same_text else {}
    _delete_articles(conn, file_id)
    _update_file(conn, file_id, page)
    keys, words = _insert_articles(conn, file_id, page)
    if same_text:
        snapshot = lineage.follow(snapshot, old_lines, _new_articles(conn, file_id))
    moves = relocate.restore(conn, snapshot, file_id)
    index.add(conn, keys, words)  # with the notes the articles carry now
    tags.prune(conn)
    positions.prune(conn)
    orphaned = sum(move.how == "orphaned" for move in moves)
    return ImportOutcome(
        file_id,
        stored_name(page.name),
        "replaced",
        len(page.articles),
        orphaned,
        moves,
        page.replaced_chars,
    )


def _stored_text(conn: sqlite3.Connection, file_id: int) -> str:
    return page_texts.read(conn, file_id) or ""


def _line_set(ranges: str) -> set[int]:
    return {n for lo, hi in json.loads(ranges) for n in range(lo, hi + 1)}


def _lines(conn: sqlite3.Connection, file_id: int) -> dict[str, set[int]]:
    rows = conn.execute("SELECT id, source_lines FROM articles WHERE file_id = ?", (file_id,))
    return {article_id: _line_set(ranges) for article_id, ranges in rows}


def _new_articles(conn: sqlite3.Connection, file_id: int) -> dict[str, tuple[set[int], str]]:
    rows = conn.execute(
        "SELECT id, source_lines, text_zlib FROM articles WHERE file_id = ?", (file_id,)
    )
    return {row[0]: (_line_set(row[1]), packing.unpack(row[2])) for row in rows}


def stored_path(path: Path) -> str:
    """The path a file is stored under: absolute, resolved. Bytes of a name that are not
    UTF-8 (a GBK name unzipped on Linux) are kept as `\\xNN` escapes: SQLite takes no lone
    surrogates, and the same bytes always give the same text."""
    return _storable(str(Path(path).resolve()))


def stored_name(name: str) -> str:
    """A file name as shown and stored: bytes that are not UTF-8 become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def _storable(text: str) -> str:
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def _same_file(conn: sqlite3.Connection, page: PageRecord) -> int | None:
    """The stored file this page replaces: same bytes, same path, or same name and story."""
    existing = conn.execute(
        "SELECT id FROM files WHERE sha256 = ? UNION ALL SELECT id FROM files WHERE path = ?"
        " LIMIT 1",
        (page.sha256, stored_path(page.path)),
    ).fetchone()
    if existing is not None:
        return existing[0]
    return _same_named_page(conn, page)


def _same_named_page(conn: sqlite3.Connection, page: PageRecord) -> int | None:
    new = {
        article.id: relocate.OldArticle(article.text, article.county) for article in page.articles
    }
    candidates = conn.execute(
        "SELECT id FROM files WHERE name = ? ORDER BY id", (stored_name(page.name),)
    ).fetchall()
    for (file_id,) in candidates:
        old = relocate.snapshot_articles(conn, file_id)
        if old and len(relocate.match_articles(old, new)) >= SAME_PAGE_SHARE * len(old):
            return file_id
    return None


def _file_values(page: PageRecord) -> tuple:
    return (
        stored_name(page.name),
        stored_path(page.path),
        page.sha256,
        page.size,
        page.encoding,
        now(),
        page.parser,
        page_texts.pack(page.text, _texts_on(page, 1)),
        page.kind,
    )


def _insert_file(conn: sqlite3.Connection, page: PageRecord) -> int:
    cursor = conn.execute(
        "INSERT INTO files (name, path, sha256, size, encoding, imported_at, parser, text_zlib,"
        " kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _file_values(page),
    )
    assert cursor.lastrowid is not None
    _insert_pages(conn, cursor.lastrowid, page)
    return cursor.lastrowid


def _insert_pages(conn: sqlite3.Connection, file_id: int, page: PageRecord) -> None:
    conn.executemany(
        "INSERT INTO pages (file_id, number, text_zlib, width, height) VALUES (?, ?, ?, ?, ?)",
        [
            (
                file_id,
                each.number,
                page_texts.pack(each.text, _texts_on(page, each.number)),
                each.width,
                each.height,
            )
            for each in page.pages
        ],
    )


def _texts_on(page: PageRecord, number: int) -> list[str]:
    """The texts of the articles on page `number`, in reading order: the dictionary a page's
    text is packed against (`page_texts`)."""
    on_page = sorted((a for a in page.articles if a.page == number), key=lambda a: a.index)
    return [article.text for article in on_page]


def _update_file(conn: sqlite3.Connection, file_id: int, page: PageRecord) -> None:
    name, path, *rest = _file_values(page)
    # Same bytes as a stored file but at the path of another one: keep the stored path.
    conn.execute(
        "UPDATE files SET name = ?, path = CASE WHEN EXISTS (SELECT 1 FROM files AS other"
        " WHERE other.path = ? AND other.id != files.id) THEN path ELSE ? END, sha256 = ?,"
        " size = ?, encoding = ?, imported_at = ?, parser = ?, text_zlib = ?, kind = ?"
        " WHERE id = ?",
        (name, path, path, *rest, file_id),
    )
    conn.execute("DELETE FROM pages WHERE file_id = ?", (file_id,))
    _insert_pages(conn, file_id, page)


def _delete_articles(conn: sqlite3.Connection, file_id: int) -> None:
    keys = [
        row[0] for row in conn.execute("SELECT key FROM articles WHERE file_id = ?", (file_id,))
    ]
    index.remove(conn, keys)  # with the words they were indexed with, notes included
    conn.execute("DELETE FROM articles WHERE file_id = ?", (file_id,))


def _insert_articles(
    conn: sqlite3.Connection, file_id: int, page: PageRecord
) -> tuple[list[int], dict[int, index.Words]]:
    """Insert the page's articles; their keys, and the words cut beforehand by key (the
    caller indexes them; an article without words is cut there)."""
    ids = _unique_ids(conn, file_id, [article.id for article in page.articles])
    conn.executemany(
        "INSERT INTO articles (id, file_id, idx, kind, kicker, title, subtitle, byline, dateline,"
        " city, county, label, blocks, figures, headline_confidence, source_lines, text_zlib,"
        " corrected, page, regions)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            _article_values(article_id, file_id, article)
            for article_id, article in zip(ids, page.articles, strict=True)
        ],
    )
    keys = dict(conn.execute("SELECT id, key FROM articles WHERE file_id = ?", (file_id,)))
    ordered = [keys[article_id] for article_id in ids]
    figures.add(conn, ordered, page.articles)  # the ledger's rows go with their articles
    words = {
        key: article.words
        for key, article in zip(ordered, page.articles, strict=True)
        if article.words is not None
    }
    return ordered, words


def _article_values(article_id: str, file_id: int, article: ArticleRecord) -> tuple:
    body = [{"type": block.type, "text": block.text} for block in article.body]
    text = article.text
    return (
        article_id,
        file_id,
        article.index,
        article.kind,
        article.kicker,
        article.title,
        article.subtitle,
        article.byline,
        article.dateline,
        article.city,
        article.county,
        article.label,
        packing.pack_blocks(body),
        packing.pack_figures(article.figures, body),
        article.headline_confidence,
        dumps(article.source_lines),
        packing.pack(text),
        int(article.corrected),
        article.page,
        dumps(article.regions),
    )


def _unique_ids(conn: sqlite3.Connection, file_id: int, wanted: list[str]) -> list[str]:
    """Parser ids, made unique: a clash with another file's article gets `-<file id>`."""
    taken: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        taken.update(
            row[0] for row in conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
        )
    result = []
    for article_id in wanted:
        unique, n = article_id, 1
        while unique in taken:
            n += 1
            unique = f"{article_id}-{file_id}" if n == 2 else f"{article_id}-{file_id}-{n}"
        taken.add(unique)
        result.append(unique)
    return result
