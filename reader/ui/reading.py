"""The reading pane: the clean article (HTML from `reader.ui.render`) and its raw source lines.

In: an ArticleDetail plus the note spans and search hits to mark. Out: what the reader sees,
the passage they select (as offsets into `article.text`) and the zoom level;
`document_position(offset)` maps such an offset back into the browser's document (as
`select_span` does to select a note's passage).

The browser never opens links and never loads a resource: article text is escaped before it
becomes HTML, and `loadResource` refuses everything in case anything slipped through.
Modes: "clean" (text only), "beside" (text and source lines side by side), "raw" (source only).
Beside, the paragraph under the mouse (or the text cursor) lights up its source lines
(`reader.ui.lines` finds them), and a marker row stands wherever the line numbers jump.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QMenu,
    QSplitter,
    QTextBrowser,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reader.ui.render import Labels, block_offsets, find_marks, render_article
from reader.ui.source_view import SourceView

MODES = ("clean", "beside", "raw")
ZOOM_MIN, ZOOM_MAX = -6, 16


class ArticleBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing and shows the tooltips set on figures."""

    hovered = Signal(int)  # the document position under the mouse
    resizing = Signal()  # about to lay its document out for a new size
    resized = Signal()  # its document is laid out for the new size

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.viewport().setMouseTracking(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)

    def loadResource(self, type_: int, name):
        return None

    def tooltip_at(self, position: int) -> str:
        """The tooltip on the character at a document position (empty if none)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(position + 1, self.document().characterCount() - 1))
        return cursor.charFormat().toolTip()

    def resizeEvent(self, event) -> None:
        self.resizing.emit()
        super().resizeEvent(event)
        self.resized.emit()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseMove:
            self.hovered.emit(self.cursorForPosition(event.position().toPoint()).position())
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(event.pos()).position()
            tip = self.tooltip_at(position)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)


class ReadingPane(QWidget):
    """Clean text and source lines in a splitter; knows how to map a selection to offsets."""

    selection_changed = Signal(bool)
    zoom_changed = Signal(int)
    left = Signal(str, int)  # another article replaces this one: its id and reading position
    entered = Signal(str)  # a different article is shown (not a redraw of the same)
    context_menu = Signal(QMenu)  # about to show: connected slots add their actions

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._article = None
        self._mode = "clean"
        self._zoom = 0
        self._pending_offset = 0  # a position to scroll to once the text has a size
        self.browser = ArticleBrowser(self)
        self.browser.resizing.connect(self._keep_place)
        self._settle = QTimer(self)  # after a resize, once the viewport has its new size
        self._settle.setSingleShot(True)
        self._settle.setInterval(0)
        self._settle.timeout.connect(self._scroll_pending)
        self.browser.resized.connect(self._settle.start)
        self.source = SourceView(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.browser)
        self.splitter.addWidget(self.source)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._base_size = self.browser.font().pointSizeF() + 2
        self.browser.copyAvailable.connect(self.selection_changed)
        self.browser.hovered.connect(self.link_position)
        self.browser.cursorPositionChanged.connect(
            lambda: self.link_position(self.browser.textCursor().position())
        )
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(
            lambda pos: self.menu_at(pos).popup(self.browser.viewport().mapToGlobal(pos))
        )
        self.set_zoom(0)
        self.set_mode("clean")
        self.clear()

    @property
    def article(self):
        return self._article

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def zoom(self) -> int:
        return self._zoom

    def labels(self) -> Labels:
        kinds = {
            "money": self.tr("money"),
            "percent": self.tr("percent"),
            "count": self.tr("count"),
            "date": self.tr("date"),
            "other": self.tr("number"),
        }
        return Labels(
            kinds=kinds,
            city_wide=self.tr("city-wide"),
            dateline=self.tr("dateline"),
            place=self.tr("place"),
            note=self.tr("note"),
        )

    def clear(self, message: str = "") -> None:
        self._leave(None)
        self._article = None
        self.browser.setPlainText(message)
        self.source.clear_article()

    def show_article(self, article, notes=(), terms=()) -> None:
        """Render an article; `notes` are (start, end) spans, `terms` search words to mark."""
        entering = self._article is None or self._article.id != article.id
        self._pending_offset = 0
        self._leave(article)
        self._article = article
        marks = find_marks(article.text or "", terms)
        self.browser.setHtml(render_article(article, self.labels(), notes, marks, terms))
        self.source.show_article(article)
        if marks:
            self.browser.scrollToAnchor("hit0")
        else:
            self.browser.verticalScrollBar().setValue(0)
        if entering:
            self.entered.emit(article.id)

    def top_offset(self) -> int:
        """The offset into `article.text` of the first line at the top of the view (0 at the
        headline): the reading position, independent of font size and window width."""
        if self._article is None or self.browser.verticalScrollBar().value() == 0:
            return 0
        # Half a line down: the very top pixel may fall in the margin above the first line.
        probe = QPoint(0, self.browser.fontMetrics().height() // 2)
        return self._text_offset(self.browser.cursorForPosition(probe).position())

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so that the line holding `offset` (into `article.text`) is at the top."""
        bar = self.browser.verticalScrollBar()
        if self._article is None or offset <= 0 or not self._article.body:
            bar.setValue(0)
            return
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.document_position(offset))
        bar.setValue(bar.value() + self.browser.cursorRect(cursor).top())
        # Not laid out yet (the window opens on the last article before it is shown): again
        # once the browser has its size.
        self._pending_offset = offset if bar.maximum() == 0 else 0

    def _keep_place(self) -> None:
        """A new width reflows the text: the line at the top stays at the top."""
        if not self._pending_offset:
            self._pending_offset = self.top_offset()

    def _scroll_pending(self) -> None:
        if self._pending_offset:
            self.scroll_to_offset(self._pending_offset)

    def _leave(self, coming) -> None:
        """Say where the reader was in the article being replaced (not on a redraw of it)."""
        going = self._article
        if going is not None and (coming is None or coming.id != going.id):
            self.left.emit(going.id, self.top_offset())

    def linked_lines(self) -> list[int]:
        """The source lines lit up for the paragraph under the mouse or the cursor."""
        return self.source.linked_lines()

    def link_position(self, position: int) -> None:
        """Beside: light up the source lines of the paragraph at a browser position."""
        if self._mode != "beside" or self._article is None or not self._article.body:
            return
        number = self.browser.document().findBlock(position).blockNumber()
        self.source.link(number - self._first_body_block())

    def set_mode(self, mode: str) -> None:
        self._mode = mode if mode in MODES else "clean"
        self.browser.setVisible(self._mode != "raw")
        self.source.setVisible(self._mode != "clean")

    def set_zoom(self, step: int) -> None:
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, step))
        size = max(6.0, self._base_size + self._zoom)
        for widget in (self.browser, self.source):
            font = QFont(widget.font())
            font.setPointSizeF(size)
            widget.setFont(font)
        self.zoom_changed.emit(self._zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def selected_span(self) -> tuple[int, int, str] | None:
        """The selected passage as (start, end, quote) in `article.text`, or None."""
        cursor = self.browser.textCursor()
        if self._article is None or not cursor.hasSelection():
            return None
        start = self._text_offset(cursor.selectionStart())
        end = self._text_offset(cursor.selectionEnd())
        text = self._article.text or ""
        quote = text[start:end].strip()
        if not quote:
            return None
        start = text.index(quote, start)
        return start, start + len(quote), quote

    def menu_at(self, pos: QPoint) -> QMenu:
        """The context menu for a click at `pos` (viewport coordinates): the browser's own
        (copy, select all) and what `context_menu` adds; the text cursor moves to the click
        (unless text is selected), so "this paragraph" is the one clicked."""
        if not self.browser.textCursor().hasSelection():
            self.browser.setTextCursor(self.browser.cursorForPosition(pos))
        menu = self.browser.createStandardContextMenu(pos)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu.emit(menu)
        return menu

    def cursor_paragraph(self) -> int | None:
        """The 1-based body paragraph holding the text cursor (None: none, or a headline)."""
        if self._article is None or not self._article.body:
            return None
        position = self.browser.textCursor().position()
        number = self.browser.document().findBlock(position).blockNumber()
        number -= self._first_body_block()
        return number + 1 if 0 <= number < len(self._article.body) else None

    def select_span(self, start: int, end: int) -> None:
        """Select a passage given as offsets into `article.text` and scroll to it."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self.document_position(start))
        cursor.setPosition(self.document_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()

    def _first_body_block(self) -> int:
        # The body is rendered last, one document block per body block.
        return self.browser.document().blockCount() - len(self._article.body or [])

    def _text_offset(self, position: int) -> int:
        block = self.browser.document().findBlock(position)
        number = block.blockNumber() - self._first_body_block()
        body = self._article.body or []
        if number < 0 or not body:
            return 0
        offsets = block_offsets(body)
        inside = min(position - block.position(), len(_text(body[number])))
        return offsets[number] + inside

    def document_position(self, offset: int) -> int:
        """The browser document's position of an offset into `article.text` (the inverse of
        the offsets `selected_span` reports)."""
        body = self._article.body or []
        offsets = block_offsets(body)
        number = 0
        for index, start in enumerate(offsets):
            if start <= offset:
                number = index
        block = self.browser.document().findBlockByNumber(self._first_body_block() + number)
        return block.position() + min(offset - offsets[number], block.length() - 1)


def _text(block) -> str:
    return block.get("text") if isinstance(block, dict) else block.text
