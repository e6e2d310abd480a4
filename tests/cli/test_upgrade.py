"""A library of an older schema opened from the command line: upgraded once, with a progress
bar per rewriting step and a line naming the backup kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.cli.upgrade import UpgradeBar
from tests.cli.conftest import run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "libraries"


def test_the_first_command_on_an_old_library_names_the_backup_once(tmp_path, capsys):
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v13.sqlite3", path)
    code, out, err = run(capsys, "list", "--db", path)
    [backup] = tmp_path.glob("library.v13-backup-*.sqlite3")
    assert code == 0 and "探索建立信访积案化解机制" in out
    assert err.strip() == (
        "reader: the library was upgraded for this version of reader;"
        f" the old file is kept as {backup}"
    )
    assert run(capsys, "list", "--db", path)[2] == ""


def test_the_bar_follows_each_step_and_draws_nothing_off_a_terminal(capsys):
    with UpgradeBar() as bar:
        bar(500, 1000, "pages")
        first = bar.bar
        assert (bar.step, first.total) == ("pages", 1000)
        bar(1000, 1000, "pages")
        assert bar.bar is first
        bar(3, 7, "search index")
        assert (bar.step, bar.bar.total) == ("search index", 7) and bar.bar is not first
    assert bar.bar is None
    assert capsys.readouterr().err == ""
