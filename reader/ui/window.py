"""The main window: sidebar tree | reading pane | tags and notes, in splitters.

In: an open `reader.store.Library`, its file path (for the import worker's own connection)
and a QSettings (tests pass a temporary one). The window makes a `Session` (library, undo
stack, open article) and only lays out the panes, connects the session's signals to them and
the panes' requests to the session's slots. Menus are the table in `reader.ui.menus`,
the splitters are laid out by `reader.ui.layout`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from reader.ui import actions, corrections, expansion, layout, menus, reading_actions
from reader.ui.navigation import Navigator
from reader.ui.notes import NotesBox
from reader.ui.pageview import PageDock
from reader.ui.panels import ColumnKeeper
from reader.ui.reading import ReadingPane
from reader.ui.readout import Readout
from reader.ui.render import display_title
from reader.ui.session import Session
from reader.ui.sidebar import Sidebar
from reader.ui.suggestions import SuggestedTags
from reader.ui.tags import TagEditor
from reader.ui.tree_nodes import BY_FILE

STATUS_MS = 8000
POPULATE_BACKSTOP_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, library, settings: QSettings, db_path=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.session = Session(library, db_path, self)
        self.gone_box = None
        self.setWindowTitle(self.tr("Reader"))
        self.setAcceptDrops(True)
        grouping = str(settings.value("tree/grouping", BY_FILE))
        # The tree fills right after the first article is painted: a library of 8,000 files
        # costs its file list (~25 ms) once, and the reader sees text first.
        self.sidebar = Sidebar(library, grouping, self, load=False)
        self.pane = ReadingPane(self)
        self.tag_editor = TagEditor(self)
        self.notes_box = NotesBox(self)
        self.page_dock = PageDock(self.session, self)
        layout.build(self)
        self.navigator = Navigator(self.session, self.sidebar, self.pane, self)
        self.column_keeper = ColumnKeeper(self, self.splitter, self.pane.browser)
        self.actions = menus.build(self.menuBar(), self.session, menus.window_views(self), self)
        self.addToolBar(reading_actions.toolbar(self.actions, self))
        self.page_dock.bind(self.actions["page_view"])
        self.actions["to_check"].setCheckable(True)
        self._sync_checks()
        self._connect_session()
        self._connect_panes()
        self.suggestions = SuggestedTags(self.session, self.tag_editor, db_path, self)
        self.suggester = self.suggestions.suggester
        self.readout = Readout(
            self.session, self.sidebar, self.pane, self.tag_editor, self.notes_box,
            self.statusBar(), self.actions["add_note"],
        )  # fmt: skip
        self.restore_state()
        self._populate_timer = QTimer(self, singleShot=True, interval=POPULATE_BACKSTOP_MS)
        self._populate_timer.timeout.connect(self.populate_tree)
        self._populate_timer.start()
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
        self._reveal()

    # -- layout and wiring --------------------------------------------------------------------

    def _sync_checks(self) -> None:
        self.actions["group_" + self.sidebar.model.grouping].setChecked(True)
        self.sidebar.grouping.currentIndexChanged.connect(
            lambda _i: self.actions["group_" + self.sidebar.grouping.currentData()].setChecked(True)
        )
        language = str(self.settings.value("ui/language", "zh_CN"))
        self.actions.get("lang_" + language, self.actions["lang_zh_CN"]).setChecked(True)

    def _connect_session(self) -> None:
        session = self.session
        session.article_opened.connect(self._article_opened)
        session.tags_changed.connect(self._tags_changed)
        session.notes_changed.connect(self._redraw)
        session.status.connect(self.show_status)
        session.library_changed.connect(self._library_changed)
        session.library_gone.connect(self._library_gone)
        session.import_failed.connect(
            lambda message: actions.show_error(session, self.tr("Import failed"), message)
        )

    def _connect_panes(self) -> None:
        session = self.session
        self.sidebar.article_selected.connect(session.open_article)
        self.sidebar.scope_changed.connect(session.set_scope)
        self.tag_editor.tag_added.connect(session.add_tag)
        self.tag_editor.tag_removed.connect(session.remove_tag)
        self.notes_box.add_requested.connect(
            lambda: actions.ask_note(session, self.pane.selected_span())
        )
        self.notes_box.edit_requested.connect(lambda note: actions.ask_edit_note(session, note))
        self.notes_box.delete_requested.connect(session.delete_note)
        self.notes_box.note_activated.connect(self._note_activated)
        self.notes_box.tags_edited.connect(
            lambda note, names: reading_actions.set_note_tags(session, note, names)
        )
        self.pane.selection_changed.connect(self._selection_changed)
        self.pane.context_menu.connect(
            lambda menu: corrections.fill_menu(menu, session, self.pane.cursor_paragraph)
        )
        self.sidebar.context_menu.connect(lambda menu: corrections.fill_menu(menu, session))
        self._selection_changed(False)

    def set_mode(self, mode: str) -> None:
        self.pane.set_mode(mode)
        action = self.actions.get(f"mode_{self.pane.mode}") if hasattr(self, "actions") else None
        if action is not None:
            action.setChecked(True)

    # -- state --------------------------------------------------------------------------------

    def restore_state(self) -> None:
        s = self.settings
        layout.restore_splitters(self, s)
        self.pane.set_zoom(int(s.value("reading/zoom", 0)))
        self.set_mode(str(s.value("reading/mode", "clean")))
        last = s.value("reading/last_article")
        if not (last and self.session.open_article(str(last))):
            self.open_first_article()

    def save_state(self) -> None:
        s = self.settings
        layout.save_splitters(self, s)
        s.setValue("tree/grouping", self.sidebar.model.grouping)
        s.setValue("reading/zoom", self.pane.zoom)
        s.setValue("reading/mode", self.pane.mode)
        s.sync()

    def closeEvent(self, event) -> None:
        self._populate_timer.stop()
        self.suggestions.stop()
        for ledger in self.findChildren(QDialog, "ledger"):
            ledger.close()  # and its reading thread with it
        self.session.wait_for_import()
        self.session.write_pending_notes()
        self.navigator.remember_current()
        self.save_state()
        super().closeEvent(event)

    # -- the open article ---------------------------------------------------------------------

    def open_first_article(self) -> bool:
        if self.sidebar.model.loaded:
            article_id = self.sidebar.model.article_id(self.sidebar.model.first_article())
        else:
            article_id = self.session.first_article_id()
        return bool(article_id) and self.session.open_article(article_id)

    def _article_opened(self, article) -> None:
        self._show(keep_marks=False)
        if self.session.span is not None:
            self.pane.select_span(*self.session.span)
        self._reveal()
        self.settings.setValue("reading/last_article", article.id)
        self.suggestions.article_opened()

    def _redraw(self) -> None:
        """Show the session's article again after a change, keeping the scroll."""
        if self.session.article is None:
            self.pane.clear()
            return
        bar = self.pane.browser.verticalScrollBar()
        position = bar.value()
        self._show(keep_marks=True)
        bar.setValue(position)

    def _show(self, keep_marks: bool) -> None:
        article, notes = self.session.article, self.session.notes
        spans = [(n.start, n.end) for n in notes if n.start is not None and n.end is not None]
        self.pane.show_article(article, spans, self.session.terms)
        self.notes_box.set_notes(notes)
        self.tag_editor.set_tags(article.tags)
        self.notes_box.set_can_add(True, self.pane.selected_span() is not None)
        names = [row.name for row in self.session.library.tags()]
        self.tag_editor.set_completions(names)
        self.notes_box.set_tag_names(names)
        self.sidebar.set_tag_names(names)
        title = display_title(article.title, article.text)
        self.setWindowTitle(f"{title} — {self.tr('Reader')}")

    def _reveal(self) -> None:
        if self.session.article is not None:
            self.sidebar.reveal(self.session.article)

    def _tags_changed(self) -> None:
        """A filtered tree is read again, the open article kept in it; chips redrawn."""
        self._redraw()
        shown = [str(b.property("tag")) for b in self.tag_editor.suggestion_buttons()]
        tags = self.session.article.tags if self.session.article is not None else []
        self.tag_editor.set_suggestions([name for name in shown if name not in tags])
        if self.sidebar.filtering():
            self.sidebar.tags_changed()
            self._reveal()

    def _library_changed(self) -> None:
        """Read the tree again, its open groups kept; the open article (maybe another id
        after a re-import) shown again where it was, or, if it vanished, nothing opened."""
        opened = expansion.opened(self.sidebar.view, self.sidebar.model)
        self.sidebar.reload()
        expansion.reopen(self.sidebar.view, self.sidebar.model, opened)
        if self.session.article is not None:
            self._redraw()
            self._reveal()
            self.settings.setValue("reading/last_article", self.session.article.id)
        elif self.session.vanished is None:
            self.open_first_article()

    def _note_activated(self, note) -> None:
        if note is not None and note.start is not None and note.end is not None:
            self.pane.select_span(note.start, note.end)

    def _selection_changed(self, has_selection: bool) -> None:
        """A note can always be added on an open article; with a passage selected it is
        anchored there, and the button says so."""
        self.notes_box.set_can_add(self.session.article is not None, has_selection)

    def load_suggestions(self) -> None:
        """Suggested tags for the open article, computed here and now (for screenshots)."""
        self.suggestions.load_now()

    # -- drops and messages -------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.session.import_paths(paths)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, STATUS_MS)

    def _library_gone(self, message: str) -> None:
        self.gone_box = actions.offer_copy(self.session, message)
