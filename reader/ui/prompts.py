"""Small modal questions: a line or a few lines of text, a yes/no confirmation.

In: a parent widget and the words to show. Out: what the user answered (None or False when
they cancelled). Every label is plain text: these dialogs quote passages and tag names, which
a QLabel left on AutoText would render as HTML (an `<img src=…>` in the passage).
`text_dialog` and `confirm_box` build the dialogs without running them, for tests.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget


def text_dialog(
    parent: QWidget | None, title: str, label: str, text: str = "", multi_line: bool = True
) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    if multi_line:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)
    return dialog


def ask_text(
    parent: QWidget | None, title: str, label: str, text: str = "", multi_line: bool = True
) -> str | None:
    """The text the user typed, or None if they cancelled."""
    dialog = text_dialog(parent, title, label, text, multi_line)
    try:
        return dialog.textValue() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def confirm_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = confirm_box(parent, title, text)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()
