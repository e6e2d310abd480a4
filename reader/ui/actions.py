"""Menus, shortcuts and the dialogs they open, for the main window.

In: a `Session` (what users do with the library) and the window's view slots (zoom, mode,
grouping: what only the panes know). Out: `build(bar, session, views, parent)` adds the menus
from one table (name, text, shortcut, slot) and returns {name: QAction}; the other functions
are what those actions do, each a few lines over a dialog and one session call. Dialogs get
the session (or the library and a Scope) and a parent widget, never the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader import __version__
from reader.store import LibraryError
from reader.store.scope import EVERYTHING, Scope
from reader.ui import corrections
from reader.ui.export import ExportDialog
from reader.ui.orphans import OrphansDialog
from reader.ui.prompts import ask_text
from reader.ui.render import display_title
from reader.ui.search import SearchDialog
from reader.ui.tagmanager import TagManager
from reader.ui.tree_model import place_scope

translate = QCoreApplication.translate  # lupdate knows this name
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
EXPORT_FILTERS = {"md": "Markdown (*.md)", "csv": "CSV (*.csv)", "json": "JSON (*.json)"}
OPEN, QUIT = QKeySequence.StandardKey.Open, QKeySequence.StandardKey.Quit


def menu_table(session, views, parent) -> list[tuple]:
    """(menu, name, text, shortcut, slot, choice group or None); (menu, None): a separator."""
    s, v = session, views
    return [
        ("file", "import_files", translate("Actions", "Import files…"), OPEN,
         lambda: import_files(s), None),
        ("file", "import_folder", translate("Actions", "Import folder…"), "Ctrl+Shift+O",
         lambda: import_folder(s), None),
        ("file", None),
        ("file", "export", translate("Actions", "Export notes…"), "Ctrl+E",
         lambda: export_notes(s), None),
        ("file", None),
        ("file", "quit", translate("Actions", "Quit"), QUIT, v["quit"], None),
        ("edit", "find", translate("Actions", "Search…"), "Ctrl+F", lambda: show_search(s), None),
        ("edit", "filter", translate("Actions", "Filter the list"), "Ctrl+L", v["filter"], None),
        ("edit", "manage_tags", translate("Actions", "Manage tags…"), None,
         lambda: show_tag_manager(s), None),
        ("edit", "ledger", translate("Actions", "Figures ledger…"), "Ctrl+Shift+L",
         lambda: show_ledger(s), None),
        ("notes", "add_note", translate("Actions", "Add note on selection…"), "Ctrl+Shift+N",
         lambda: ask_note(s, v["selected_span"]()), None),
        ("notes", "orphans", translate("Actions", "Orphaned notes…"), None,
         lambda: show_orphans(s), None),
        *[
            ("corrections", name, text, None, slot, None) if name else ("corrections", None)
            for name, text, slot in corrections.menu_rows(s, v["paragraph"])
        ],
        ("view", "group_file", translate("Actions", "Group by file"), None,
         v["group_file"], "group"),
        ("view", "group_county", translate("Actions", "Group by county"), None,
         v["group_county"], "group"),
        ("view", None),
        ("view", "mode_clean", translate("Actions", "Clean text"), "Ctrl+1",
         v["mode_clean"], "mode"),
        ("view", "mode_beside", translate("Actions", "Clean text and source lines"), "Ctrl+2",
         v["mode_beside"], "mode"),
        ("view", "mode_raw", translate("Actions", "Source lines only"), "Ctrl+3",
         v["mode_raw"], "mode"),
        ("view", None),
        ("view", "zoom_in", translate("Actions", "Larger text"), ["Ctrl+=", "Ctrl++"],
         v["zoom_in"], None),
        ("view", "zoom_out", translate("Actions", "Smaller text"), "Ctrl+-", v["zoom_out"], None),
        ("view", "zoom_reset", translate("Actions", "Normal size"), "Ctrl+0",
         v["zoom_reset"], None),
        ("view", None),
        ("view", "page_view", translate("Actions", "Page view"), "Ctrl+4",
         v["page_view"], None),
        ("view", None),
        *[
            ("language", f"lang_{code}", label, None,
             lambda code=code: set_language(s, v["settings"], code), "lang")
            for code, label in LANGUAGES
        ],
        ("help", "about", translate("Actions", "About Reader"), None,
         lambda: show_about(parent), None),
    ]  # fmt: skip


def build(bar, session, views: dict, parent) -> dict[str, QAction]:
    menus = {
        "file": bar.addMenu(translate("Actions", "&File")),
        "edit": bar.addMenu(translate("Actions", "&Edit")),
        "notes": bar.addMenu(translate("Actions", "&Notes")),
        "corrections": bar.addMenu(translate("Corrections", "&Corrections")),
        "view": bar.addMenu(translate("Actions", "&View")),
        "help": bar.addMenu(translate("Actions", "&Help")),
    }
    acts = _undo_actions(menus["edit"], session, parent)
    groups: dict[str, QActionGroup] = {}
    for row in menu_table(session, views, parent):
        if row[1] is None:
            menus[row[0]].addSeparator()
            continue
        menu, name, text, shortcut, slot, group = row
        if menu == "language" and menu not in menus:  # after the zoom items, as a submenu
            menus[menu] = menus["view"].addMenu(translate("Actions", "Language"))
        acts[name] = _action(menus[menu], text, shortcut, slot, parent)
        if group is not None:
            acts[name].setCheckable(True)
            groups.setdefault(group, QActionGroup(parent)).addAction(acts[name])
    return acts


def _action(menu, text, shortcut, slot, parent) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(key) for key in keys])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def _undo_actions(menu, session, parent) -> dict[str, QAction]:
    undo = session.undo_stack.createUndoAction(parent, translate("Actions", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = session.undo_stack.createRedoAction(parent, translate("Actions", "Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    menu.addActions([undo, redo])
    menu.addSeparator()
    return {"undo": undo, "redo": redo}


def show_error(session, title: str, message: str) -> QMessageBox:
    """A non-blocking warning box (the window keeps running underneath); the message is plain
    text (it quotes file names and store errors, which may hold markup)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, session.parent()
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    session.status.emit(message)
    return box


