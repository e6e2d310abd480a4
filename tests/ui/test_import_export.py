"""Importing through the window leaves nothing behind and says what happened; exporting writes
the store's text byte for byte, in full or not at all."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QThread

from reader.importing import ImportReport
from reader.resources import bundled_seeds_dir
from reader.store import ImportOutcome
from reader.ui import actions
from reader.ui.export import write_export
from reader.ui.importer import ImportJob, report_message
from tests.store.helpers import damaged_page

pytestmark = pytest.mark.gui


def leftovers(window) -> list:
    """Import jobs and their threads still alive (the tag suggester keeps one thread)."""
    threads = [t for t in window.findChildren(QThread) if t.parent() is not window.suggester]
    return window.findChildren(ImportJob) + threads


def test_finished_imports_leave_no_job_thread_or_worker(qtbot, open_window, library_path, tmp_path):
    window = open_window(library_path)
    page = tmp_path / "page.txt"
    page.write_bytes(sorted(bundled_seeds_dir().glob("*.txt"))[0].read_bytes())
    workers = []
    for _round in range(3):
        job = window.session.import_paths([page])
        workers.append(job.worker)
        with qtbot.waitSignal(job.finished, timeout=30000):
            pass
    qtbot.waitUntil(lambda: not leftovers(window))
    qtbot.waitUntil(lambda: not any(shiboken6.isValid(w) for w in workers))
    assert window.session.import_job is None


def test_the_status_says_how_many_characters_were_replaced(
    qtbot, open_window, library_path, tmp_path
):
    window = open_window(library_path)
    job = window.session.import_paths([damaged_page(tmp_path)])
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    message = window.statusBar().currentMessage()
    assert "1 added" in message
    assert "3 character(s) could not be read and were replaced (damaged.txt)." in message


def test_the_replaced_count_is_said_in_chinese(qapp):
    from reader.ui.app import install_translators

    report = ImportReport([ImportOutcome(1, "a.txt", "added", 2, replaced_chars=6)])
    translators = install_translators(qapp, "zh_CN")
    try:
        assert "6 个字符无法读取，已替换（a.txt）" in report_message(report)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_failed_import_leaves_no_job(qtbot, open_window, library_path, tmp_path, monkeypatch):
    window = open_window(library_path)

    def boom(self, *args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("reader.importing.import_paths", boom)
    job = window.session.import_paths([tmp_path])
    with qtbot.waitSignal(job.failed, timeout=30000):
        pass
    qtbot.waitUntil(lambda: not leftovers(window))
    assert "disk on fire" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("statuses", "words"),
    [
        (["added", "added"], "2 added, 0 replaced, 0 unchanged; 6 article(s)"),
        (["unchanged", "unchanged"], "0 added, 0 replaced, 2 unchanged; 0 article(s)"),
        (["added", "replaced", "unchanged"], "1 added, 1 replaced, 1 unchanged; 6 article(s)"),
    ],
)
def test_report_message_tells_unchanged_from_imported(statuses, words):
    report = ImportReport([ImportOutcome(k, f"{k}.txt", s, 3) for k, s in enumerate(statuses)])
    assert words in report_message(report)


def test_reimporting_the_same_file_says_unchanged(qtbot, open_window, library_path):
    window = open_window(library_path)
    seed = sorted(bundled_seeds_dir().glob("*.txt"))[0]
    job = window.session.import_paths([seed])
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert "0 added, 0 replaced, 1 unchanged" in window.statusBar().currentMessage()


class FakeLibrary:
    def __init__(self, text):
        self.text = text

    def export_notes(self, fmt, article_id=None, scope=None, figures=False):
        return self.text


@pytest.mark.parametrize("text", ["a,b\r\nc,d\r\n", "一\n二\r\n三\r", "# 笔记\n\n> 引文\n"])
def test_export_writes_the_stores_text_byte_for_byte(tmp_path, text):
    out = write_export(FakeLibrary(text), tmp_path / "notes.csv", "csv")
    assert out.read_bytes() == text.encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.csv"]


def test_a_failed_export_keeps_the_old_file_whole(open_window, library_path, tmp_path, monkeypatch):
    window = open_window(library_path)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "notes.md"
    out.write_text("上次导出的笔记", encoding="utf-8")
    unwritable = "好" * 100_000 + "\ud800"  # a lone surrogate: encoding fails midway
    monkeypatch.setattr(window.session.library, "export_notes", lambda fmt, *_choices: unwritable)
    assert not actions.export_to(window.session, out, "md")
    assert out.read_text("utf-8") == "上次导出的笔记"
    assert [p.name for p in folder.iterdir()] == ["notes.md"]
    assert window.statusBar().currentMessage()


def test_export_of_real_notes_matches_the_store(open_window, library_path, library, tmp_path):
    window = open_window(library_path)
    row = library.article_rows(limit=1)[0]
    library.add_note(row.id, "第一行\n第二行")
    for fmt in ("md", "csv", "json"):
        out = tmp_path / f"notes.{fmt}"
        assert actions.export_to(window.session, out, fmt)
        assert out.read_bytes() == library.export_notes(fmt).encode("utf-8")


def test_search_dialogs_do_not_pile_up(qtbot, open_window, library_path):
    from reader.ui.search import SearchDialog

    window = open_window(library_path)
    for _round in range(3):
        window.actions["find"].trigger()
        window.session.search_dialog.close()
    qtbot.waitUntil(lambda: not window.findChildren(SearchDialog))
