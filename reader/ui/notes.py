"""The notes of the open article: a list model, the panel around it, and undoable commands.

In: `Note` rows from the store. Out: `NotesModel` for a QListView; `NotesBox` emits
`add_requested`, `edit_requested(note)`, `delete_requested(note)`, `note_activated(note)`,
`tags_edited(note, names)` (the tag field under the list, for the current note);
`AddNote`/`EditNote`/`DeleteNote` are QUndoCommands that save through the store at once and
call `changed()` so the window can redraw (or `failed(message)` if the store refuses).
Undo never touches a row it did not write: undoing an add deletes the note only while it
is still the one added (same id, text and creation time); undoing a delete puts the note
back under its id only while that id is free (ids are never reused by the store).
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.store import LibraryError

QUOTE_CHARS = 24
_TAG_SEPARATORS = re.compile(r"[,，、#]")
NoteRole = Qt.ItemDataRole.UserRole + 1


class NotesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._notes: list = []
        self._labels: list[str] = []
        self._tooltips: list[str] = []

    def set_notes(self, notes) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self._labels = [_label(note) for note in self._notes]
        self._tooltips = [_tooltip(note) for note in self._notes]
        self.endResetModel()

    def notes(self) -> list:
        return list(self._notes)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltips[index.row()]
        if role == NoteRole:
            return self._notes[index.row()]
        return None


def _label(note) -> str:
    quote = (note.quote or "").replace("\n", " ")
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS] + "…"
    label = f"“{quote}”\n{note.text}" if quote else note.text
    tags = getattr(note, "tags", None) or []
    return label + "\n" + " ".join(f"#{name}" for name in tags) if tags else label


def split_tags(text: str) -> list[str]:
    """'政策, 医保 #民生' -> ['政策', '医保', '民生']: commas, 、 and # separate tag names."""
    names = (" ".join(part.split()) for part in _TAG_SEPARATORS.split(text))
    return list(dict.fromkeys(name for name in names if name))


def _tooltip(note) -> str:
    """The whole note as a rich-text tooltip (wrapped), its own markup shown as characters."""
    return "<p>" + html.escape(note.text).replace("\n", "<br/>") + "</p>"


class NotesBox(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    note_activated = Signal(object)
    tags_edited = Signal(object, list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = NotesModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.setToolTip(self.tr("Select a passage in the text, then add a note on it"))
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.tag_field = QLineEdit(self)
        self.tag_field.setPlaceholderText(self.tr("Tags of the selected note (a, b), Enter"))
        self.tag_field.setClearButtonEnabled(True)
        self._tag_names = QStringListModel(self)
        self.tag_field.setCompleter(QCompleter(self._tag_names, self))
        self.tag_field.returnPressed.connect(self._tags_entered)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.tag_field)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit_current(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_current(self.delete_requested))
        self.view.doubleClicked.connect(
            lambda index: self.edit_requested.emit(index.data(NoteRole))
        )
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self._current_changed(QModelIndex())

    def set_notes(self, notes) -> None:
        """Show the notes, keeping the same note (by id) current if it is still there."""
        current = self.current_note()
        self.model.set_notes(notes)
        rows = [n.id for n in self.model.notes()]
        if current is not None and current.id in rows:
            self.view.setCurrentIndex(self.model.index(rows.index(current.id)))
        else:
            self._current_changed(QModelIndex())

    def set_tag_names(self, names) -> None:
        self._tag_names.setStringList(list(names))

    def _tags_entered(self) -> None:
        note = self.current_note()
        if note is not None:
            self.tags_edited.emit(note, split_tags(self.tag_field.text()))

    def set_can_add(self, article_open: bool, has_selection: bool) -> None:
        """Enable adding on an open article; name the selected passage as its anchor."""
        self.add_button.setEnabled(article_open)
        if has_selection and article_open:
            self.add_button.setText(self.tr("Add note on selection"))
            self.add_button.setToolTip(self.tr("Add a note anchored to the selected passage"))
        else:
            self.add_button.setText(self.tr("Add note"))
            self.add_button.setToolTip(
                self.tr("Select a passage in the text, then add a note on it")
            )

    def current_note(self):
        index = self.view.currentIndex()
        return index.data(NoteRole) if index.isValid() else None

    def _emit_current(self, signal) -> None:
        note = self.current_note()
        if note is not None:
            signal.emit(note)

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        self.edit_button.setEnabled(index.isValid())
        self.delete_button.setEnabled(index.isValid())
        self.tag_field.setEnabled(index.isValid())
        note = index.data(NoteRole) if index.isValid() else None
        self.tag_field.setText(", ".join(note.tags) if note is not None else "")
        if index.isValid():
            self.note_activated.emit(index.data(NoteRole))


class _NoteCommand(QUndoCommand):
    """A store change that can be undone. A step the store refuses (LibraryError: a read-only
    or busy library) marks the command obsolete, so the stack drops it, and the error goes to
    `failed(message)`; exceptions never cross the C++ undo stack."""

    def __init__(self, library, changed, failed, text: str):
        super().__init__(text)
        self._library = library
        self._changed = changed
        self._failed = failed

    def redo(self) -> None:
        self._attempt(self._do)

    def undo(self) -> None:
        self._attempt(self._undo)

    def _attempt(self, step) -> None:
        try:
            step()
        except LibraryError as error:
            self.setObsolete(True)
            self._failed(str(error))
            return
        self._changed()

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class AddNote(_NoteCommand):
    def __init__(self, library, changed, failed, article_id, text, quote=None, start=None):
        super().__init__(library, changed, failed, QCoreApplication.translate("Notes", "Add note"))
        self._args = (article_id, text, quote, start)
        self.note = None

    def _do(self) -> None:
        if self.note is None:
            article_id, text, quote, start = self._args
            self.note = self._library.add_note(article_id, text, quote=quote, start=start)
        else:
            self.note = self._library.restore_note(self.note)

    def _undo(self) -> None:
        self.note = self._library.delete_note(self.note.id, expected=self.note)


class EditNote(_NoteCommand):
    def __init__(self, library, changed, failed, note, new_text: str):
        super().__init__(library, changed, failed, QCoreApplication.translate("Notes", "Edit note"))
        self._id, self._old, self._new = note.id, note.text, new_text

    def _do(self) -> None:
        self._library.update_note(self._id, self._new)

    def _undo(self) -> None:
        self._library.update_note(self._id, self._old)


class DeleteNote(_NoteCommand):
    def __init__(self, library, changed, failed, note):
        super().__init__(
            library, changed, failed, QCoreApplication.translate("Notes", "Delete note")
        )
        self.note = note

    def _do(self) -> None:
        self.note = self._library.delete_note(self.note.id, expected=self.note)

    def _undo(self) -> None:
        self.note = self._library.restore_note(self.note)
