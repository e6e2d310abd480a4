"""The sidebar filter (title or tag), the first article shown, the note button following the
selection, and orphaned notes deleted as an undoable step."""

from __future__ import annotations

import sqlite3

import pytest

from reader.importing import import_paths
from reader.store import Library, LibraryError
from reader.ui import actions
from reader.ui.tree_model import ArticleIdRole
from tests.store.helpers import article, store_page

pytestmark = pytest.mark.gui


def tree_articles(model) -> set[str]:
    found, stack = set(), [model.index(r, 0) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        if index.data(ArticleIdRole):
            found.add(index.data(ArticleIdRole))
            continue
        while model.canFetchMore(index):
            model.fetchMore(index)
        stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    return found


def type_filter(qtbot, window, text: str) -> None:
    """Set the filter as typing would (setText: the completer's popup stays shut offscreen)
    and wait for the debounce timer to apply it."""
    window.sidebar.filter.setText(text)
    qtbot.waitUntil(lambda: not window.sidebar._timer.isActive())


def test_a_plain_word_finds_titles_and_tags(qtbot, open_window, library_path, library):
    rows = library.article_rows()
    tagged = next(r for r in rows if "信访" not in r.title)
    library.tag_article(tagged.id, "信访工作")
    window = open_window(library_path)
    type_filter(qtbot, window, "信访")
    shown = tree_articles(window.sidebar.model)
    by_title = {r.id for r in rows if "信访" in r.title}
    assert shown == by_title | {tagged.id}
    type_filter(qtbot, window, "#信访")  # '#' is an exact tag name: none
    assert tree_articles(window.sidebar.model) == set()
    type_filter(qtbot, window, "#信访工作")
    assert tree_articles(window.sidebar.model) == {tagged.id}


def test_tagging_refreshes_a_filtered_tree(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    type_filter(qtbot, window, "无人用过的词")
    assert tree_articles(window.sidebar.model) == set()
    row = library.article_rows(limit=1)[0]
    window.session.open_article(row.id)
    window.session.add_tag("无人用过的词")
    assert tree_articles(window.sidebar.model) == {row.id}
    assert window.sidebar.view.currentIndex().data(ArticleIdRole) == row.id
    window.session.remove_tag("无人用过的词")
    assert tree_articles(window.sidebar.model) == set()


def test_first_article_is_the_one_the_tree_lists_first(open_window, tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:  # file ids 1, 2, 3 in reverse order of names
        for name in ("c.txt", "b.txt", "a.txt"):
            store_page(library, tmp_path / name, [article(f"id-{name}", name, "正文。")])
    window = open_window(path)
    assert window.session.first_article_id() == "id-a.txt" == window.session.article.id
    assert window.sidebar.model.first_article().data(ArticleIdRole) == "id-a.txt"


def test_first_article_when_file_ids_one_to_four_are_gone(open_window, tmp_path):
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        for k in range(5):
            store_page(library, tmp_path / f"{k}.txt", [article(f"a{k}", f"题{k}", "正文。")])
    conn = sqlite3.connect(path)  # as if files 1-4 had been removed from the library
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("DELETE FROM files WHERE id <= 4")
    conn.commit()
    conn.close()
    window = open_window(path)
    assert window.session.first_article_id() == "a4" == window.session.article.id


def test_note_button_follows_the_selection(open_window, library_path, library):
    """The selection decides what the button offers (a note anchored there, or a loose one)."""
    window = open_window(library_path)
    row = library.article_rows(limit=1)[0]
    window.session.open_article(row.id)
    button = window.notes_box.add_button
    plain = button.text()
    assert button.isEnabled()
    window.pane.select_span(0, 4)
    assert window.pane.selected_span() is not None
    assert button.isEnabled() and button.text() != plain
    cursor = window.pane.browser.textCursor()
    cursor.clearSelection()
    window.pane.browser.setTextCursor(cursor)
    assert button.text() == plain


@pytest.fixture
def orphan_window(open_window, tmp_path):
    from reader.resources import bundled_seeds_dir

    seeds = sorted(bundled_seeds_dir().glob("*.txt"))
    page = tmp_path / "page.txt"
    page.write_bytes(seeds[0].read_bytes())
    with Library(tmp_path / "lib.sqlite3") as library:
        import_paths(library, [page])
        detail = library.article(library.article_rows()[0].id)
        library.add_note(detail.id, "孤儿笔记", quote=detail.text[20:32], start=20)
        page.write_bytes(seeds[2].read_bytes())
        import_paths(library, [page])
        assert len(library.orphaned_notes()) == 1
    return open_window(tmp_path / "lib.sqlite3")


def test_deleting_an_orphan_can_be_undone(orphan_window):
    window = orphan_window
    dialog = actions.show_orphans(window.session)
    dialog.delete_current()
    assert dialog.list.count() == 0 and window.session.library.orphaned_notes() == []
    assert window.session.undo_stack.canUndo()
    window.actions["undo"].trigger()
    assert [n.text for n in window.session.library.orphaned_notes()] == ["孤儿笔记"]
    assert dialog.list.count() == 1
    dialog.close()
    window.session.undo_stack.redo()  # after the dialog closed: no crash
    assert window.session.library.orphaned_notes() == []
    window.session.undo_stack.undo()
    assert [n.text for n in window.session.library.orphaned_notes()] == ["孤儿笔记"]


def test_a_refused_orphan_step_goes_to_the_status_bar(orphan_window, monkeypatch):
    window = orphan_window

    def refuse(*_args, **_kwargs):
        raise LibraryError("the library is read-only")

    dialog = actions.show_orphans(window.session)
    monkeypatch.setattr(window.session.library, "delete_note", refuse)
    monkeypatch.setattr(window.session.library, "reattach_note", refuse)
    dialog.delete_current()
    assert "read-only" in window.statusBar().currentMessage()
    assert window.session.undo_stack.count() == 0 and dialog.list.count() == 1
    window.statusBar().clearMessage()
    dialog.attach_current()
    assert "read-only" in window.statusBar().currentMessage()
    dialog.close()
