"""Article, note and tag text that looks like HTML, in every tooltip and label that shows it:
rich-text tooltips carry it escaped, labels show it as plain text, nothing is rendered."""

from __future__ import annotations

import html

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QInputDialog, QLabel

from reader.store import Library
from reader.ui import actions, prompts
from tests.store.helpers import article, store_page

pytestmark = pytest.mark.gui

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture
def hostile_path(tmp_path):
    path = tmp_path / "hostile.sqlite3"
    with Library(path) as library:
        made = article("h1", f"危险{HOSTILE}标题", f"正文开头{HOSTILE}正文结尾，继续推进。")
        store_page(library, tmp_path / "hostile.txt", [made])
        library.tag_article("h1", f"标签{HOSTILE}")
        library.add_note("h1", f"笔记{HOSTILE}\n第二行")
    return path


def shows_as_text(shown: str) -> None:
    """`shown` is rich text that, rendered, reads as the hostile characters and no image."""
    assert GuiQt.mightBeRichText(HOSTILE) and GuiQt.mightBeRichText(shown)
    assert html.escape(HOSTILE) in shown and HOSTILE not in shown
    document = QTextDocument()
    document.setHtml(shown)
    assert HOSTILE in document.toPlainText()
    assert "<img" not in document.toHtml()


def test_tree_tooltip_escapes_the_title(open_window, hostile_path):
    window = open_window(hostile_path)
    index = window.sidebar.model.find_article(window.session.library.article("h1"))
    assert index.isValid() and HOSTILE in index.data()
    shows_as_text(index.data(Qt.ItemDataRole.ToolTipRole))


def test_note_tooltip_escapes_the_note(open_window, hostile_path):
    window = open_window(hostile_path)
    window.session.open_article("h1")
    model = window.notes_box.model
    assert HOSTILE in model.index(0).data()
    shows_as_text(model.index(0).data(Qt.ItemDataRole.ToolTipRole))


def test_tag_chip_tooltip_escapes_the_tag(open_window, hostile_path):
    window = open_window(hostile_path)
    window.session.open_article("h1")
    [chip] = window.tag_editor.chip_buttons()
    assert HOSTILE in chip.property("tag")  # the chip's own text may be elided
    shows_as_text(chip.toolTip())


def test_note_dialog_label_quotes_the_passage_as_plain_text(open_window, hostile_path, monkeypatch):
    window = open_window(hostile_path)
    window.session.open_article("h1")
    text = window.session.article.text
    start = text.index(HOSTILE) - 2
    window.pane.select_span(start, start + len(HOSTILE) + 4)
    seen = []

    def answer(dialog):
        [label] = dialog.findChildren(QLabel)
        seen.append((label.textFormat(), label.text()))
        return QInputDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", answer)
    actions.ask_note(window.session, window.pane.selected_span())
    [(fmt, label)] = seen
    assert fmt == Qt.TextFormat.PlainText and HOSTILE in label


def test_prompts_show_plain_text(qtbot):
    dialog = prompts.text_dialog(None, "t", HOSTILE)
    qtbot.addWidget(dialog)
    assert [label.textFormat() for label in dialog.findChildren(QLabel)] == [
        Qt.TextFormat.PlainText
    ]
    box = prompts.confirm_box(None, "t", HOSTILE)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == HOSTILE


def test_error_box_shows_plain_text(open_window, hostile_path):
    window = open_window(hostile_path)
    box = actions.show_error(window.session, "t", f"/tmp/{HOSTILE}.txt: refused")
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.close()
