"""A scope shown as removable chips: "聊城市 ×" "东阿县 ×" "#信访 ×".

In: a `Scope` (`set_scope`). Out: `removed(field)` when the user clicks a chip's ×; the owner
narrows with `scope.without(field)` and shows the new scope. With nothing narrowing it the
row says what is searched instead ("the whole library").
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from reader.store.scope import Scope


class ScopeChips(QWidget):
    removed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("In:"), self)
        self.everything = QLabel(self.tr("the whole library"), self)
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self.everything)
        self._layout.addStretch(1)
        self._buttons: list[QToolButton] = []

    def set_scope(self, scope: Scope) -> None:
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        parts = scope.parts(self.tr("city-wide"), self.tr("no place"), self.tr("to check"))
        self._buttons = [self._chip(field, text) for field, text in parts]
        for position, button in enumerate(self._buttons, start=1):
            self._layout.insertWidget(position, button)
        self.everything.setVisible(not parts)

    def buttons(self) -> list[QToolButton]:
        return list(self._buttons)

    def _chip(self, field: str, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(f"{text}  ×")
        button.setToolTip(self.tr("Search beyond %1").replace("%1", text))
        button.setProperty("field", field)
        button.setAutoRaise(False)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False, f=field: self.removed.emit(f))
        return button
