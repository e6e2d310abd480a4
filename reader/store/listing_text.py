"""The article listing as a plain-text table, its lines joined by SQLite: what `reader list`
prints, in `article_rows`' order (file name, file, reading order).

    table_bytes(conn, scope, cells, city_wide, gap) -> bytes | None     UTF-8, no final newline

`cells(values) -> {value: cell}` is the caller's: each distinct county (None shown as
`city_wide`) and file name becomes the cell printed for it, padded to its column's width;
ids are padded here (hex digests with `-N` suffixes: ASCII, one column a character), titles
are printed as stored, columns are `gap` apart and each line loses its trailing whitespace
(str.rstrip's). None where this layout cannot hold and the caller lays the table out
itself: a title with a line break, and a library opened read-only (`query_only` refuses
even a temporary table).

Why SQLite, and why bytes: of 100,000 articles, reading each row into Python and joining
its line there cost three times what SQLite takes to walk the listing index and join the
lines itself, and decoding the 10 MB it joins into a Python string, then encoding it again
for the console, cost as much as the walk. The caller gets one UTF-8 string of bytes.
Each line is three concatenations: the id, then a cell that holds the id's padding, the
county and both gaps (one per county and id length, looked up by key), the file's cell
with its gap, and the title. Lines need no trimming and break nowhere unless a title is
empty, ends in whitespace or holds a line break or a NUL; schema 15 keeps those titles in a
partial index (`articles_odd_label`, maintained by SQLite on every write), so asking costs
nothing, and only then are the lines trimmed as str.rstrip() trims (SQLite's rtrim, told
the whole set of whitespace, doubles the walk) and searched for line breaks. The cells go
in as two small temporary tables (a few thousand rows): the files in name order off the
index of names (schema 15), walked as the outer loop with the covering index
`articles_listing` inside, so nothing is sorted.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable

from reader.store.schema import ODD_LABEL
from reader.store.scope import Scope

Cells = Callable[[Iterable[str]], dict[str, str]]
# what str.rstrip() takes off a line's end (SQLite's rtrim takes only spaces unless told
# which; told, it reads that list again for every line, which doubles the walk)
_WHITESPACE = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
# what str.splitlines() breaks a line at, besides "\n" (a title holding one is laid out by
# the caller, which joins its parts with a space), as UTF-8
_LINE_BREAKS = tuple(char.encode() for char in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def table_bytes(
    conn: sqlite3.Connection, scope: Scope, cells: Cells, city_wide: str, gap: str
) -> bytes | None:
    """(Its statements share one read transaction, the only transaction the store opens
    outside `connection.write`: the files and counties the lines join are those listed.)"""
    if conn.execute("PRAGMA query_only").fetchone()[0]:
        return None
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")
    try:
        return _table_bytes(conn, scope, cells, city_wide, gap)
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.shown_files")
        conn.execute("DROP TABLE IF EXISTS temp.shown_counties")
        if own and conn.in_transaction:
            conn.execute("COMMIT")


def _table_bytes(
    conn: sqlite3.Connection, scope: Scope, cells: Cells, city_wide: str, gap: str
) -> bytes | None:
    where, params = scope.where("a")
    id_lengths = [
        row[0]
        for row in conn.execute(
            f"SELECT DISTINCT length(a.id) FROM articles a WHERE {where}", params
        )
    ]
    if not id_lengths:
        return b""
    _counties_table(conn, _county_cells(conn, where, params, cells, city_wide, gap, id_lengths))
    _files_table(conn, _file_cells(conn, where, params, cells, gap))
    line = "a.id || c.cell || f.cell || a.label"
    county = "c.county = ifnull(a.county, '')"
    if len(id_lengths) > 1:
        county += " AND c.id_length = length(a.id)"
    if not _holds_odd_labels(conn, where, params):  # no line to trim, none to break
        return _joined(conn, line, county, where, params)[0]
    text, count = _joined(conn, f"rtrim({line}, '{_WHITESPACE}')", county, where, params)
    if any(char in text for char in _LINE_BREAKS) or text.count(b"\n") != count - 1:
        return None
    return text


def _holds_odd_labels(conn, where: str, params: list) -> bool:
    """Does a title in the scope need trimming or break its line? (Read off the partial
    index of such titles, which is nearly always empty.)"""
    found = conn.execute(
        f"SELECT 1 FROM articles a INDEXED BY articles_odd_label WHERE ({ODD_LABEL}) AND {where}"
        " LIMIT 1",
        params,
    )
    return found.fetchone() is not None


def _joined(conn, line: str, county: str, where: str, params: list) -> tuple[bytes, int]:
    """The lines joined, and how many; `county` joins an article to its county's cell."""
    # the lines in the subquery's order: SQLite 3.40 has no ORDER BY inside group_concat, and
    # the aggregate takes its rows as the subquery yields them (the test compares every scope)
    return conn.execute(
        f"SELECT CAST(group_concat(line, char(10)) AS BLOB), count(*) FROM (SELECT {line} AS line"
        " FROM temp.shown_files f JOIN articles a ON a.file_id = f.value"
        f" JOIN temp.shown_counties c ON {county}"
        f" WHERE {where} ORDER BY f.position, a.idx, a.id)",
        params,
    ).fetchone()


def _file_cells(conn, where: str, params: list, cells: Cells, gap: str) -> list[tuple]:
    """(file id, cell and gap) of the scope's files, in the listing's order: by name, then id
    (read off the index of names: the files' rows hold their pages' text)."""
    names = conn.execute(
        "SELECT f.id, f.name FROM files f INDEXED BY files_name WHERE EXISTS"
        f" (SELECT 1 FROM articles a WHERE a.file_id = f.id AND {where}) ORDER BY f.name, f.id",
        params,
    ).fetchall()
    shown = cells(name for _file_id, name in names)
    return [(file_id, shown[name] + gap) for file_id, name in names]


def _county_cells(
    conn, where: str, params: list, cells: Cells, city_wide: str, gap: str, id_lengths: list[int]
) -> list[tuple]:
    """(county, id length, the cell that follows an id of that length) for every county in
    the scope ('' for none) and id length in `id_lengths`: the id's padding, a gap, the
    county's cell and a gap."""
    counties = [
        row[0]
        for row in conn.execute(f"SELECT DISTINCT a.county FROM articles a WHERE {where}", params)
    ]
    shown = cells(county or city_wide for county in counties)
    longest_id = max(id_lengths)
    return [
        (county or "", length, " " * (longest_id - length) + gap + shown[county or city_wide] + gap)
        for county in counties
        for length in id_lengths
    ]


def _files_table(conn: sqlite3.Connection, rows: list[tuple[int, str]]) -> None:
    """(position, value: a file id, cell): position is its rowid, the order it is walked in."""
    conn.execute("CREATE TEMP TABLE shown_files (position INTEGER PRIMARY KEY, value, cell TEXT)")
    conn.executemany("INSERT INTO temp.shown_files (value, cell) VALUES (?, ?)", rows)


def _counties_table(conn: sqlite3.Connection, rows: list[tuple[str, int, str]]) -> None:
    """(county, id_length) -> cell, looked up by its key for each line (half what an
    automatic index on `county IS` cost). No county is '' here: it shares the city-wide
    cell with NULL (`county or city_wide`), so one row stands for both."""
    conn.execute(
        "CREATE TEMP TABLE shown_counties (county TEXT, id_length INTEGER, cell TEXT,"
        " PRIMARY KEY (county, id_length)) WITHOUT ROWID"
    )
    conn.executemany("INSERT OR IGNORE INTO temp.shown_counties VALUES (?, ?, ?)", rows)
