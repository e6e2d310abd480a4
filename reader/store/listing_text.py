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
county and both gaps (one per distinct county and id length), the file's cell with its gap,
and the title. SQLite's printf, and an rtrim told the whole set of whitespace, each cost
as much again, so lines lose only their trailing spaces unless the text holds some other
whitespace character (`_Characters` finds one, rarely there, in a few milliseconds): then
they are joined again, trimmed as str.rstrip() trims. The cells go in as
two small temporary tables (a few thousand rows), the files walked as the outer loop in
name order with the covering index `articles_listing` inside, so nothing is sorted.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable

from reader.store.queries import file_names, in_name_order
from reader.store.scope import Scope

Cells = Callable[[Iterable[str]], dict[str, str]]
# what str.rstrip() takes off a line's end (SQLite's rtrim takes only spaces unless told,
# and told, it reads its list of characters again for every line: a tenth of the time)
_WHITESPACE = "".join(chr(code) for code in range(0x3001) if chr(code).isspace())
# what str.splitlines() breaks a line at, besides "\n" (a title holding one is laid out by
# the caller, which joins its parts with a space); all of them are whitespace
_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


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
    shortest_id, longest_id = conn.execute(
        f"SELECT min(length(a.id)), max(length(a.id)) FROM articles a WHERE {where}", params
    ).fetchone()
    if shortest_id is None:
        return b""
    id_lengths = range(shortest_id, longest_id + 1)
    _counties_table(conn, _county_cells(conn, where, params, cells, city_wide, gap, id_lengths))
    _files_table(conn, _file_cells(conn, where, params, cells, gap))
    line = "a.id || c.cell || f.cell || a.label"
    county = "c.county = ifnull(a.county, '')"
    if len(id_lengths) > 1:
        county += " AND c.id_length = length(a.id)"
    text, count = _joined(conn, f"rtrim({line})", county, where, params)
    if _OTHER_WHITESPACE.occurs_in(text):  # a title holds a tab, a U+3000, a line break...
        if _BREAKS.occurs_in(text):
            return None
        text, count = _joined(conn, f"rtrim({line}, '{_WHITESPACE}')", county, where, params)
    return text if text.count(b"\n") == count - 1 else None


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


class _Characters:
    """Finds whether any of some characters occurs in 10 MB of UTF-8 in a few milliseconds.
    One pattern for all of them would try every byte (ten times slower), so a one-byte
    character is looked for alone (memchr), and the others by what precedes their last byte:
    that prefix fixed, a pattern skips from one occurrence of it to the next, and is run only
    where the prefix's first byte occurs at all."""

    def __init__(self, characters: str) -> None:
        encoded = [char.encode() for char in characters]
        self._bytes = [code for code in encoded if len(code) == 1]
        last_bytes: dict[bytes, list[int]] = {}
        for code in encoded:
            if len(code) > 1:
                last_bytes.setdefault(code[:-1], []).append(code[-1])
        self._patterns = [
            (prefix[:1], re.compile(re.escape(prefix) + b"[" + re.escape(bytes(lasts)) + b"]"))
            for prefix, lasts in last_bytes.items()
        ]

    def occurs_in(self, text: bytes) -> bool:
        return any(code in text for code in self._bytes) or any(
            first in text and pattern.search(text) for first, pattern in self._patterns
        )


_OTHER_WHITESPACE = _Characters(_WHITESPACE.replace(" ", "").replace("\n", ""))
_BREAKS = _Characters(_LINE_BREAKS)


def _file_cells(conn, where: str, params: list, cells: Cells, gap: str) -> list[tuple]:
    """(file id, cell and gap) of the scope's files, in the listing's order: by name, then id."""
    shown_ids = [
        row[0]
        for row in conn.execute(f"SELECT DISTINCT a.file_id FROM articles a WHERE {where}", params)
    ]
    all_names = file_names(conn, shown_ids)
    names = {file_id: all_names[file_id] for file_id in shown_ids}
    shown = cells(names.values())
    return [(file_id, shown[names[file_id]] + gap) for file_id in in_name_order(names)]


def _county_cells(
    conn, where: str, params: list, cells: Cells, city_wide: str, gap: str, id_lengths: range
) -> list[tuple]:
    """(county, the cell that follows an id of that length, id length) for every county in
    the scope and id length in `id_lengths`: the id's padding, a gap, the county's cell and
    a gap."""
    counties = [
        row[0]
        for row in conn.execute(f"SELECT DISTINCT a.county FROM articles a WHERE {where}", params)
    ]
    shown = cells(county or city_wide for county in counties)
    return [
        (county, " " * (id_lengths[-1] - length) + gap + shown[county or city_wide] + gap, length)
        for county in counties
        for length in id_lengths
    ]


def _files_table(conn: sqlite3.Connection, rows: list[tuple[int, str]]) -> None:
    """(position, value: a file id, cell): position is its rowid, the order it is walked in."""
    conn.execute("CREATE TEMP TABLE shown_files (position INTEGER PRIMARY KEY, value, cell TEXT)")
    conn.executemany("INSERT INTO temp.shown_files (value, cell) VALUES (?, ?)", rows)


def _counties_table(conn: sqlite3.Connection, rows: list[tuple[str | None, str, int]]) -> None:
    """(county, id_length) -> cell, looked up by its key for each line (a third of what an
    automatic index on `county IS` cost). No county is '' here: it shares the city-wide
    cell with NULL (`county or city_wide`), so one row stands for both."""
    conn.execute(
        "CREATE TEMP TABLE shown_counties (county TEXT, id_length INTEGER, cell TEXT,"
        " PRIMARY KEY (county, id_length)) WITHOUT ROWID"
    )
    conn.executemany(
        "INSERT OR IGNORE INTO temp.shown_counties VALUES (?, ?, ?)",
        [(county or "", length, cell) for county, cell, length in rows],
    )
