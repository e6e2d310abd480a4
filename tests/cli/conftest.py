"""Fixtures of the command-line tests: the sample pages imported once, copied per test.

sample_template   a library of the bundled sample pages, made once per session through
                  `reader import --samples` (the real command)
library           a private copy of it for one test (path as str)
run(capsys, *argv) -> (code, out, err)   `reader.cli.main` in-process; an argparse exit
                  (usage error, --help, --version) becomes its code
"""

from __future__ import annotations

import shutil

import pytest

from reader.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        code = main([str(arg) for arg in argv])
    except SystemExit as exit_:
        code = exit_.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("samples") / "library.sqlite3"
    assert main(["--db", str(path), "import", "--samples"]) == 0
    return path


@pytest.fixture
def library(sample_template, tmp_path, monkeypatch) -> str:
    monkeypatch.delenv("READER_DB", raising=False)
    path = tmp_path / "lib" / "library.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(sample_template, path)
    return str(path)
