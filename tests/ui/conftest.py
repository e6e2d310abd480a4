"""Fixtures for the window tests: a real library file per test, throwaway settings.

The sample pages are imported once per session (one jieba load, one parse) into a template
library; each test gets its own copy of that file, so no test sees another's tags or notes.
QSettings point at a temporary folder so no test touches the user's settings.
"""

from __future__ import annotations

import gc
import shutil
import warnings

import pytest
from PySide6.QtCore import QSettings

from reader.importing import import_paths
from reader.resources import bundled_seeds_dir
from reader.store import Library
from tests.qt_settings import use_private_settings


@pytest.fixture(scope="session", autouse=True)
def _clipboard_released_at_the_end(qapp):
    """As the application does on quit (`citation.release_clipboard`): a citation copied by a
    test would otherwise crash Qt's clipboard teardown when the test process exits."""
    yield
    from reader.ui.citation import release_clipboard

    release_clipboard()


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory):
    yield use_private_settings(tmp_path_factory.mktemp("settings"), "reader-tests")


@pytest.fixture(scope="session", autouse=True)
def _segmenter_loaded(qapp):
    """Searches and notes wait for the segmenter (reader.ui.warmup); load it once up front so
    a test that searches and looks at once sees results. tests/ui/test_warmup.py starts a
    fresh process to see the wait itself."""
    from reader.ui.warmup import warmup

    assert warmup().wait(120)


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "library.sqlite3"
    library = Library(path)
    report = import_paths(library, [bundled_seeds_dir()])
    _load_jieba_analyse(library)
    library.close()
    assert report.ok and report.imported
    return path


@pytest.fixture
def library_path(seeded_template, tmp_path):
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def open_window(qtbot, settings):
    """open_window(path) -> a shown MainWindow on its own Library connection."""
    from reader.ui.window import MainWindow

    libraries, windows = [], []

    def make(path):
        library = Library(path)
        libraries.append(library)
        window = MainWindow(library, settings, path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.sidebar.model.loaded)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.session.import_job is not None:
            window.session.import_job.wait()
        window.close()
    for library in libraries:
        library.close()


@pytest.fixture
def library(library_path):
    library = Library(library_path)
    yield library
    library.close()


@pytest.fixture
def ledger_reader(library_path):
    """The ledger's reading thread on the test's library, stopped after the test."""
    from reader.ui.ledger_reader import LedgerReader

    reader = LedgerReader(library_path)
    yield reader
    reader.stop()


def _load_jieba_analyse(library) -> None:
    """Load jieba's keyword extractor once; it leaves its idf.txt file open (a ResourceWarning
    that filterwarnings=error would pin on whichever test first asks for suggested tags)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        library.suggested_tags(library.article_rows(limit=1)[0].id)
        gc.collect()
