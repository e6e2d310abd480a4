"""The main window: sidebar tree | reading pane | tags and notes, in splitters.

In: an open `reader.store.Library`, its file path (for the import worker's own connection)
and a QSettings (tests pass a temporary one). Out: what the user sees; every change goes to the
store at once. Menus and dialogs live in `reader.ui.actions`; this module wires the panes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QGroupBox, QMainWindow, QSplitter, QVBoxLayout, QWidget

from reader.store import ArticleNotFound, LibraryError
from reader.ui import actions
from reader.ui.importer import ImportJob, report_message
from reader.ui.notes import AddNote, DeleteNote, EditNote, NotesBox
from reader.ui.reading import ReadingPane
from reader.ui.render import display_title
from reader.ui.sidebar import Sidebar
from reader.ui.suggest import Suggester
from reader.ui.tags import TagEditor
from reader.ui.tree_model import BY_FILE

STATUS_MS = 8000
SUGGESTED_TAGS = 5
SUGGEST_DELAY_MS = 300
POPULATE_BACKSTOP_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, library, settings: QSettings, db_path=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.db_path = db_path
        self.undo_stack = QUndoStack(self)
        self.import_job: ImportJob | None = None
        self.search_dialog = None
        self.tag_manager = None
        self._terms: list[str] = []
        self.suggester = Suggester(db_path, SUGGESTED_TAGS, self) if db_path else None
        self._suggest_timer = QTimer(self)  # wait until the article is painted and the
        self._suggest_timer.setSingleShot(True)  # user stops flicking through the tree:
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)  # the worker competes for the GIL
        if self.suggester is not None:
            self.suggester.ready.connect(self._suggestions_ready)
            self._suggest_timer.timeout.connect(
                lambda: self.article is not None and self.suggester.request(self.article.id)
            )
        self.setWindowTitle(self.tr("Reader"))
        self.setAcceptDrops(True)
        grouping = str(settings.value("tree/grouping", BY_FILE))
        # The tree fills right after the first article is painted: a library of 8,000 files
        # costs its file list (~25 ms) once, and the reader sees text first.
        self.sidebar = Sidebar(library, grouping, self, load=False)
        self.pane = ReadingPane(self)
        self.tag_editor = TagEditor(self)
        self.notes_box = NotesBox(self)
        self._build_layout()
        self.actions = actions.build(self)
        self._connect()
        self.statusBar()
        self.restore_state()
        self._populate_timer = QTimer(self)
        self._populate_timer.setSingleShot(True)
        self._populate_timer.timeout.connect(self.populate_tree)
        self._populate_timer.start(POPULATE_BACKSTOP_MS)
        self.pane.browser.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self.pane.browser.viewport():
            watched.removeEventFilter(self)  # the article is on screen: now fill the tree
            self._populate_timer.start(0)
        return False

    def populate_tree(self) -> None:
        """Read the tree's top level (once) and select the open article in it."""
        self._populate_timer.stop()
        if not self.sidebar.model.loaded:
            self.sidebar.reload()
        if self.article is not None:
            self.sidebar.reveal(self.article)

    # -- layout and state ---------------------------------------------------------------------

    def _build_layout(self) -> None:
        tags_box = QGroupBox(self.tr("Tags"), self)
        QVBoxLayout(tags_box).addWidget(self.tag_editor)
        notes_box = QGroupBox(self.tr("Notes"), self)
        QVBoxLayout(notes_box).addWidget(self.notes_box)
        self.side_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.side_splitter.addWidget(tags_box)
        self.side_splitter.addWidget(notes_box)
        self.side_splitter.setStretchFactor(1, 1)
        self.side_splitter.setSizes([260, 540])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.side_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700, 280])
        self.setCentralWidget(self.splitter)
        self.resize(1300, 820)

    def _connect(self) -> None:
        self.sidebar.article_selected.connect(self.open_article)
        self.tag_editor.tag_added.connect(self.add_tag)
        self.tag_editor.tag_removed.connect(self.remove_tag)
        self.notes_box.add_requested.connect(lambda: actions.ask_note(self))
        self.notes_box.edit_requested.connect(lambda note: actions.ask_edit_note(self, note))
        self.notes_box.delete_requested.connect(self.delete_note)
        self.notes_box.note_activated.connect(self._note_activated)
        self.pane.selection_changed.connect(self._selection_changed)
        self._selection_changed(False)

    def restore_state(self) -> None:
        s = self.settings
        if s.value("window/geometry") is not None:
            self.restoreGeometry(QByteArray(s.value("window/geometry")))
        for key, splitter in self._splitters().items():
            if s.value(key) is not None:
                splitter.restoreState(QByteArray(s.value(key)))
        self.pane.set_zoom(int(s.value("reading/zoom", 0)))
        actions.set_mode(self, str(s.value("reading/mode", "clean")))
        last = s.value("reading/last_article")
        if not (last and self.open_article(str(last))):
            self.open_first_article()

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        for key, splitter in self._splitters().items():
            s.setValue(key, splitter.saveState())
        s.setValue("tree/grouping", self.sidebar.model.grouping)
        s.setValue("reading/zoom", self.pane.zoom)
        s.setValue("reading/mode", self.pane.mode)
        s.sync()

    def _splitters(self) -> dict:
        return {
            "window/splitter": self.splitter,
            "window/side_splitter": self.side_splitter,
            "reading/splitter": self.pane.splitter,
        }

    def closeEvent(self, event) -> None:
        self._suggest_timer.stop()
        self._populate_timer.stop()
        if self.suggester is not None:
            self.suggester.stop()
        if self.import_job is not None:
            self.import_job.wait()
        self.save_state()
        super().closeEvent(event)

    # -- articles -----------------------------------------------------------------------------

    @property
    def article(self):
        return self.pane.article

    def open_first_article(self) -> bool:
        if self.sidebar.model.loaded:
            article_id = self.sidebar.model.article_id(self.sidebar.model.first_article())
        else:
            article_id = self._some_first_article()
        return bool(article_id) and self.open_article(article_id)

    def _some_first_article(self) -> str | None:
        """An article to show before the tree exists: the one the tree lists first (first file
        by the store's ordering, its first article), in one query of one row."""
        try:
            rows = self.library.article_rows(limit=1)
        except LibraryError as error:
            self.show_status(str(error))
            return None
        return rows[0].id if rows else None

    def open_article(self, article_id: str, terms=()) -> bool:
        """Show an article (with `terms` marked); False and a status message if it is gone."""
        try:
            article = self.library.article(article_id)
            notes = self.library.notes(article_id)
        except ArticleNotFound:
            self.show_status(self.tr("That article is no longer in the library."))
            return False
        self._terms = list(terms)
        self._show(article, notes)
        self.sidebar.reveal(article)
        self.settings.setValue("reading/last_article", article.id)
        self.tag_editor.set_suggestions([])
        self._suggest_timer.start()
        return True

    def refresh_article(self) -> None:
        """Re-read the open article's tags and notes after a change, keeping the scroll."""
        if self.article is None:
            return
        bar = self.pane.browser.verticalScrollBar()
        position = bar.value()
        try:
            article = self.library.article(self.article.id)
            notes = self.library.notes(self.article.id)
        except ArticleNotFound:
            self.pane.clear()
            return
        self._show(article, notes, keep_marks=True)
        bar.setValue(position)

    def _show(self, article, notes, keep_marks: bool = False) -> None:
        spans = [(n.start, n.end) for n in notes if n.start is not None and n.end is not None]
        self.pane.show_article(article, spans, self._terms)
        self.notes_box.set_notes(notes)
        self.tag_editor.set_tags(article.tags)
        self.notes_box.set_can_add(True, self.pane.selected_span() is not None)
        names = [row.name for row in self.library.tags()]
        self.tag_editor.set_completions(names)
        self.sidebar.set_tag_names(names)
        title = display_title(article.title, article.text)
        self.setWindowTitle(f"{title} — {self.tr('Reader')}")

    def load_suggestions(self) -> None:
        """Suggested tags for the open article, computed here and now (for screenshots)."""
        if self.article is not None:
            try:
                names = self.library.suggested_tags(self.article.id, n=SUGGESTED_TAGS)
            except LibraryError as error:
                self.show_status(str(error))
                return
            self._suggestions_ready(self.article.id, names)

    def _suggestions_ready(self, article_id: str, names: list) -> None:
        if self.article is not None and self.article.id == article_id:
            self.tag_editor.set_suggestions(names)

    def _note_activated(self, note) -> None:
        if note is not None and note.start is not None and note.end is not None:
            self.pane.select_span(note.start, note.end)

    def _selection_changed(self, has_selection: bool) -> None:
        """A note can always be added on an open article; with a passage selected it is
        anchored there, and the button says so."""
        self.notes_box.set_can_add(self.article is not None, has_selection)

    # -- tags and notes (saved at once through the store) -------------------------------------

    def add_tag(self, name: str) -> None:
        if self.article is None or not name.strip():
            return
        if self._attempt(self.library.tag_article, self.article.id, name.strip()):
            self.refresh_article()
            self._tags_changed()
            self.tag_editor.set_suggestions(
                [n for n in self._current_suggestions() if n != name.strip()]
            )

    def remove_tag(self, name: str) -> None:
        if self.article is not None and self._attempt(
            self.library.untag_article, self.article.id, name
        ):
            self.refresh_article()
            self._tags_changed()

    def tags_edited(self) -> None:
        """Tags renamed, merged or deleted library-wide: the tree (a `#tag` filter may name a
        tag that is gone), the chips and the completions are read again."""
        self.sidebar.reload()
        self.refresh_article()
        if self.article is not None:
            self.sidebar.reveal(self.article)

    def _tags_changed(self) -> None:
        """After any tag change: a filtered tree is read again, the open article kept in it."""
        if not self.sidebar.filtering():
            return
        self.sidebar.tags_changed()
        if self.article is not None:
            self.sidebar.reveal(self.article)

    def _current_suggestions(self) -> list[str]:
        return [str(b.property("tag")) for b in self.tag_editor.suggestion_buttons()]

    def add_note(self, text: str, span=None) -> None:
        """Add a note on the open article, anchored to `span` (start, end, quote) if given."""
        if self.article is None or not text.strip():
            return
        start, _end, quote = span if span else (None, None, None)
        self._push(
            AddNote(
                self.library,
                self.refresh_article,
                self.report_failure,
                self.article.id,
                text.strip(),
                quote=quote,
                start=start,
            )
        )

    def edit_note(self, note, text: str) -> None:
        if text.strip() and text != note.text:
            self._push(
                EditNote(
                    self.library, self.refresh_article, self.report_failure, note, text.strip()
                )
            )

    def delete_note(self, note) -> None:
        self._push(DeleteNote(self.library, self.refresh_article, self.report_failure, note))

    def _push(self, command) -> None:
        self.undo_stack.push(command)  # a refused step shows its message and is dropped

    def _attempt(self, function, *args) -> bool:
        try:
            function(*args)
        except LibraryError as error:
            self.report_failure(str(error))
            return False
        return True

    # -- importing ----------------------------------------------------------------------------

    def import_paths(self, paths, title: str = "") -> ImportJob | None:
        """Import files or folders in a worker thread; the tree reloads when it is done."""
        if self.import_job is not None and self.import_job.running:
            self.show_status(self.tr("An import is already running."))
            return None
        job = ImportJob(self.db_path, paths, self, title)
        job.finished.connect(self._import_done)
        job.failed.connect(self._import_failed)
        self.import_job = job
        job.start()
        return job

    def import_seeds_if_empty(self) -> ImportJob | None:
        """First run: an empty library gets the bundled sample pages."""
        from reader.resources import bundled_seeds_dir

        if not self.library.is_empty():
            return None
        return self.import_paths([bundled_seeds_dir()], self.tr("Importing the sample pages…"))

    def _import_done(self, report) -> None:
        self._forget_import_job()
        self.sidebar.reload()
        message = report_message(report)
        self.show_status(message)
        if self.article is None:
            self.open_first_article()
        else:
            self.refresh_article()

    def _import_failed(self, message: str) -> None:
        self._forget_import_job()
        actions.show_error(self, self.tr("Import failed"), message)

    def _forget_import_job(self) -> None:
        """The job has stopped its thread: delete it (thread, worker, dialog) once back in the
        event loop, since its signal is being delivered right now."""
        if self.import_job is not None:
            self.import_job.deleteLater()
        self.import_job = None

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- messages -----------------------------------------------------------------------------

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def report_failure(self, message: str) -> None:
        """A change the library refused; if its file is gone, offer to save a copy elsewhere."""
        if self.library.is_gone():
            self.gone_box = actions.offer_copy(self, message)
        else:
            self.show_status(message)
