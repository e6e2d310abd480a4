"""Exporting notes (Ctrl+E): pick a format and a scope, then a file; the store writes the text.

In: the library's tags, the tree's tag (if any), and the open article (id, title and the place
`Scope` of its city and county), any of them missing; the QSettings that remember the format
and whether figures go along. Out: `ExportDialog.choice()` -> (fmt, article_id or None, Scope)
and `with_figures()` (each note also lists the ledger's figures of its passage), the arguments
of `Library.export_notes` (a county scope names its city too, so 济南市's city-wide notes never
mix with 聊城市's), and `write_export(library, path, fmt, article_id, scope, figures)` which
saves exactly the text the store returns, as UTF-8 with no newline translation (CSV keeps its
\r\n, like the command line's export), through a temporary file
renamed over the target: a failed export leaves no half file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.store.scope import EVERYTHING, Scope

FORMATS = (("md", "Markdown (.md)"), ("csv", "CSV (.csv)"), ("json", "JSON (.json)"))
SETTING_FORMAT, SETTING_FIGURES = "export/format", "export/figures"


def write_export(
    library,
    path,
    fmt: str,
    article_id: str | None = None,
    scope: Scope = EVERYTHING,
    figures: bool = False,
) -> Path:
    path = Path(path)
    write_atomically(path, library.export_notes(fmt, article_id, scope, figures))
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
        tags=(),
        tag: str | None = None,
        article_id: str | None = None,
        article_label: str = "",
        place: Scope | None = None,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export notes"))
        self._article_id, self._place, self._settings = article_id, place, settings
        self.format = QComboBox(self)
        for code, label in FORMATS:
            self.format.addItem(label, code)
        self.figures = QCheckBox(self.tr("Include the figures of each noted passage"), self)
        self.figures.setToolTip(
            self.tr("Each note also lists the ledger's figures of the passage it marks.")
        )
        self.all = QRadioButton(self.tr("All notes"), self)
        self.article = QRadioButton(self.tr("This article: %1").replace("%1", article_label), self)
        self.county = QRadioButton(
            self.tr("This county: %1").replace("%1", self._place_name()), self
        )
        self.by_tag = QRadioButton(self.tr("Tag:"), self)
        self.tag = QComboBox(self)
        self.tag.addItems(list(tags))
        if tag:
            self.tag.setCurrentText(tag)
        self.article.setEnabled(article_id is not None)
        self.county.setEnabled(place is not None)
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
        for widget in (self.all, self.article, self.county, self.by_tag, self.tag):
            layout.addWidget(widget)
        layout.addWidget(self.figures)
        layout.addWidget(buttons)
        self._restore()

    def _restore(self) -> None:
        """The format and the figures choice of the last export."""
        if self._settings is None:
            return
        fmt = self.format.findData(str(self._settings.value(SETTING_FORMAT, FORMATS[0][0])))
        self.format.setCurrentIndex(max(fmt, 0))
        self.figures.setChecked(self._settings.value(SETTING_FIGURES, False, type=bool))

    def accept(self) -> None:
        if self._settings is not None:
            self._settings.setValue(SETTING_FORMAT, self.format.currentData())
            self._settings.setValue(SETTING_FIGURES, self.figures.isChecked())
        super().accept()

    def _place_name(self) -> str:
        place = self._place
        if place is None:
            return ""
        if place.placeless:
            return self.tr("no place")
        city_wide = self.tr("city-wide")
        return place.county or f"{place.city or ''} ({city_wide})".strip()

    def choice(self) -> tuple[str, str | None, Scope]:
        """(format, article id or None, scope): what `Library.export_notes` takes."""
        fmt = self.format.currentData()
        if self.article.isChecked():
            return fmt, self._article_id, EVERYTHING
        if self.county.isChecked() and self._place is not None:
            return fmt, None, self._place
        if self.by_tag.isChecked():
            return fmt, None, Scope(tag=self.tag.currentText())
        return fmt, None, EVERYTHING

    def with_figures(self) -> bool:
        return self.figures.isChecked()
