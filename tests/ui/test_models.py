"""Every custom model of the window passes the Python model tester (force_py: the C++ one
misses off-by-one errors), filled, then
emptied and refilled under the tester's watch. The tree has its own tests in test_tree_model."""

from __future__ import annotations

import pytest

from reader.ui.notes import NotesModel
from reader.ui.search import SearchResultsModel

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]


def test_notes_model(qtmodeltester, library):
    rows = library.article_rows(limit=2)
    library.add_note(rows[0].id, "第一条")
    library.add_note(rows[0].id, "第二条\n两行")
    model = NotesModel()
    model.set_notes(library.notes(rows[0].id))
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    model.set_notes([])  # the tester stays connected and checks the resets
    model.set_notes(library.notes(rows[0].id))
    assert model.rowCount() == 2


def test_search_results_model(qtmodeltester, library):
    model = SearchResultsModel()
    hits = library.search("聊城")
    assert hits
    model.set_hits(hits)
    assert model.rowCount() == len(hits)
    qtmodeltester.check(model, force_py=True)
    model.set_hits([])
    model.set_hits(hits[:1])
    assert model.rowCount() == 1
