"""Menus, shortcuts and the dialogs they open, for the main window.

In: a `MainWindow`. Out: `build(window)` adds the menus and returns {name: QAction}; the
other functions are what those actions do (each a few lines over a dialog and one window or
store call), kept here so the window module stays about its panes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader import __version__
from reader.store import LibraryError
from reader.store.scope import EVERYTHING, Scope
from reader.ui.export import ExportDialog, write_export
from reader.ui.orphans import OrphansDialog
from reader.ui.prompts import ask_text
from reader.ui.render import display_title
from reader.ui.search import SearchDialog
from reader.ui.tagmanager import TagManager
from reader.ui.tree_model import BY_COUNTY, BY_FILE, place_scope

translate = QCoreApplication.translate  # lupdate knows this name
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
EXPORT_FILTERS = {"md": "Markdown (*.md)", "csv": "CSV (*.csv)", "json": "JSON (*.json)"}


def build(window) -> dict[str, QAction]:
    acts: dict[str, QAction] = {}

    def add(menu, name, text, slot, shortcut=None, checkable=False):
        action = QAction(text, window)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(key) for key in keys])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        acts[name] = action
        return action

    bar = window.menuBar()
    menu = bar.addMenu(translate("Actions", "&File"))
    add(
        menu,
        "import_files",
        translate("Actions", "Import files…"),
        lambda: import_files(window),
        QKeySequence.StandardKey.Open,
    )
    add(
        menu,
        "import_folder",
        translate("Actions", "Import folder…"),
        lambda: import_folder(window),
        "Ctrl+Shift+O",
    )
    menu.addSeparator()
    add(
        menu,
        "export",
        translate("Actions", "Export notes…"),
        lambda: export_notes(window),
        "Ctrl+E",
    )
    menu.addSeparator()
    add(menu, "quit", translate("Actions", "Quit"), window.close, QKeySequence.StandardKey.Quit)

    menu = bar.addMenu(translate("Actions", "&Edit"))
    undo = window.undo_stack.createUndoAction(window, translate("Actions", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, translate("Actions", "Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    menu.addActions([undo, redo])
    acts["undo"], acts["redo"] = undo, redo
    menu.addSeparator()
    add(menu, "find", translate("Actions", "Search…"), lambda: show_search(window), "Ctrl+F")
    add(
        menu,
        "filter",
        translate("Actions", "Filter the list"),
        window.sidebar.filter.setFocus,
        "Ctrl+L",
    )
    add(menu, "manage_tags", translate("Actions", "Manage tags…"), lambda: show_tag_manager(window))

    menu = bar.addMenu(translate("Actions", "&Notes"))
    add(
        menu,
        "add_note",
        translate("Actions", "Add note on selection…"),
        lambda: ask_note(window),
        "Ctrl+Shift+N",
    )
    add(menu, "orphans", translate("Actions", "Orphaned notes…"), lambda: show_orphans(window))

    menu = bar.addMenu(translate("Actions", "&View"))
    _choices(
        menu,
        add,
        window,
        [
            (
                "group_file",
                translate("Actions", "Group by file"),
                None,
                lambda: window.sidebar.set_grouping(BY_FILE),
            ),
            (
                "group_county",
                translate("Actions", "Group by county"),
                None,
                lambda: window.sidebar.set_grouping(BY_COUNTY),
            ),
        ],
    )
    acts["group_" + window.sidebar.model.grouping].setChecked(True)
    window.sidebar.grouping.currentIndexChanged.connect(
        lambda _i: acts["group_" + window.sidebar.grouping.currentData()].setChecked(True)
    )
    menu.addSeparator()
    _choices(
        menu,
        add,
        window,
        [
            (
                "mode_clean",
                translate("Actions", "Clean text"),
                "Ctrl+1",
                lambda: set_mode(window, "clean"),
            ),
            (
                "mode_beside",
                translate("Actions", "Clean text and source lines"),
                "Ctrl+2",
                lambda: set_mode(window, "beside"),
            ),
            (
                "mode_raw",
                translate("Actions", "Source lines only"),
                "Ctrl+3",
                lambda: set_mode(window, "raw"),
            ),
        ],
    )
    menu.addSeparator()
    add(
        menu,
        "zoom_in",
        translate("Actions", "Larger text"),
        window.pane.zoom_in,
        ["Ctrl+=", "Ctrl++"],
    )
    add(menu, "zoom_out", translate("Actions", "Smaller text"), window.pane.zoom_out, "Ctrl+-")
    add(
        menu,
        "zoom_reset",
        translate("Actions", "Normal size"),
        lambda: window.pane.set_zoom(0),
        "Ctrl+0",
    )
    menu.addSeparator()
    languages = menu.addMenu(translate("Actions", "Language"))
    _choices(
        languages,
        add,
        window,
        [
            (f"lang_{code}", label, None, lambda c=code: set_language(window, c))
            for code, label in LANGUAGES
        ],
    )
    acts["lang_" + str(window.settings.value("ui/language", "zh_CN"))].setChecked(True)

    menu = bar.addMenu(translate("Actions", "&Help"))
    add(menu, "about", translate("Actions", "About Reader"), lambda: show_about(window))
    return acts


def _choices(menu, add, window, rows) -> QActionGroup:
    """Checkable actions of which one is on: (name, text, shortcut or None, slot)."""
    group = QActionGroup(window)
    for name, text, shortcut, slot in rows:
        group.addAction(
            add(menu, name, text, lambda _checked=False, s=slot: s(), shortcut, checkable=True)
        )
    return group


def set_mode(window, mode: str) -> None:
    window.pane.set_mode(mode)
    action = window.actions.get(f"mode_{window.pane.mode}") if hasattr(window, "actions") else None
    if action is not None:
        action.setChecked(True)


def show_error(window, title: str, message: str) -> QMessageBox:
    """A non-blocking warning box (the window keeps running underneath); the message is plain
    text (it quotes file names and store errors, which may hold markup)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, window
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    window.show_status(message)
    return box


