"""The status bar's lasting part: how many articles the tree position holds, the open
article's notes, what is selected, and the last import's report.

In: the window's QStatusBar and the library (`count_articles`). Out: `StatusInfo`, whose
`show_scope(scope)`, `show_notes(count)`, `show_selection(chars)` update their labels and
`show_report(report)` shows a button that opens the import report (`report_requested`).
Messages (`showMessage`) still come and go on the left; these stay on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QToolButton

from reader.store import LibraryError
from reader.store.scope import Scope


class StatusInfo(QObject):
    report_requested = Signal()

    def __init__(self, bar: QStatusBar, library):
        super().__init__(bar)
        self._library = library
        self.scope_label = QLabel(bar)
        self.notes_label = QLabel(bar)
        self.selection_label = QLabel(bar)
        self.report_button = QToolButton(bar)
        self.report_button.setAutoRaise(True)
        self.report_button.hide()
        self.report_button.clicked.connect(lambda _checked=False: self.report_requested.emit())
        for widget in (self.selection_label, self.notes_label, self.scope_label):
            bar.addPermanentWidget(widget)
        bar.addPermanentWidget(self.report_button)

    def show_scope(self, scope: Scope) -> None:
        try:
            count = self._library.count_articles(scope)
        except LibraryError:
            self.scope_label.clear()
            return
        if scope.is_everything:
            text = self.tr("%n article(s) in the library", "", count)
        else:
            label = scope.label(
                city_wide_text=self.tr("city-wide"),
                placeless_text=self.tr("no place"),
                to_check_text=self.tr("to check"),
            )
            text = self.tr("%n article(s) in %1", "", count).replace("%1", label)
        self.scope_label.setText(text)

    def show_notes(self, count: int | None) -> None:
        """The open article's notes (None: no article open)."""
        if count is None:
            self.notes_label.clear()
        elif count:
            self.notes_label.setText(self.tr("%n note(s) on this article", "", count))
        else:
            self.notes_label.setText(self.tr("No notes yet: select a passage, then Add note"))

    def show_selection(self, chars: int) -> None:
        if chars:
            self.selection_label.setText(self.tr("%n character(s) selected", "", chars))
        else:
            self.selection_label.clear()

    def show_report(self, report) -> None:
        failed = len(report.errors)
        if failed:
            text = self.tr("Import report: %n file(s) failed", "", failed)
        else:
            text = self.tr("Import report")
        self.report_button.setText(text)
        self.report_button.show()
