"""Cancel stops a page whose parse runs long: the window parses in a worker process and kills
it (issue 8: a 12 KB page froze the window for 59 s and Cancel could not stop it).

Three pages go in through the window: a small one, a 3 MB page of digit lines (many seconds
of parsing), a small one. Once the first is stored and the slow one is being parsed, Cancel:
the job finishes cancelled, the worker process is gone, the first page is kept and neither
the slow page nor the one after it went in. Linux: worker processes are found in /proc.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from reader.store import Library
from tests.qt_settings import use_private_settings
from tests.robustness.conftest import integrity, record
from tests.robustness.helpers import small_page

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]

SLOW_PAGE = ("1234567890\n" * 280_000).encode()  # 3 MB: about 13 s of parsing here


@pytest.fixture(scope="module", autouse=True)
def _private_settings(tmp_path_factory):
    return use_private_settings(tmp_path_factory.mktemp("cancel-settings"), "reader-cancel-tests")


@pytest.fixture
def window(qtbot, tmp_path):
    from reader.ui.window import MainWindow

    path = tmp_path / "library.sqlite3"
    library = Library(path)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings, path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.session.import_job is not None:
        window.session.import_job.wait()
    window.close()
    library.close()


def _parser_processes() -> list[int]:
    """Our spawned children that are still running (a zombie has stopped)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == os.getpid() and stat[0] != "Z" and b"spawn_main" in cmdline:
            found.append(int(entry.name))
    return found


def test_cancel_kills_a_long_parse_and_keeps_what_was_stored(qtbot, window, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a-first.txt").write_text(small_page(1), encoding="utf-8")
    (pages / "b-slow.txt").write_bytes(SLOW_PAGE)
    (pages / "c-after.txt").write_text(small_page(2), encoding="utf-8")
    assert _parser_processes() == []

    job = window.session.import_paths([pages])
    stored = []
    job.worker.progress.connect(lambda done, _total, _name: stored.append(done))
    qtbot.waitUntil(lambda: bool(stored and _parser_processes()), timeout=120_000)
    with qtbot.waitSignal(job.finished, timeout=60_000) as finished:
        job.cancel()
    report = finished.args[0]
    record("long parses cancelled (window)")

    assert report.cancelled
    assert [o.name for o in report.imported] == ["a-first.txt"]
    qtbot.waitUntil(lambda: _parser_processes() == [], timeout=60_000)
    assert integrity(window.session.db_path) == "ok"
    with Library(window.session.db_path) as library:
        assert [f.name for f in library.files()] == ["a-first.txt"]
