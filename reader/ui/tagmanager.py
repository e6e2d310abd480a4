"""Managing the library's tags (编辑 ▸ 管理标签…): each tag with its counts; rename, merge, delete.

In: the library (its `tags`, `rename_tag`, `delete_tag`). Out: the store changed, then
`changed()` so the window re-reads its tree and tag chips; a step the store refuses emits
`failed(message)`. Renaming onto a tag that exists merges the two (the user is asked first);
deleting asks first. `rename`/`delete` do the step without asking (the buttons ask, then call
them), so tests drive them directly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.store import LibraryError
from reader.ui import prompts

COLUMNS = 4  # name, articles, notes, total


class TagManager(QDialog):
    changed = Signal()
    failed = Signal(str)

    def __init__(self, library, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Manage tags"))
        self._library = library
        self._names: list[str] = []
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tag"), self.tr("Articles"), self.tr("Notes"), self.tr("Total")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.rename_button = QPushButton(self.tr("Rename…"), self)
        self.rename_button.setToolTip(self.tr("Renaming onto an existing tag merges the two"))
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.table, self.status, buttons):
            layout.addWidget(widget)
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.failed.connect(self.status.setText)
        self.resize(440, 420)
        self.reload()

    def names(self) -> list[str]:
        return list(self._names)

    def reload(self, select: str | None = None) -> None:
        try:
            rows = self._library.tags()
        except LibraryError as error:
            rows = []
            self.failed.emit(str(error))
        self._names = [row.name for row in rows]
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (row.name, row.article_count, row.note_count, row.count)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(number, column, item)
        if select in self._names:
            self.table.selectRow(self._names.index(select))
        elif self._names:
            self.table.selectRow(0)
        self._update_buttons()

    def current_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self._names[rows[0].row()] if rows else None

    def select(self, name: str) -> None:
        if name in self._names:
            self.table.selectRow(self._names.index(name))

    def rename(self, old: str, new: str) -> bool:
        """Rename `old` to `new` (merging if `new` exists); False if refused or no change."""
        new = new.strip()
        if not new or new == old:
            return False
        return self._change(self._library.rename_tag, (old, new), new)

    def delete(self, name: str) -> bool:
        return self._change(self._library.delete_tag, (name,), None)

    def ask_rename(self) -> None:
        old = self.current_name()
        if old is None:
            return
        new = prompts.ask_text(
            self,
            self.tr("Rename tag"),
            self.tr("New name for “%1”:").replace("%1", old),
            old,
            multi_line=False,
        )
        if new is None or not new.strip() or new.strip() == old:
            return
        if new.strip() in self._names and not prompts.confirm(
            self,
            self.tr("Merge tags"),
            self.tr("“%1” exists already. Merge “%2” into it?")
            .replace("%1", new.strip())
            .replace("%2", old),
        ):
            return
        self.rename(old, new)

    def ask_delete(self) -> None:
        name = self.current_name()
        if name is None:
            return
        if prompts.confirm(
            self,
            self.tr("Delete tag"),
            self.tr("Remove the tag “%1” from every article and note?").replace("%1", name),
        ):
            self.delete(name)

    def _change(self, step, args, select) -> bool:
        try:
            step(*args)
        except LibraryError as error:
            self.failed.emit(str(error))
            return False
        self.status.clear()
        self.reload(select)
        self.changed.emit()
        return True

    def _update_buttons(self) -> None:
        chosen = self.current_name() is not None
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
