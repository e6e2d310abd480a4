"""The panels around the text, through the real window: a small window keeps a readable
column (the panels give way, a long tag chip is elided), a note gets tags in the notes panel
(counted by the tag manager), and the tree filter opens its groups down to the matches."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reader.ui.panels import PANEL_MIN, fit_sizes, text_column_min
from reader.ui.tagmanager import TagManager
from reader.ui.tree_model import ArticleIdRole, NodeKindRole

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("sizes", "text_min", "expected"),
    [
        ([300, 700, 280], 500, [300, 700, 280]),  # wide enough: the user's arrangement stays
        ([300, 400, 300], 500, [250, 500, 250]),  # both panels give a share
        ([180, 400, 420], 500, [180, 500, 320]),  # only the one above the minimum gives
        ([250, 320, 250], 500, [0, 570, 250]),  # not enough at the minimum: the tree collapses
        ([300, 300, 300], 600, [0, 600, 300]),
        ([200, 200, 200], 500, [0, 600, 0]),  # then the side panel too
    ],
)
def test_fit_sizes(sizes, text_min, expected):
    fitted = fit_sizes(sizes, text_min, (PANEL_MIN, PANEL_MIN))
    assert fitted == expected and sum(fitted) == sum(sizes)


LONG_TAG = "一个非常非常长的标签名字" * 6


def test_a_small_window_keeps_a_readable_column(qtbot, open_window, library_path):
    window = open_window(library_path)
    window.splitter.setSizes([400, 300, 400])  # as a user may have left it in a big window
    window.resize(1000, 650)
    browser = window.pane.browser
    qtbot.waitUntil(lambda: browser.width() >= text_column_min(browser) - 2)
    tree, _text, side = window.splitter.sizes()
    assert tree > 0 and side > 0  # at 1000 px both panels still show
    side_width = window.side_splitter.width()
    assert window.session.add_tag(LONG_TAG)
    chip = next(c for c in window.tag_editor.chip_buttons() if c.property("tag") == LONG_TAG)
    assert chip.text().endswith("✕") and "…" in chip.text()
    assert chip.width() < side_width
    qtbot.wait(10)
    assert window.side_splitter.width() == side_width  # the long chip did not widen the panel
    window.resize(760, 600)
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == 0)
    assert browser.width() >= text_column_min(browser) - 2
    window.actions["filter"].trigger()  # Ctrl+L: the folded tree comes back for the filter
    assert window.splitter.sizes()[0] >= PANEL_MIN
    assert window.sidebar.filter.isVisible()


def test_a_note_is_tagged_in_the_notes_panel(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    article = window.session.article
    window.session.add_note("值得引用的一段", (0, 6, article.text[:6]))
    box = window.notes_box
    assert not box.tag_field.isEnabled()  # no note selected yet
    box.view.setCurrentIndex(box.model.index(0))
    assert box.tag_field.isEnabled() and box.tag_field.text() == ""
    box.tag_field.setText("政策，民生 #引用")  # typed (keyClicks sends Latin keys only)
    qtbot.keyClick(box.tag_field, Qt.Key.Key_Return)
    note = library.notes(article.id)[0]
    assert sorted(note.tags) == ["引用", "政策", "民生"]
    assert "#政策" in box.model.index(0).data()
    assert box.current_note().id == note.id and "民生" in box.tag_field.text()
    box.tag_field.setText("引用")
    qtbot.keyClick(box.tag_field, Qt.Key.Key_Return)
    assert library.notes(article.id)[0].tags == ["引用"]
    manager = TagManager(library, window)
    qtbot.addWidget(manager)
    counts = {row.name: (row.article_count, row.note_count) for row in library.tags()}
    assert counts["引用"] == (0, 1) and "政策" not in counts


def shown_articles(view, model, parent=QModelIndex()) -> set[str]:
    """Article ids whose rows are visible: every group above them is expanded."""
    found = set()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(NodeKindRole) == "article":
            found.add(index.data(ArticleIdRole))
        elif view.isExpanded(index):
            found |= shown_articles(view, model, index)
    return found


@pytest.mark.parametrize("grouping", ["file", "county"])
def test_the_filter_shows_the_matching_articles(
    qtbot, open_window, library_path, library, grouping
):
    window = open_window(library_path)
    window.sidebar.set_grouping(grouping)
    rows = library.article_rows()
    word = next(
        r.title[:2]
        for r in rows
        if r.title and library.count_articles(title_filter=r.title[:2]) > 1
    )
    window.sidebar.filter.setText(word)
    window.sidebar.apply_filter()
    matching = {r.id for r in library.article_rows(title_filter=word)}
    assert shown_articles(window.sidebar.view, window.sidebar.model) == matching
    assert len(matching) < len(rows)
