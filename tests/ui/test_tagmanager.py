"""Managing tags (编辑 ▸ 管理标签…): counts per tag, rename, merge by renaming onto a tag in
use, delete after a confirmation; the window's tree and chips follow. The dialog's methods are
driven directly (no modal loop); `prompts` stands in for the user where the buttons ask."""

from __future__ import annotations

import pytest

from reader.store import LibraryError
from reader.ui import actions, prompts

pytestmark = pytest.mark.gui


def table(dialog) -> list[tuple]:
    return [
        tuple(dialog.table.item(row, column).text() for column in range(4))
        for row in range(dialog.table.rowCount())
    ]


@pytest.fixture
def tagged(open_window, library_path, library):
    rows = library.article_rows(limit=3)
    library.tag_article(rows[0].id, "甲", "乙")
    library.tag_article(rows[1].id, "乙")
    note = library.add_note(rows[2].id, "笔记")
    library.tag_note(note.id, "甲")
    window = open_window(library_path)
    window.session.open_article(rows[0].id)
    return window, rows


def test_lists_tags_with_counts(tagged):
    window, _rows = tagged
    dialog = actions.show_tag_manager(window.session)
    assert table(dialog) == [
        (r.name, str(r.article_count), str(r.note_count), str(r.count))
        for r in window.session.library.tags()
    ]
    assert ("甲", "1", "1", "2") in table(dialog) and ("乙", "2", "0", "2") in table(dialog)
    dialog.close()


def test_rename_updates_chips_and_tree_filter(qtbot, tagged):
    window, _rows = tagged
    window.sidebar.filter.setText("#丙")
    window.sidebar.apply_filter()
    assert window.sidebar.model.rowCount() == 0
    dialog = actions.show_tag_manager(window.session)
    assert dialog.rename("甲", "丙")
    assert "丙" in dialog.names() and "甲" not in dialog.names()
    assert dialog.current_name() == "丙"
    assert sorted(window.tag_editor.tags) == ["丙", "乙"]
    assert window.sidebar.model.rowCount() == 1  # the tree was read again
    assert "#丙" in window.sidebar.filter.completer().model().stringList()
    dialog.close()


def test_rename_onto_an_existing_tag_merges_after_asking(tagged, monkeypatch):
    window, _rows = tagged
    dialog = actions.show_tag_manager(window.session)
    asked = []
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: "乙")
    monkeypatch.setattr(prompts, "confirm", lambda parent, title, text: asked.append(text) or True)
    dialog.select("甲")
    dialog.ask_rename()
    assert asked and "乙" in asked[0]
    assert dialog.names() == ["乙"]
    assert ("乙", "2", "1", "3") in table(dialog)
    assert window.tag_editor.tags == ["乙"]
    dialog.close()


def test_delete_asks_first(tagged, monkeypatch):
    window, rows = tagged
    dialog = actions.show_tag_manager(window.session)
    dialog.select("乙")
    monkeypatch.setattr(prompts, "confirm", lambda *args: False)
    dialog.ask_delete()
    assert "乙" in dialog.names() and "乙" in window.session.library.article(rows[1].id).tags
    monkeypatch.setattr(prompts, "confirm", lambda *args: True)
    dialog.ask_delete()
    assert "乙" not in dialog.names()
    assert window.session.library.article(rows[1].id).tags == []
    assert window.tag_editor.tags == ["甲"]
    dialog.close()


def test_a_refused_change_is_reported(tagged, monkeypatch):
    window, _rows = tagged
    dialog = actions.show_tag_manager(window.session)

    def refuse(*args):
        raise LibraryError("the library is busy")

    monkeypatch.setattr(window.session.library, "rename_tag", refuse)
    assert not dialog.rename("甲", "丁")
    assert "busy" in dialog.status.text() and "busy" in window.statusBar().currentMessage()
    assert "甲" in dialog.names()
    dialog.close()


def test_menu_has_the_action(tagged):
    window, _rows = tagged
    assert window.actions["manage_tags"].text()
