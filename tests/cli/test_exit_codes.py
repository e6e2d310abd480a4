"""Every command's exit code (docs/DESIGN.md, "Exit codes"), through `reader.cli.main` and,
in the `slow` run, through a real `python -m reader` process: 0 done, 1 found nothing,
2 usage, 3 library or file failure. Each failure is one line.

Ctrl+C (130) is sent for real in tests/robustness/test_cli_import.py; a busy library (3) in
tests/robustness/test_bad_input_cli.py; no display (3) in tests/robustness/test_cli_start.py.
Placeholders: {db} the library, {id} an article id, {prefix} a unique start of it,
{ambiguous} a start shared by several, {tmp} a scratch folder, {seeds} the sample pages.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys

import pytest

from reader.cli import exits
from tests.cli.conftest import run
from tests.store.helpers import SEEDS

OK, NOTHING, USAGE, FAILURE = exits.OK, exits.NOTHING, exits.USAGE, exits.FAILURE

CASES = [
    # command, situation, expected
    (["list"], "a listing", OK),
    (["list", "--tag", "没有的标签"], "a filter with no row", NOTHING),
    (["list", "--county", "火星县"], "a county that names nothing", USAGE),
    (["list", "--json", "--nl"], "two output shapes", USAGE),
    (["list", "--db", "{tmp}/none.sqlite3"], "no library there", USAGE),
    (["list", "--db", "{tmp}/corrupt.sqlite3"], "a damaged library", FAILURE),
    (["show", "{id}"], "an id", OK),
    (["show", "{prefix}"], "a unique start of an id", OK),
    (["show", "{ambiguous}"], "an ambiguous start", USAGE),
    (["show", "nope"], "an unknown id", USAGE),
    (["search", "信访"], "hits", OK),
    (["search", "火星人登陆"], "no hit", NOTHING),
    (["search", "信访", "--limit", "0"], "a limit below 1", USAGE),
    (["tag", "{prefix}", "甲"], "tagging", OK),
    (["tag", "nope", "甲"], "an unknown id", USAGE),
    (["tag", "--note", "abc", "甲"], "not a note number", USAGE),
    (["tag", "--note", "999", "甲"], "an unknown note", USAGE),
    (["untag", "{id}", "甲"], "untagging", OK),
    (["note", "{prefix}", "笔记"], "a note", OK),
    (["note", "{id}", "  "], "an empty note", USAGE),
    (["note", "{id}", "笔记", "--quote", "不可能出现的话"], "a quote not in the article", USAGE),
    (["note", "--edit", "999", "新"], "editing an unknown note", USAGE),
    (["note", "--delete", "999"], "deleting an unknown note", USAGE),
    (["note", "--attach", "999", "{id}"], "attaching an unknown note", USAGE),
    (["note"], "no article", USAGE),
    (["notes"], "no notes yet", NOTHING),
    (["notes", "--orphaned"], "no orphans", NOTHING),
    (["tags"], "the tag list", OK),
    (["tags", "--json"], "the tag list as JSON", OK),
    (["tags", "--delete", "没有的标签"], "deleting a tag that is not there", USAGE),
    (["export", "--format", "md"], "an export", OK),
    (["export", "--nl"], "an export as JSON lines", OK),
    (["export"], "no format and no -o", USAGE),
    (["export", "-o", "{tmp}/notes.csv"], "the format from -o", OK),
    (["export", "-o", "{tmp}/notes.xlsx"], "an -o extension that names no format", USAGE),
    (["export", "-o", "{tmp}/exists.md"], "-o onto an existing file", USAGE),
    (["export", "-o", "{db}", "--force"], "-o onto the library", USAGE),
    (["export", "--format", "md", "--article", "nope"], "an unknown article", USAGE),
    (["export", "-o", "{tmp}/no/such/folder/x.md"], "a folder that is not there", FAILURE),
    (["figures"], "the ledger", OK),
    (["figures", "--kind", "money", "--csv"], "money figures as CSV", OK),
    (["figures", "--tag", "没有的标签"], "no figure for the filter", NOTHING),
    (["figures", "--search", "火星人登陆", "--json"], "a search with no hit", NOTHING),
    (["figures", "--kind", "sum"], "an unknown kind", USAGE),
    (["figures", "--county", "火星县"], "a county that names nothing", USAGE),
    (["import", "{seeds}"], "pages already in", OK),
    (["import", "--samples"], "the sample pages", OK),
    (["import", "--json", "{seeds}"], "the report as JSON", OK),
    (["import"], "nothing to import", USAGE),
    (["import", "{tmp}/missing.txt"], "a missing path", USAGE),
    (["import", "{tmp}/bad.txt"], "a page that cannot be read", FAILURE),
    (["import", "{tmp}/empty"], "a folder with no pages", NOTHING),
    (["parse", "{tmp}/missing.txt"], "a missing path", USAGE),
    (["parse", "{tmp}/bad.txt"], "a page that cannot be read", FAILURE),
    (["lst"], "a mistyped command", USAGE),
    (["help", "list"], "a command's help", OK),
    (["help", "lst"], "help on a mistyped command", USAGE),
    (["-V"], "the version", OK),
    (["list", "--frobnicate"], "an unknown option", USAGE),
    (["screenshot", "{tmp}/x.png", "--size", "big"], "a size that is not WxH", USAGE),
]


@pytest.fixture
def places(library, tmp_path, capsys) -> dict:
    ids = sorted(_ids(capsys, library))
    (tmp_path / "corrupt.sqlite3").write_bytes(b"SQLite format 3\x00" + bytes(5000))
    (tmp_path / "exists.md").write_text("earlier", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.7 not a page")
    (tmp_path / "empty").mkdir()
    return {
        "db": library,
        "id": ids[0],
        "prefix": _unique_prefix(ids[0], ids),
        "ambiguous": _shared_prefix(ids),
        "tmp": tmp_path,
        "seeds": SEEDS,
    }


def _ids(capsys, db) -> list[str]:
    return [row["id"] for row in json.loads(run(capsys, "list", "--db", db, "--json")[1])]


def _unique_prefix(target: str, ids: list[str]) -> str:
    for length in range(4, len(target)):
        if sum(other.startswith(target[:length]) for other in ids) == 1:
            return target[:length]
    raise AssertionError("no unique prefix shorter than the id")


def _shared_prefix(ids: list[str]) -> str:
    for first, second in itertools.pairwise(ids):
        if first[0] == second[0]:
            return first[0]
    raise AssertionError("no two ids share a first character")


def _argv(argv: list[str], places: dict) -> list[str]:
    argv = [arg.format(**places) for arg in argv]
    has_db = any(arg == "--db" for arg in argv) or argv[0] in ("-V", "help", "lst", "parse")
    return [*argv, *([] if has_db else ["--db", str(places["db"])])]


def _check(code: int, expected: int, err: str) -> None:
    assert code == expected, err
    assert "Traceback" not in err
    if code == exits.USAGE and not err.startswith("usage:"):
        assert len(err.strip().splitlines()) == 1 and err.startswith("reader: "), err


@pytest.mark.parametrize(
    "argv, expected", [(argv, code) for argv, _, code in CASES], ids=[s for _, s, _ in CASES]
)
def test_exit_code(argv, expected, places, capsys, monkeypatch):
    code, _out, err = run(capsys, *_argv(argv, places))
    _check(code, expected, err)


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv, expected", [(argv, code) for argv, _, code in CASES], ids=[s for _, s, _ in CASES]
)
def test_exit_code_of_the_installed_command(argv, expected, places):
    """The same table through a real `reader` process: what a shell script sees."""
    done = subprocess.run(
        [sys.executable, "-m", "reader", *_argv(argv, places)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    _check(done.returncode, expected, done.stderr)


def test_a_reader_of_the_output_that_leaves_early_is_no_failure(tmp_path):
    """`reader parse seeds/*.txt --json | head -c 50`: the pipe closes under the command."""
    import subprocess
    import sys
    from pathlib import Path

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    with subprocess.Popen(
        [sys.executable, "-m", "reader", "parse", *map(str, seeds), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.read(50)
        process.stdout.close()
        error = process.stderr.read().decode()
        assert process.wait(timeout=120) == 0, error
    assert "internal error" not in error
