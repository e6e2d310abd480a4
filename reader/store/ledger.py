"""Reading the figures ledger: rows for a Scope and a Narrowing, sums per county, exports.

    rows(conn, scope, narrowing, order="place", descending=False, limit=None, offset=0)
        -> [FigureRow]                 sorted in SQL (a column of ORDERS), a page at a time
    count(conn, scope, narrowing) -> int
    totals(conn, scope, narrowing, how="sum"|"count") -> [CountyTotal]   the chart's bars
    measures(conn, scope, kind=None) -> [(measure, rows)]   most frequent first
    sentences(conn, rows) -> {figure id: sentence}          its sentence, from the article text
    of_article(conn, article_id, start=0, end=None) -> [FigureRow]   an article's figures,
                                   or those inside a passage of it (a note's)

`Narrowing` is what the ledger filters beyond the Scope: a kind, a measure word, a text found
in the label, the printed figure or the article's headline, and the articles of a search
result. A sum adds `value`: a range counts by its lower end, and only the rows of one unit
add up (the window and the command line ask for a measure word with a sum).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from reader.store import packing
from reader.store.figures import shown
from reader.store.queries import HEADLINE_SQL
from reader.store.scope import EVERYTHING, Scope


@dataclass(frozen=True)
class Narrowing:
    kind: str | None = None
    measure: str | None = None
    text: str | None = None
    article_ids: tuple[str, ...] | None = None  # a search result; () finds nothing


UNNARROWED = Narrowing()  # the shared default: nothing beyond the scope


@dataclass(frozen=True)
class FigureRow:
    id: int
    article_id: str
    file_id: int
    file_name: str
    headline: str
    byline: str | None
    city: str | None
    county: str | None
    kind: str
    value: float | None
    value_high: float | None
    unit: str | None
    measure: str | None
    approx: str | None
    date: str | None
    printed: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    label: str | None

    @property
    def shown(self) -> str:
        """The full value with its unit: `206,890,000 元`."""
        return shown(self.kind, self.value, self.value_high, self.unit, self.approx, self.date)


@dataclass(frozen=True)
class CountyTotal:
    city: str | None
    county: str | None
    total: float
    rows: int


_SELECT = (
    f"SELECT g.id, a.id, a.file_id, fl.name, {HEADLINE_SQL}, a.byline, a.city, a.county,"
    " g.kind, g.value, g.value_high, g.unit, g.measure, g.approx, g.date, g.printed, g.start,"
    ' g."end", g.sentence_start, g.sentence_end, g.label'
)
_FROM = (
    " FROM figures g JOIN articles a ON a.key = g.article_key JOIN files fl ON fl.id = a.file_id"
)
ORDERS = {
    "place": "a.city, a.county, fl.name, a.idx, g.start",
    "kind": "g.kind",
    "value": "g.value",
    "unit": "g.unit",
    "label": "g.label",
    "county": "a.county",
    "article": HEADLINE_SQL,
    "file": "fl.name",
}


def _figure_row(row: tuple) -> FigureRow:
    """SQLite gives REAL columns back as floats: a whole number is shown as one (114, not
    114.0) in every table and export."""
    values = list(row)
    for column in (9, 10):  # value, value_high
        if isinstance(values[column], float) and values[column].is_integer():
            values[column] = int(values[column])
    return FigureRow(*values)


def _where(scope: Scope, narrowing: Narrowing) -> tuple[str, list]:
    where, params = scope.where("a")
    if narrowing.kind:
        where += " AND g.kind = ?"
        params.append(narrowing.kind)
    if narrowing.measure:
        where += " AND g.measure = ?"
        params.append(narrowing.measure)
    if narrowing.text:
        pattern = (
            "%" + narrowing.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
        where += (
            " AND (g.label LIKE ? ESCAPE '\\' OR g.printed LIKE ? ESCAPE '\\'"
            f" OR {HEADLINE_SQL} LIKE ? ESCAPE '\\')"
        )
        params += [pattern] * 3
    if narrowing.article_ids is not None:
        where += " AND a.id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(narrowing.article_ids)))
    return where, params


def rows(
    conn: sqlite3.Connection,
    scope: Scope = EVERYTHING,
    narrowing: Narrowing = UNNARROWED,
    order: str = "place",
    descending: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[FigureRow]:
    where, params = _where(scope, narrowing)
    direction = " DESC" if descending else ""
    # ties keep reading order, so a page of the same sort never shuffles between fetches
    sql = f"{_SELECT}{_FROM} WHERE {where} ORDER BY {ORDERS[order]}{direction}, g.id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [_figure_row(row) for row in conn.execute(sql, params)]


def count(
    conn: sqlite3.Connection, scope: Scope = EVERYTHING, narrowing: Narrowing = UNNARROWED
) -> int:
    where, params = _where(scope, narrowing)
    return conn.execute(
        f"SELECT count(*){_from(scope, narrowing)} WHERE {where}", params
    ).fetchone()[0]


def _from(scope: Scope, narrowing: Narrowing) -> str:
    """The figures alone where nothing asks for their article (every figure has one): on
    100,000 articles the joins doubled a count's time."""
    if scope.is_everything and not narrowing.text and narrowing.article_ids is None:
        return " FROM figures g"
    return _FROM


def totals(
    conn: sqlite3.Connection,
    scope: Scope = EVERYTHING,
    narrowing: Narrowing = UNNARROWED,
    how: str = "sum",
) -> list[CountyTotal]:
    """Per city and county: the sum of the values (or the number of rows) and the rows."""
    if how not in ("sum", "count"):
        raise ValueError(f"a total is a sum or a count, not {how!r}")
    where, params = _where(scope, narrowing)
    total = "coalesce(sum(g.value), 0)" if how == "sum" else "count(*)"
    found = conn.execute(
        f"SELECT a.city, a.county, {total}, count(*){_FROM} WHERE {where}"
        " GROUP BY a.city, a.county ORDER BY a.city, a.county",
        params,
    )
    return [CountyTotal(*row) for row in found]


def measures(
    conn: sqlite3.Connection, scope: Scope = EVERYTHING, kind: str | None = None
) -> list[tuple[str, int]]:
    where, params = _where(scope, Narrowing(kind=kind))
    found = conn.execute(
        f"SELECT g.measure, count(*){_from(scope, Narrowing(kind=kind))} WHERE {where}"
        " AND g.measure IS NOT NULL"
        " GROUP BY g.measure ORDER BY count(*) DESC, g.measure",
        params,
    )
    return [(measure, number) for measure, number in found]


def sentences(conn: sqlite3.Connection, found: list[FigureRow]) -> dict[int, str]:
    """Each row's sentence, read from its article's text (unpacked once per article)."""
    texts: dict[str, str] = {}
    result = {}
    for row in found:
        if row.article_id not in texts:
            packed = conn.execute(
                "SELECT text_zlib FROM articles WHERE id = ?", (row.article_id,)
            ).fetchone()
            texts[row.article_id] = packing.unpack(packed[0]) if packed else ""
        result[row.id] = texts[row.article_id][row.sentence_start : row.sentence_end].strip()
    return result


def of_article(
    conn: sqlite3.Connection, article_id: str, start: int = 0, end: int | None = None
) -> list[FigureRow]:
    found = conn.execute(
        f'{_SELECT}{_FROM} WHERE a.id = ? AND g.start >= ? AND g."end" <= coalesce(?, g."end")'
        " ORDER BY g.start, g.id",
        (article_id, start, end),
    )
    return [_figure_row(row) for row in found]
