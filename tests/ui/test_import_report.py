"""Importing through the real window: progress counts files done of the total and names the
file; every failure is kept in a report the user opens from the status bar or the File menu,
reasons in the window's language; the tree keeps its open groups and the open article."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Slot

from reader.resources import bundled_seeds_dir
from reader.ui.i18n import install_translators
from reader.ui.import_report import ImportReportDialog
from reader.ui.reasons import reason_text
from reader.ui.tree_model import ArticleIdRole

pytestmark = pytest.mark.gui
SEEDS = sorted(bundled_seeds_dir().glob("*.txt"))


@pytest.fixture
def folder(tmp_path):
    """Three new pages (renamed seeds, edited so they are new files), a PDF and an empty file."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for number, seed in enumerate(SEEDS[:3]):
        text = seed.read_text("utf-8").replace("。", "。 ", 1)
        (folder / f"new_{number}.txt").write_text(text, encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 not a page")
    (folder / "blank.txt").write_bytes(b"   \n")
    return folder


class DialogRecorder(QObject):
    """What the progress dialog shows after each progress signal (a QObject of the GUI
    thread, so the slot runs there, after the dialog's)."""

    def __init__(self, job):
        super().__init__()
        self.job, self.seen = job, []

    @Slot(int, int, str)
    def record(self, done, total, name):
        dialog = self.job.dialog
        if dialog is not None:
            self.seen.append(
                (done, total, name, dialog.labelText(), dialog.maximum(), dialog.value())
            )


def test_progress_counts_files_and_names_the_current_one(qtbot, open_window, library_path, folder):
    window = open_window(library_path)
    job = window.session.import_paths([folder])
    recorder = DialogRecorder(job)
    job.worker.progress.connect(recorder.record)  # after the dialog's own slot, on this thread
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    seen = recorder.seen
    assert seen[0][:2] == (0, 5) and seen[0][4] == 5
    names = {path.name for path in folder.iterdir()}
    for done, total, name, label, maximum, value in seen[1:]:
        assert label == f"{done} / {total} file(s) done — {name}"
        assert name in names and (maximum, value) == (5, done)
    assert [row[0] for row in seen] == list(range(6))


def test_failures_stay_in_a_report_the_user_opens(qtbot, qapp, open_window, library_path, folder):
    window = open_window(library_path)
    job = window.session.import_paths([folder])
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    button = window.readout.info.report_button
    window.statusBar().clearMessage()  # the passing message is gone; the report is not
    assert button.isVisible() and "2 file(s) failed" in button.text()
    button.click()
    dialog = window.readout.report_dialog
    assert isinstance(dialog, ImportReportDialog) and dialog.isVisible()
    assert sorted(name for name, _reason in dialog.failed_files()) == ["blank.txt", "scan.txt"]
    assert "3 added" in dialog.summary.text()
    dialog.close()
    window.actions["import_report"].trigger()
    assert window.readout.report_dialog.isVisible()


def test_reasons_are_given_in_chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    try:
        assert reason_text("the file is empty") == "文件是空的"
        assert reason_text("this is a PDF document, not text") == "这是PDF文档，不是文本"
        assert reason_text("Permission denied") == "没有读取权限：无法读取此文件"
        assert reason_text("disk melted") == "无法导入：disk melted"
        assert reason_text("the PDF is encrypted (password protected)") == "PDF 已加密（需要密码）"
        assert reason_text("the PDF has 80 pages, at most 64 can be read") == (
            "PDF 共 80 页，最多读取 64 页"
        )
        assert QCoreApplication.translate("ImportReportDialog", "Reason") == "原因"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_an_import_keeps_the_tree_open_and_the_article_selected(
    qtbot, open_window, library_path, folder
):
    window = open_window(library_path)
    model, view = window.sidebar.model, window.sidebar.view
    last = model.index(model.rowCount() - 1, 0)
    view.expand(last)
    opened_label = last.data().split("  (")[0]
    article_id = window.session.article.id
    job = window.session.import_paths([folder])
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    assert [i.data().split("  (")[0] for i in rows if view.isExpanded(i)].count(opened_label) == 1
    assert window.session.article.id == article_id
    assert view.currentIndex().data(ArticleIdRole) == article_id


def test_every_pdf_refusal_has_a_chinese_reason(qapp):
    """Each PdfError the engine raises reads in Chinese in the report, as its own `zh` says."""
    from reader.ingest.pdf import PdfError, read_pdf
    from tests.ingest.pdf.test_errors import CASES

    translators = install_translators(qapp, "zh_CN")
    try:
        for make, _reason in CASES.values():
            try:
                read_pdf(make(), "page.pdf")
            except PdfError as error:
                shown = reason_text(str(error))
                assert shown == error.zh, (str(error), shown)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_refused_correction_reads_in_chinese(qapp):
    from reader.ui.refusals import refusal_text

    translators = install_translators(qapp, "zh_CN")
    try:
        assert refusal_text("only neighbours on one page can be merged") == (
            "只能合并同一版面上相邻的文章"
        )
        moved = (
            "the PDF is no longer readable at /p/a.pdf (No such file or directory):"
            " import it again from where it is now, then correct it"
        )
        assert refusal_text(moved) == "无法再从 /p/a.pdf 读取 PDF：请从它现在的位置重新导入"
        assert refusal_text("something new") == "未能更正：something new"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
