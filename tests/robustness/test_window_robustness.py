"""The window under bad inputs and hostile text (pytest-qt, offscreen, real library files).

Import through the window (`MainWindow.import_paths`, its `ImportJob` worker thread): each
refused file is named in the status bar, good encodings import, a file deleted or replaced
by a folder mid-import is reported and the rest imported, a folder of 2,000 pages imports
with a live progress dialog, a locked library gives a clear message (no traceback), a
read-only library (child process without CAP_DAC_OVERRIDE), a corrupt library file refused
by the function the app opens libraries with. Security: article, tag and note text with HTML
in it is shown as text; nothing is loaded or linked.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument

from reader.store import Library, LibraryError
from tests.qt_settings import use_private_settings
from tests.robustness.conftest import PYTHON, integrity, record, scaled, snapshot
from tests.robustness.helpers import (
    BAD_INPUTS,
    GOOD_ENCODINGS,
    LockHolder,
    can_drop_dac,
    child_env,
    make_folder,
    small_page,
    without_dac,
)

pytestmark = pytest.mark.gui

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    '<a href="http://x">点我</a>',
    "<script>alert(1)</script>",
    "&lt;b&gt;",
    "<style>p{display:none}</style>",
]


@pytest.fixture(scope="module", autouse=True)
def _private_settings(tmp_path_factory):
    return use_private_settings(
        tmp_path_factory.mktemp("robust-settings"), "reader-robustness-tests"
    )


@pytest.fixture
def open_window(qtbot, tmp_path):
    from reader.ui.window import MainWindow

    opened = []

    def make(path, busy_timeout: float = 5.0):
        library = Library(path, busy_timeout=busy_timeout)
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings, path)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        opened.append((window, library))
        return window

    yield make
    for window, library in opened:
        if window.session.import_job is not None:
            window.session.import_job.wait()
        window.close()
        library.close()


def run_import(qtbot, window, paths, timeout=120_000):
    job = window.session.import_paths(paths)
    assert job is not None
    outcome = {}
    job.finished.connect(lambda report: outcome.update(report=report))
    job.failed.connect(lambda message: outcome.update(failed=message))
    qtbot.waitUntil(lambda: bool(outcome), timeout=timeout)
    return outcome


def status(window) -> str:
    return window.statusBar().currentMessage()


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_window_names_a_refused_file(name, seeded_library, tmp_path, open_window, qtbot):
    make, reason = BAD_INPUTS[name]
    page = tmp_path / name
    page.write_bytes(make())
    before = snapshot(seeded_library)
    window = open_window(seeded_library)
    outcome = run_import(qtbot, window, [page])
    record("bad inputs tried (window)")
    report = outcome["report"]
    [(path, message)] = report.errors
    assert path == str(page) and reason.lower() in message.lower(), message
    assert "failed" in status(window) and page.name in status(window)
    assert "Traceback" not in status(window)
    dialog = window.readout.open_report()  # the full path stays in the import report
    assert [name for name, _reason in dialog.failed_files()] == [page.name]
    assert dialog.table.item(0, 2).text() == str(page.parent)
    assert integrity(seeded_library) == "ok" and snapshot(seeded_library) == before


@pytest.mark.parametrize("name", sorted(GOOD_ENCODINGS))
def test_window_imports_other_encodings(name, seeded_library, tmp_path, open_window, qtbot):
    page = tmp_path / name
    page.write_bytes(GOOD_ENCODINGS[name])
    before = snapshot(seeded_library)
    window = open_window(seeded_library)
    outcome = run_import(qtbot, window, [page])
    record("bad inputs tried (window)")
    report = outcome["report"]
    assert report.ok and [o.status for o in report.imported] == ["added"]
    assert "failed" not in status(window)
    assert integrity(seeded_library) == "ok" and snapshot(seeded_library) == before


@pytest.mark.parametrize("how", ["deleted", "replaced by a folder"])
def test_window_import_file_vanishes_midway(how, seeded_library, tmp_path, open_window, qtbot):
    from reader.ui.importer import ImportJob

    paths = make_folder(tmp_path / "pages", 6)
    victim = paths[3]

    def progress(done, total, name):  # runs in the worker thread, between two files
        if done == 2 and victim.exists():
            victim.unlink()
            if how == "replaced by a folder":
                victim.mkdir()

    window = open_window(seeded_library)
    before = snapshot(seeded_library)
    job = ImportJob(seeded_library, [tmp_path / "pages"], window)
    job.worker.progress.connect(progress, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        job.start()
    report = blocker.args[0]
    record("bad inputs tried (window)")
    assert [path for path, _message in report.errors] == [str(victim)]
    assert len(report.imported) == 5
    assert integrity(seeded_library) == "ok" and snapshot(seeded_library) == before


@pytest.mark.slow
def test_window_imports_a_big_folder_with_live_progress(
    seeded_library, tmp_path, open_window, qtbot
):
    count = scaled(2000, 10000)
    make_folder(tmp_path / "many", count)
    window = open_window(seeded_library)
    before = snapshot(seeded_library)
    job = window.session.import_paths([tmp_path / "many"])
    values = []
    job.worker.progress.connect(lambda done, total, name: values.append(done))
    with qtbot.waitSignal(job.finished, timeout=300_000) as blocker:
        pass
    report = blocker.args[0]
    record("bad inputs tried (window)")
    assert report.ok and len(report.imported) == count
    assert values and values[-1] == count  # progress reached the event loop as it ran
    assert window.sidebar.model.rowCount() >= 6
    assert integrity(seeded_library) == "ok" and snapshot(seeded_library) == before


def test_window_refuses_a_fifty_megabyte_page(seeded_library, tmp_path, open_window, qtbot):
    page = tmp_path / "fifty.txt"
    chunk = GOOD_ENCODINGS["utf8-bom.txt"][3:] + b"\n"
    with page.open("wb") as out:
        for _ in range(50_000_000 // len(chunk) + 1):
            out.write(chunk)
    window = open_window(seeded_library)
    before = snapshot(seeded_library)
    outcome = run_import(qtbot, window, [page], timeout=30_000)
    record("bad inputs tried (window)")
    [(path, message)] = outcome["report"].errors
    assert path == str(page) and "MB" in message
    assert "failed" in status(window)
    assert integrity(seeded_library) == "ok" and snapshot(seeded_library) == before


def test_window_import_on_a_locked_library(seeded_library, tmp_path, open_window, qtbot):
    page = tmp_path / "page.txt"
    page.write_text(small_page(11), encoding="utf-8")
    window = open_window(seeded_library, busy_timeout=0.3)  # the import waits as long
    before = snapshot(seeded_library)
    with LockHolder(seeded_library):
        outcome = run_import(qtbot, window, [page], timeout=60_000)
    record("bad inputs tried (window)")
    assert "busy" in outcome["failed"]
    assert "busy" in status(window) and "Traceback" not in status(window)
    assert integrity(seeded_library) == "ok" and snapshot(seeded_library) == before
    outcome = run_import(qtbot, window, [page])
    assert outcome["report"].ok


def test_window_note_on_a_locked_library_says_busy(seeded_library, open_window):
    window = open_window(seeded_library, busy_timeout=0.3)
    article = window.session.article.id
    notes_before = len(window.session.library.notes(article))
    with LockHolder(seeded_library):
        window.session.add_note("锁住时的笔记")
        assert "busy" in status(window)
        window.session.add_tag("锁住时的标签")
        assert "busy" in status(window)
    assert len(window.session.library.notes(article)) == notes_before
    window.session.add_note("解锁后的笔记")
    assert [n.text for n in window.session.library.notes(article)][-1] == "解锁后的笔记"


@pytest.mark.parametrize("content", [b"", b"garbage" * 5000, "信访".encode() * 3000])
def test_window_refuses_a_corrupt_library(content, tmp_path):
    from reader.ui.app import open_library

    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(content)
    record("bad inputs tried (window)")
    if not content:  # an empty file is a new library, not a damaged one
        library, _path = open_library(path)
        library.close()
        return
    with pytest.raises(LibraryError, match=r"damaged|not a library"):
        open_library(path)
    assert path.read_bytes() == content


@pytest.fixture(scope="module")
def read_only_run(seeded_template, tmp_path_factory):
    """The window in a child process on a read-only library: import a page, add a note."""
    if not can_drop_dac():
        pytest.skip("root without setpriv: a read-only file is writable")
    folder = tmp_path_factory.mktemp("read-only")
    library = folder / "library.sqlite3"
    shutil.copyfile(seeded_template, library)
    page = folder / "page.txt"
    page.write_text(small_page(12), encoding="utf-8")
    before = snapshot(library)
    library.chmod(0o444)
    script = Path(__file__).with_name("window_child.py")
    result = subprocess.run(
        without_dac([PYTHON, str(script), str(library), str(folder / "settings.ini"), str(page)]),
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=180,
    )
    library.chmod(0o644)
    record("bad inputs tried (window)")
    assert result.returncode == 0, result.stderr
    assert integrity(library) == "ok" and snapshot(library) == before
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_window_import_on_a_read_only_library(read_only_run):
    assert read_only_run["import"] == "failed" or read_only_run["import_errors"]
    assert "Traceback" not in json.dumps(read_only_run, ensure_ascii=False)


def test_window_note_on_a_read_only_library(read_only_run):
    assert read_only_run["note_error"] is None, read_only_run["note_error"]
    assert "read-only" in read_only_run["status"]


# -- security of what is shown ------------------------------------------------------------------


def hostile_page() -> str:
    lines = ["□记者 胡磊 报道"]
    for k, text in enumerate(HOSTILE):
        lines.append(f"  本报东阿讯 东阿县第{k}段文字{text}，继续推进信访工作。")
    return "危险标题<img src=x onerror=alert(1)>\n" + "\n".join(lines) + "\n"


def document_links_and_images(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                found.append(f"image {fmt.toImageFormat().name()}")
            if fmt.isAnchor() and fmt.anchorHref():
                found.append(f"link {fmt.anchorHref()}")
            iterator += 1
        block = block.next()
    return found


def tooltips(window) -> list[str]:
    """Every tooltip showing article, tag or note text: tree row, tag chips, notes."""
    model = window.notes_box.model
    tips = [window.sidebar.view.currentIndex().data(Qt.ItemDataRole.ToolTipRole) or ""]
    tips += [chip.toolTip() for chip in window.tag_editor.chip_buttons()]
    tips += [model.index(i).data(Qt.ItemDataRole.ToolTipRole) for i in range(model.rowCount())]
    return tips


def assert_rendered_as_text(rich_texts) -> None:
    """Each string, read as rich text (Qt does: it starts with a tag), loads and links nothing
    and shows any markup it quotes as characters."""
    for rich in rich_texts:
        document = QTextDocument()
        document.setHtml(rich)
        assert document_links_and_images(document) == [], rich
        assert "<img" not in document.toHtml() and "<script" not in document.toHtml(), rich


def test_hostile_text_is_shown_as_text(seeded_library, tmp_path, open_window, qtbot):
    page = tmp_path / "hostile.txt"
    page.write_text(hostile_page(), encoding="utf-8")
    window = open_window(seeded_library)
    assert run_import(qtbot, window, [page])["report"].ok
    with Library(seeded_library) as library:
        rows = [row for row in library.article_rows() if row.file_name == "hostile.txt"]
    assert rows
    for row in rows:
        assert window.session.open_article(row.id)
        window.session.add_tag("<b>粗体</b><img src=y>")
        window.session.add_note('<a href="http://evil">笔记</a><img src=z>')
        shown = window.pane.browser.toPlainText()
        document = window.pane.browser.document()
        assert document_links_and_images(document) == []
        text = window.session.library.article(row.id).text
        for hostile in HOSTILE:
            if hostile in text:
                assert hostile in shown, (hostile, shown[:300])
        chips = window.tag_editor.chip_buttons()
        hostile_tag = "<b>粗体</b><img src=y>"
        chip = next(b for b in chips if b.property("tag") == hostile_tag)
        shown_tag = chip.text().removesuffix("  ✕").removesuffix("…")  # a long tag is elided
        assert shown_tag and hostile_tag.startswith(shown_tag), chip.text()
        notes = [
            window.notes_box.model.index(i).data() for i in range(window.notes_box.model.rowCount())
        ]
        assert any('<a href="http://evil">笔记</a><img src=z>' in note for note in notes)
        assert_rendered_as_text(tooltips(window))
    shown_all = "".join(window.session.library.article(r.id).text for r in rows)
    assert "<img src=x onerror=alert(1)>" in shown_all and '<a href="http://x">' in shown_all
    record("hostile pages rendered")


def test_hostile_text_in_search_results(seeded_library, tmp_path, open_window, qtbot):
    from reader.ui.search import SearchDialog, _hit_html

    page = tmp_path / "hostile.txt"
    page.write_text(hostile_page(), encoding="utf-8")
    window = open_window(seeded_library)
    assert run_import(qtbot, window, [page])["report"].ok
    dialog = SearchDialog(window.session.library, parent=window)
    qtbot.addWidget(dialog)
    hits = window.session.library.search("onerror")
    assert hits
    for hit in hits:
        document = QTextDocument()
        document.setHtml(_hit_html(hit))
        assert document_links_and_images(document) == []
        assert "<" not in hit.snippet.replace("<b>", "").replace("</b>", "")
