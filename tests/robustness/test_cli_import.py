"""`reader import` through real subprocesses: Ctrl+C, folders of subfolders, empty folders.

Ctrl+C (SIGINT, sent once the library holds the first files) stops after the file in hand:
one line `reader: interrupted, N files kept`, exit 130, no traceback, and the library holds
exactly those N files, intact. A folder whose pages are only in subfolders imports nothing
without `--recursive` and says so (exit 1, found nothing); with `-r` it imports them all.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import time

import pytest

from tests.robustness.conftest import PYTHON, ROOT, integrity, record, scaled
from tests.robustness.helpers import assert_clear_stderr, child_env, make_folder, small_page

POLL_SECONDS = 0.02
POLL_LIMIT = 6000  # two minutes of polls at most


def file_count(path) -> int:
    """Files committed so far, read without taking part in the writer's transaction."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM files").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created or not migrated yet
        return 0


@pytest.mark.parametrize(
    "whole_group",
    [False, True],
    ids=["the-import", "the-terminal-group"],  # a terminal's Ctrl+C reaches the workers too
)
def test_ctrl_c_keeps_the_files_done(tmp_path, whole_group):
    count = scaled(400, 3000)
    make_folder(tmp_path / "pages", count)
    library = tmp_path / "library.sqlite3"
    process = subprocess.Popen(
        [PYTHON, "-m", "reader", "import", str(tmp_path / "pages"), "--db", str(library)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=ROOT,
        start_new_session=whole_group,
    )
    for _ in range(POLL_LIMIT):  # wait until the import has reported a stored file
        if file_count(library) > 0 or process.poll() is not None:
            break
        time.sleep(POLL_SECONDS)
    if whole_group:
        os.killpg(process.pid, signal.SIGINT)
    else:
        process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    record("interrupted imports")
    assert process.returncode == 130, (out, err)
    (line,) = assert_clear_stderr(err, expected_lines=1)
    kept = int(re.fullmatch(r"reader: interrupted, (\d+) files? kept", line)[1])
    assert 0 < kept < count
    assert file_count(library) == kept
    assert integrity(library) == "ok"


def run_import(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "-m", "reader", "import", *map(str, args)],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
        timeout=120,
    )


def test_pages_only_in_subfolders(tmp_path):
    make_folder(tmp_path / "zip" / "2023-01", 2)
    deeper = tmp_path / "zip" / "2023-02" / "deeper"
    deeper.mkdir(parents=True)
    for i in range(3):
        (deeper / f"p{i}.txt").write_text(small_page(100 + i), encoding="utf-8")
    library = tmp_path / "library.sqlite3"
    result = run_import(tmp_path / "zip", "--db", library)
    record("bad inputs tried (cli)")
    assert result.returncode == 1, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert str(tmp_path / "zip") in line and "--recursive" in line
    result = run_import("-r", tmp_path / "zip", "--db", library)
    assert result.returncode == 0, result.stderr
    assert "5 files: 5 added" in result.stdout
    assert file_count(library) == 5


def test_an_empty_folder_beside_good_pages(tmp_path):
    (tmp_path / "empty").mkdir()
    make_folder(tmp_path / "pages", 2)
    result = run_import(tmp_path / "empty", tmp_path / "pages", "--db", tmp_path / "lib.sqlite3")
    assert result.returncode == 0, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert "no page files" in line and "--recursive" not in line
    assert "2 added" in result.stdout
