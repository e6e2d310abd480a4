"""Tag chips for the open article, an editor that completes from tags in use, and suggestions.

In: the article's tags, every tag name in the library, suggested tags (from the store).
Out: `tag_added(name)` and `tag_removed(name)`; the window saves them through the store.
`chip_buttons()` and `suggestion_buttons()` are the buttons shown, in order, each with its
tag name in the `tag` property (the window reads the suggestions it shows; tests click chips).
A long name is elided to `CHIP_MAX_EM` characters, so a chip never widens the panel.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from reader.ui.flow import FlowLayout

CHIP_MAX_EM = 10  # a longer tag name is elided in its chip (whole in the tooltip)


class TagEditor(QWidget):
    tag_added = Signal(str)
    tag_removed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._tags: list[str] = []
        self._chips = QWidget(self)
        self._chip_layout = FlowLayout(self._chips)
        self._suggested = QWidget(self)
        self._suggested_layout = FlowLayout(self._suggested)
        self.editor = QLineEdit(self)
        self.editor.setPlaceholderText(self.tr("Add a tag…"))
        self.editor.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.editor.setCompleter(completer)
        self.editor.returnPressed.connect(self._add_typed)
        self._suggest_label = QLabel(self.tr("Suggested:"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._chips)
        layout.addWidget(self.editor)
        layout.addWidget(self._suggest_label)
        layout.addWidget(self._suggested)
        layout.addStretch(1)
        self.set_suggestions([])

    @property
    def tags(self) -> list[str]:
        return list(self._tags)

    def set_tags(self, tags) -> None:
        self._tags = list(tags)
        self._chip_layout.clear()
        for name in self._tags:
            chip = QToolButton(self._chips)
            chip.setText(f"{self._elided(name)}  ✕")
            chip.setToolTip(
                "<p>"
                + html.escape(self.tr("Remove the tag “%1”")).replace("%1", html.escape(name))
                + "</p>"
            )
            chip.setProperty("tag", name)
            chip.clicked.connect(lambda _=False, n=name: self.tag_removed.emit(n))
            self._chip_layout.addWidget(chip)
        self._chips.updateGeometry()

    def set_completions(self, names) -> None:
        self._names.setStringList(list(names))

    def set_suggestions(self, names) -> None:
        self._suggested_layout.clear()
        names = [n for n in names if n not in self._tags]
        for name in names:
            button = QToolButton(self._suggested)
            button.setText(f"+ {self._elided(name)}")
            button.setToolTip("<p>" + html.escape(name) + "</p>")
            button.setAutoRaise(True)
            button.setProperty("tag", name)
            button.clicked.connect(lambda _=False, n=name: self.tag_added.emit(n))
            self._suggested_layout.addWidget(button)
        self._suggest_label.setVisible(bool(names))
        self._suggested.setVisible(bool(names))

    def _elided(self, name: str) -> str:
        metrics = QFontMetrics(self.font())
        width = metrics.horizontalAdvance("中") * CHIP_MAX_EM
        return metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)

    def chip_buttons(self) -> list[QToolButton]:
        return _widgets(self._chip_layout)

    def suggestion_buttons(self) -> list[QToolButton]:
        return _widgets(self._suggested_layout)

    def _add_typed(self) -> None:
        name = self.editor.text().strip()
        if name:
            self.editor.clear()
            self.tag_added.emit(name)


def _widgets(layout: FlowLayout) -> list:
    return [layout.itemAt(i).widget() for i in range(layout.count())]
