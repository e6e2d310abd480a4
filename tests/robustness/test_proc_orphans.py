"""A killed import takes its parser workers with it (issue 8: 56 kills left 117 processes).

An import of enough files to use worker processes runs in a child; once its workers exist the
child is SIGKILLed, and within a bounded poll none of its children (the workers and, if one
was started, multiprocessing's resource tracker) may still run. Linux: children are found
through /proc (a zombie nobody reaps counts as gone).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.robustness.conftest import PYTHON, ROOT, record, scaled
from tests.robustness.helpers import child_env, make_folder

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

IMPORT = """
import sys
from reader.importing import import_paths
from reader.store import Library
library = Library(sys.argv[1])
import_paths(library, [sys.argv[2]], workers=2)
print("finished", flush=True)
"""
POLL = 0.1
LIMIT = 120.0  # seconds: generous for a loaded machine; a live worker never goes away


def _stat(pid: int) -> tuple[int, str] | None:
    """(parent pid, state) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text.rsplit(")", 1)[1].split()
    return int(fields[1]), fields[0]


def _children(parent: int) -> dict[int, str]:
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (_stat(int(entry.name)) or (0, ""))[0] == parent:
            try:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
            except OSError:
                continue
    return {pid: cmdline.decode(errors="replace") for pid, cmdline in found.items()}


def _running(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[1] != "Z"


def _until(condition, limit: float = LIMIT) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(POLL)  # a bounded poll of another process, not a wait on our own events
    return condition()


@pytest.mark.parametrize("kill", range(scaled(2, 10)))
def test_workers_exit_when_the_import_is_killed(tmp_path, kill):
    pages = tmp_path / "pages"
    make_folder(pages, 400)
    child = subprocess.Popen(
        [PYTHON, "-c", IMPORT, str(tmp_path / "library.sqlite3"), str(pages)],
        env=child_env(),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:

        def workers() -> dict[int, str]:
            return {p: c for p, c in _children(child.pid).items() if "spawn_main" in c}

        assert _until(lambda: len(workers()) >= 2 or child.poll() is not None)
        assert child.poll() is None, "the import ended before its workers could be seen"
        children = _children(child.pid)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=LIMIT)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
    survivors = lambda: [pid for pid in children if _running(pid)]  # noqa: E731
    _until(lambda: not survivors())
    left = {pid: children[pid] for pid in survivors()}
    for pid in left:  # do not leave them to the next test
        os.kill(pid, signal.SIGKILL)
    record("import kills with workers", 1)
    assert left == {}
