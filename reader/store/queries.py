"""Read-only queries behind the library's listing methods: SQL in, row dataclasses out.

Every listing takes a `Scope` (which file, city, county, tag: see `reader.store.scope`) and,
for the tree's filter field, a `title_filter` (a substring of the list label or of one of the
article's tags; None = any).
"""

from __future__ import annotations

import json
import sqlite3

from reader.store import packing, page_texts
from reader.store.errors import ArticleNotFound, LibraryError
from reader.store.rows import (
    ArticleDetail,
    ArticleRow,
    CountyRow,
    FileRow,
    PageLine,
    PageRegions,
)
from reader.store.scope import CHECK_BELOW, EVERYTHING, Scope, to_check_sql

# An article's whole headline (kicker, title, subtitle), for citing; else its list label.
HEADLINE_SQL = (
    "coalesce(nullif(trim(coalesce(a.kicker || ' ', '') || coalesce(a.title, '')"
    " || coalesce(' ' || a.subtitle, '')), ''), a.label)"
)


_FILE_ROW_SQL = (
    "SELECT f.id, f.name, f.path, (SELECT count(*) FROM articles WHERE file_id = f.id),"
    " f.kind, max(1, (SELECT count(*) FROM pages WHERE file_id = f.id)), f.sha256 FROM files f"
)


def files(conn: sqlite3.Connection) -> list[FileRow]:
    rows = conn.execute(f"{_FILE_ROW_SQL} ORDER BY f.name, f.id")
    return [FileRow(*row) for row in rows]


def file(conn: sqlite3.Connection, file_id: int) -> FileRow:
    row = conn.execute(f"{_FILE_ROW_SQL} WHERE f.id = ?", (file_id,)).fetchone()
    if row is None:
        raise LibraryError(f"no file {file_id} in the library")
    return FileRow(*row)


def counties(conn: sqlite3.Connection, scope: Scope = EVERYTHING) -> list[CountyRow]:
    where, params = scope.where("a")
    rows = conn.execute(
        f"SELECT a.city, a.county, count(*) FROM articles a WHERE {where}"
        " GROUP BY a.city, a.county",
        params,
    )
    return sorted(
        (CountyRow(*row) for row in rows),
        key=lambda row: (row.city or "", row.county is not None, row.county or ""),
    )


def _filters(scope: Scope, title_filter: str | None) -> tuple[str, list]:
    where, params = scope.where("a")
    if title_filter:
        where += (
            " AND (instr(a.label, ?) > 0 OR a.id IN (SELECT article_id FROM article_tags"
            " JOIN tags t ON t.id = tag_id WHERE instr(t.name, ?) > 0))"
        )
        params = [*params, title_filter, title_filter]
    return where, params


