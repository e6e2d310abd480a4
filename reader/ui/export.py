"""Exporting notes (Ctrl+E): pick a format and a scope, then a file; the store writes the text.

In: the window's current article, county and tag (any may be missing), the library's tags.
Out: `ExportDialog.choice()` -> (fmt, scope kwargs for `Library.export_notes`), and
`write_export(library, path, fmt, **scope)` which saves the file as UTF-8.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QRadioButton, QVBoxLayout, QWidget)

FORMATS = (("md", "Markdown (.md)"), ("csv", "CSV (.csv)"), ("json", "JSON (.json)"))


def write_export(library, path, fmt: str, **scope) -> Path:
    path = Path(path)
    path.write_text(library.export_notes(fmt, **scope), encoding="utf-8")
    return path


class ExportDialog(QDialog):
    def __init__(self, article_id=None, article_label="", county=..., tags=(), tag=None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export notes"))
        self._article_id, self._county = article_id, county
        self.format = QComboBox(self)
        for code, label in FORMATS:
            self.format.addItem(label, code)
        self.all = QRadioButton(self.tr("All notes"), self)
        self.article = QRadioButton(self.tr("This article: %1").replace("%1", article_label), self)
        county_name = county if county not in (None, ...) else self.tr("city-wide")
        self.county = QRadioButton(self.tr("This county: %1").replace("%1", str(county_name)), self)
        self.by_tag = QRadioButton(self.tr("Tag:"), self)
        self.tag = QComboBox(self)
        self.tag.addItems(list(tags))
        if tag:
            self.tag.setCurrentText(tag)
        self.article.setEnabled(article_id is not None)
        self.county.setEnabled(county is not ...)
        self.by_tag.setEnabled(bool(tags))
        self.tag.setEnabled(bool(tags))
        group = QButtonGroup(self)
        for button in (self.all, self.article, self.county, self.by_tag):
            group.addButton(button)
        self.all.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for widget in (self.all, self.article, self.county, self.by_tag, self.tag, buttons):
            layout.addWidget(widget)

    def choice(self) -> tuple[str, dict]:
        fmt = self.format.currentData()
        if self.article.isChecked():
            return fmt, {"article_id": self._article_id}
        if self.county.isChecked():
            return fmt, {"county": self._county}
        if self.by_tag.isChecked():
            return fmt, {"tag": self.tag.currentText()}
        return fmt, {}
