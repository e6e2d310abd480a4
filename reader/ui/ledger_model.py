"""`LedgerModel`: the figures ledger as a Qt table, filtered and sorted in SQL, fetched in pages.

In: a `LedgerReader` (the ledger's reading thread), a `Scope`, a `ledger.Narrowing` and the
words of a search (`set_query`). Out: one row per figure, COLUMNS (kind, value with its unit,
unit, what it counts, county, article); `figure(row)` is the store's FigureRow behind a row.
Every read runs on the reader's thread: `set_query` and `sort` (as a sortable QTableView calls
it) ask for the count and the first rows and keep showing the rows they have until the
answer is in (then `queried`); rows arrive BATCH at a time through `canFetchMore`/`fetchMore`,
the page inserted when it is read. Display strings are made on the reader's thread with the
rows, so `data()` does no SQL and no formatting. A question asked again before its answer
came makes the older one stale: its rows are never shown. `loading()` says a read is under
way; `key(row)` names a figure so that `row_of(key)` finds it again after a reload.
"""

from __future__ import annotations

import dataclasses
from functools import partial

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reader.store import LibraryError
from reader.store.ledger import Narrowing
from reader.store.scope import EVERYTHING, Scope

translate = QCoreApplication.translate  # lupdate knows this name
BATCH = 500  # rows per fetch: a screenful many times over, one short query
ORDER_OF_COLUMN = ("kind", "value", "unit", "label", "county", "article")
WHOLE_TEXT_TIPS = (3, 5)  # what it counts, the headline: long, cut short in the cell
Index = QModelIndex | QPersistentModelIndex
# a figure as it is found again after the library changed: an import or a correction stores
# its article's figures anew (new ids), at the same offsets of the same article
FigureKey = tuple[str, int, int, str]


def kind_names() -> dict[str, str]:
    return {
        "money": translate("Ledger", "money"),
        "count": translate("Ledger", "count"),
        "percent": translate("Ledger", "percent"),
        "date": translate("Ledger", "date"),
        "other": translate("Ledger", "number"),
    }


def place_name(city: str | None, county: str | None) -> str:
    """A county, or its city's city-wide articles, or none."""
    if county:
        return county
    if city:
        return translate("Ledger", "%1 (city-wide)").replace("%1", city)
    return translate("Ledger", "(no place)")


@dataclasses.dataclass(frozen=True)
class Ask:
    """What the model asks its reader: the rows `offset` to `offset + limit` of a query."""

    scope: Scope
    narrowing: Narrowing
    order: tuple[str, bool]
    kinds: dict[str, str]  # the kinds' names, translated on the UI thread
    offset: int
    limit: int


def narrowed(library, scope: Scope, narrowing: Narrowing, search: str) -> Narrowing:
    """The narrowing with the articles a search finds (all of them) in its scope."""
    if not search:
        return narrowing
    total = library.search_count(search, scope)
    hits = library.search(search, scope, limit=max(total, 1))
    return dataclasses.replace(narrowing, article_ids=tuple(hit.article_id for hit in hits))


def read_query(ask: Ask, search: str, library) -> tuple[Narrowing, int, list, list]:
    """On the reader's thread: the narrowing as resolved, the count and the first rows."""
    narrowing = narrowed(library, ask.scope, ask.narrowing, search)
    total = library.figure_count(ask.scope, narrowing)
    rows, shown = read_page(dataclasses.replace(ask, narrowing=narrowing), library)
    return narrowing, total, rows, shown


def read_page(ask: Ask, library) -> tuple[list, list]:
    """On the reader's thread: a page of rows, with their display strings."""
    order, descending = ask.order
    rows = library.figures(
        ask.scope,
        ask.narrowing,
        order=order,
        descending=descending,
        limit=ask.limit,
        offset=ask.offset,
    )
    return rows, [cells(row, ask.kinds) for row in rows]


def cells(row, kinds: dict[str, str]) -> tuple[str, ...]:
    return (
        kinds.get(row.kind, row.kind),
        row.shown or row.printed,
        row.unit or row.measure or "",
        row.label or "",
        place_name(row.city, row.county),
        row.headline,
    )


