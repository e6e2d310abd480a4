"""The article listing as a plain-text table, its lines joined by SQLite: what `reader list`
prints, in `article_rows`' order (file name, file, reading order).

    table_text(conn, scope, cells, city_wide, gap) -> str | None

`cells(values) -> {value: cell}` is the caller's: each distinct county (None shown as
`city_wide`) and file name becomes the cell printed for it, padded to its column's width;
ids are padded here (hex digests with `-N` suffixes: ASCII, one column a character), titles
are printed as stored, columns are `gap` apart and each line loses its trailing whitespace
(str.rstrip's). None where this layout cannot hold and the caller lays the table out
itself: a title with a line break, and a library opened read-only (`query_only` refuses
even a temporary table).

Why SQLite: of 100,000 articles, reading each row into Python and joining its line there
cost three times what SQLite takes to walk the listing index and join the lines itself; the
caller gets one string. The files' order and the counties' and names' cells go in as two
small temporary tables (a few thousand rows), walked as the outer loop in name order with
the covering index `articles_listing` inside, so nothing is sorted.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable

from reader.store.queries import in_name_order
from reader.store.scope import Scope

Cells = Callable[[Iterable[str]], dict[str, str]]
# what str.splitlines() breaks a line at, besides "\n" (a title holding one is laid out by
# the caller, which joins its parts with a space)
_LINE_BREAK = re.compile("[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# what str.rstrip() takes off a line's end (SQLite's rtrim takes only spaces unless told)
_WHITESPACE = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())


def table_text(
    conn: sqlite3.Connection, scope: Scope, cells: Cells, city_wide: str, gap: str
) -> str | None:
    """(Its statements share one read transaction, the only transaction the store opens
    outside `connection.write`: the files and counties the lines join are those listed.)"""
    if conn.execute("PRAGMA query_only").fetchone()[0]:
        return None
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        return _table_text(conn, scope, cells, city_wide, gap)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.shown_files")
        conn.execute("DROP TABLE IF EXISTS temp.shown_counties")
        if own and conn.in_transaction:
            conn.execute("COMMIT")


def _table_text(
    conn: sqlite3.Connection, scope: Scope, cells: Cells, city_wide: str, gap: str
) -> str | None:
    where, params = scope.where("a")
    widest_id, count = conn.execute(
        f"SELECT max(length(a.id)), count(*) FROM articles a WHERE {where}", params
    ).fetchone()
    if not count:
        return ""
    _cells_table(conn, "shown_files", _file_cells(conn, where, params, cells))
    _cells_table(conn, "shown_counties", _county_cells(conn, where, params, cells, city_wide))
    # the lines in the subquery's order: SQLite 3.40 has no ORDER BY inside group_concat, and
    # the aggregate takes its rows as the subquery yields them (the test compares every scope)
    (text,) = conn.execute(
        "SELECT group_concat(line, char(10)) FROM (SELECT"
        f" rtrim(printf('%!-{int(widest_id)}s', a.id) || ? || c.cell || ? || f.cell || ?"
        " || a.label, ?) AS line"
        " FROM temp.shown_files f JOIN articles a ON a.file_id = f.value"
        " JOIN temp.shown_counties c ON c.value IS a.county"
        f" WHERE {where} ORDER BY f.position, a.idx, a.id)",
        [gap, gap, gap, _WHITESPACE, *params],
    ).fetchone()
    if text.count("\n") != count - 1 or _LINE_BREAK.search(text):
        return None  # a title breaks its line
    return text


def _file_cells(conn, where: str, params: list, cells: Cells) -> list[tuple[int, str]]:
    """(file id, cell) of the scope's files, in the listing's order: by name, then id."""
    names = dict(
        conn.execute(
            "SELECT id, name FROM files WHERE id IN"
            f" (SELECT DISTINCT a.file_id FROM articles a WHERE {where})",
            params,
        )
    )
    shown = cells(names.values())
    return [(file_id, shown[names[file_id]]) for file_id in in_name_order(names)]


def _county_cells(
    conn, where: str, params: list, cells: Cells, city_wide: str
) -> list[tuple[str | None, str]]:
    counties = [
        row[0]
        for row in conn.execute(f"SELECT DISTINCT a.county FROM articles a WHERE {where}", params)
    ]
    shown = cells(county or city_wide for county in counties)
    return [(county, shown[county or city_wide]) for county in counties]


def _cells_table(conn: sqlite3.Connection, name: str, rows: list[tuple]) -> None:
    """A temporary table (position, value, cell): position is its rowid, the order it walks."""
    conn.execute(f"CREATE TEMP TABLE {name} (position INTEGER PRIMARY KEY, value, cell TEXT)")
    conn.executemany(f"INSERT INTO temp.{name} (value, cell) VALUES (?, ?)", rows)
