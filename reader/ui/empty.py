"""Empty states: a list with nothing in it says why, and what to do.

In: an item view (a QListView or QTreeView) and a text. Out: `EmptyHint(view)`, a centred,
word-wrapped label over the view's viewport, shown while its model has no rows and a text is
set (`set_text`; "" hides it for good). It follows the model (rows in, rows out, resets).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 12


class EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: str = ""):
        super().__init__(view)
        self._view = view
        self.label = QLabel(text, view.viewport())
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setEnabled(False)  # drawn in the palette's muted text colour
        model = view.model()
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)
        self.update()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update()

    @property
    def shown(self) -> bool:
        return not self.label.isHidden()

    def update(self, *_args) -> None:
        empty = self._view.model().rowCount() == 0
        self.label.setVisible(empty and bool(self.label.text()))
        self._place()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        rect = self._view.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self.label.setGeometry(rect)
