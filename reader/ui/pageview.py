"""The page view: the open article's whole source page, every line coloured by its article.

In: `PageLine` rows from `Library.page_lines(file_id)` and the open article's id. Out:
`PageModel` (a list model: one row per line, in page order) and `PageView` (a list view with
a line that says what the page is), which emits `article_chosen(article_id)` when a line of
an article is clicked and `line_menu_requested(PageLine, QPoint)` on a right click.
`PageDock` puts the view in a dock beside the reading pane and keeps it on the session's open
article (read only while the dock is shown); its `line_menu(line)` holds the corrections
that apply to that line (make it the open article's headline, send it to the leftovers or
take it from them, split the open article before its paragraph, with or without it as the
second part's headline), each one undoable step (`reader.ui.commands`).

Colours come from a fixed palette by the article's reading-order index on the page, so an
article keeps its colour when the page is shown again; leftover lines are grey. Headline and
byline lines are marked in the gutter; the open article's lines are bold and outlined.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListView,
    QMenu,
    QStackedWidget,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from reader.store import LibraryError
from reader.ui import commands
from reader.ui.page_colours import LEFTOVER_GREY, OUTLINE, article_colour
from reader.ui.pdfview import PdfPane

translate = QCoreApplication.translate  # lupdate knows this name
CONTEXT_ROWS = 4  # lines shown above the open article's first
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
LineRoleRole = Qt.ItemDataRole.UserRole + 2
IsOpenRole = Qt.ItemDataRole.UserRole + 3
GUTTER = {"headline": "题", "byline": "署", "leftover": "·"}


class PageModel(QAbstractListModel):
    """One row per page line; every display value is made in `set_lines`, none in data()."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lines: list = []
        self._labels: list[str] = []
        self._tips: list[str] = []
        self._open_id: str | None = None
        self._bold = QFont()
        self._bold.setBold(True)
        self._grey = QColor(LEFTOVER_GREY)
        self._role_names = {
            "headline": translate("PageView", "headline"),
            "byline": translate("PageView", "byline"),
            "body": translate("PageView", "body"),
            "leftover": translate("PageView", "leftover (in no article)"),
            "blank": "",
        }

    def set_lines(self, lines, open_id: str | None) -> None:
        self.beginResetModel()
        self._lines, self._open_id = list(lines), open_id
        self._labels = [f"{GUTTER.get(ln.role, ' ')} {ln.number:>4}  {ln.text}" for ln in lines]
        self._tips = [self._role_names.get(ln.role, ln.role) for ln in lines]
        self.endResetModel()

    def lines(self) -> list:
        return list(self._lines)

    def row_of(self, article_id: str) -> int:
        """The first row of an article's lines (-1: none on this page)."""
        for row, line in enumerate(self._lines):
            if line.article_id == article_id:
                return row
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return article_colour(line.article_index)
        if role == Qt.ItemDataRole.ForegroundRole and line.article_id is None:
            return self._grey
        if role == Qt.ItemDataRole.FontRole and self._is_open(line):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()] or None
        if role == ArticleIdRole:
            return line.article_id
        if role == LineRoleRole:
            return line.role
        if role == IsOpenRole:
            return self._is_open(line)
        return None

    def _is_open(self, line) -> bool:
        return line.article_id is not None and line.article_id == self._open_id


class OutlineDelegate(QStyledItemDelegate):
    """Draws the open article's lines with a frame: sides on every line, a top edge where it
    starts and a bottom edge where it ends."""

    def paint(self, painter, option, index) -> None:
        super().paint(painter, option, index)
        if not index.data(IsOpenRole):
            return
        model = index.model()
        above = model.index(index.row() - 1, 0).data(IsOpenRole)
        below = model.index(index.row() + 1, 0).data(IsOpenRole)
        rect = QRect(option.rect).adjusted(1, 0, -2, -1)
        painter.save()
        painter.setPen(QPen(QColor(OUTLINE), 2))
        painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        if not above:
            painter.drawLine(rect.topLeft(), rect.topRight())
        if not below:
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()


