"""Starting `reader` where it cannot work: no display, and `--db` under a file.

`reader` with no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: one line and exit 3, where Qt
aborted with exit 134. `--db FILE/library.sqlite3` (a file where a folder should be): one line,
exit 2, for the window and for commands, where the window gave a FileExistsError traceback.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.robustness.conftest import PYTHON, ROOT, record
from tests.robustness.helpers import assert_clear_stderr, child_env

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="display variables are X11/Wayland")


def reader(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def headless_env(tmp_path) -> dict:
    env = child_env()
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env["READER_DB"] = str(tmp_path / "library.sqlite3")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return env


def test_no_display_is_one_line(tmp_path):
    result = reader(env=headless_env(tmp_path))
    record("bad inputs tried (cli)")
    assert result.returncode == 3, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert "display" in line
    assert not (tmp_path / "library.sqlite3").exists()


@pytest.mark.parametrize("command", [[], ["list"], ["import", "{page}"], ["screenshot", "{png}"]])
def test_library_folder_that_is_a_file(command, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    args = [part.format(page=blocker, png=tmp_path / "shot.png") for part in command]
    env = {**headless_env(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = reader("--db", blocker / "library.sqlite3", *args, env=env)
    record("bad inputs tried (cli)")
    assert result.returncode == 2, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert str(blocker) in line and "folder" in line
    assert blocker.read_text() == "x"
