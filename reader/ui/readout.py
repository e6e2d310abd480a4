"""What the window tells the user about where they are: the status bar's counts, the empty
states, the import report, and the article a re-import took away.

In: the `Session` and the panes it concerns (sidebar, reading pane, tag editor, notes box),
the window's QStatusBar and its "add note" action: narrow things, never the window. Out:
`Readout`, which keeps them current from the session's signals:

- the status bar (`reader.ui.statusbar`): articles at the tree position, the open article's
  notes, the selected characters, and a button to the last import's report;
- empty states (`reader.ui.empty`): no notes yet, an empty library, the first-run import;
- a re-import that dropped the open article: the pane says so, the tags and notes panels are
  emptied and adding a note is disabled (nothing is offered that would do nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.ui import actions
from reader.ui.empty import EmptyHint
from reader.ui.statusbar import StatusInfo


class Readout(QObject):
    def __init__(self, session, sidebar, pane, tag_editor, notes_box, bar, add_note_action):
        super().__init__(session)
        self._session, self._sidebar, self._pane = session, sidebar, pane
        self._tags, self._notes, self._add_note = tag_editor, notes_box, add_note_action
        self.info = StatusInfo(bar, session.library)
        self.notes_hint = EmptyHint(
            notes_box.view, self.tr("No notes yet. Select a passage in the text, then Add note.")
        )
        self.tree_hint = EmptyHint(sidebar.view)
        self.report_dialog = None
        session.article_opened.connect(self._article_changed)
        session.notes_changed.connect(self._article_changed)
        session.library_changed.connect(self._library_changed)
        session.article_vanished.connect(self._vanished)
        session.import_reported.connect(self.info.show_report)
        sidebar.scope_changed.connect(self.info.show_scope)
        pane.selection_changed.connect(self._selection_changed)
        self.info.report_requested.connect(self.open_report)
        self._library_changed()

    def open_report(self):
        if self._session.last_report is not None:
            self.report_dialog = actions.show_import_report(self._session)
        return self.report_dialog

    def importing_first_pages(self) -> None:
        """The first run's sample import is under way: the empty tree says so."""
        self.tree_hint.set_text(
            self.tr("Importing the sample pages… their articles appear here when it is done.")
        )

    def _article_changed(self, *_args) -> None:
        article = self._session.article
        self.info.show_notes(len(self._session.notes) if article is not None else None)
        self._add_note.setEnabled(article is not None)

    def _library_changed(self) -> None:
        self.tree_hint.set_text(
            self.tr(
                "The library is empty. Import page files with File ▸ Import, or drop them here."
            )
        )
        self.info.show_scope(self._sidebar.scope())
        self._article_changed()

    def _vanished(self, message: str) -> None:
        self._pane.clear(message)
        self._tags.set_tags([])
        self._tags.set_suggestions([])
        self._notes.set_notes([])
        self._notes.set_can_add(False, False)
        self._article_changed()
        self._session.status.emit(message)

    def _selection_changed(self, has_selection: bool) -> None:
        span = self._pane.selected_span() if has_selection else None
        self.info.show_selection(len(span[2]) if span else 0)
