"""The import report: every file an import could not take, and why, in the window's language.

In: an `ImportReport` (`reader.importing`). Out: `ImportReportDialog(report, parent)`, a
summary line (`report_message`) over a table of the failed files (name, folder, reason);
each reason in the window's language (`reader.ui.reasons`).
The status bar and File ▸ Import report… open it; it stays until the next import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.importer import report_message
from reader.ui.reasons import reason_text


class ImportReportDialog(QDialog):
    def __init__(self, report, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.summary = QLabel(report_message(report), self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(report.errors), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Reason"), self.tr("Folder")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        for row, (path, reason) in enumerate(report.errors):
            for column, text in enumerate(
                (Path(path).name, reason_text(reason), str(Path(path).parent))
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(path if column != 1 else reason)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.setVisible(bool(report.errors))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def failed_files(self) -> list[tuple[str, str]]:
        """(file name, reason) as shown, row by row."""
        return [
            (self.table.item(row, 0).text(), self.table.item(row, 1).text())
            for row in range(self.table.rowCount())
        ]