def offer_copy(session, message: str) -> QMessageBox:
    """The library file was deleted while open: say so, and offer to save what the session
    holds into a new file (non-blocking; the window keeps running)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("Actions", "Library gone"),
        message,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close,
        session.parent(),
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Save).setText(translate("Actions", "Save a copy…"))
    box.accepted.connect(lambda: save_copy(session))
    box.open()
    session.status.emit(message)
    return box


def save_copy(session, path: str | None = None) -> bool:
    """Save the open library into a new file the user picks (or `path`)."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            session.parent(), translate("Actions", "Save a copy of the library"), "library.sqlite3"
        )
    if not path:
        return False
    try:
        session.save_copy(path)
    except LibraryError as error:
        show_error(session, translate("Actions", "Save failed"), str(error))
        return False
    return True


def ask_note(session, span) -> None:
    """Ask for a note on the open article, anchored on `span` (start, end, quote) if given."""
    if session.article is None:
        return
    if span:
        label = translate("Actions", "Note on “%1”:").replace("%1", span[2][:40])
    else:
        label = translate("Actions", "Note:")
    text = ask_text(session.parent(), translate("Actions", "Add note"), label)
    if text is not None:
        session.add_note(text, span)


def ask_edit_note(session, note) -> None:
    if note is None:
        return
    text = ask_text(
        session.parent(),
        translate("Actions", "Edit note"),
        translate("Actions", "Note:"),
        note.text,
    )
    if text is not None:
        session.edit_note(note, text)


def import_files(session) -> None:
    paths, _filter = QFileDialog.getOpenFileNames(
        session.parent(),
        translate("Actions", "Import page files"),
        "",
        translate("Actions", "Page files (*.txt);;All files (*)"),
    )
    if paths:
        session.import_paths(paths)


def import_folder(session) -> None:
    folder = QFileDialog.getExistingDirectory(
        session.parent(), translate("Actions", "Import a folder of pages")
    )
    if folder:
        session.import_paths([folder])


def show_search(session) -> SearchDialog:
    dialog = SearchDialog(session.library, session.scope, session.parent())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per Ctrl+F: none pile up
    dialog.article_chosen.connect(lambda aid, terms: session.open_article(aid, terms))
    session.search_dialog = dialog
    dialog.open()
    return dialog


def export_notes(session) -> None:
    article = session.article
    dialog = ExportDialog(
        [row.name for row in session.library.tags()],
        session.scope.tag,
        article.id if article else None,
        display_title(article.title, article.text) if article else "",
        place_scope(article.city, article.county) if article else None,
        session.parent(),
    )
    accepted = dialog.exec()
    fmt, article_id, scope = dialog.choice()
    dialog.deleteLater()
    if not accepted:
        return
    path, _filter = QFileDialog.getSaveFileName(
        session.parent(), translate("Actions", "Export notes"), f"notes.{fmt}", EXPORT_FILTERS[fmt]
    )
    if path:
        export_to(session, path, fmt, article_id, scope)


def export_to(session, path, fmt: str, article_id=None, scope: Scope = EVERYTHING) -> bool:
    try:
        session.export_to(path, fmt, article_id, scope)
    except (LibraryError, OSError, UnicodeError) as error:
        show_error(session, translate("Actions", "Export failed"), str(error))
        return False
    return True


def show_orphans(session) -> OrphansDialog:
    article = session.article
    label = display_title(article.title, article.text) if article else ""
    dialog = OrphansDialog(
        session.library,
        article.id if article else None,
        label,
        session.parent(),
        session.undo_stack,
        session.status.emit,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(session.notes_edited)
    dialog.failed.connect(session.status.emit)
    dialog.open()
    return dialog


def show_tag_manager(session) -> TagManager:
    dialog = TagManager(session.library, session.parent())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(session.tags_edited)
    dialog.failed.connect(session.status.emit)
    session.tag_manager = dialog
    dialog.open()
    return dialog


def show_ledger(session):
    """The 数据台账 of the tree's scope (reader.ui.ledger; pyqtgraph loads now, not at start)."""
    from reader.ui.ledger import LedgerDialog

    dialog = LedgerDialog(session, session.parent())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    session.ledger = dialog
    dialog.show()
    return dialog


def set_language(session, settings, code: str) -> None:
    settings.setValue("ui/language", code)
    session.status.emit(translate("Actions", "The language changes when Reader starts again."))


def show_about(parent) -> None:
    QMessageBox.about(
        parent,
        translate("Actions", "About Reader"),
        translate(
            "Actions",
            "<h3>Reader %1</h3><p>Read and annotate Chinese local-newspaper pages offline: "
            "articles rebuilt from the page text, figures highlighted, tags and notes kept in a "
            "library file on this computer.</p>",
        ).replace("%1", __version__),
    )
