"""The article listing at scale: in file-name and reading order, read off the covering index.

`reader list` of 100,000 articles must never read the articles' rows (each holds its packed
text): the listing queries must use `articles_listing` (schema 10), with or without the
statistics ANALYZE leaves, and the whole listing must come in the order its pages do.
"""

from __future__ import annotations

import re
import sqlite3

import pytest

from reader.store import Library, Scope

FILES = 1_500
PER_FILE = 14  # a page of the samples holds 6 to 14 articles
COUNTIES = ["东昌府区", "冠县", "莘县", None]
TEXT_BYTES = 700  # a packed article text is about this long


def _generate(library: Library) -> None:
    """FILES files of PER_FILE articles, written as plain rows: file names sort in another
    order than their ids (and two files share a name), counties and a tag spread over them."""
    conn = library.db.conn
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO files (id, name, path, sha256, size, imported_at, parser)"
        " VALUES (?, ?, ?, ?, 0, '2026-01-01', 'test')",
        [
            (i, f"{(i * 7919) % (FILES - 1):05d}.txt", f"/pages/{i}.txt", f"{i:064x}")
            for i in range(1, FILES + 1)
        ],
    )
    conn.executemany(
        "INSERT INTO articles (id, file_id, idx, kind, title, city, county, label, figures,"
        " headline_confidence, source_lines, text_zlib)"
        " VALUES (?, ?, ?, 'news', ?, '聊城市', ?, ?, '[]', 1.0, '[]', randomblob(?))",
        [
            (f"a{file_id}-{idx}", file_id, idx, f"题{idx}", county, f"题{idx}", TEXT_BYTES)
            for file_id in range(1, FILES + 1)
            for idx in reversed(range(PER_FILE))  # inserted against reading order
            for county in [COUNTIES[(file_id + idx) % len(COUNTIES)]]
        ],
    )
    conn.execute("INSERT INTO tags (name) VALUES ('信访')")
    conn.execute(
        "INSERT INTO article_tags (article_id, tag_id) SELECT id, 1 FROM articles"
        " WHERE key % 97 = 0"
    )
    conn.execute("COMMIT")


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "library.sqlite3"
    with Library(path) as library:
        _generate(library)
    with Library(path, read_only=True) as library:
        yield library


SCOPES = [
    Scope(),
    Scope(county="冠县"),
    Scope(city="聊城市", city_wide=True),
    Scope(file_id=7),
    Scope(tag="信访"),
]


@pytest.mark.parametrize("scope", SCOPES, ids=lambda scope: scope.label())
def test_the_whole_listing_is_its_pages_in_file_and_reading_order(big, scope):
    every = big.article_rows(scope)
    assert every == sorted(every, key=lambda row: (row.file_name, row.file_id, row.index))
    assert len(every) == big.count_articles(scope)
    paged = [
        row
        for offset in range(0, len(every) + 1, 5_000)
        for row in big.article_rows(scope, limit=5_000, offset=offset)
    ]
    assert paged == every


def test_a_title_filter_lists_in_the_same_order(big):
    every = big.article_rows(title_filter="题1")
    assert {row.title for row in every} == {"题1", "题10", "题11", "题12", "题13"}
    assert every == big.article_rows(title_filter="题1", limit=len(every) + 1)


def _plans(library: Library, scope: Scope) -> list[list[str]]:
    """The query plan of every statement that reads articles for the whole listing of the
    scope and for one page of it."""
    conn = library.db.conn
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    try:
        library.article_rows(scope)
        library.article_rows(scope, limit=200, offset=100)
    finally:
        conn.set_trace_callback(None)
    reads = [sql for sql in statements if re.search(r"\bFROM articles a\b", sql)]
    assert len(reads) == 2
    return [[row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")] for sql in reads]


def _articles_read(plan: list[str]) -> list[str]:
    return [step for step in plan if re.match(r"(SCAN|SEARCH) a\b", step)]


def _check(library: Library) -> None:
    """Everything, and one file: off the covering index (the whole listing in its order);
    a county: once (never once per file), off the covering index or, reading only its own
    rows, an index that starts with its place."""
    for scope in (Scope(), Scope(file_id=7)):
        whole, page = _plans(library, scope)
        for plan in (whole, page):
            steps = _articles_read(plan)
            assert steps and all("COVERING INDEX articles_listing" in step for step in steps)
        assert not any("TEMP B-TREE" in step for step in whole)
    for scope in (Scope(county="冠县"), Scope(city="聊城市", city_wide=True)):
        for plan in _plans(library, scope):
            steps = _articles_read(plan)
            assert len(steps) == 1
            assert "COVERING INDEX articles_listing" in steps[0] or re.match(
                r"SEARCH a USING INDEX \w+ \((city|county)=", steps[0]
            )
            assert not any(step.startswith("SCAN f") for step in plan)


def test_the_listing_reads_only_the_covering_index(big):
    _check(big)


def test_the_listing_reads_only_the_covering_index_with_statistics(big, tmp_path):
    """ANALYZE (as `PRAGMA optimize` may run) must not turn the planner to the rows."""
    copy = tmp_path / "analyzed.sqlite3"
    with sqlite3.connect(copy) as target:
        big.db.conn.backup(target)
    with Library(copy) as library:
        library.db.conn.execute("ANALYZE")
        assert library.db.conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0]
        _check(library)
