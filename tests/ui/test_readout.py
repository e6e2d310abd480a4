"""The status bar and the empty states of the real window: articles at the tree position,
notes on the open article, the selection; what to do when there is nothing to show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.store import Library
from reader.ui.tree_model import ArticleIdRole

pytestmark = pytest.mark.gui


def test_the_status_bar_counts_scope_notes_and_selection(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    info = window.readout.info
    model, view = window.sidebar.model, window.sidebar.view
    top = model.index(0, 0)
    view.setCurrentIndex(top)
    scope = window.sidebar.scope()
    assert info.scope_label.text().startswith(f"{library.count_articles(scope)} article(s) in ")
    assert not window.session.notes
    assert info.notes_label.text().startswith("No notes yet")
    assert window.readout.notes_hint.shown
    window.session.add_note("一条")
    qtbot.waitUntil(lambda: info.notes_label.text() == "1 note(s) on this article")
    assert not window.readout.notes_hint.shown
    cursor = window.pane.browser.textCursor()
    cursor.setPosition(window.pane.document_position(0))
    cursor.movePosition(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, 6)
    window.pane.browser.setTextCursor(cursor)
    quote = window.pane.selected_span()[2]
    assert quote and info.selection_label.text() == f"{len(quote)} character(s) selected"
    cursor.clearSelection()
    window.pane.browser.setTextCursor(cursor)
    assert info.selection_label.text() == ""


def test_an_empty_library_says_what_to_do_and_the_first_import_says_it_runs(
    qtbot, open_window, tmp_path
):
    Library(tmp_path / "empty.sqlite3").close()
    window = open_window(tmp_path / "empty.sqlite3")
    hint = window.readout.tree_hint
    assert hint.shown and "Import" in hint.label.text()
    assert window.readout.info.scope_label.text() == "0 article(s) in the library"
    assert not window.actions["add_note"].isEnabled()
    job = window.session.import_seeds_if_empty()
    window.readout.importing_first_pages()
    assert hint.shown and "Importing the sample pages" in hint.label.text()
    with qtbot.waitSignal(job.finished, timeout=120000):
        pass
    assert not hint.shown and window.sidebar.model.rowCount() > 0
    assert window.session.article is not None
    assert window.sidebar.view.currentIndex().data(ArticleIdRole) == window.session.article.id
    assert window.actions["add_note"].isEnabled()


def test_no_results_say_what_to_try(qtbot, open_window, library_path):
    window = open_window(library_path)
    window.actions["find"].trigger()
    dialog = window.session.search_dialog
    dialog.query.setFocus()
    assert dialog.results_hint.shown and "whole library" in dialog.results_hint.label.text()
    dialog.query.setText("龘龘龘")
    dialog.run_search()
    assert dialog.results_hint.shown and "fewer words" in dialog.results_hint.label.text()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # nothing to move to: the query keeps focus
    assert dialog.focusWidget() is dialog.query
