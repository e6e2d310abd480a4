"""Reading day to day, through the real window on a real library: next/previous in the
tree's order (keys, toolbar), the reading position kept in the library across a restart,
copy with citation, print and save as PDF."""

from __future__ import annotations

import pytest
from pdfminer.high_level import extract_text
from pdfminer.pdfpage import PDFPage
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from reader.store import Scope
from reader.ui import menus, reading_actions
from reader.ui.citation import MARKDOWN_MIME
from reader.ui.render import display_title
from reader.ui.tree_model import ArticleIdRole, NodeKindRole

pytestmark = pytest.mark.gui


def tree_order(model) -> list[str]:
    """Every article id in the order the tree shows them (groups opened depth first)."""
    found = []

    def walk(parent):
        while model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(NodeKindRole) == "article":
                found.append(index.data(ArticleIdRole))
            else:
                walk(index)

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return found


def long_article(library):
    return max((library.article(r.id) for r in library.article_rows()), key=lambda a: len(a.text))


def test_next_and_previous_follow_the_tree_across_groups(qtbot, open_window, library_path):
    window = open_window(library_path)
    order = tree_order(window.sidebar.model)
    assert window.session.open_article(order[0])
    seen = [order[0]]
    while window.actions["next"].isEnabled() and len(seen) < len(order):
        window.actions["next"].trigger()
        seen.append(window.session.article.id)
    assert seen == order  # every article once, files and counties crossed in order
    assert not window.navigator.step(1)  # past the last one: nothing moves
    assert window.session.article.id == order[-1]
    window.actions["previous"].trigger()
    assert window.session.article.id == order[-2]
    assert window.sidebar.view.currentIndex().data(ArticleIdRole) == order[-2]


