"""The figures ledger as CSV or JSON text, each row with its provenance.

    export(conn, fmt, scope=Scope(), narrowing=Narrowing()) -> str    fmt "csv" or "json"
    FIELDS                                   the columns, in order

A row: the figure's value model (kind, value, value_high, unit, measure, approx, date,
shown: the full value with its unit, printed: the text as printed, label) and where it comes
from (article_id, file, headline, byline, city, county, sentence). CSV is UTF-8 with a BOM
and CRLF, every text cell defused as the notes export does (`export.csv_cell`: a cell
starting with = + - @ gets a leading '), numbers as numbers; JSON is {"figures": [rows]}.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3

from reader.store import ledger
from reader.store.errors import LibraryError
from reader.store.export import csv_cell
from reader.store.ledger import UNNARROWED, Narrowing
from reader.store.scope import EVERYTHING, Scope

FIELDS = [
    "kind",
    "value",
    "value_high",
    "unit",
    "measure",
    "approx",
    "date",
    "shown",
    "printed",
    "label",
    "article_id",
    "file",
    "headline",
    "byline",
    "city",
    "county",
    "sentence",
]


def export(
    conn: sqlite3.Connection,
    fmt: str,
    scope: Scope = EVERYTHING,
    narrowing: Narrowing = UNNARROWED,
) -> str:
    if fmt not in ("csv", "json"):
        raise LibraryError(f"unknown figures format {fmt!r} (use csv or json)")
    return (_csv if fmt == "csv" else _json)(records(conn, scope, narrowing))


def records(conn: sqlite3.Connection, scope: Scope, narrowing: Narrowing) -> list[dict]:
    found = ledger.rows(conn, scope, narrowing)
    sentences = ledger.sentences(conn, found)
    return [_record(row, sentences[row.id]) for row in found]


def _record(row: ledger.FigureRow, sentence: str) -> dict:
    return {
        "kind": row.kind,
        "value": row.value,
        "value_high": row.value_high,
        "unit": row.unit,
        "measure": row.measure,
        "approx": row.approx,
        "date": row.date,
        "shown": row.shown,
        "printed": row.printed,
        "label": row.label,
        "article_id": row.article_id,
        "file": row.file_name,
        "headline": row.headline,
        "byline": row.byline,
        "city": row.city,
        "county": row.county,
        "sentence": sentence,
    }


def _json(found: list[dict]) -> str:
    return json.dumps({"figures": found}, ensure_ascii=False, indent=1) + "\n"


def _csv(found: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for record in found:
        writer.writerow({key: csv_cell(value) for key, value in record.items()})
    return "\ufeff" + out.getvalue()
