"""Export notes (Ctrl+E) with the figures of each noted passage: a box in the dialog, checked
or not, remembered for the next export, and the file says so."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from reader.store.ledger import Narrowing
from reader.ui import actions

pytestmark = pytest.mark.gui


def noted_figure(qtbot, window):
    """A note on the sentence of a money figure, written as the reading pane writes it."""
    library = window.session.library
    figure = library.figures(narrowing=Narrowing(kind="money"), limit=1)[0]
    window.session.open_article(figure.article_id)
    text = window.session.article.text
    span = (figure.sentence_start, figure.sentence_end)
    window.session.add_note("记下这个数", (*span, text[span[0] : span[1]]))
    qtbot.waitUntil(lambda: len(window.session.notes) == 1)
    return figure


def export(qtbot, window, path, figures: bool | None = None):
    """Ctrl+E's dialog: this article, JSON, the box clicked if it is not as wanted; Save."""
    dialog = actions.export_dialog(window.session, window.settings)
    dialog.article.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    remembered = dialog.figures.isChecked()
    if figures is not None and figures != remembered:
        qtbot.mouseClick(dialog.figures, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert actions.save_notes(window.session, dialog, str(path))
    dialog.deleteLater()
    notes = json.loads(path.read_text(encoding="utf-8"))["notes"]
    assert [note["note"] for note in notes] == ["记下这个数"]
    return remembered, notes[0]


def test_the_figures_of_a_noted_passage_go_along_when_checked(
    qtbot, open_window, library_path, tmp_path
):
    window = open_window(library_path)
    figure = noted_figure(qtbot, window)

    remembered, note = export(qtbot, window, tmp_path / "plain.json")
    assert not remembered and "figures" not in note

    _, note = export(qtbot, window, tmp_path / "figures.json", figures=True)
    assert figure.printed in [found["printed"] for found in note["figures"]]
    shown = next(found["shown"] for found in note["figures"] if found["printed"] == figure.printed)
    assert shown == figure.shown

    remembered, note = export(qtbot, window, tmp_path / "again.json")
    assert remembered and figure.printed in [found["printed"] for found in note["figures"]]

    remembered, note = export(qtbot, window, tmp_path / "unchecked.json", figures=False)
    assert remembered and "figures" not in note
    assert not actions.export_dialog(window.session, window.settings).figures.isChecked()


def test_the_format_is_remembered_too(qtbot, open_window, library_path, tmp_path):
    window = open_window(library_path)
    noted_figure(qtbot, window)
    export(qtbot, window, tmp_path / "notes.json")
    dialog = actions.export_dialog(window.session, window.settings)
    assert dialog.choice()[0] == "json"
    dialog.deleteLater()
