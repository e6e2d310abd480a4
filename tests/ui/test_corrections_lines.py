"""Line corrections from the window, offscreen on a real library: a headline from a line or
swapped, a line sent to the leftovers and taken back, a split with a headline line, from the
更正 menu's pickers and from the page view's right-click menu; each one Ctrl+Z step. And the
"to check" filter and marks of the tree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.store import Scope
from reader.ui.tree_source import CORRECTED_MARK, DOUBTFUL_MARK
from tests.ui.test_corrections import open_page_view, page_rows, put_cursor_in_paragraph

pytestmark = pytest.mark.gui


def flat(text) -> str:
    return "".join((text or "").split())


def line_of_title(library, article_id) -> int:
    article = library.article(article_id)
    return next(n for n, text in article.raw_lines if flat(text) == flat(article.title))


def pick(window, value) -> None:
    picker = window.session.picker
    values = [
        picker.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(picker.list.count())
    ]
    assert value in values
    picker.select(value)
    picker.accept()


def undo(qtbot, window) -> None:
    with qtbot.waitSignal(window.session.article_opened):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_headline_from_a_line_of_the_page_then_undo(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    article = window.session.article
    donor = page_rows(library, article.file_id)[2].id
    title = library.article(donor).title
    window.actions["headline_line"].trigger()
    pick(window, line_of_title(library, donor))
    assert window.session.article.title == title and window.session.article.corrected
    assert library.article(donor).title is None
    undo(qtbot, window)
    assert library.article(donor).title == title and library.corrections() == []


def test_swap_headlines_from_the_menu(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    article = window.session.article
    other = page_rows(library, article.file_id)[3].id
    titles = article.title, library.article(other).title
    window.actions["swap_headline"].trigger()
    pick(window, other)
    assert (library.article(other).title, window.session.article.title) == titles
    undo(qtbot, window)
    assert (library.article(article.id).title, library.article(other).title) == titles


def test_send_a_line_to_the_leftovers_and_take_it_back(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    article = window.session.article
    number, text = [(n, t) for n, t in article.raw_lines if flat(t) in flat(article.text)][-1]
    window.actions["send_leftover"].trigger()
    pick(window, number)
    assert flat(text) not in flat(window.session.article.text)
    leftovers = [
        line.number for line in library.page_lines(article.file_id) if line.role == "leftover"
    ]
    assert leftovers == [number]
    window.actions["take_leftover"].trigger()
    pick(window, number)
    assert window.session.article.text == article.text
    assert window.session.undo_stack.count() == 2
    undo(qtbot, window)
    undo(qtbot, window)
    assert library.article(article.id).text == article.text and library.corrections() == []


def test_split_with_a_headline_from_the_menu(open_window, library_path, library):
    window = open_window(library_path)
    article = window.session.article
    donor = page_rows(library, article.file_id)[4].id
    title = library.article(donor).title
    put_cursor_in_paragraph(window, 3)
    window.actions["split_headline"].trigger()
    pick(window, line_of_title(library, donor))
    part = library.article(page_rows(library, article.file_id)[1].id)
    assert part.title == title and part.body[0]["text"] == article.body[2]["text"]
    assert len(window.session.article.body) == 2


def test_split_with_a_headline_asks_nothing_in_the_first_paragraph(
    qtbot, open_window, library_path
):
    window = open_window(library_path)
    put_cursor_in_paragraph(window, 1)
    with qtbot.waitSignal(window.session.status) as said:
        window.actions["split_headline"].trigger()
    assert window.session.picker is None and window.session.undo_stack.count() == 0
    assert said.args[0]


def test_page_view_right_click_offers_the_corrections_of_that_line(
    qtbot, open_window, library_path, library
):
    window = open_window(library_path)
    page = open_page_view(window)
    article = window.session.article
    lines = page.model.lines()
    body = next(ln for ln in reversed(lines) if ln.article_id == article.id and ln.role == "body")
    index = page.model.index(lines.index(body), 0)
    page.view.scrollTo(index)
    assert page.line_at(page.view.visualRect(index).center()) == body  # what a right click asks
    menu = window.page_dock.line_menu(body)
    names = {action.objectName() for action in menu.actions()}
    assert {"headline", "leftover", "split", "split_headline"} <= names and "take" not in names
    next(a for a in menu.actions() if a.objectName() == "leftover").trigger()
    [left] = [ln for ln in page.model.lines() if ln.role == "leftover"]
    assert left.number == body.number
    menu = window.page_dock.line_menu(left)
    assert {a.objectName() for a in menu.actions()} == {"headline", "take"}
    next(a for a in menu.actions() if a.objectName() == "take").trigger()
    assert not [ln for ln in page.model.lines() if ln.role == "leftover"]
    assert window.session.article.text == article.text


def test_page_view_makes_another_articles_headline_line_the_open_ones(
    open_window, library_path, library
):
    window = open_window(library_path)
    page = open_page_view(window)
    article = window.session.article
    donor = page_rows(library, article.file_id)[5].id
    number = line_of_title(library, donor)
    [line] = [ln for ln in page.model.lines() if ln.number == number]
    assert line.role == "headline" and line.article_id == donor
    menu = window.page_dock.line_menu(line)
    assert {a.objectName() for a in menu.actions()} == {"headline"}
    menu.actions()[0].trigger()
    assert window.session.article.title == library.article(article.id).title
    assert library.article(donor).title is None
    opened = [ln for ln in page.model.lines() if ln.number == number]
    assert opened[0].article_id == article.id and opened[0].role == "headline"


def test_to_check_filter_shows_only_flagged_articles_with_their_marks(
    open_window, library_path, library
):
    window = open_window(library_path)
    window.actions["kind_brief"].trigger()  # one corrected article
    flagged = {row.id for row in library.article_rows(Scope(to_check=True))}
    doubtful = {row.id for row in library.article_rows(Scope(to_check=True)) if not row.corrected}
    assert window.session.article.id in flagged and doubtful
    window.actions["to_check"].trigger()
    assert window.actions["to_check"].isChecked() and window.sidebar.scope().to_check
    shown = tree_articles(window.sidebar.model)
    assert set(shown) == flagged
    assert shown[window.session.article.id].endswith(CORRECTED_MARK)
    assert all(shown[article_id].endswith(DOUBTFUL_MARK) for article_id in doubtful)
    window.actions["to_check"].trigger()
    assert len(tree_articles(window.sidebar.model)) == len(library.article_rows())


def tree_articles(model) -> dict[str, str]:
    """{article id: its label} of every article in the tree, every group opened."""
    found, pending = {}, [model.index(row, 0) for row in range(model.rowCount())]
    while pending:
        index = pending.pop()
        while model.canFetchMore(index):
            model.fetchMore(index)
        article_id = model.article_id(index)
        if article_id:
            found[article_id] = index.data()
        pending += [model.index(row, 0, index) for row in range(model.rowCount(index))]
    return found
