"""`Session`: what the user does with one open library, with no widget in it.

In: an open `reader.store.Library`, its file path (the import worker opens its own connection)
and the widget that parents dialogs (progress of an import). Out: signals the window connects
to its panes, as qutebrowser's narrow `CommandDispatcher` serves its key bindings:

    article_opened(detail)   a new article is open (`article`, `notes`, `terms` are set)
    tags_changed()           the open article's tags changed (or tags library-wide)
    notes_changed()          the open article's notes changed (add, edit, delete, undo)
    status(str)              a message for the status bar
    library_gone(str)        a write was refused because the library file is gone
    library_changed()        an import (or a library-wide tag edit) finished: reload views
    article_vanished(str)    a re-import dropped the open article (closed; the message says so)
    import_reported(report)  an import finished: its report (`last_report`) for the report

Slots: open_article, add_tag, remove_tag, add_note, edit_note, delete_note (undoable, on
`undo_stack`), import_paths, export_to, save_copy, show_corrected (after a correction of
`reader.ui.corrections`, also undoable there). Every write goes to the store at once; a note
written before the segmenter is loaded waits for it (`reader.ui.warmup`), off the GUI thread.
An import that replaces the open article's page keeps the same story open (`reader.ui.follow`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from reader.store import ArticleNotFound, LibraryError
from reader.store.scope import EVERYTHING, Scope
from reader.ui import follow
from reader.ui.export import write_export
from reader.ui.importer import ImportJob, report_message
from reader.ui.notes import AddNote, DeleteNote, EditNote
from reader.ui.warmup import warmup

translate = QCoreApplication.translate  # lupdate knows this name


class Session(QObject):
    article_opened = Signal(object)
    tags_changed = Signal()
    notes_changed = Signal()
    status = Signal(str)
    library_gone = Signal(str)
    library_changed = Signal()
    import_failed = Signal(str)
    article_vanished = Signal(str)
    import_reported = Signal(object)

    def __init__(self, library, db_path=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.db_path = db_path
        self.undo_stack = QUndoStack(self)
        self.article = None
        self.notes: list = []
        self.terms: list[str] = []
        self.span: tuple[int, int] | None = None  # what the open article shows selected
        self.scope: Scope = EVERYTHING
        self.import_job: ImportJob | None = None
        self.last_report = None  # the last import's report, for the report dialog
        self.vanished: str | None = None  # why no article is open, after a re-import
        self._following: follow.Before | None = None
        self._pending: list = []  # note writes waiting for the segmenter
        warmup()  # loads it now, in a thread: the first search or note need not wait long
        self.search_dialog = None  # the last dialogs opened, for tests and screenshots
        self.tag_manager = None
        self.county_dialog = None
        self.picker = None  # the open line or article picker of a correction
        self.ledger = None

    # -- the open article ---------------------------------------------------------------------

    def open_article(self, article_id: str, terms=(), span=None) -> bool:
        """Open an article (with `terms` to mark, `span` (start, end) to select: a figure of
        the ledger); False and a status message if it is gone."""
        try:
            article = self.library.article(article_id)
            notes = self.library.notes(article_id)
        except ArticleNotFound:
            self.status.emit(translate("Session", "That article is no longer in the library."))
            return False
        self.article, self.notes, self.terms = article, notes, list(terms)
        self.vanished = None
        self.span = span
        self.article_opened.emit(article)
        return True

    def first_article_id(self) -> str | None:
        """The article the tree lists first, in one query of one row."""
        try:
            rows = self.library.article_rows(limit=1)
        except LibraryError as error:
            self.status.emit(str(error))
            return None
        return rows[0].id if rows else None

    def reread(self) -> bool:
        """Read the open article and its notes again; False (and closed) if it is gone."""
        if self.article is None:
            return False
        try:
            self.article = self.library.article(self.article.id)
            self.notes = self.library.notes(self.article.id)
        except ArticleNotFound:
            self.article, self.notes = None, []
            return False
        return True

    def show_corrected(self, article_id: str) -> None:
        """A correction (or its undo) re-stored a page: open the article it keeps (or the
        first) and let every view read the library again."""
        if not self.open_article(article_id):
            first = self.first_article_id()
            if first is not None:
                self.open_article(first)
        self.library_changed.emit()

    def set_scope(self, scope: Scope) -> None:
        """What the user is looking at (the tree's position and `#tag`): search narrows to it."""
        self.scope = scope

    # -- tags ---------------------------------------------------------------------------------

    def add_tag(self, name: str) -> bool:
        name = name.strip()
        if self.article is None or not name:
            return False
        return self._tag_write(self.library.tag_article, self.article.id, name)

    def remove_tag(self, name: str) -> bool:
        if self.article is None:
            return False
        return self._tag_write(self.library.untag_article, self.article.id, name)

    def tags_edited(self) -> None:
        """Tags renamed, merged or deleted library-wide: every view reads again."""
        self.reread()
        self.library_changed.emit()

    def _tag_write(self, function, *args) -> bool:
        try:
            function(*args)
        except LibraryError as error:
            self.report_failure(str(error))
            return False
        self.reread()
        self.tags_changed.emit()
        return True

    # -- notes (undoable) ---------------------------------------------------------------------

    def add_note(self, text: str, span=None) -> None:
        """Add a note on the open article, anchored to `span` (start, end, quote) if given."""
        if self.article is None or not text.strip():
            return
        start, _end, quote = span if span else (None, None, None)
        article_id = self.article.id
        self._when_ready(
            lambda: self._push(AddNote, article_id, text.strip(), quote=quote, start=start)
        )

    def edit_note(self, note, text: str) -> None:
        if note is not None and text.strip() and text != note.text:
            self._when_ready(lambda: self._push(EditNote, note, text.strip()))

    def delete_note(self, note) -> None:
        if note is not None:
            self._when_ready(lambda: self._push(DeleteNote, note))

    def _when_ready(self, step) -> None:
        """Write now, or once the segmenter is loaded (notes are indexed for search)."""
        self._pending.append(step)
        if len(self._pending) == 1 and not warmup().when_ready(self._write_pending):
            self.status.emit(translate("Session", "Preparing… the note is saved in a moment."))

    def _write_pending(self) -> None:
        steps, self._pending = self._pending, []
        for step in steps:
            step()

    def write_pending_notes(self) -> None:
        """On close: the note writes still waiting for the segmenter, written now (the wait
        is at most the rest of its loading), so a note typed in the first seconds is kept."""
        if self._pending:
            warmup().wait()
            self._write_pending()

    def notes_edited(self) -> None:
        self.reread()
        self.notes_changed.emit()

    def _push(self, command, *args, **kwargs) -> None:
        """A refused step shows its message and is dropped from the stack."""
        self.undo_stack.push(
            command(self.library, self.notes_edited, self.report_failure, *args, **kwargs)
        )

    # -- import and export --------------------------------------------------------------------

    def import_paths(self, paths, title: str = "") -> ImportJob | None:
        """Import files or folders in a worker thread; `library_changed` when it is done."""
        if self.import_job is not None and self.import_job.running:
            self.status.emit(translate("Session", "An import is already running."))
            return None
        job = ImportJob(
            self.db_path, paths, self.parent(), title, busy_timeout=self.library.busy_timeout
        )
        job.finished.connect(self._import_done)
        job.failed.connect(self._import_failed)
        self.import_job = job
        self._following = follow.before(self.library, self.article)
        job.start()
        return job

    def import_seeds_if_empty(self) -> ImportJob | None:
        """First run: an empty library gets the bundled sample pages."""
        from reader.resources import bundled_seeds_dir

        if not self.library.is_empty():
            return None
        title = translate("Session", "Importing the sample pages…")
        return self.import_paths([bundled_seeds_dir()], title)

    def wait_for_import(self) -> None:
        if self.import_job is not None:
            self.import_job.wait()

    def _import_done(self, report) -> None:
        self._forget_import_job()
        self.last_report = report
        self._follow_open_article(report)
        self.library_changed.emit()
        self.status.emit(report_message(report))
        self.import_reported.emit(report)

    def _follow_open_article(self, report) -> None:
        """Keep the same story open (by the re-import's rules), or close it and say so."""
        kept, self._following = self._following, None
        if kept is None or self.article is None or self.article.id != kept.article_id:
            self.reread()
            return
        now = follow.after(self.library, kept, report)
        if now is not None:
            self.article = self.library.article(now)
            self.notes = self.library.notes(now)
            return
        self.article, self.notes, self.terms = None, [], []
        self.vanished = translate(
            "Session",
            "The article you were reading is no longer on its page after the import. "
            "Pick another in the list.",
        )
        self.article_vanished.emit(self.vanished)

    def _import_failed(self, message: str) -> None:
        self._forget_import_job()
        self.import_failed.emit(message)

    def _forget_import_job(self) -> None:
        """The job has stopped its thread: delete it once back in the event loop, since its
        signal is being delivered right now."""
        if self.import_job is not None:
            self.import_job.deleteLater()
        self.import_job = None

    def export_to(
        self, path, fmt: str, article_id=None, scope: Scope = EVERYTHING, figures: bool = False
    ) -> None:
        """Write the export (with `figures`, each note's figures too); raises LibraryError,
        OSError or UnicodeError (nothing half-written)."""
        write_export(self.library, path, fmt, article_id, scope, figures)
        self.status.emit(translate("Session", "Notes exported to %1").replace("%1", str(path)))

    def save_copy(self, path) -> None:
        """Save the open library into a new file; raises LibraryError."""
        saved = self.library.save_copy_to(path)
        self.status.emit(translate("Session", "Saved a copy at {path}").format(path=saved))

    # -- messages -----------------------------------------------------------------------------

    def report_failure(self, message: str) -> None:
        """A change the library refused; if its file is gone, `library_gone` offers a copy."""
        if self.library.is_gone():
            self.library_gone.emit(message)
        else:
            self.status.emit(message)