def test_keys_and_toolbar_move_between_articles(qtbot, open_window, library_path):
    window = open_window(library_path)
    window.sidebar.set_grouping("county")  # a city level above the counties
    order = tree_order(window.sidebar.model)
    assert window.session.open_article(order[3])
    window.pane.browser.setFocus()
    qtbot.keyClick(window.pane.browser, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.session.article.id == order[4]
    qtbot.keyClick(window.pane.browser, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.session.article.id == order[3]
    bar = window.findChild(QToolBar, "reading_toolbar")
    button = bar.widgetForAction(window.actions["next"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.session.article.id == order[4]


def test_the_reading_position_survives_leaving_and_a_restart(
    qtbot, open_window, library_path, library
):
    window = open_window(library_path)
    window.resize(900, 500)
    detail = long_article(library)
    assert window.session.open_article(detail.id)
    bar = window.pane.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    offset = window.pane.top_offset()
    assert 0 < offset < len(detail.text)
    window.navigator.step(1)
    assert library.reading_position(detail.id) == offset
    assert window.session.open_article(detail.id)
    assert abs(window.pane.top_offset() - offset) <= 40  # the same line at the top
    assert bar.value() > 0
    bar.setValue(bar.maximum() // 3)
    last = window.pane.top_offset()
    window.close()  # closing saves the open article's place
    assert library.reading_position(detail.id) == last
    again = open_window(library_path)
    assert again.session.article.id == detail.id
    qtbot.waitUntil(lambda: again.pane.browser.verticalScrollBar().value() > 0)
    assert abs(again.pane.top_offset() - last) <= 40


def test_a_search_hit_wins_over_the_saved_position(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    detail = long_article(library)
    library.set_reading_position(detail.id, len(detail.text) - 5)
    first_words = detail.text[:4]
    assert window.session.open_article(detail.id, [first_words])
    assert window.pane.top_offset() < len(detail.text) // 2


def test_copy_with_citation_puts_text_and_markdown(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    detail = next(
        library.article(r.id)
        for r in library.article_rows()
        if library.article(r.id).byline and library.article(r.id).county
    )
    assert window.session.open_article(detail.id)
    passage = detail.text[2:30]
    window.pane.select_span(2, 30)
    window.pane.browser.setFocus()
    qtbot.keyClick(
        window.pane.browser,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    data = QApplication.clipboard().mimeData()
    plain = data.text()
    markdown = bytes(data.data(MARKDOWN_MIME)).decode("utf-8")
    title = detail.headline or display_title(detail.title, detail.text)
    for text in (plain, markdown):
        for part in (detail.byline, detail.county, detail.file_name.replace("_", "\\_")):
            assert part in text or part.replace("\\_", "_") in text
        assert title in text
    assert plain.startswith(f"“{passage}”\n——")
    assert markdown.startswith("> ") and "\n>\n> ——" in markdown
    assert passage.splitlines()[0] in markdown


def test_save_the_article_as_pdf(qtbot, open_window, library_path, library, tmp_path):
    window = open_window(library_path)
    detail = long_article(library)
    assert window.session.open_article(detail.id)
    out = tmp_path / "article.pdf"
    assert reading_actions.save_pdf(window.session, menus.window_views(window), False, str(out))
    assert not (tmp_path / "article.pdf.part").exists()
    with out.open("rb") as handle:
        assert len(list(PDFPage.get_pages(handle))) >= 1
    text = "".join(extract_text(str(out)).split())
    title = "".join(display_title(detail.title, detail.text).split())
    assert title[-8:] in text  # pdfminer may place a wrapped line's quote mark elsewhere
    assert "".join(detail.text.split())[:20] in text


def test_save_the_county_in_view_as_pdf(qtbot, open_window, library_path, library, tmp_path):
    window = open_window(library_path)
    county = max(library.counties(), key=lambda row: row.article_count if row.county else 0)
    scope = Scope(city=county.city, county=county.county)
    window.session.set_scope(scope)
    out = tmp_path / "county.pdf"
    assert reading_actions.save_pdf(window.session, menus.window_views(window), True, str(out))
    rows = library.article_rows(scope)
    with out.open("rb") as handle:
        assert len(list(PDFPage.get_pages(handle))) >= len(rows) > 1  # one article a page
    text = "".join(extract_text(str(out)).split())
    for row in rows:
        assert "".join(display_title(row.title, None).split())[:6] in text
    other = next(r for r in library.article_rows() if r.county != county.county)
    assert window.session.scope == scope
    assert "".join((other.title or "x" * 30).split()) not in text


@pytest.mark.parametrize(
    ("fields", "quote", "plain", "markdown"),
    [
        (
            {"byline": "记者 张三", "county": "东阿县", "city": "聊城市"},
            "一段*原文*",
            "“一段*原文*”\n——记者 张三，《标题》，聊城市东阿县，a_1.txt",
            "> 一段\\*原文\\*\n>\n> ——记者 张三，《标题》，聊城市东阿县，a\\_1.txt",
        ),
        (  # no byline, city-wide: the parts that are known, in the same order
            {"byline": None, "county": None, "city": "聊城市"},
            "第一行\n第二行",
            "“第一行\n第二行”\n——《标题》，聊城市，a_1.txt",
            "> 第一行\n> 第二行\n>\n> ——《标题》，聊城市，a\\_1.txt",
        ),
        (  # nothing selected: the source line alone
            {"byline": "记者 张三", "county": None, "city": None},
            None,
            "记者 张三，《标题》，a_1.txt",
            "记者 张三，《标题》，a\\_1.txt",
        ),
    ],
)
def test_citation_texts(fields, quote, plain, markdown):
    from types import SimpleNamespace

    from reader.ui.citation import citation_texts

    article = SimpleNamespace(
        headline="标题", title="标题", text="正文", file_name="a_1.txt", **fields
    )
    assert citation_texts(article, quote) == (plain, markdown)


def test_a_read_only_library_reads_on_without_saving_places(qtbot, settings, library_path):
    from reader.store import Library
    from reader.ui.window import MainWindow

    with Library(library_path) as writable:
        detail = long_article(writable)
        saved = len(detail.text) // 2
        writable.set_reading_position(detail.id, saved)
    library = Library(library_path, read_only=True)
    window = MainWindow(library, settings, library_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.session.open_article(detail.id)
    bar = window.pane.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: window.pane.top_offset() > 0)  # the saved place is still read
    bar = window.pane.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert window.navigator.step(1)
    messages = []
    window.session.status.connect(messages.append)
    window.close()
    library.close()
    with Library(library_path) as again:
        assert again.reading_position(detail.id) == saved
    assert messages == []


def test_the_citation_leaves_its_plain_text_on_the_clipboard_at_quit(qapp):
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QGuiApplication

    from reader.ui.citation import MARKDOWN_MIME, release_clipboard

    data = QMimeData()
    data.setText("“引文” 记者 张三")
    data.setData(MARKDOWN_MIME, "> 引文".encode())
    QGuiApplication.clipboard().setMimeData(data)
    release_clipboard()
    kept = QGuiApplication.clipboard().mimeData()
    assert kept.text() == "“引文” 记者 张三"
    assert not kept.hasFormat(MARKDOWN_MIME)
