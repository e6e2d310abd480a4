"""A bug of ours shows one line and keeps its traceback in a file (`reader.cli.crash`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.cli import crash, dispatch, reading


def broken_handler(*_args, **_kwargs):
    raise ZeroDivisionError("division by zero")


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(crash.DEBUG_SETTING, raising=False)
    return tmp_path


def test_a_bug_gives_one_line_and_a_crash_file(log_dir, capsys, monkeypatch):
    library = log_dir / "library.sqlite3"
    assert dispatch.main(["--db", str(library), "import", "--samples"]) == 0
    capsys.readouterr()
    # stands in for a bug in one command: the command line around it is the real one
    monkeypatch.setattr(reading, "run_list", broken_handler)
    code = dispatch.main(["--db", str(library), "list"])
    err = capsys.readouterr().err
    assert code == 3
    (line,) = err.strip().splitlines()
    assert line.startswith("reader: internal error (ZeroDivisionError: division by zero)")
    path = line.split("the details are in ", 1)[1].split(": please report it")[0]
    saved = Path(path).read_text(encoding="utf-8")
    assert "Traceback" in saved and "broken_handler" in saved
    assert str(log_dir) in path


def test_debugging_lets_the_exception_through(log_dir, monkeypatch):
    library = log_dir / "library.sqlite3"
    assert dispatch.main(["--db", str(library), "import", "--samples"]) == 0
    monkeypatch.setattr(reading, "run_list", broken_handler)
    monkeypatch.setenv(crash.DEBUG_SETTING, "1")
    with pytest.raises(ZeroDivisionError):
        dispatch.main(["--db", str(library), "list"])
