"""Orphaned notes (their passage vanished when a page was re-imported): re-attach or delete.

In: the library and the article open in the window (the target for re-attaching).
Out: calls `reattach_note` / `delete_note` on the store and emits `changed` after each.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)


class OrphansDialog(QDialog):
    changed = Signal()

    def __init__(self, library, article_id=None, article_label="", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Orphaned notes"))
        self._library = library
        self._article_id = article_id
        self.info = QLabel(self.tr("These notes lost their passage when their page was "
                                   "imported again."), self)
        self.info.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        label = self.tr("Attach to “%1”").replace("%1", article_label or "…")
        self.attach = QPushButton(label, self)
        self.attach.setEnabled(article_id is not None)
        self.delete = QPushButton(self.tr("Delete"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.attach, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.info, self.list, buttons):
            layout.addWidget(widget)
        self.attach.clicked.connect(self.attach_current)
        self.delete.clicked.connect(self.delete_current)
        self.resize(520, 400)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for note in self._library.orphaned_notes():
            where = " · ".join(p for p in (note.file_name, note.title) if p)
            quote = f"“{note.quote}”\n" if note.quote else ""
            item = QListWidgetItem(f"{quote}{note.text}\n({where})")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        self.attach.setEnabled(has and self._article_id is not None)
        self.delete.setEnabled(has)

    def _current_id(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def attach_current(self) -> None:
        note_id = self._current_id()
        if note_id is not None and self._article_id is not None:
            self._library.reattach_note(note_id, self._article_id)
            self.reload()
            self.changed.emit()

    def delete_current(self) -> None:
        note_id = self._current_id()
        if note_id is not None:
            self._library.delete_note(note_id)
            self.reload()
            self.changed.emit()
