"""Robustness suite set-up: scale, a shared sample library, library checks, and the figures.

Scale: the default run is quick (CI); `READER_LONG_TESTS=1` in the environment multiplies
example counts, kill counts and writer counts (pytest_addoption only works in the rootdir
conftest, which this suite does not own, hence an environment variable).

    LONG                 True when READER_LONG_TESTS=1
    scaled(short, long)  the count for this run
    record(key, n)       add n to a figure printed at the end of the run (pages generated,
                         kills survived, bad inputs tried, notes lost...) and, if
                         READER_ROBUST_FIGURES names a file, written there as JSON
    integrity(path)      PRAGMA integrity_check of a library file, on a fresh connection
    snapshot(path)       the tags and notes of a library as plain rows, to compare before/after
    seeded_library       a fresh copy of the sample pages' library with tags and notes on it
"""

from __future__ import annotations

import collections
import json
import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
import sqlite_utils

from reader.importing import import_paths
from reader.lexicon import segment
from reader.store import Library

LONG = os.environ.get("READER_LONG_TESTS", "") not in ("", "0")
ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
PYTHON = sys.executable
FIGURES: collections.Counter = collections.Counter()


def scaled(short: int, long: int) -> int:
    return long if LONG else short


def record(key: str, n: int = 1) -> None:
    FIGURES[key] += n


def read_only_value(path, sql: str):
    """The first value of a query on a library file opened read-only (no migration, no lock)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def integrity(path) -> str:
    return read_only_value(path, "PRAGMA integrity_check")


def snapshot(path) -> dict:
    """Tags on articles and notes (with their text, quote and tags) as plain rows, read with
    sqlite-utils on a read-only connection, without `Library`."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        db = sqlite_utils.Database(conn)
        tags = sorted(
            (row["article_id"], row["name"])
            for row in db.query(
                "SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            )
        )
        notes = sorted(
            tuple(row.values())
            for row in db["notes"].rows_where(select="id, article_id, text, quote")
        )
        note_tags = sorted(
            (row["note_id"], row["name"])
            for row in db.query(
                "SELECT nt.note_id, t.name FROM note_tags nt JOIN tags t ON t.id = nt.tag_id"
            )
        )
        return {"article_tags": tags, "notes": notes, "note_tags": note_tags}
    finally:
        conn.close()


def pytest_terminal_summary(terminalreporter):
    if not FIGURES:
        return
    terminalreporter.section("robustness figures" + (" (READER_LONG_TESTS)" if LONG else ""))
    for key in sorted(FIGURES):
        terminalreporter.write_line(f"{key}: {FIGURES[key]}")
    target = os.environ.get("READER_ROBUST_FIGURES")
    if target:
        Path(target).write_text(json.dumps(dict(FIGURES), indent=1), encoding="utf-8")


@pytest.fixture(scope="session", autouse=True)
def _jieba_loaded():
    segment.tokenizer()


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory) -> Path:
    """The sample pages imported once, with two tags and two notes (one anchored)."""
    path = tmp_path_factory.mktemp("robust-template") / "library.sqlite3"
    with Library(path) as library:
        report = import_paths(library, [SEEDS], workers=0)
        assert report.ok and report.imported, report.errors
        first, second = library.article_rows(limit=2)
        library.tag_article(first.id, "信访", "重点")
        library.tag_article(second.id, "民生")
        quote = library.article(first.id).text[:6]
        note = library.add_note(first.id, "早先的笔记", quote=quote)
        library.tag_note(note.id, "待查")
        library.add_note(second.id, "没有锚点的笔记")
        library.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def seeded_library(seeded_template, tmp_path) -> Path:
    """A private copy of the template library file (tags and notes on it)."""
    path = tmp_path / "lib" / "library.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(seeded_template, path)
    return path
