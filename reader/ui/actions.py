"""What the menu actions do: each a few lines over a dialog and one session call.

In: a `Session` (what users do with the library), sometimes a parent widget or a span. Out:
the dialogs opened (returned, for tests and screenshots) and the session calls made. Dialogs
get the session (or the library and a Scope) and a parent widget, never the window. The menus
that call these are the table in `reader.ui.menus`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader import __version__
from reader.store import LibraryError
from reader.store.scope import EVERYTHING, Scope
from reader.ui import hits
from reader.ui.export import ExportDialog
from reader.ui.import_report import ImportReportDialog
from reader.ui.orphans import OrphansDialog
from reader.ui.prompts import ask_text
from reader.ui.render import display_title
from reader.ui.search import SearchDialog
from reader.ui.tagmanager import TagManager
from reader.ui.tree_nodes import place_scope

translate = QCoreApplication.translate  # lupdate knows this name
EXPORT_FILTERS = {"md": "Markdown (*.md)", "csv": "CSV (*.csv)", "json": "JSON (*.json)"}


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
        translate(
            "Actions",
            "Page files (*.txt *.pdf);;Text pages (*.txt);;PDF pages (*.pdf);;All files (*)",
        ),
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


def jump_hit(session, browser, forward: bool) -> bool:
    """F3 / Shift+F3: the next (previous) search hit in the open article, or say there is none."""
    if hits.jump(browser, session.terms, forward):
        return True
    session.status.emit(translate("Actions", "No search hits in this article: search with Ctrl+F."))
    return False


def export_notes(session, settings=None) -> None:
    """Ctrl+E: the export dialog (modal), then the file to write."""
    dialog = export_dialog(session, settings)
    if dialog.exec():
        save_notes(session, dialog)
    dialog.deleteLater()


def export_dialog(session, settings=None) -> ExportDialog:
    """The export dialog for the open article and the tree's tag, its last choices restored."""
    article = session.article
    return ExportDialog(
        [row.name for row in session.library.tags()],
        session.scope.tag,
        article.id if article else None,
        display_title(article.title, article.text) if article else "",
        place_scope(article.city, article.county) if article else None,
        session.parent(),
        settings,
    )


def save_notes(session, dialog: ExportDialog, path=None) -> bool:
    """Write what the dialog chose to `path` (asked for if not given)."""
    fmt, article_id, scope = dialog.choice()
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            session.parent(),
            translate("Actions", "Export notes"),
            f"notes.{fmt}",
            EXPORT_FILTERS[fmt],
        )
    if not path:
        return False
    return export_to(session, path, fmt, article_id, scope, dialog.with_figures())


def export_to(
    session, path, fmt: str, article_id=None, scope: Scope = EVERYTHING, figures: bool = False
) -> bool:
    try:
        session.export_to(path, fmt, article_id, scope, figures)
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


def show_import_report(session) -> ImportReportDialog:
    dialog = ImportReportDialog(session.last_report, session.parent())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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
