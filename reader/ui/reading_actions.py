"""The Article menu: next/previous, copy with citation, print and save as PDF; note tags.

In: the `Session` and the window's view slots (`navigator`, `selected_span`, `labels`,
`print_font`). Out: `rows(session, views)`, rows of the menu table of `reader.ui.menus`
(menu, name, text, shortcut, slot, group); `toolbar(actions, parent)`, previous and next;
the functions the rows call, each a few lines over one dialog and one session or library
call; `set_note_tags`, for the notes panel's tag field. The scope printed is the session's
(the tree's file, county or #tag).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QStyle, QToolBar

from reader.store import LibraryError
from reader.ui.citation import citation_mime
from reader.ui.printing import PRINT_MAX, pdf_printer, print_articles

translate = QCoreApplication.translate  # lupdate knows this name


def rows(session, views) -> list[tuple]:
    s, v = session, views
    return [
        ("article", "previous", translate("Reading", "Previous article"),
         ["Alt+Left", "Ctrl+PgUp"], lambda: v["navigator"].step(-1), None),
        ("article", "next", translate("Reading", "Next article"),
         ["Alt+Right", "Ctrl+PgDown"], lambda: v["navigator"].step(1), None),
        ("article", None),
        ("article", "copy_citation", translate("Reading", "Copy with citation"), "Ctrl+Shift+C",
         lambda: copy_citation(s, v["selected_span"]()), None),
        ("article", None),
        ("article", "print", translate("Reading", "Print article…"), "Ctrl+P",
         lambda: print_dialog(s, v, whole_scope=False), None),
        ("article", "print_scope", translate("Reading", "Print the articles in view…"), None,
         lambda: print_dialog(s, v, whole_scope=True), None),
        ("article", "pdf", translate("Reading", "Save article as PDF…"), "Ctrl+Shift+P",
         lambda: save_pdf(s, v, whole_scope=False), None),
        ("article", "pdf_scope", translate("Reading", "Save the articles in view as PDF…"),
         None, lambda: save_pdf(s, v, whole_scope=True), None),
    ]  # fmt: skip


def copy_citation(session, span) -> bool:
    """Put the selected passage (or, with none, the source line alone) with its source on
    the clipboard, as plain text and Markdown."""
    if session.article is None:
        return False
    QGuiApplication.clipboard().setMimeData(citation_mime(session.article, span and span[2]))
    session.status.emit(translate("Reading", "Copied with its source."))
    return True


def articles_to_print(session, whole_scope: bool) -> list:
    """The open article, or the articles of the scope in view (its file, county, #tag)."""
    if not whole_scope:
        return [session.article] if session.article is not None else []
    try:
        rows = session.library.article_rows(session.scope, limit=PRINT_MAX + 1)
        if len(rows) > PRINT_MAX:
            session.status.emit(
                translate("Reading", "Only the first %n articles are printed.", "", PRINT_MAX)
            )
        return [session.library.article(row.id) for row in rows[:PRINT_MAX]]
    except LibraryError as error:
        session.report_failure(str(error))
        return []


def print_to(session, views, printer: QPrinter, whole_scope: bool) -> bool:
    articles = articles_to_print(session, whole_scope)
    if not articles:
        return False
    print_articles(articles, printer, views["labels"](), views["print_font"]())
    return True


def print_dialog(session, views, whole_scope: bool) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, session.parent())
    if dialog.exec():
        print_to(session, views, printer, whole_scope)
    dialog.deleteLater()


def save_pdf(session, views, whole_scope: bool, path: str | None = None) -> bool:
    """Save the article (or the scope's articles) as a PDF file the user picks (or `path`)."""
    if path is None:
        path, _filter = QFileDialog.getSaveFileName(
            session.parent(), translate("Reading", "Save as PDF"), "article.pdf", "PDF (*.pdf)"
        )
    if not path:
        return False
    part = Path(f"{path}.part")  # written whole, then moved: never a half PDF under the name
    try:
        done = print_to(session, views, pdf_printer(part), whole_scope)
        if done:
            os.replace(part, path)
            session.status.emit(translate("Reading", "Saved %1").replace("%1", str(path)))
    except OSError as error:
        session.report_failure(str(error))
        done = False
    finally:
        part.unlink(missing_ok=True)
    return done


def toolbar(acts: dict, parent) -> QToolBar:
    """Previous and next article, one click away."""
    bar = QToolBar(translate("Reading", "Reading"), parent)
    bar.setObjectName("reading_toolbar")  # saveState needs a name
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    acts["previous"].setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
    acts["next"].setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
    bar.addAction(acts["previous"])
    bar.addAction(acts["next"])
    return bar


def set_note_tags(session, note, names: list[str]) -> bool:
    """Give a note exactly these tags (added and removed through the store), then redraw."""
    library = session.library
    try:
        for name in names:
            if name not in note.tags:
                library.tag_note(note.id, name)
        for name in note.tags:
            if name not in names:
                library.untag_note(note.id, name)
    except LibraryError as error:
        session.report_failure(str(error))
        return False
    session.notes_edited()
    return True