class LedgerModel(QAbstractTableModel):
    queried = Signal()  # a query's count and first rows are in
    failed = Signal(str)  # a read failed: what the library said

    def __init__(self, reader, parent=None):
        super().__init__(parent)
        self.reader = reader
        self.scope: Scope = EVERYTHING
        self.narrowing = Narrowing()  # as asked
        self.search = ""  # the words of a search narrowing it
        self.resolved = Narrowing()  # the narrowing of the rows shown, the search's articles in
        self._order = ("place", False)
        self._queried = False  # no reading before set_query: a view's set-up sorts first
        self._rows: list = []
        self._shown: list[tuple[str, ...]] = []
        self.total = 0
        self._fetching = False  # a page asked and not yet in
        self._kinds = kind_names()
        self._headers = (
            translate("Ledger", "Kind"),
            translate("Ledger", "Value"),
            translate("Ledger", "Unit"),
            translate("Ledger", "What it counts"),
            translate("Ledger", "County"),
            translate("Ledger", "Article"),
        )

    def set_query(self, scope: Scope, narrowing: Narrowing, search: str = "", rows: int = 0):
        """Read the count and the first `rows` rows (at least a BATCH) in the background."""
        self.scope, self.narrowing, self.search = scope, narrowing, search
        self._queried = True
        self._reload(rows)

    def loading(self) -> bool:
        return self.reader.asking("query") or self.reader.asking("page")

    def figure(self, row: int):
        return self._rows[row]

    def key(self, row: int) -> FigureKey:
        figure = self._rows[row]
        return (figure.article_id, figure.start, figure.end, figure.kind)

    def row_of(self, key: FigureKey) -> int | None:
        """The row of that figure among those fetched, if it is there."""
        return next((row for row in range(len(self._rows)) if self.key(row) == key), None)

    def figures(self) -> list:
        """The rows fetched so far (all of them once `canFetchMore` is False)."""
        return list(self._rows)

    def _reload(self, rows: int = 0) -> None:
        self.reader.forget("page")  # a page of the query before would be stale
        self._fetching = False
        ask = Ask(self.scope, self.narrowing, self._order, self._kinds, 0, max(rows, BATCH))
        self.reader.ask("query", partial(read_query, ask, self.search), self._answered)

    def _answered(self, answer) -> None:
        if isinstance(answer, LibraryError):
            self.failed.emit(str(answer))
            return
        self.resolved, total, rows, shown = answer
        self.beginResetModel()
        self._rows, self._shown, self.total = rows, shown, total
        self.endResetModel()
        self.queried.emit()

    # -- Qt's table model ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ORDER_OF_COLUMN)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() in WHOLE_TEXT_TIPS:
                return self._shown[index.row()][index.column()]
            return self._rows[index.row()].printed
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return (
            not parent.isValid()
            and not self._fetching
            and not self.reader.asking("query")  # the rows shown are about to go
            and len(self._rows) < self.total
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        # until the page is in, a view asking for more is told there is none to fetch
        self._fetching = True
        ask = Ask(self.scope, self.resolved, self._order, self._kinds, len(self._rows), BATCH)
        self.reader.ask("page", partial(read_page, ask), partial(self._add, ask.offset))

    def _add(self, offset: int, answer) -> None:
        self._fetching = False
        if isinstance(answer, LibraryError):
            self.failed.emit(str(answer))
            return
        rows, shown = answer
        if offset != len(self._rows):
            return  # (never: a new query forgets the page asked before it)
        if not rows:
            self.total = len(self._rows)  # the library changed under us: stop asking
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
        self._rows += rows
        self._shown += shown
        self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """By a column, in SQL; column -1 (no sort indicator) is reading order by place."""
        if column >= len(ORDER_OF_COLUMN):
            return
        name = ORDER_OF_COLUMN[column] if column >= 0 else "place"
        self._order = (name, order == Qt.SortOrder.DescendingOrder)
        if self._queried:  # (a view turning sorting on asks before there is a query)
            self._reload()
