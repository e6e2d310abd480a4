"""The page view and hand corrections from the window, offscreen, on a real library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCursor

from reader.store import Scope
from reader.store.rows import PageLine
from reader.ui.pageview import LEFTOVER_GREY, ArticleIdRole, IsOpenRole, PageModel
from reader.ui.render import block_offsets
from reader.ui.tree_source import CORRECTED_MARK

pytestmark = pytest.mark.gui


def page_rows(library, file_id):
    return library.article_rows(Scope(file_id=file_id))


def open_page_view(window):
    window.actions["page_view"].trigger()
    assert window.page_dock.isVisible()
    return window.page_dock.page


def put_cursor_in_paragraph(window, paragraph):
    """The text cursor at the start of 1-based body paragraph `paragraph`."""
    offset = block_offsets(window.session.article.body)[paragraph - 1]
    cursor = QTextCursor(window.pane.browser.document())
    cursor.setPosition(window.pane.document_position(offset) + 1)
    window.pane.browser.setTextCursor(cursor)


def tree_label(window, article_id):
    index = window.sidebar.model.find_article(window.session.library.article(article_id))
    assert index.isValid()
    return index.data()


def test_page_model_passes_the_model_tester(qtmodeltester, library):
    model = PageModel()
    file_id = library.files()[0].id
    model.set_lines(library.page_lines(file_id), page_rows(library, file_id)[0].id)
    qtmodeltester.check(model, force_py=True)


def test_leftover_lines_are_grey_and_have_no_article():
    model = PageModel()
    model.set_lines(
        [PageLine(1, "标题", "a", 0, "headline"), PageLine(2, "第3版", None, None, "leftover")],
        "a",
    )
    leftover = model.index(1, 0)
    assert leftover.data(Qt.ItemDataRole.ForegroundRole) == QColor(LEFTOVER_GREY)
    assert leftover.data(Qt.ItemDataRole.BackgroundRole) is None
    assert leftover.data(ArticleIdRole) is None
    assert model.index(0, 0).data(IsOpenRole) and not leftover.data(IsOpenRole)


def test_page_view_lists_every_line_once_coloured_by_article(open_window, library_path, library):
    window = open_window(library_path)
    page = open_page_view(window)
    article = window.session.article
    text = library.stored_page(article.file_id).text
    lines = page.model.lines()
    assert [line.number for line in lines] == list(range(1, len(text.splitlines()) + 1))
    assert [line.text for line in lines] == text.splitlines()
    colours: dict[str, set] = {}
    for row, line in enumerate(lines):
        if line.article_id:
            colour = page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
            colours.setdefault(line.article_id, set()).add(colour.name())
    assert set(colours) == {row.id for row in page_rows(library, article.file_id)}
    assert all(len(names) == 1 for names in colours.values())
    first, second = (next(iter(colours[row.id])) for row in page_rows(library, article.file_id)[:2])
    assert first != second
    opened = {
        line.article_id
        for row, line in enumerate(lines)
        if page.model.index(row, 0).data(IsOpenRole)
    }
    assert opened == {article.id}
    assert {line.number for line in lines if line.article_id == article.id} == {
        n for n, _text in article.raw_lines
    }


def test_clicking_a_line_opens_its_article(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    page = open_page_view(window)
    other = page_rows(library, window.session.article.file_id)[1].id
    row = page.model.row_of(other)
    index = page.model.index(row, 0)
    page.view.scrollTo(index)
    with qtbot.waitSignal(window.session.article_opened) as opened:
        qtbot.mouseClick(
            page.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.view.visualRect(index).center(),
        )
    assert opened.args[0].id == other == window.session.article.id
    assert page.model.index(row, 0).data(IsOpenRole)


def test_merge_from_the_menu_then_ctrl_z_restores_both(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    article = window.session.article
    before = page_rows(library, article.file_id)
    second = library.article(before[1].id)
    window.actions["merge_next"].trigger()
    after = page_rows(library, article.file_id)
    assert [row.id for row in after] == [before[0].id, *(row.id for row in before[2:])]
    merged = window.session.article
    assert merged.id == article.id and merged.corrected
    assert second.text.split("\n")[-1] in merged.text
    assert tree_label(window, article.id).endswith(CORRECTED_MARK)
    with qtbot.waitSignal(window.session.article_opened):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [row.id for row in page_rows(library, article.file_id)] == [row.id for row in before]
    assert library.article(second.id).text == second.text
    assert library.corrections() == []
    assert window.session.article.id == article.id and not window.session.article.corrected
    assert not tree_label(window, article.id).endswith(CORRECTED_MARK)
    window.actions["redo"].trigger()
    assert len(page_rows(library, article.file_id)) == len(before) - 1


def test_merge_with_nothing_before_is_refused(open_window, library_path, library):
    window = open_window(library_path)
    assert window.session.article.index == 0
    window.actions["merge_previous"].trigger()
    assert window.session.undo_stack.count() == 0 and library.corrections() == []


def test_split_before_the_cursor_paragraph_then_reopen(
    open_window, library_path, library, settings
):
    window = open_window(library_path)
    article = window.session.article
    assert len(article.body) >= 3
    put_cursor_in_paragraph(window, 3)
    assert window.pane.cursor_paragraph() == 3
    window.actions["split_here"].trigger()
    rows = page_rows(library, article.file_id)
    assert window.session.article.id == article.id
    assert len(window.session.article.body) == 2
    assert rows[1].id != article.id and library.article(rows[1].id).corrected
    assert library.article(rows[1].id).body[0]["text"] == article.body[2]["text"]
    window.close()
    again = open_window(library_path)
    assert again.session.article.id == article.id and len(again.session.article.body) == 2
    assert len(page_rows(again.session.library, article.file_id)) == len(rows)


def test_set_county_from_the_dialog(open_window, library_path, library):
    window = open_window(library_path)
    article = window.session.article
    window.actions["set_county"].trigger()
    dialog = window.session.county_dialog
    counties = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert article.city and counties[0].startswith(article.city)
    choice = next(name for name in counties[1:] if name != article.county)
    dialog.select(choice)
    dialog.accept()
    assert library.article(article.id).county == choice
    assert window.session.article.county == choice
    assert tree_label(window, article.id).endswith(CORRECTED_MARK)
    window.session.undo_stack.undo()
    assert library.article(article.id).county == article.county


def test_kind_from_the_tree_context_menu(open_window, library_path, library):
    window = open_window(library_path)
    row = page_rows(library, window.session.article.file_id)[2]
    index = window.sidebar.model.find_article(row)
    menu = window.sidebar.menu_at(index)
    assert window.session.article.id == row.id
    kinds = [kind for kind in ("news", "brief", "photo") if kind != row.kind]
    action = _find_action(menu, f"kind_{kinds[0]}", window)
    assert _find_action(menu, "split_here", window) is None  # no paragraph in the tree
    action.trigger()
    assert library.article(row.id).kind == kinds[0]
    assert tree_label(window, row.id).endswith(CORRECTED_MARK)
    menu.close()


def test_reading_pane_menu_splits_at_the_click(open_window, library_path, library):
    window = open_window(library_path)
    article = window.session.article
    count = len(page_rows(library, article.file_id))
    browser = window.pane.browser
    offset = block_offsets(article.body)[1]
    cursor = QTextCursor(browser.document())
    cursor.setPosition(window.pane.document_position(offset) + 1)
    point = browser.cursorRect(cursor).center()
    menu = window.pane.menu_at(QPoint(point.x(), point.y()))
    assert window.pane.cursor_paragraph() == 2
    _find_action(menu, "split_here", window).trigger()
    assert len(window.session.article.body) == 1
    assert len(page_rows(library, article.file_id)) == count + 1
    menu.close()


def _find_action(menu, name, window):
    """The corrections submenu's action of that name (by its text in the menu table)."""
    from reader.ui.corrections import menu_rows

    texts = {row[0]: row[1] for row in menu_rows(window.session, lambda: None) if row[0]}
    for action in menu.actions():
        sub = action.menu()
        if sub is not None:
            for inner in sub.actions():
                if inner.text() == texts[name]:
                    return inner
    return None
