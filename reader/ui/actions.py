"""Menus, shortcuts and the dialogs they open, for the main window.

In: a `MainWindow`. Out: `build(window)` adds the menus and returns {name: QAction}; the
other functions are what those actions do (each a few lines over a dialog and one window or
store call), kept here so the window module stays about its panes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from reader import __version__
from reader.store import LibraryError
from reader.ui.export import ExportDialog, write_export
from reader.ui.orphans import OrphansDialog
from reader.ui.render import display_title
from reader.ui.search import SearchDialog
from reader.ui.tree_model import BY_COUNTY, BY_FILE

LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
EXPORT_FILTERS = {"md": "Markdown (*.md)", "csv": "CSV (*.csv)", "json": "JSON (*.json)"}


def build(window) -> dict[str, QAction]:
    acts: dict[str, QAction] = {}

    def add(menu, name, text, slot, shortcut=None, checkable=False):
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        acts[name] = action
        return action

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    add(file_menu, "import_files", QCoreApplication.translate("Actions", "Import files…"), lambda: import_files(window),
        QKeySequence.StandardKey.Open)
    add(file_menu, "import_folder", QCoreApplication.translate("Actions", "Import folder…"), lambda: import_folder(window),
        QKeySequence("Ctrl+Shift+O"))
    file_menu.addSeparator()
    add(file_menu, "export", QCoreApplication.translate("Actions", "Export notes…"), lambda: export_notes(window),
        QKeySequence("Ctrl+E"))
    file_menu.addSeparator()
    add(file_menu, "quit", QCoreApplication.translate("Actions", "Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    undo = window.undo_stack.createUndoAction(window, QCoreApplication.translate("Actions", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(window, QCoreApplication.translate("Actions", "Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    edit_menu.addActions([undo, redo])
    acts["undo"], acts["redo"] = undo, redo
    edit_menu.addSeparator()
    add(edit_menu, "find", QCoreApplication.translate("Actions", "Search…"), lambda: show_search(window), QKeySequence("Ctrl+F"))
    add(edit_menu, "filter", QCoreApplication.translate("Actions", "Filter the list"), window.sidebar.filter.setFocus,
        QKeySequence("Ctrl+L"))

    notes_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Notes"))
    add(notes_menu, "add_note", QCoreApplication.translate("Actions", "Add note on selection…"), lambda: ask_note(window),
        QKeySequence("Ctrl+Shift+N"))
    add(notes_menu, "orphans", QCoreApplication.translate("Actions", "Orphaned notes…"), lambda: show_orphans(window))

    view_menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    group = QActionGroup(window)
    for name, text, key in (("group_file", QCoreApplication.translate("Actions", "Group by file"), BY_FILE),
                            ("group_county", QCoreApplication.translate("Actions", "Group by county"), BY_COUNTY)):
        action = add(view_menu, name, text, lambda _c=False, k=key: window.sidebar.set_grouping(k),
                     checkable=True)
        group.addAction(action)
        action.setChecked(window.sidebar.model.grouping == key)
    view_menu.addSeparator()
    modes = QActionGroup(window)
    for name, text, key, shortcut in (
            ("mode_clean", QCoreApplication.translate("Actions", "Clean text"), "clean", "Ctrl+1"),
            ("mode_beside", QCoreApplication.translate("Actions", "Clean text and source lines"), "beside", "Ctrl+2"),
            ("mode_raw", QCoreApplication.translate("Actions", "Source lines only"), "raw", "Ctrl+3")):
        action = add(view_menu, name, text, lambda _c=False, k=key: set_mode(window, k),
                     QKeySequence(shortcut), checkable=True)
        modes.addAction(action)
    view_menu.addSeparator()
    add(view_menu, "zoom_in", QCoreApplication.translate("Actions", "Larger text"), window.pane.zoom_in,
        [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence(QKeySequence.StandardKey.ZoomIn)])
    add(view_menu, "zoom_out", QCoreApplication.translate("Actions", "Smaller text"), window.pane.zoom_out,
        [QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)])
    add(view_menu, "zoom_reset", QCoreApplication.translate("Actions", "Normal size"), lambda: window.pane.set_zoom(0),
        QKeySequence("Ctrl+0"))
    view_menu.addSeparator()
    language_menu = view_menu.addMenu(QCoreApplication.translate("Actions", "Language"))
    languages = QActionGroup(window)
    current = window.settings.value("ui/language", "zh_CN")
    for code, label in LANGUAGES:
        action = add(language_menu, f"lang_{code}", label,
                     lambda _c=False, c=code: set_language(window, c), checkable=True)
        action.setChecked(current == code)
        languages.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Help"))
    add(help_menu, "about", QCoreApplication.translate("Actions", "About Reader"), lambda: show_about(window))
    return acts


def set_mode(window, mode: str) -> None:
    window.pane.set_mode(mode)
    action = window.actions.get(f"mode_{window.pane.mode}") if hasattr(window, "actions") else None
    if action is not None:
        action.setChecked(True)


def show_error(window, title: str, message: str) -> QMessageBox:
    """A non-blocking warning box (the window keeps running underneath)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      window)
    box.open()
    window.show_status(message)
    return box


