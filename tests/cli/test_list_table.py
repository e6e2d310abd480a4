"""`reader list`'s table is joined by SQLite (`reader.store.listing_text`): it must print
exactly the table laid out from the listing's rows, in every scope, and fall back to that
layout where SQLite's cannot hold (a title with a line break)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from reader.cli.output import padded_cells, table
from reader.cli.reading import CITY_WIDE_LABEL
from reader.store import Library
from reader.store.scope import Scope
from tests.cli.conftest import run


def laid_out(db: str, scope: Scope) -> str:
    """The table as `table` lays it out from `Library.listing` (the reference)."""
    with Library(db, read_only=True) as library:
        rows = library.listing(scope)
    lines = table((i, county or CITY_WIDE_LABEL, name, title) for i, county, name, title in rows)
    return "".join(line + "\n" for line in lines)


def _one_county(db: str) -> str:
    with Library(db, read_only=True) as library:
        return next(row.county for row in library.article_rows() if row.county)


@pytest.mark.parametrize("narrowing", ["everything", "county", "city-wide", "tag", "to-check"])
def test_the_printed_table_is_the_one_laid_out_from_the_rows(library, capsys, narrowing):
    first = run(capsys, "list", "--json", "--db", library)[1].split('"id": "')[1][:16]
    run(capsys, "tag", first, "要读", "--db", library)
    county = _one_county(library)
    argv, scope = {
        "everything": ([], Scope()),
        "county": (["--county", county], Scope(county=county)),
        "city-wide": (["--county", "none"], Scope(city_wide=True)),
        "tag": (["--tag", "要读"], Scope(tag="要读")),
        "to-check": (["--to-check"], Scope(to_check=True)),
    }[narrowing]
    code, out, _ = run(capsys, "list", *argv, "--db", library)
    assert out == laid_out(library, scope)
    assert (code == 0) == bool(out)


def test_files_are_listed_by_name_whatever_order_they_were_imported_in(library, capsys):
    conn = sqlite3.connect(library)
    with conn:  # the first file imported gets the last name
        conn.execute("UPDATE files SET name = 'zz-' || name WHERE id = 1")
    conn.close()
    out = run(capsys, "list", "--db", library)[1]
    assert out == laid_out(library, Scope())
    assert "zz-" in out.splitlines()[-1] and "zz-" not in out.splitlines()[0]


def test_a_title_with_a_line_break_is_listed_on_one_line(library, capsys):
    conn = sqlite3.connect(library)
    with conn:
        conn.execute("UPDATE articles SET label = '第一行' || char(10) || '第二行' WHERE key = 1")
        conn.execute("UPDATE articles SET label = '甲' || char(8232) || '乙' WHERE key = 2")
    conn.close()
    out = run(capsys, "list", "--db", library)[1]
    count = len(run(capsys, "list", "--json", "--db", library)[1].split('"id": ')) - 1
    assert len(out.splitlines()) == count
    assert "第一行 第二行" in out and "甲 乙" in out


def test_an_empty_listing_prints_nothing_and_says_so_by_its_code(library, capsys):
    code, out, _ = run(capsys, "list", "--tag", "没有这个标签", "--db", library)
    assert (code, out) == (1, "")


@pytest.mark.parametrize("ending", ["\u3000", "\u00a0", "\t", " ", "\x00后"])
def test_a_title_ending_in_any_whitespace_or_holding_a_nul_prints_as_laid_out(
    library, capsys, ending
):
    conn = sqlite3.connect(library)
    with conn:
        conn.execute("UPDATE articles SET label = label || ? WHERE key = 1", (ending,))
    conn.close()
    assert run(capsys, "list", "--db", library)[1] == laid_out(library, Scope())


def test_a_library_opened_read_only_is_listed_by_the_python_layout(library, capsys):
    from argparse import Namespace

    from reader.cli.reading import run_list

    with Library(library, read_only=True) as read_only:
        assert read_only.listing_bytes(Scope(), padded_cells, CITY_WIDE_LABEL, "  ") is None
        capsys.readouterr()
        args = Namespace(json=False, nl=False, county=None, tag=None, to_check=False)
        assert run_list(read_only, args) == 0
    assert capsys.readouterr().out == laid_out(library, Scope())


def test_ids_of_different_lengths_are_padded_to_the_longest(library, capsys):
    conn = sqlite3.connect(library)
    with conn:  # an id with a -N suffix, as two articles of one page with the same digest get
        conn.execute("UPDATE articles SET id = id || '-12' WHERE key = 3")
    conn.close()
    out = run(capsys, "list", "--db", library)[1]
    assert out == laid_out(library, Scope())
    county_starts = {len(line) - len(line.split(maxsplit=1)[1]) for line in out.splitlines()}
    assert county_starts == {19 + 2}


def test_a_console_in_another_encoding_gets_the_table_in_it(library):
    conn = sqlite3.connect(library)
    with conn:  # a character GBK has no code for
        conn.execute("UPDATE articles SET label = label || '🌾' WHERE key = 1")
    conn.close()
    result = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--db", library],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "gbk"},
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("gbk", "replace")
    assert result.stdout.decode("gbk") == laid_out(library, Scope()).replace("🌾", "?")


@pytest.mark.parametrize("kind", ["line breaks", "whitespace", "whitespace inside only"])
def test_every_character_rstrip_or_splitlines_acts_on_prints_as_laid_out(library, capsys, kind):
    """Each character sits inside one title and ends another (but for `inside only`): SQLite
    joins the lines as they are while no title is empty, ends in whitespace or holds a line
    break (schema 15's partial index knows), trims them as str.rstrip() when one ends in
    whitespace, and a line break falls back to the Python layout."""
    breaks = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # str.splitlines()' besides "\n"
    whitespace = [chr(code) for code in range(0x3001) if chr(code).isspace()]
    chars = (
        list(breaks) if kind == "line breaks" else [c for c in whitespace if c not in breaks + "\n"]
    )
    conn = sqlite3.connect(library)
    with conn:
        keys = [row[0] for row in conn.execute("SELECT key FROM articles ORDER BY key")]
        assert len(keys) >= 2 * len(chars)
        for char, inside, ending in zip(chars, keys, keys[len(chars) :], strict=False):
            conn.execute(
                "UPDATE articles SET label = '甲' || ? || label WHERE key = ?", (char, inside)
            )
            if kind != "whitespace inside only":
                conn.execute("UPDATE articles SET label = label || ? WHERE key = ?", (char, ending))
    conn.close()
    assert run(capsys, "list", "--db", library)[1] == laid_out(library, Scope())
