"""The search dialog (Ctrl+F): full-text hits with highlighted snippets, narrowed to a scope.

In: the library (its `search`) and the `Scope` the user is looking at (offered as "Only in
<its label>"). Out: `article_chosen(article_id, terms)` when the user presses Enter or
double-clicks a hit; `terms` are the matched words, for the reading pane to mark.
Snippets arrive HTML-escaped with <b>…</b> from the store; titles are escaped here.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from reader.store import LibraryError
from reader.store.scope import EVERYTHING, Scope

HitRole = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 150


def hit_terms(query: str, hits) -> list[str]:
    """The words to mark in an opened article: the query's words and the words it matched."""
    terms = {word for word in query.split() if word}
    for hit in hits:
        terms.update(hit.terms)
    return sorted(terms, key=len, reverse=True)


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._hits: list = []
        self._html: list[str] = []

    def set_hits(self, hits) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._html = [_hit_html(hit) for hit in self._hits]
        self.endResetModel()

    def hits(self) -> list:
        return list(self._hits)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._html[index.row()]
        if role == HitRole:
            return self._hits[index.row()]
        return None


def _hit_html(hit) -> str:
    place = " · ".join(html.escape(p) for p in (hit.county, hit.file_name) if p)
    return (
        f"<b>{html.escape(hit.title or '')}</b>&nbsp;&nbsp;<small>{place}</small><br/>{hit.snippet}"
    )


class HtmlDelegate(QStyledItemDelegate):
    """Paints the DisplayRole as rich text (the snippets' <b> hits)."""

    def paint(self, painter, option, index) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = option.state & QStyle.StateFlag.State_Selected
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(group))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))

    def _document(self, option, index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = option.rect.width() if option.rect.width() > 0 else 400
        document.setTextWidth(width)
        return document


class SearchDialog(QDialog):
    article_chosen = Signal(str, list)

    def __init__(self, library, scope: Scope = EVERYTHING, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self._library = library
        self._scope = scope
        scope_label = scope.label(
            city_wide_text=self.tr("city-wide"), placeless_text=self.tr("no place")
        )
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Words to find…"))
        self.query.setClearButtonEnabled(True)
        self.narrow = QCheckBox(self.tr("Only in %1").replace("%1", scope_label), self)
        self.narrow.setVisible(not scope.is_everything)
        self.narrow.setChecked(not scope.is_everything)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # errors quote the query
        self.model = SearchResultsModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        for widget in (self.query, self.narrow, self.results, self.status):
            layout.addWidget(widget)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.narrow.toggled.connect(lambda _on: self.run_search())
        self.query.returnPressed.connect(self.open_current)
        self.results.activated.connect(lambda _index: self.open_current())
        self.resize(560, 480)

    def run_search(self) -> None:
        self._timer.stop()
        text = self.query.text().strip()
        hits = []
        if text:
            scope = self._scope if self.narrow.isChecked() else EVERYTHING
            try:
                hits = self._library.search(text, scope)
            except LibraryError as error:  # a malformed query is a typo, not a crash
                self.status.setText(str(error))
                self.model.set_hits([])
                return
        self.model.set_hits(hits)
        self.status.setText(self.tr("%n result(s)", "", len(hits)) if text else "")
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def open_current(self) -> None:
        if self._timer.isActive():
            self.run_search()
        index = self.results.currentIndex()
        if not index.isValid():
            return
        hit = index.data(HitRole)
        self.article_chosen.emit(hit.article_id, hit_terms(self.query.text(), [hit]))
        self.accept()