def ask_note(window) -> None:
    if window.article is None:
        return
    span = window.pane.selected_span()
    label = QCoreApplication.translate("Actions", "Note on “%1”:").replace("%1", span[2][:40]) if span else QCoreApplication.translate("Actions", "Note:")
    text, ok = QInputDialog.getMultiLineText(window, QCoreApplication.translate("Actions", "Add note"), label)
    if ok:
        window.add_note(text, span)


def ask_edit_note(window, note) -> None:
    if note is None:
        return
    text, ok = QInputDialog.getMultiLineText(window, QCoreApplication.translate("Actions", "Edit note"), QCoreApplication.translate("Actions", "Note:"), note.text)
    if ok:
        window.edit_note(note, text)


def import_files(window) -> None:
    paths, _filter = QFileDialog.getOpenFileNames(window, QCoreApplication.translate("Actions", "Import page files"), "",
                                                  QCoreApplication.translate("Actions", "Page files (*.txt);;All files (*)"))
    if paths:
        window.import_paths(paths)


def import_folder(window) -> None:
    folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("Actions", "Import a folder of pages"))
    if folder:
        window.import_paths([folder])


def current_scope_label(window, scope: dict) -> str:
    parts = []
    if "file_id" in scope:
        names = {f.id: f.name for f in window.library.files()}
        parts.append(names.get(scope["file_id"], ""))
    if "county" in scope:
        parts.append(scope["county"] or QCoreApplication.translate("Actions", "city-wide"))
    if "tag" in scope:
        parts.append("#" + scope["tag"])
    return " · ".join(p for p in parts if p)


def show_search(window) -> SearchDialog:
    scope = window.sidebar.scope()
    dialog = SearchDialog(window.library, scope, current_scope_label(window, scope), window)
    dialog.article_chosen.connect(lambda aid, terms: window.open_article(aid, terms))
    window.search_dialog = dialog
    dialog.open()
    return dialog


def export_notes(window) -> None:
    article = window.article
    tags = [row.name for row in window.library.tags()]
    dialog = ExportDialog(article.id if article else None,
                          display_title(article.title, article.text) if article else "",
                          article.county if article else ..., tags,
                          window.sidebar.scope().get("tag"), window)
    if not dialog.exec():
        return
    fmt, scope = dialog.choice()
    path, _filter = QFileDialog.getSaveFileName(window, QCoreApplication.translate("Actions", "Export notes"), f"notes.{fmt}",
                                                EXPORT_FILTERS[fmt])
    if path:
        export_to(window, path, fmt, **scope)


def export_to(window, path, fmt: str, **scope) -> bool:
    try:
        write_export(window.library, path, fmt, **scope)
    except (LibraryError, OSError) as error:
        show_error(window, QCoreApplication.translate("Actions", "Export failed"), str(error))
        return False
    window.show_status(QCoreApplication.translate("Actions", "Notes exported to %1").replace("%1", str(path)))
    return True


def show_orphans(window) -> OrphansDialog:
    article = window.article
    label = display_title(article.title, article.text) if article else ""
    dialog = OrphansDialog(window.library, article.id if article else None, label, window)
    dialog.changed.connect(window.refresh_article)
    dialog.open()
    return dialog


def set_language(window, code: str) -> None:
    window.settings.setValue("ui/language", code)
    window.show_status(QCoreApplication.translate("Actions", "The language changes when Reader starts again."))


def show_about(window) -> None:
    QMessageBox.about(window, QCoreApplication.translate("Actions", "About Reader"), QCoreApplication.translate("Actions", 
        "<h3>Reader %1</h3><p>Read and annotate Chinese local-newspaper pages offline: "
        "articles rebuilt from the page text, figures highlighted, tags and notes kept in a "
        "library file on this computer.</p>").replace("%1", __version__))