class PageView(QWidget):
    """The page's lines in a list; a click on an article's line asks to open it."""

    article_chosen = Signal(str)
    line_menu_requested = Signal(object, QPoint)  # the PageLine, the global position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = PageModel(self)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setItemDelegate(OutlineDelegate(self.view))
        self.view.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.view.clicked.connect(self._clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)

    def show_page(self, name: str, lines, open_id: str | None) -> None:
        self.model.set_lines(lines, open_id)
        self.caption.setText(
            translate("PageView", "%1 · %2 lines")
            .replace("%1", name)
            .replace("%2", str(len(lines)))
        )
        row = self.model.row_of(open_id) if open_id else -1
        if row >= 0:  # a few lines of the article before it stay in sight
            above = self.model.index(max(0, row - CONTEXT_ROWS), 0)
            self.view.scrollTo(above, QListView.ScrollHint.PositionAtTop)

    def clear(self) -> None:
        self.model.set_lines([], None)
        self.caption.setText("")

    def _clicked(self, index: QModelIndex) -> None:
        article_id = index.data(ArticleIdRole)
        if article_id:
            self.article_chosen.emit(article_id)

    def line_at(self, pos: QPoint):
        """The page line under a point of the view's viewport (None: below the last)."""
        index = self.view.indexAt(pos)
        return self.model.lines()[index.row()] if index.isValid() else None

    def _menu_requested(self, pos: QPoint) -> None:
        line = self.line_at(pos)
        if line is not None:
            self.line_menu_requested.emit(line, self.view.viewport().mapToGlobal(pos))


class PageDock(QDockWidget):
    """The page view in a dock, following the session's open article while it is shown."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(translate("PageView", "Page"), parent)
        self.setObjectName("page_dock")
        self.session = session
        self.page = PageView(self)
        self.pdf = PdfPane(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.pdf)
        self.setWidget(self.stack)
        self.page.article_chosen.connect(self._chosen)
        self.pdf.view.article_chosen.connect(self._chosen)
        self.page.line_menu_requested.connect(lambda line, where: self.line_menu(line).popup(where))
        session.article_opened.connect(lambda _article: self.refresh())
        session.library_changed.connect(self.refresh)
        self.visibilityChanged.connect(lambda visible: visible and self.refresh())

    def bind(self, action) -> None:
        """Make `action` (View ▸ Page view, whose slot is `toggle_shown`) a check box that
        follows the dock (closed by its own button too)."""
        action.setCheckable(True)
        action.setChecked(not self.isHidden())
        self.visibilityChanged.connect(lambda _v: action.setChecked(not self.isHidden()))

    def toggle_shown(self) -> None:
        self.setVisible(self.isHidden())

    def refresh(self) -> None:
        article = self.session.article
        if self.isHidden():
            return
        if article is None:
            self.page.clear()
            return
        try:
            if self.pdf.show_article(self.session.library, article):
                self.stack.setCurrentWidget(self.pdf)
                return
            lines = self.session.library.page_lines(article.file_id, article.page)
        except LibraryError as error:
            self.session.status.emit(str(error))
            return
        self.page.show_page(article.file_name, lines, article.id)
        if self.pdf.fallback:  # a PDF that moved or changed: its text rendering, and why
            self.page.caption.setText(f"{self.page.caption.text()} · {self.pdf.fallback}")
        self.stack.setCurrentWidget(self.page)

    def _chosen(self, article_id: str) -> None:
        if self.session.article is None or article_id != self.session.article.id:
            self.session.open_article(article_id)

    def line_menu(self, line) -> QMenu:
        """The corrections that apply to `line` for the open article (none on a blank line);
        each action is named (objectName) headline, leftover, take, split or split_headline."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        article, session = self.session.article, self.session
        if article is None or not line.text.strip():
            return menu
        own = line.article_id == article.id
        n = line.number
        if not (own and line.role == "headline"):
            _add(menu, "headline", translate("PageView", "Make this line the headline"),
                 lambda: commands.give_headline(session, n))  # fmt: skip
        if own:
            _add(menu, "leftover", translate("PageView", "Send this line to the leftovers"),
                 lambda: commands.send_to_leftovers(session, n))  # fmt: skip
        if line.role == "leftover":
            _add(menu, "take", translate("PageView", "Take this line into the article"),
                 lambda: commands.take_leftover(session, n))  # fmt: skip
        paragraph = self._paragraph_of(n) if own else None
        if paragraph is not None and paragraph >= 2:
            _add(menu, "split", translate("PageView", "Split the article before this paragraph"),
                 lambda: commands.split_at(session, paragraph))  # fmt: skip
            _add(menu, "split_headline",
                 translate("PageView", "Split before here, this line the new headline"),
                 lambda: commands.split_at(session, paragraph, n))  # fmt: skip
        return menu

    def _paragraph_of(self, number: int) -> int | None:
        from reader.importing.spans import paragraph_of

        lines = [line.text for line in self.page.model.lines()]
        return paragraph_of(self.session.article, lines, number)


def _add(menu: QMenu, name: str, text: str, slot) -> None:
    action = menu.addAction(text)
    action.setObjectName(name)
    action.triggered.connect(lambda _checked=False: slot())
