"""A library of an older schema opened in the window: a progress dialog while it upgrades,
then the status bar names the backup kept."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QProgressDialog

from reader.cli import main
from reader.ui.upgrade import UpgradeProgress, step_name

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "libraries"


def test_the_dialog_shows_each_step_and_closes(qapp):
    progress = UpgradeProgress()
    progress(3, 10, "pages")
    dialog = progress.dialog
    assert isinstance(dialog, QProgressDialog) and dialog.isVisible()
    assert (dialog.value(), dialog.maximum()) == (3, 10)
    assert step_name("pages") in dialog.labelText()
    progress(7, 7, "figures")
    assert dialog.maximum() == 7 and step_name("figures") in dialog.labelText()
    progress.close()
    assert progress.dialog is None


def test_opening_an_old_library_upgrades_it_and_names_the_backup(
    qtbot, qapp, tmp_path, monkeypatch
):
    from reader.ui import app as app_module
    from reader.ui.window import MainWindow

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v13.sqlite3", path)
    seen = {}

    def user(_app):
        window = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        seen["status"] = window.statusBar().currentMessage()
        seen["dialogs"] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        return 0

    monkeypatch.setattr(app_module, "run_event_loop", user)
    assert main(["--db", str(path)]) == 0
    [backup] = tmp_path.glob("library.v13-backup-*.sqlite3")
    assert str(backup) in seen["status"]
    assert seen["dialogs"] == []
