"""The real window, offscreen, on a real temporary library (the sample pages)."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.importing import import_paths
from reader.resources import bundled_seeds_dir
from reader.store import Library, Scope
from reader.ui import actions
from reader.ui.render import block_offsets, figure_tooltip
from reader.ui.tree_model import ArticleIdRole

pytestmark = pytest.mark.gui

HOSTILE_IMG = "<img src=x onerror=alert(1)>"
HOSTILE_A = '<a href="http://example.com/">点我</a>'


def article_with_figures(library):
    for row in library.article_rows():
        detail = library.article(row.id)
        if len(detail.figures) >= 2:
            return detail
    raise AssertionError("the sample pages have no article with figures")


def char_format(window, offset):
    cursor = QTextCursor(window.pane.browser.document())
    cursor.setPosition(window.pane.document_position(offset) + 1)
    return cursor.charFormat()


def click_article(qtbot, window, detail):
    sidebar = window.sidebar
    index = sidebar.model.find_article(detail)
    assert index.isValid()
    parent = index.parent()
    while parent.isValid():
        sidebar.view.expand(parent)
        parent = parent.parent()
    sidebar.view.scrollTo(index)
    rect = sidebar.view.visualRect(index)
    qtbot.mouseClick(sidebar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_tree_shows_sample_files_and_counties(open_window, library_path, library):
    window = open_window(library_path)
    model = window.sidebar.model
    files = library.files()
    assert {f.name for f in files} == {p.name for p in bundled_seeds_dir().glob("*.txt")}
    top = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert [label.split("  (")[0] for label in top] == [f.name for f in files]
    first = model.index(0, 0)
    window.sidebar.view.expand(first)
    shown = [model.index(row, 0, first).data() for row in range(model.rowCount(first))]
    for county in library.counties(Scope(file_id=files[0].id)):
        assert any((county.county or county.city) in label for label in shown)


def test_grouping_switches_to_counties(open_window, library_path, library):
    window = open_window(library_path)
    window.actions["group_county"].trigger()
    model = window.sidebar.model
    rows = library.counties()
    cities = {row.city for row in rows if row.city}
    # several cities: one node per city, then the counties of no city
    assert model.rowCount() == len(cities) + sum(1 for row in rows if row.city is None)
    assert window.sidebar.grouping.currentData() == "county"


def test_clicking_an_article_shows_title_and_highlighted_figures(
    qtbot, open_window, library_path, library
):
    window = open_window(library_path)
    detail = article_with_figures(library)
    click_article(qtbot, window, detail)
    assert window.session.article.id == detail.id
    shown = window.pane.browser.toPlainText()
    assert (detail.title or "") in shown
    offsets = block_offsets(detail.body)
    for figure in detail.figures:
        start = offsets[figure["block"]] + figure["start"]
        fmt = char_format(window, start)
        assert fmt.background().color().alpha() > 0
        assert fmt.toolTip() == figure_tooltip(figure, window.pane.labels())
        position = window.pane.document_position(start)
        assert window.pane.browser.tooltip_at(position) == fmt.toolTip()
    assert window.sidebar.view.currentIndex().data(ArticleIdRole) == detail.id


def test_tags_and_notes_persist_in_a_new_window(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    detail = article_with_figures(library)
    assert window.session.open_article(detail.id)
    window.tag_editor.editor.insert("核实")  # QTest types ASCII only
    qtbot.keyClick(window.tag_editor.editor, Qt.Key.Key_Return)
    assert "核实" in window.tag_editor.tags
    quote_start = len(detail.body[0]["text"]) // 3
    window.pane.select_span(quote_start, quote_start + 6)
    span = window.pane.selected_span()
    assert span is not None and span[2] == detail.text[quote_start : quote_start + 6].strip()
    window.session.add_note("数字要再核对", span)
    assert [n.text for n in window.notes_box.model.notes()] == ["数字要再核对"]
    assert char_format(window, span[0]).fontUnderline()
    window.close()

    again = open_window(library_path)
    assert again.session.article.id == detail.id
    assert "核实" in again.tag_editor.tags
    notes = again.notes_box.model.notes()
    assert [(n.text, n.quote, n.start) for n in notes] == [("数字要再核对", span[2], span[0])]
    with Library(library_path) as other:
        assert "核实" in other.article(detail.id).tags


def test_note_edit_delete_and_undo(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    detail = article_with_figures(library)
    window.session.open_article(detail.id)
    window.session.add_note("第一稿")
    note = window.notes_box.model.notes()[0]
    window.session.edit_note(note, "第二稿")
    assert [n.text for n in library.notes(detail.id)] == ["第二稿"]
    window.session.delete_note(window.notes_box.model.notes()[0])
    assert library.notes(detail.id) == [] and window.notes_box.model.rowCount() == 0
    window.actions["undo"].trigger()
    assert [n.text for n in library.notes(detail.id)] == ["第二稿"]
    window.session.undo_stack.undo()
    assert [n.text for n in library.notes(detail.id)] == ["第一稿"]
    window.session.undo_stack.redo()
    window.session.undo_stack.redo()
    assert library.notes(detail.id) == []


def test_removing_a_tag_chip(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    detail = article_with_figures(library)
    library.tag_article(detail.id, "甲", "乙")
    window.session.open_article(detail.id)
    assert "#甲" in window.sidebar.filter.completer().model().stringList()
    chip = next(b for b in window.tag_editor.chip_buttons() if b.property("tag") == "甲")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert library.article(detail.id).tags == ["乙"]


def test_search_opens_the_right_article(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    titled = [row for row in library.article_rows() if library.article(row.id).title]
    target = max(titled, key=lambda row: len(row.title))
    query = target.title.split()[-1]
    expected = library.search(query)[0]
    window.actions["find"].trigger()
    dialog = window.session.search_dialog
    assert dialog.scope.is_everything
    dialog.query.insert(query)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.session.article.id == expected.article_id
    html = window.pane.browser.toHtml()
    assert "font-weight:700" in html or "font-weight:600" in html


def test_search_can_be_narrowed_to_the_current_county(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    detail = next(library.article(r.id) for r in library.article_rows() if r.county)
    window.session.open_article(detail.id)
    window.actions["find"].trigger()
    dialog = window.session.search_dialog
    assert dialog.scope.is_everything and dialog.narrow.isVisible()
    qtbot.mouseClick(dialog.narrow, Qt.MouseButton.LeftButton)
    assert [field for field, _text in dialog.scope.parts()] == ["file_id", "city", "county"]
    assert [b.property("field") for b in dialog.chips.buttons()] == ["file_id", "city", "county"]
    dialog.query.setText(detail.county)
    dialog.run_search()
    assert dialog.model.hits()
    assert all(hit.county == detail.county for hit in dialog.model.hits())


def hostile_page(folder):
    lines = (bundled_seeds_dir() / "000_4238dc173f1c1006.txt").read_text("utf-8").splitlines()
    lines[3] = lines[3][:4] + HOSTILE_IMG + lines[3][4:]
    lines[5] = lines[5][:4] + HOSTILE_A + lines[5][4:]
    path = folder / "hostile.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def test_dropped_file_is_imported_and_html_shows_as_text(
    qtbot, open_window, library_path, tmp_path
):
    window = open_window(library_path)
    path = hostile_page(tmp_path)
    drop(window, [path])
    job = window.session.import_job
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    model = window.sidebar.model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert any(name.startswith("hostile.txt") for name in names)
    hostile = next(
        r
        for r in window.session.library.article_rows()
        if r.file_name == "hostile.txt" and HOSTILE_IMG in window.session.library.article(r.id).text
    )
    window.session.open_article(hostile.id)
    browser = window.pane.browser
    assert HOSTILE_IMG in browser.toPlainText() and HOSTILE_A in browser.toPlainText()
    html = browser.toHtml()
    assert "<img" not in html and 'href="http' not in html
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            assert (
                not iterator.fragment().charFormat().isAnchor()
                or not iterator.fragment().charFormat().anchorHref()
            )
            iterator += 1
        block = block.next()


def test_first_run_imports_the_sample_pages(qtbot, open_window, tmp_path):
    window = open_window(tmp_path / "empty.sqlite3")
    assert window.session.library.is_empty() and window.session.article is None
    job = window.session.import_seeds_if_empty()
    with qtbot.waitSignal(job.finished, timeout=30000):
        pass
    assert window.sidebar.model.rowCount() == len(list(bundled_seeds_dir().glob("*.txt")))
    assert window.session.article is not None


def test_import_can_be_cancelled(qtbot, open_window, tmp_path):
    window = open_window(tmp_path / "empty.sqlite3")
    folder = tmp_path / "pages"
    shutil.copytree(bundled_seeds_dir(), folder)
    job = window.session.import_paths([folder])
    job.cancel()
    with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
        pass
    report = blocker.args[0]
    assert report.cancelled
    assert not report.errors
    kept = window.session.library.files()
    assert len(kept) == len(report.imported) < len(list(folder.glob("*.txt")))


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_export_in_each_format(open_window, library_path, library, tmp_path, fmt):
    window = open_window(library_path)
    detail = article_with_figures(library)
    window.session.open_article(detail.id)
    window.session.add_note("导出这条笔记")
    choices = [(None, Scope()), (detail.id, Scope()), (None, Scope(county=detail.county))]
    for number, (article_id, scope) in enumerate(choices):
        out = tmp_path / f"notes-{number}.{fmt}"
        assert actions.export_to(window.session, out, fmt, article_id, scope)
        text = out.read_text("utf-8")
        assert "导出这条笔记" in text
    if fmt == "json":
        assert json.loads(text)
    if fmt == "csv":
        assert len(list(csv.reader(io.StringIO(text)))) >= 2


def test_raw_lines_beside_and_instead(open_window, library_path, library):
    window = open_window(library_path)
    detail = article_with_figures(library)
    window.session.open_article(detail.id)
    window.actions["mode_beside"].trigger()
    assert window.pane.source.isVisible() and window.pane.browser.isVisible()
    assert detail.raw_lines[0][1].strip() in window.pane.source.toPlainText()
    window.actions["mode_raw"].trigger()
    assert window.pane.source.isVisible() and not window.pane.browser.isVisible()
    window.actions["mode_clean"].trigger()
    assert not window.pane.source.isVisible()


def test_zoom_shortcuts(qtbot, open_window, library_path):
    window = open_window(library_path)
    assert QKeySequence("Ctrl+=") in window.actions["zoom_in"].shortcuts()
    assert QKeySequence("Ctrl+-") in window.actions["zoom_out"].shortcuts()
    size = window.pane.browser.font().pointSizeF()
    window.actions["zoom_in"].trigger()
    window.actions["zoom_in"].trigger()
    assert window.pane.browser.font().pointSizeF() == size + 2
    window.actions["zoom_out"].trigger()
    assert window.pane.zoom == 1


def test_filter_field_narrows_the_tree(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    word = library.article_rows()[0].title[:2]
    window.sidebar.filter.insert(word)
    qtbot.waitUntil(
        lambda: (
            window.sidebar.model.rowCount() <= len(library.files())
            and window.sidebar.model.filter.title == word
        )
    )
    model = window.sidebar.model
    total = sum(
        int(model.index(r, 0).data().rsplit("(", 1)[1].rstrip(")")) for r in range(model.rowCount())
    )
    assert total == library.count_articles(title_filter=word)


def test_window_state_is_remembered(open_window, library_path, library, settings):
    window = open_window(library_path)
    detail = library.article(library.article_rows()[5].id)
    window.session.open_article(detail.id)
    window.splitter.setSizes([200, 600, 300])
    sizes = window.splitter.sizes()
    window.close()
    assert settings.value("reading/last_article") == detail.id
    again = open_window(library_path)
    assert again.session.article.id == detail.id
    # the offscreen screen is 800 px wide: the window is clamped, the middle pane gives way
    assert again.splitter.sizes()[0] == sizes[0] and again.splitter.sizes()[2] == sizes[2]


def test_orphaned_notes_dialog_opens(open_window, library_path):
    window = open_window(library_path)
    dialog = actions.show_orphans(window.session)
    assert dialog.list.count() == 0 and not dialog.delete.isEnabled()
    dialog.close()


def test_suggested_tags_arrive_and_can_be_added(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    detail = article_with_figures(library)
    window.session.open_article(detail.id)
    qtbot.waitUntil(lambda: bool(window.tag_editor.suggestion_buttons()), timeout=20000)
    button = window.tag_editor.suggestion_buttons()[0]
    name = button.property("tag")
    assert name in library.suggested_tags(detail.id)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert name in library.article(detail.id).tags


def test_orphaned_note_is_reattached(qtbot, open_window, tmp_path):
    seeds = sorted(bundled_seeds_dir().glob("*.txt"))
    page = tmp_path / "page.txt"
    page.write_bytes(seeds[0].read_bytes())
    with Library(tmp_path / "lib.sqlite3") as library:
        import_paths(library, [page])
        article = library.article(library.article_rows()[0].id)
        quote = article.text[20:32]
        library.add_note(article.id, "孤儿笔记", quote=quote, start=20)
        page.write_bytes(seeds[2].read_bytes())
        report = import_paths(library, [page])
        assert sum(o.orphaned_notes for o in report.imported) == 1
    window = open_window(tmp_path / "lib.sqlite3")
    dialog = actions.show_orphans(window.session)
    assert dialog.list.count() == 1 and dialog.attach.isEnabled()
    dialog.attach_current()
    assert dialog.list.count() == 0
    assert [n.text for n in window.notes_box.model.notes()] == ["孤儿笔记"]
    dialog.close()


def test_export_dialog_scopes(open_window, library_path, library):
    from reader.ui.export import ExportDialog

    window = open_window(library_path)
    detail = article_with_figures(library)
    place = Scope(city=detail.city, county=detail.county)
    dialog = ExportDialog(["甲"], None, detail.id, "t", place, window)
    dialog.format.setCurrentIndex(1)
    assert dialog.choice() == ("csv", None, Scope())
    dialog.article.setChecked(True)
    assert dialog.choice() == ("csv", detail.id, Scope())
    dialog.county.setChecked(True)
    assert dialog.choice() == ("csv", None, place)
    dialog.by_tag.setChecked(True)
    assert dialog.choice() == ("csv", None, Scope(tag="甲"))
    dialog.close()


def test_a_refused_note_shows_a_message_and_leaves_no_undo_step(open_window, library_path, library):
    window = open_window(library_path)
    detail = article_with_figures(library)
    window.session.open_article(detail.id)
    window.session.add_note("引文不在文中", (0, 4, "这句话不在文章里"))
    assert window.statusBar().currentMessage()
    assert window.session.undo_stack.count() == 0 and library.notes(detail.id) == []
