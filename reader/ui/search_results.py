"""The search dialog's results: one row per hit, its title, place and snippet as rich text.

In: `SearchHit`s from the store (snippets HTML-escaped with <b>…</b> round the hits).
Out: `SearchResultsModel` (DisplayRole: the row's HTML, titles escaped here; `HitRole`: the
hit) and `HtmlDelegate`, which paints that HTML in a list view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

HitRole = Qt.ItemDataRole.UserRole + 1


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
