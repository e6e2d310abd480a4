"""Re-importing the page being read, through the real window: the same story stays open where
it was, its panels follow it, the tree keeps its open groups; if it vanished the window says
so and offers nothing that would do nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from reader.importing import import_paths
from reader.resources import bundled_seeds_dir
from reader.store import Library, Scope
from reader.ui import actions
from reader.ui.tree_model import ArticleIdRole

pytestmark = pytest.mark.gui
SEEDS = sorted(bundled_seeds_dir().glob("*.txt"))


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def reimport(qtbot, window, path):
    drop(window, [path])
    job = window.session.import_job
    with qtbot.waitSignal(job.finished, timeout=60000):
        pass


@pytest.fixture
def reading(tmp_path, open_window, qtbot):
    """A window on a library of two pages, reading the longest article of `page.txt`,
    scrolled half-way, tagged, with a note, and the other page's group open."""
    page, other = tmp_path / "page.txt", tmp_path / "other.txt"
    page.write_bytes(SEEDS[0].read_bytes())
    other.write_bytes(SEEDS[1].read_bytes())
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        import_paths(library, [page, other])
        page_id = next(f.id for f in library.files() if f.name == "page.txt")
        rows = library.article_rows(Scope(file_id=page_id))
        longest = max((library.article(r.id) for r in rows), key=lambda d: len(d.text))
        library.tag_article(longest.id, "读着")
    window = open_window(path)
    window.resize(1000, 650)
    assert window.session.open_article(longest.id)
    library = window.session.library
    window.session.add_note("读到这里", (10, 20, longest.text[10:20]))
    qtbot.waitUntil(lambda: len(window.session.notes) == 1)
    model, view = window.sidebar.model, window.sidebar.view
    other_row = next(
        row for row in range(model.rowCount()) if "other.txt" in model.index(row, 0).data()
    )
    view.expand(model.index(other_row, 0))
    bar = window.pane.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    return window, library, page, longest


def edited_page(page, detail) -> None:
    """The page with one character of the article's body changed: a new id, the same story."""
    lines = page.read_text("utf-8").split("\n")
    body = max((text for _no, text in detail.raw_lines), key=len)
    at = lines.index(body)
    lines[at] = body[:5] + ("甲" if body[5] != "甲" else "乙") + body[6:]
    page.write_text("\n".join(lines), encoding="utf-8")


def expanded_labels(window) -> set[str]:
    model, view = window.sidebar.model, window.sidebar.view
    return {
        model.index(row, 0).data().split("  (")[0]
        for row in range(model.rowCount())
        if view.isExpanded(model.index(row, 0))
    }


def test_the_same_story_stays_open_where_it_was(qtbot, reading):
    window, _library, page, before = reading
    position = window.pane.browser.verticalScrollBar().value()
    assert position > 0
    edited_page(page, before)
    reimport(qtbot, window, page)
    after = window.session.article
    assert after is not None and after.id != before.id
    assert (after.file_id, after.index, after.title) == (before.file_id, before.index, before.title)
    assert window.pane.browser.verticalScrollBar().value() == position
    assert window.tag_editor.tags == ["读着"]
    assert [n.text for n in window.notes_box.model.notes()] == ["读到这里"]
    assert window.sidebar.view.currentIndex().data(ArticleIdRole) == after.id
    assert {"other.txt", "page.txt"} <= expanded_labels(window)
    assert window.notes_box.add_button.isEnabled() and window.actions["add_note"].isEnabled()
    assert window.settings.value("reading/last_article") == after.id


def test_a_vanished_article_is_said_and_nothing_idle_is_offered(qtbot, reading):
    window, library, page, before = reading
    page.write_bytes(SEEDS[2].read_bytes())  # another page under the same name: all new
    reimport(qtbot, window, page)
    assert window.session.article is None
    assert "no longer on its page" in window.pane.browser.toPlainText()
    assert window.tag_editor.tags == []
    assert window.notes_box.model.rowCount() == 0
    assert not window.notes_box.add_button.isEnabled()
    assert not window.actions["add_note"].isEnabled()
    assert "other.txt" in expanded_labels(window)
    with pytest.raises(Exception, match=before.id):
        library.article(before.id)


def test_an_orphan_is_reattached_with_no_article_open(qtbot, reading):
    """The vanished article's note is orphaned; with nothing open, the orphans dialog offers
    the articles of the note's page and attaches it to the one picked."""
    window, library, page, _before = reading
    page.write_bytes(SEEDS[2].read_bytes())
    reimport(qtbot, window, page)
    assert window.session.article is None
    [orphan] = [n for n in library.orphaned_notes() if n.text == "读到这里"]
    dialog = actions.show_orphans(window.session)
    row = next(r for r in range(dialog.list.count()) if "读到这里" in dialog.list.item(r).text())
    dialog.list.setCurrentRow(row)
    offered = [dialog.picker.choice.itemData(i) for i in range(dialog.picker.choice.count())]
    on_page = [r.id for r in library.article_rows(Scope(file_id=orphan.file_id))]
    assert offered == on_page and dialog.attach.isEnabled()
    dialog.picker.choice.setCurrentIndex(len(offered) - 1)
    qtbot.mouseClick(dialog.attach, Qt.MouseButton.LeftButton)
    assert [n.text for n in library.notes(offered[-1])] == ["读到这里"]
    assert orphan.id not in {n.id for n in library.orphaned_notes()}


def test_the_picker_finds_any_article_by_title(qtbot, reading):
    window, library, _page, before = reading
    dialog = actions.show_orphans(window.session)
    assert dialog.picker.choice.itemData(0) == before.id  # the open article first
    other = next(r for r in library.article_rows() if r.title and r.file_id != before.file_id)
    dialog.picker.filter.setText(other.title)
    offered = [dialog.picker.choice.itemData(i) for i in range(dialog.picker.choice.count())]
    assert other.id in offered
