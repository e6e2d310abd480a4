"""Opening a library of an older schema in the window: a progress dialog while the upgrade
rewrites rows (before the main window exists, so nothing else waits on the event loop), and
the status-bar line naming the backup it kept.

    UpgradeProgress()        the progress callback `Library(progress=...)` takes; close() after
    backup_message(path)     the status line for a library upgraded on opening
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog


def step_name(step: str) -> str:
    """The store's name of an upgrade step, in the window's language."""
    names = {
        "articles": QCoreApplication.translate("Upgrade", "articles"),
        "search index": QCoreApplication.translate("Upgrade", "search index"),
        "figures": QCoreApplication.translate("Upgrade", "figures"),
        "pages": QCoreApplication.translate("Upgrade", "pages"),
        "compacting": QCoreApplication.translate("Upgrade", "compacting the file"),
    }
    return names.get(step, step)


class UpgradeProgress:
    def __init__(self):
        self.dialog: QProgressDialog | None = None

    def __call__(self, done: int, total: int, step: str) -> None:
        if self.dialog is None:
            self.dialog = QProgressDialog()
            self.dialog.setWindowTitle("reader")
            self.dialog.setCancelButton(None)  # a migration runs to its end or not at all
            self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.dialog.setMinimumDuration(0)
        self.dialog.setLabelText(
            QCoreApplication.translate("Upgrade", "Upgrading the library: %1").replace(
                "%1", step_name(step)
            )
        )
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(done)
        QApplication.processEvents()  # the dialog paints while the upgrade holds this thread

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


def backup_message(path) -> str:
    message = QCoreApplication.translate(
        "Upgrade", "The library was upgraded; the old file is kept as %1"
    )
    return message.replace("%1", str(path))
