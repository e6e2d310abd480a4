"""Choosing an article by title: the target of an orphaned note's re-attachment.

In: the library. Out: `ArticlePicker`, a title filter over a drop-down of articles;
`offer(file_id, first=(id, label))` lists the open article (if any) first, then the
articles of the page the note came from, or, once the user types, the titles that match
(in SQL, at most `SHOWN`); `article_id()` is the chosen one (None: nothing to choose);
`changed` when the choice changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from reader.store import LibraryError
from reader.store.scope import EVERYTHING, Scope

SHOWN = 200  # titles listed for a typed filter: enough to pick from, never the library


class ArticlePicker(QWidget):
    changed = Signal()

    def __init__(self, library, parent: QWidget | None = None):
        super().__init__(parent)
        self._library = library
        self._file_id: int | None = None
        self._first: tuple[str, str] | None = None
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Find an article by title…"))
        self.filter.setClearButtonEnabled(True)
        self.choice = QComboBox(self)
        self.choice.setMinimumContentsLength(24)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.choice, 1)
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.choice.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def offer(self, file_id: int | None, first: tuple[str, str] | None = None) -> None:
        self._file_id, self._first = file_id, first
        self._fill()

    def article_id(self) -> str | None:
        data = self.choice.currentData()
        return str(data) if data else None

    def _fill(self) -> None:
        typed = self.filter.text().strip()
        shown = [] if typed or self._first is None else [self._first]
        shown += [
            (row.id, self._label(row))
            for row in self._rows(typed)
            if self._first is None or row.id != self._first[0] or typed
        ]
        self.choice.blockSignals(True)
        self.choice.clear()
        for article_id, label in shown:
            self.choice.addItem(label, article_id)
        self.choice.blockSignals(False)
        self.changed.emit()

    def _rows(self, typed: str) -> list:
        """A busy library offers nothing for now; the dialog reports failures on attach."""
        if not typed and self._file_id is None:
            return []
        scope = EVERYTHING if typed else Scope(file_id=self._file_id)
        try:
            return self._library.article_rows(scope, title_filter=typed or None, limit=SHOWN)
        except LibraryError:
            return []

    def _label(self, row) -> str:
        title = row.title or self.tr("(untitled)")
        return " · ".join(part for part in (title, row.county, row.file_name) if part)
