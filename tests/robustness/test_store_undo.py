"""The window's note undo never touches a row it did not write (pytest-qt, real window,
real library files). The issue's two scenarios: another process saves a note between the
window's delete and its undo; a re-import creates an orphan while a delete waits for undo.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from reader.store import Library
from tests.qt_settings import use_private_settings
from tests.store.helpers import article, store_page

pytestmark = pytest.mark.gui

ARTICLES = [
    article("p1", "信访积案化解", "本报东阿讯 东阿县持续巩固提升信访积案化解成果。", "东阿县", 0),
    article("v1", "乡村振兴新篇章", "本报讯 茌平区全面推进乡村振兴，建设美丽乡村。", "茌平区", 1),
]


@pytest.fixture(scope="module", autouse=True)
def _private_settings(tmp_path_factory):
    return use_private_settings(tmp_path_factory.mktemp("undo-settings"), "reader-undo-tests")


@pytest.fixture
def window(qtbot, tmp_path):
    from reader.ui.window import MainWindow

    path = tmp_path / "library.sqlite3"
    library = Library(path)
    store_page(library, tmp_path / "page.txt", ARTICLES)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened = MainWindow(library, settings, path)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    assert opened.session.open_article("p1")
    yield opened
    opened.close()
    library.close()


def _texts(library) -> list[str]:
    return sorted(n.text for n in library.notes("p1") + library.orphaned_notes())


def test_undo_after_another_process_saved_a_note(window, tmp_path):
    window.session.add_note("甲")
    [first] = window.session.library.notes("p1")
    window.session.delete_note(first)
    with Library(tmp_path / "library.sqlite3") as cli:  # `reader note` between the actions
        second = cli.add_note("p1", "乙")
    assert second.id != first.id
    window.session.undo_stack.undo()  # the delete: 甲 comes back under its own id
    assert window.session.library.note(first.id).text == "甲"
    window.session.undo_stack.undo()  # the add: 甲 goes, 乙 stays
    assert _texts(window.session.library) == ["乙"]


def test_undo_after_a_reimport_made_a_tag_carrying_orphan(window, tmp_path):
    window.session.library.tag_article("v1", "跟进")
    window.session.add_note("甲")
    [first] = window.session.library.notes("p1")
    window.session.delete_note(first)
    store_page(window.session.library, tmp_path / "page.txt", ARTICLES[:1])  # v1 left the page
    [kept] = window.session.library.orphaned_notes()
    assert kept.tags == ["跟进"] and kept.id != first.id
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert window.session.library.orphaned_notes() == [kept]
    assert [t.name for t in window.session.library.tags()] == ["跟进"]


def test_undo_of_an_add_leaves_a_note_changed_elsewhere(window, tmp_path):
    window.session.add_note("甲")
    [first] = window.session.library.notes("p1")
    with Library(tmp_path / "library.sqlite3") as cli:
        cli.delete_note(first.id)
        cli.restore_note(first.__class__(**{**first.__dict__, "text": "别人改过"}))
    window.session.undo_stack.undo()
    assert _texts(window.session.library) == ["别人改过"]
    assert "changed elsewhere" in window.statusBar().currentMessage()


def test_a_deleted_library_is_said_and_a_copy_can_be_saved(window, tmp_path, qtbot):
    from reader.ui import actions

    window.session.add_note("删除前")
    (tmp_path / "library.sqlite3").unlink()
    window.session.add_note("删除后")
    assert window.session.undo_stack.count() == 1  # the refused add is dropped, not claimed saved
    qtbot.waitUntil(window.gone_box.isVisible)
    assert "deleted" in window.gone_box.text()
    window.gone_box.close()
    assert actions.save_copy(window.session, str(tmp_path / "rescued.sqlite3"))
    with Library(tmp_path / "rescued.sqlite3") as rescued:
        assert [n.text for n in rescued.notes("p1")] == ["删除前"]
