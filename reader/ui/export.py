"""Exporting notes (Ctrl+E): pick a format and a scope, then a file; the store writes the text.

In: the window's current article, its city and county, and tag (any may be missing), the
library's tags. Out: `ExportDialog.choice()` -> (fmt, scope kwargs for `Library.export_notes`;
a county scope names its city too, so 济南市's city-wide notes never mix with 聊城市's), and
`write_export(library, path, fmt, **scope)` which saves exactly the text the store returns,
as UTF-8 with no newline translation (CSV keeps its \r\n, like the command line's export),
through a temporary file renamed over the target: a failed export leaves no half file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

FORMATS = (("md", "Markdown (.md)"), ("csv", "CSV (.csv)"), ("json", "JSON (.json)"))


def write_export(library, path, fmt: str, **scope) -> Path:
    path = Path(path)
    write_atomically(path, library.export_notes(fmt, **scope))
    return path


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` in full or not at all (the old file stays if anything fails)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with open(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class ExportDialog(QDialog):
    def __init__(
        self,
        article_id=None,
        article_label="",
        county=...,
        tags=(),
        tag=None,
        parent: QWidget | None = None,
        city=...,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export notes"))
        self._article_id, self._county, self._city = article_id, county, city
        self.format = QComboBox(self)
        for code, label in FORMATS:
            self.format.addItem(label, code)
        self.all = QRadioButton(self.tr("All notes"), self)
        self.article = QRadioButton(self.tr("This article: %1").replace("%1", article_label), self)
        city_wide = self.tr("city-wide")
        city_name = city if city not in (None, ...) else ""
        county_name = county if county not in (None, ...) else f"{city_name} ({city_wide})".strip()
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
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
            return fmt, {"county": self._county, "city": self._city}
        if self.by_tag.isChecked():
            return fmt, {"tag": self.tag.currentText()}
        return fmt, {}
