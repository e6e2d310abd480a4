"""Orphaned notes (their passage vanished when a page was re-imported): re-attach or delete.

In: the library, the article open in the window (offered first as the target for
re-attaching; with none open, or to choose another, the `ArticlePicker` lists the articles of
the note's page, or those whose title matches what the user types) and the window's undo
stack. Out: calls `reattach_note` on the store, pushes a `DeleteNote` (the notes
panel's own undoable command) to delete, and emits `changed` after each; a step the store
refuses (busy, read-only) emits `failed(message)` instead of raising.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.store import LibraryError
from reader.ui.article_picker import ArticlePicker
from reader.ui.notes import DeleteNote


class OrphansDialog(QDialog):
    changed = Signal()
    failed = Signal(str)

    def __init__(
        self,
        library,
        article_id=None,
        article_label="",
        parent: QWidget | None = None,
        undo_stack: QUndoStack | None = None,
        report=None,
    ):
        """`report(message)` tells the user of a refused step even after the dialog closed
        (an undo later on); without it the dialog's `failed` signal is the only channel."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Orphaned notes"))
        self._library = library
        self._undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._report = report or self._failed_if_open
        self._notes: dict = {}
        self.info = QLabel(
            self.tr("These notes lost their passage when their page was imported again."), self
        )
        self.info.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.picker = ArticlePicker(library, self)
        self._open = (article_id, article_label or "…") if article_id is not None else None
        self.attach = QPushButton(self.tr("Attach to the chosen article"), self)
        self.delete = QPushButton(self.tr("Delete"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.attach, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.info, self.list, QLabel(self.tr("Attach to:"), self), self.picker):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.attach.clicked.connect(self.attach_current)
        self.list.currentRowChanged.connect(lambda _row: self._offer_targets())
        self.picker.changed.connect(self._enable)
        self.delete.clicked.connect(self.delete_current)
        self.resize(520, 400)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        try:
            orphans = self._library.orphaned_notes()
        except LibraryError as error:
            orphans = []
            self.failed.emit(str(error))
        self._notes = {note.id: note for note in orphans}
        for note in orphans:
            where = " · ".join(p for p in (note.file_name, note.title) if p)
            quote = f"“{note.quote}”\n" if note.quote else ""
            item = QListWidgetItem(f"{quote}{note.text}\n({where})")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._offer_targets()

    def _offer_targets(self) -> None:
        """The open article first, then the articles of the page the note came from."""
        note = self._notes.get(self._current_id())
        self.picker.offer(note.file_id if note is not None else None, self._open)
        self._enable()

    def _enable(self) -> None:
        has = self._current_id() is not None
        self.attach.setEnabled(has and self.picker.article_id() is not None)
        self.delete.setEnabled(has)

    def _current_id(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def attach_current(self) -> None:
        note_id, target = self._current_id(), self.picker.article_id()
        if note_id is None or target is None:
            return
        try:
            self._library.reattach_note(note_id, target)
        except LibraryError as error:
            self.failed.emit(str(error))
            return
        self._after_change()

    def delete_current(self) -> None:
        """Delete the selected note as one step of the undo stack (Ctrl+Z brings it back)."""
        note = self._notes.get(self._current_id())
        if note is not None:
            self._undo_stack.push(
                DeleteNote(self._library, self._after_change_if_open, self._report, note)
            )

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    # The undo stack outlives this dialog: an undo after it closed must not touch it.
    def _after_change_if_open(self) -> None:
        if shiboken6.isValid(self):
            self._after_change()

    def _failed_if_open(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.failed.emit(message)
