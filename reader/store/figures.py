"""The figures ledger's rows: every figure of every article, written with its article.

    add(conn, keys, articles)      rows for articles just inserted (filing calls it)
    fill(conn, progress=None)      rows for every stored article from its stored figures
                                   (migration 13, written before the figures carried more)
    detailed(conn, article_id, figures, body) -> [dict]   an article's figures with their
                                   ledger fields and `shown`, for the reading pane's tooltips
    shown(kind, value, value_high, unit, approx, date) -> str   "约 30,000–50,000 元"

A row is the figure's value model as the parser gave it (reader.ingest.figures: value in its
unit, a range's upper end, the measure word, approximation, ISO date, label, sentence) with
its offsets moved from its block into the article text (blocks joined by "\\n"). The place is
the article's (the ledger joins it: a copy here cost 12% of the library file). The rows go
with their article (ON DELETE CASCADE), so a re-import or a correction that re-stores a
file's articles rewrites them. `fill` has only what a stored figure kept (block, offsets,
kind, value, text): the unit and measure word are read off the end of the printed text
against resources/measure_words.tsv, the sentence is the figure's paragraph, and approximation,
range end, date and label stay empty until the file is imported again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from functools import cache

from reader.resources import resource_path
from reader.store import packing
from reader.store.records import ArticleRecord

_COLUMNS = (
    "article_key, kind, value, value_high, unit, measure, approx, date, printed,"
    ' start, "end", sentence_start, sentence_end, label'
)
_INSERT = f"INSERT INTO figures ({_COLUMNS}) VALUES ({', '.join('?' * 14)})"
_FILL_BATCH = 1000  # articles between progress reports


def add(conn: sqlite3.Connection, keys: list[int], articles: list[ArticleRecord]) -> None:
    conn.executemany(
        _INSERT,
        (
            row
            for key, article in zip(keys, articles, strict=True)
            for row in _rows(key, article.body, article.figures)
        ),
    )


def _rows(key: int, body, figures: list[dict]) -> Iterable[tuple]:
    starts = _block_starts(len(_text(block)) for block in body)
    for figure in figures:
        base = starts[figure["block"]] if 0 <= figure["block"] < len(starts) else 0
        yield (
            key,
            figure["kind"],
            figure["value"],
            figure.get("value_high"),
            figure.get("unit"),
            figure.get("measure"),
            figure.get("approx"),
            figure.get("date"),
            figure["text"],
            base + figure["start"],
            base + figure["end"],
            base + figure.get("sentence_start", 0),
            base + figure.get("sentence_end", figure["end"]),
            figure.get("label") or None,
        )


def _text(block) -> str:
    return block["text"] if isinstance(block, dict) else block.text


def _block_starts(lengths: Iterable[int]) -> list[int]:
    starts, position = [], 0
    for length in lengths:
        starts.append(position)
        position += length + 1
    return starts


def fill(conn: sqlite3.Connection, progress: Callable[[int, int, str], None] | None = None):
    keys = [row[0] for row in conn.execute("SELECT key FROM articles ORDER BY key")]
    for start in range(0, len(keys), _FILL_BATCH):
        batch = keys[start : start + _FILL_BATCH]
        marks = ",".join("?" * len(batch))
        rows = conn.execute(
            f"SELECT key, blocks, figures, text_zlib FROM articles WHERE key IN ({marks})",
            batch,
        ).fetchall()
        conn.executemany(_INSERT, (row for article in rows for row in _stored_rows(*article)))
        if progress is not None:
            progress(min(start + _FILL_BATCH, len(keys)), len(keys), "figures")


def _stored_rows(key, blocks, packed, text_zlib) -> Iterable[tuple]:
    body = packing.unpack_blocks(packing.unpack(text_zlib), blocks)
    figures = []
    for figure in packing.unpack_figures(packed, body):
        block = body[figure["block"]]["text"] if 0 <= figure["block"] < len(body) else ""
        measure = _measure_ending(figure["text"] or "")
        unit = None if figure["kind"] == "date" else measure
        figures.append({**figure, "measure": measure, "unit": unit, "sentence_end": len(block)})
    return _rows(key, body, figures)


@cache
def _measure_words() -> tuple[str, ...]:
    """The measure words of resources/measure_words.tsv, longest first."""
    text = resource_path("measure_words.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    words = {line.split("\t")[0] for line in lines[1:]} - {"余"}
    return tuple(sorted(words, key=len, reverse=True))


def _measure_ending(printed: str) -> str | None:
    word = next((w for w in _measure_words() if printed.endswith(w)), None)
    return "%" if word == "％" else word


_DETAIL = ("value_high", "unit", "measure", "approx", "date", "label")


def detailed(conn: sqlite3.Connection, article_id: str, figures: list[dict], body) -> list[dict]:
    """Each figure with its ledger row's fields and its full value (`shown`), matched by its
    offsets in the article text; a figure with no row keeps what it has."""
    stored = conn.execute(
        f'SELECT start, "end", {", ".join(_DETAIL)} FROM figures'
        " WHERE article_key = (SELECT key FROM articles WHERE id = ?)",
        (article_id,),
    )
    by_place = {(row[0], row[1]): dict(zip(_DETAIL, row[2:], strict=True)) for row in stored}
    starts = _block_starts(len(_text(block)) for block in body)
    result = []
    for figure in figures:
        base = starts[figure["block"]] if 0 <= figure["block"] < len(starts) else 0
        fields = {**figure, **by_place.get((base + figure["start"], base + figure["end"]), {})}
        fields["shown"] = shown(
            fields["kind"],
            fields["value"],
            fields.get("value_high"),
            fields.get("unit"),
            fields.get("approx"),
            fields.get("date"),
        )
        result.append(fields)
    return result


def shown(kind: str, value, value_high, unit: str | None, approx: str | None, date) -> str:
    """A figure's full value as a reader cites it: `206,890,000 元`, `约 3,000 人`,
    `3,000余 户`, `30,000–50,000 元`, `12.5%`, a date as its ISO form."""
    if kind == "date" and date:
        return f"{approx} {date}" if approx and approx not in _AFTER else date
    number = _number(value)
    if value_high is not None:
        number = f"{number}–{_number(value_high)}"
    if not number:
        return ""
    if approx in _AFTER:
        number += approx
    if unit in ("%", "‰"):
        number += unit
    elif unit:
        number += f" {unit}"
    return f"{approx} {number}" if approx and approx not in _AFTER else number


_AFTER = ("余", "多")  # approximation marks written after the number (100余户)


def _number(value) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")
