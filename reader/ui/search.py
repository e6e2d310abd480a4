"""The search dialog (Ctrl+F): full-text hits with highlighted snippets, in the whole library
unless the user narrows it.

In: the library (its `search`, `search_count`) and the `Scope` the user is looking at in the
tree, offered by a button ("Only in 聊城市 · 东阿县"); once taken it shows as removable chips
(`reader.ui.chips`). Out: `article_chosen(article_id, terms)` when the user presses Enter or
double-clicks a hit; `terms` are the matched words, for the reading pane to mark.

A search before the segmenter is loaded waits for it (`reader.ui.warmup`) saying "Preparing…":
the GUI thread never does. A narrowed search that finds nothing says how many hits the
whole library has. Down in the query field moves to the results.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.store import LibraryError
from reader.store.scope import EVERYTHING, Scope
from reader.ui.chips import ScopeChips
from reader.ui.empty import EmptyHint
from reader.ui.search_results import HitRole, HtmlDelegate, SearchResultsModel, _hit_html
from reader.ui.warmup import warmup

__all__ = ["HitRole", "SearchDialog", "SearchResultsModel", "_hit_html", "hit_terms"]
DEBOUNCE_MS = 150


def hit_terms(query: str, hits) -> list[str]:
    """The words to mark in an opened article: the query's words and the words it matched."""
    terms = {word for word in query.split() if word}
    for hit in hits:
        terms.update(hit.terms)
    return sorted(terms, key=len, reverse=True)


class SearchDialog(QDialog):
    article_chosen = Signal(str, list)

    def __init__(self, library, offered: Scope = EVERYTHING, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self._library = library
        self._offered = offered
        self.scope: Scope = EVERYTHING
        self._open_when_ready = False
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Words to find…"))
        self.query.setClearButtonEnabled(True)
        self.query.installEventFilter(self)
        self.chips = ScopeChips(self)
        self.narrow = QPushButton(self._offer_text(offered), self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # errors quote the query
        self.status.setWordWrap(True)
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results_hint = EmptyHint(self.results)  # the empty list says why, and what to do
        layout = QVBoxLayout(self)
        for widget in (self.query, self.chips, self.narrow, self.results, self.status):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.narrow.clicked.connect(lambda _checked=False: self.set_scope(self._offered))
        self.chips.removed.connect(lambda field: self.set_scope(self.scope.without(field)))
        self.query.returnPressed.connect(self.open_current)
        self.results.activated.connect(lambda _index: self.open_current())
        self.set_scope(EVERYTHING)
        self.resize(560, 480)

    def set_scope(self, scope: Scope) -> None:
        """Search in `scope` from now on (chips shown; the offer hidden once taken)."""
        self.scope = scope
        self.chips.set_scope(scope)
        self.narrow.setVisible(not self._offered.is_everything and scope != self._offered)
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        if not text:
            self._show([], self._hint())
            return
        if not warmup().is_ready:
            self.status.setText(self.tr("Preparing…"))
            warmup().when_ready(self._ready)
            return
        try:
            hits = self._library.search(text, self.scope)
        except LibraryError as error:  # a malformed query is a typo, not a crash
            self._show([], str(error))
            return
        self._show(hits, self._counted(text, hits))

    def open_current(self) -> None:
        if self._timer.isActive() or not warmup().is_ready:
            self.run_search()
        if not warmup().is_ready:
            self._open_when_ready = True
            return
        index = self.results.currentIndex()
        if not index.isValid():
            return
        hit = index.data(HitRole)
        self.article_chosen.emit(hit.article_id, hit_terms(self.query.text(), [hit]))
        self.accept()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)

    def _ready(self) -> None:
        self.run_search()
        if self._open_when_ready:
            self._open_when_ready = False
            self.open_current()

    def _show(self, hits, message: str) -> None:
        self.model.set_hits(hits)
        self.status.setText(message)
        self.results_hint.set_text(message)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _counted(self, text: str, hits) -> str:
        if hits:
            return self.tr("%n result(s)", "", len(hits))
        if self.scope.is_everything:
            return self.tr("No results. Try fewer words, or shorter ones.")
        try:
            whole = self._library.search_count(text, EVERYTHING)
        except LibraryError as error:
            return str(error)
        return self.tr(
            "No results here; the whole library has %n. Remove a chip to see them.", "", whole
        )

    def _hint(self) -> str:
        if self.scope.is_everything:
            return self.tr("Type words to search the whole library.")
        return self.tr("Type words to search in %1.").replace("%1", self._label(self.scope))

    def _offer_text(self, scope: Scope) -> str:
        return self.tr("Only in %1").replace("%1", self._label(scope))

    def _label(self, scope: Scope) -> str:
        return scope.label(
            city_wide_text=self.tr("city-wide"),
            placeless_text=self.tr("no place"),
            to_check_text=self.tr("to check"),
        )
