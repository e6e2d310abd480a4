"""Start-up pieces: translations, the error hook, the screenshot command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from reader.cli import main
from reader.resources import bundled_seeds_dir
from reader.ui.app import install_excepthook
from reader.ui.i18n import install_translators, resolve_language, translations_dir

pytestmark = pytest.mark.gui


def test_chinese_is_the_default_and_english_needs_no_file(monkeypatch):
    monkeypatch.delenv("READER_LANG", raising=False)
    assert resolve_language(None) == "zh_CN"
    monkeypatch.setenv("READER_LANG", "en")
    assert resolve_language(None) == "en"


def test_translation_file_loads_offline(qapp):
    translators = install_translators(qapp, "zh_CN")
    try:
        assert translators, f"no reader_zh_CN.qm in {translations_dir()}"
        assert QCoreApplication.translate("Actions", "Quit") == "退出"
        assert QCoreApplication.translate("Sidebar", "By county") == "按区县"
        assert QCoreApplication.translate("TagManager", "Manage tags") == "管理标签"
        assert QCoreApplication.translate("Actions", "Manage tags…") == "管理标签…"
        assert "未变" in QCoreApplication.translate(
            "ImportJob", "Import: %1 added, %2 replaced, %3 unchanged; %n article(s).", None, 2
        )
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Actions", "Quit") == "Quit"


def test_english_says_real_plurals(qapp):
    translators = install_translators(qapp, "en")
    try:
        assert len(translators) == 1
        result = [
            QCoreApplication.translate("SearchDialog", "%n result(s)", None, n) for n in (1, 3)
        ]
        assert result == ["1 result", "3 results"]
        message = "Import: %1 added, %2 replaced, %3 unchanged; %n article(s)."
        assert QCoreApplication.translate("ImportJob", message, None, 1).endswith("; 1 article.")
        assert QCoreApplication.translate("Actions", "Quit") == "Quit"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_file_dialog_speaks_chinese(qapp):
    """Qt's own labels come from qtbase_zh_CN.qm; its "&Look in:" and "Files of &type:" are
    there only without the "&", which MnemonicFallback bridges."""
    translators = install_translators(qapp, "zh_CN")
    try:
        dialog = QFileDialog(None, "导入")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel)]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        plain = " ".join(labels).replace("&", "")
        assert "Look in" not in plain and "Files of type" not in plain
        dialog.deleteLater()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_every_string_is_translated(tmp_path):
    """Every tr()/translate() string in reader/ui is in the .ts, translated: pyside6-lupdate
    on the sources finds nothing the shipped file lacks (after a new string: run lupdate,
    translate it, pyside6-lrelease)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    shipped = Path(translations_dir()) / "reader_zh_CN.ts"
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(shipped, fresh)
    sources = sorted(str(p) for p in (Path(__file__).parents[2] / "reader" / "ui").glob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True
    )
    text = fresh.read_text("utf-8")
    assert 'type="unfinished"' not in text and 'type="vanished"' not in text
    assert 'type="unfinished"' not in shipped.read_text("utf-8")


def test_uncaught_errors_become_a_message(qapp, monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    sys.excepthook(ValueError, ValueError("the library file is damaged"), None)
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert [box.text() for box in boxes] == ["the library file is damaged"]
    for box in boxes:
        box.close()
    assert "ValueError" in capsys.readouterr().err


def test_screenshot_command(qapp, library_path, tmp_path, library):
    out = tmp_path / "shot.png"
    article = library.article_rows()[3]
    assert (
        main(
            [
                "--db",
                str(library_path),
                "screenshot",
                str(out),
                "--article",
                article.id,
                "--size",
                "1000x700",
            ]
        )
        == 0
    )
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 700
    assert main(["--db", str(library_path), "screenshot", str(out), "--article", "nope"]) == 2


def test_reader_without_command_opens_the_window_and_imports_the_samples(
    qtbot, qapp, tmp_path, monkeypatch
):
    from reader.ui import app as app_module
    from reader.ui.window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.delenv("READER_LANG", raising=False)
    seen = {}

    def user(_app):
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        qtbot.waitUntil(
            lambda: window.session.import_job is None and window.session.article is not None,
            timeout=30000,
        )
        seen["title"] = window.windowTitle()
        seen["files"] = window.sidebar.model.rowCount()
        return 0

    monkeypatch.setattr(app_module, "run_event_loop", user)
    assert main(["--db", str(tmp_path / "new.sqlite3")]) == 0
    assert seen["files"] == len(list(bundled_seeds_dir().glob("*.txt")))
    assert "读报" in seen["title"]
    assert QCoreApplication.translate("Actions", "Quit") == "Quit"  # translators removed