def offer_copy(window, message: str) -> QMessageBox:
    """The library file was deleted while open: say so, and offer to save what the window
    holds into a new file (non-blocking; the window keeps running)."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("Actions", "Library gone"),
        message,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Close,
        window,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Save).setText(translate("Actions", "Save a copy…"))
    box.accepted.connect(lambda: save_copy(window))
    box.open()
    window.show_status(message)
    return box


def save_copy(window, path: str | None = None) -> bool:
    """Save the open library into a new file the user picks (or `path`)."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            window, translate("Actions", "Save a copy of the library"), "library.sqlite3"
        )
    if not path:
        return False
    try:
        saved = window.library.save_copy_to(path)
    except LibraryError as error:
        show_error(window, translate("Actions", "Save failed"), str(error))
        return False
    window.show_status(translate("Actions", "Saved a copy at {path}").format(path=saved))
    return True


def ask_note(window) -> None:
    if window.article is None:
        return
    span = window.pane.selected_span()
    if span:
        label = translate("Actions", "Note on “%1”:").replace("%1", span[2][:40])
    else:
        label = translate("Actions", "Note:")
    text = ask_text(window, translate("Actions", "Add note"), label)
    if text is not None:
        window.add_note(text, span)


def ask_edit_note(window, note) -> None:
    if note is None:
        return
    text = ask_text(
        window, translate("Actions", "Edit note"), translate("Actions", "Note:"), note.text
    )
    if text is not None:
        window.edit_note(note, text)


def import_files(window) -> None:
    paths, _filter = QFileDialog.getOpenFileNames(
        window,
        translate("Actions", "Import page files"),
        "",
        translate("Actions", "Page files (*.txt);;All files (*)"),
    )
    if paths:
        window.import_paths(paths)


def import_folder(window) -> None:
    folder = QFileDialog.getExistingDirectory(
        window, translate("Actions", "Import a folder of pages")
    )
    if folder:
        window.import_paths([folder])


def show_search(window) -> SearchDialog:
    dialog = SearchDialog(window.library, window.sidebar.scope(), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per Ctrl+F: none pile up
    dialog.article_chosen.connect(lambda aid, terms: window.open_article(aid, terms))
    window.search_dialog = dialog
    dialog.open()
    return dialog


def export_notes(window) -> None:
    article = window.article
    tags = [row.name for row in window.library.tags()]
    dialog = ExportDialog(
        tags,
        window.sidebar.scope().tag,
        article.id if article else None,
        display_title(article.title, article.text) if article else "",
        place_scope(article.city, article.county) if article else None,
        window,
    )
    accepted = dialog.exec()
    fmt, article_id, scope = dialog.choice()
    dialog.deleteLater()
    if not accepted:
        return
    path, _filter = QFileDialog.getSaveFileName(
        window, translate("Actions", "Export notes"), f"notes.{fmt}", EXPORT_FILTERS[fmt]
    )
    if path:
        export_to(window, path, fmt, article_id, scope)


def export_to(window, path, fmt: str, article_id=None, scope: Scope = EVERYTHING) -> bool:
    try:
        write_export(window.library, path, fmt, article_id, scope)
    except (LibraryError, OSError, UnicodeError) as error:
        show_error(window, translate("Actions", "Export failed"), str(error))
        return False
    window.show_status(translate("Actions", "Notes exported to %1").replace("%1", str(path)))
    return True


def show_orphans(window) -> OrphansDialog:
    article = window.article
    label = display_title(article.title, article.text) if article else ""
    dialog = OrphansDialog(
        window.library,
        article.id if article else None,
        label,
        window,
        window.undo_stack,
        window.show_status,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(window.refresh_article)
    dialog.failed.connect(window.show_status)
    dialog.open()
    return dialog


def show_tag_manager(window) -> TagManager:
    dialog = TagManager(window.library, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(window.tags_edited)
    dialog.failed.connect(window.show_status)
    window.tag_manager = dialog
    dialog.open()
    return dialog


def set_language(window, code: str) -> None:
    window.settings.setValue("ui/language", code)
    window.show_status(translate("Actions", "The language changes when Reader starts again."))


def show_about(window) -> None:
    QMessageBox.about(
        window,
        translate("Actions", "About Reader"),
        translate(
            "Actions",
            "<h3>Reader %1</h3><p>Read and annotate Chinese local-newspaper pages offline: "
            "articles rebuilt from the page text, figures highlighted, tags and notes kept in a "
            "library file on this computer.</p>",
        ).replace("%1", __version__),
    )