def article_rows(
    conn: sqlite3.Connection,
    scope: Scope = EVERYTHING,
    title_filter: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[ArticleRow]:
    """The scope's articles by file (name, then id) and reading order; `limit` and `offset`
    page through them."""
    where, params = _filters(scope, title_filter)
    if limit is None and not offset:
        return _every_row(conn, where, params)
    # the file name from a subquery, not a join: with no join to order, the planner reads
    # the whole listing off the covering index `articles_listing` (a join made it pick
    # `articles_file` and read every article's row), and a narrowed one off the index of
    # its county or file
    sql = (
        f"SELECT {_LISTED}, (SELECT name FROM files WHERE id = a.file_id) AS file_name"
        f" FROM articles a WHERE {where} ORDER BY file_name, a.file_id, a.idx, a.id"
        " LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, [CHECK_BELOW, *params, -1 if limit is None else limit, offset])
    return [_article_row(row[:-1], row[-1]) for row in rows]


# what a listing shows of an article: all of it in the covering index `articles_listing`
# (the to-check flag's one parameter, CHECK_BELOW, comes first in a listing's parameters)
_LISTED = (
    "a.id, a.label, a.kind, a.city, a.county, a.file_id, a.idx, a.corrected, a.page,"
    f" {to_check_sql('a')}"
)


def _every_row(conn: sqlite3.Connection, where: str, params: list) -> list[ArticleRow]:
    rows, names = _by_file_name(conn, _LISTED, 5, where, [CHECK_BELOW, *params])
    return [_article_row(row, names[row[5]]) for row in rows]


def listing(
    conn: sqlite3.Connection, scope: Scope = EVERYTHING
) -> list[tuple[str, str | None, str, str]]:
    """(id, county, file name, label) of the scope's articles, in `article_rows`' order: what
    `reader list` prints, read without an ArticleRow each (of 100,000 articles, making those
    cost as much as reading them)."""
    where, params = scope.where("a")
    columns = "a.id, a.county, a.label, a.file_id"
    rows, names = _by_file_name(conn, columns, 3, where, params)
    return [
        (article_id, county, names[file_id], label) for article_id, county, label, file_id in rows
    ]


def _by_file_name(
    conn: sqlite3.Connection, columns: str, file_column: int, where: str, params: list
) -> tuple[list[tuple], dict[int, str]]:
    """Every row of a listing, and its files' names: the articles in (file id, reading order),
    as the covering index holds them, then the files' runs put in name order. Sorting 100,000
    rows by file name in SQL cost more than reading them; sorting a few thousand file names
    costs nothing."""
    rows = conn.execute(
        f"SELECT {columns} FROM articles a WHERE {where} ORDER BY a.file_id, a.idx, a.id", params
    ).fetchall()
    names = _file_names(conn, list(dict.fromkeys(row[file_column] for row in rows)))
    order = {file_id: n for n, file_id in enumerate(in_name_order(names))}
    rows.sort(key=lambda row: order[row[file_column]])  # stable: reading order stays in a file
    return rows, names


def in_name_order(names: dict[int, str]) -> list[int]:
    """File ids in a listing's order: by name, then id (two files may share a name)."""
    return sorted(names, key=lambda file_id: (names[file_id], file_id))


_FEW_FILES = 500  # file names looked up by id; for more files, every name is read


def _file_names(conn: sqlite3.Connection, file_ids: list[int]) -> dict[int, str]:
    if len(file_ids) > _FEW_FILES:
        return dict(conn.execute("SELECT id, name FROM files"))
    marks = ",".join("?" * len(file_ids))
    return dict(conn.execute(f"SELECT id, name FROM files WHERE id IN ({marks})", file_ids))


def _article_row(listed: tuple, name: str) -> ArticleRow:
    article_id, title, kind, city, county, file_id, idx, corrected, page, check = listed
    return ArticleRow(
        article_id,
        title,
        kind,
        city,
        county,
        file_id,
        name,
        idx,
        bool(corrected),
        bool(check),
        page,
    )


def count_articles(
    conn: sqlite3.Connection, scope: Scope = EVERYTHING, title_filter: str | None = None
) -> int:
    where, params = _filters(scope, title_filter)
    return conn.execute(f"SELECT count(*) FROM articles a WHERE {where}", params).fetchone()[0]


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
        " a.source_lines, a.text_zlib, a.corrected, a.page, a.regions"
        " FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        raise ArticleNotFound(article_id)
    fields = dict(zip(_DETAIL_COLUMNS, row[: len(_DETAIL_COLUMNS)], strict=True))
    blocks, figures, confidence, lines_json, packed, corrected, page, regions = row[
        len(_DETAIL_COLUMNS) :
    ]
    from reader.store import figures as figure_rows  # the ledger's rows: a listing skips them

    source_lines = json.loads(lines_json)
    text = packing.unpack(packed)
    body = packing.unpack_blocks(text, blocks)
    return ArticleDetail(
        **fields,
        body=body,
        figures=figure_rows.detailed(conn, article_id, packing.unpack_figures(figures, body), body),
        headline_confidence=confidence,
        source_lines=source_lines,
        raw_lines=raw_lines(page_texts.read(conn, fields["file_id"], page) or "", source_lines),
        tags=article_tags(conn, article_id),
        text=text,
        corrected=bool(corrected),
        page=page,
        regions=json.loads(regions),
    )


# the first columns of the article query, named as ArticleDetail's fields
_DETAIL_COLUMNS = (
    "id",
    "file_id",
    "file_name",
    "index",
    "kind",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "dateline",
    "city",
    "county",
)


def stored_file(conn: sqlite3.Connection, file_id: int) -> tuple | None:
    """(name, path, sha256, size, encoding, parser, text) of a stored file, or None."""
    row = conn.execute(
        "SELECT name, path, sha256, size, encoding, parser FROM files WHERE id = ?", (file_id,)
    ).fetchone()
    return None if row is None else (*row, page_texts.read(conn, file_id) or "")


def raw_lines(file_text: str, source_lines: list[list[int]]) -> list[tuple[int, str]]:
    """(line number, text) of the 1-based inclusive line ranges, from the stored file text."""
    lines = file_text.splitlines()
    numbers = sorted(
        {n for lo, hi in source_lines for n in range(lo, hi + 1) if 1 <= n <= len(lines)}
    )
    return [(n, lines[n - 1]) for n in numbers]


def page_lines(conn: sqlite3.Connection, file_id: int, page: int = 1) -> list[PageLine]:
    """Every line of a stored page (a text file's only page, or one page of a PDF), with the
    article that holds it (in reading order) and its role there: headline, byline (or
    dateline), body; leftover (in no article); blank."""
    text = page_texts.read(conn, file_id, page)
    if text is None:
        raise LibraryError(f"no page {page} of file {file_id} in the library")
    owners: dict[int, tuple[str, int, dict[str, str]]] = {}
    for article_id, idx, lines_json, *heads in conn.execute(
        "SELECT id, idx, source_lines, kicker, title, subtitle, byline, dateline"
        " FROM articles WHERE file_id = ? AND page = ? ORDER BY idx",
        (file_id, page),
    ):
        parts = _flat_parts(*heads)
        for lo, hi in json.loads(lines_json):
            for n in range(lo, hi + 1):
                owners.setdefault(n, (article_id, idx, parts))
    return [_page_line(n, text, owners.get(n)) for n, text in enumerate(text.splitlines(), 1)]


def page_regions(conn: sqlite3.Connection, file_id: int, page: int) -> list[PageRegions]:
    """The articles of one page of a PDF, in reading order, with their boxes on it."""
    rows = conn.execute(
        "SELECT id, idx, label, regions FROM articles WHERE file_id = ? AND page = ? ORDER BY idx",
        (file_id, page),
    )
    return [
        PageRegions(article_id, idx, label, json.loads(regions))
        for article_id, idx, label, regions in rows
    ]


def _flat(text: str | None) -> str:
    return "".join((text or "").split())


def _flat_parts(kicker, title, subtitle, byline, dateline) -> dict[str, str]:
    """The flat headline and byline a line is compared with (the dateline opens body text)."""
    return {
        "headline": _flat(f"{kicker or ''}{title or ''}{subtitle or ''}"),
        "byline": _flat(byline),
    }


def _overlap(flat: str, part: str) -> bool:
    """The line is (part of) the headline or byline, or holds it; a byline line's marks
    (□记者 … 报道) are not part of the stored byline."""
    flat = flat.lstrip("□■").removesuffix("报道")
    return bool(flat) and (flat in part or part in flat)


def _page_line(n: int, text: str, owner) -> PageLine:
    flat = _flat(text)
    if owner is None:
        return PageLine(n, text, None, None, "leftover" if flat else "blank")
    article_id, idx, parts = owner
    role = next((name for name, part in parts.items() if part and _overlap(flat, part)), "body")
    return PageLine(n, text, article_id, idx, role if flat else "blank")


def exists(conn: sqlite3.Connection, article_id: str) -> None:
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
        raise ArticleNotFound(article_id)
