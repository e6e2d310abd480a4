"""Read-only queries behind the library's listing methods: SQL in, row dataclasses out.

Filters shared by the listing methods: `file_id` (None = all files), `city` (Ellipsis = any),
`county` (Ellipsis = any, None = the city-wide articles), `tag` (None = any), `title_filter`
(a substring of the headline or list label, or of one of the article's tags; None = any).
"""

from __future__ import annotations

import json
import sqlite3

from reader.store import packing
from reader.store.errors import ArticleNotFound
from reader.store.rows import ArticleDetail, ArticleRow, CountyRow, FileRow

# An article's whole headline (kicker, title, subtitle), for citing; else its list label.
HEADLINE_SQL = (
    "coalesce(nullif(trim(coalesce(a.kicker || ' ', '') || coalesce(a.title, '')"
    " || coalesce(' ' || a.subtitle, '')), ''), a.label)"
)


def files(conn: sqlite3.Connection) -> list[FileRow]:
    rows = conn.execute(
        "SELECT f.id, f.name, f.path, (SELECT count(*) FROM articles WHERE file_id = f.id)"
        " FROM files f ORDER BY f.name, f.id"
    )
    return [FileRow(*row) for row in rows]


def counties(conn: sqlite3.Connection, file_id: int | None = None) -> list[CountyRow]:
    where, params = ("WHERE file_id = ?", [file_id]) if file_id is not None else ("", [])
    rows = conn.execute(
        f"SELECT city, county, count(*) FROM articles {where} GROUP BY city, county", params
    )
    return sorted(
        (CountyRow(*row) for row in rows),
        key=lambda row: (row.city or "", row.county is not None, row.county or ""),
    )


def _filters(file_id, county, tag, title_filter, city=...) -> tuple[str, list]:
    where, params = [], []
    if file_id is not None:
        where.append("a.file_id = ?")
        params.append(file_id)
    if city is not ...:
        where.append("a.city IS ?")
        params.append(city)
    if county is not ...:
        where.append("a.county IS ?")
        params.append(county)
    if tag is not None:
        where.append(
            "a.id IN (SELECT article_id FROM article_tags JOIN tags t ON t.id = tag_id"
            " WHERE t.name = ?)"
        )
        params.append(tag)
    if title_filter:
        where.append(
            "(instr(a.label, ?) > 0 OR a.id IN (SELECT article_id FROM article_tags"
            " JOIN tags t ON t.id = tag_id WHERE instr(t.name, ?) > 0))"
        )
        params += [title_filter, title_filter]
    return (" WHERE " + " AND ".join(where)) if where else "", params


def article_rows(
    conn: sqlite3.Connection,
    file_id=None,
    county=...,
    tag=None,
    title_filter=None,
    limit: int | None = None,
    offset: int = 0,
    city=...,
) -> list[ArticleRow]:
    where, params = _filters(file_id, county, tag, title_filter, city)
    sql = (
        "SELECT a.id, a.label, a.kind, a.city, a.county, a.file_id, f.name, a.idx"
        f" FROM articles a JOIN files f ON f.id = a.file_id{where}"
        " ORDER BY f.name, a.file_id, a.idx LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, [*params, -1 if limit is None else limit, offset])
    return [ArticleRow(*row) for row in rows]


def count_articles(
    conn: sqlite3.Connection, file_id=None, county=..., tag=None, title_filter=None, city=...
) -> int:
    where, params = _filters(file_id, county, tag, title_filter, city)
    return conn.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]


def article_tags(conn: sqlite3.Connection, article_id: str) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT t.name FROM article_tags JOIN tags t ON t.id = tag_id WHERE article_id = ?"
            " ORDER BY t.name",
            (article_id,),
        )
    ]


def article(conn: sqlite3.Connection, article_id: str) -> ArticleDetail:
    row = conn.execute(
        "SELECT a.id, a.file_id, f.name, a.idx, a.kind, a.kicker, a.title, a.subtitle, a.byline,"
        " a.dateline, a.city, a.county, a.blocks, a.figures, a.headline_confidence,"
        " a.source_lines, a.text_zlib, f.text_zlib FROM articles a JOIN files f"
        " ON f.id = a.file_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        raise ArticleNotFound(article_id)
    *fields, blocks, figures, confidence, source_lines, packed, file_text = row
    source_lines = json.loads(source_lines)
    text = packing.unpack(packed)
    body = packing.unpack_blocks(text, blocks)
    return ArticleDetail(
        *fields,
        body,
        packing.unpack_figures(figures, body),
        confidence,
        source_lines,
        raw_lines(packing.unpack(file_text), source_lines),
        article_tags(conn, article_id),
        text,
    )


def raw_lines(file_text: str, source_lines: list[list[int]]) -> list[tuple[int, str]]:
    """(line number, text) of the 1-based inclusive line ranges, from the stored file text."""
    lines = file_text.splitlines()
    numbers = sorted(
        {n for lo, hi in source_lines for n in range(lo, hi + 1) if 1 <= n <= len(lines)}
    )
    return [(n, lines[n - 1]) for n in numbers]


def exists(conn: sqlite3.Connection, article_id: str) -> None:
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
        raise ArticleNotFound(article_id)
