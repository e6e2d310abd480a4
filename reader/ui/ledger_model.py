"""`LedgerModel`: the figures ledger as a Qt table, filtered and sorted in SQL, fetched in pages.

In: the library, a `Scope` and a `ledger.Narrowing` (`set_query`). Out: one row per figure,
COLUMNS (kind, value with its unit, unit, what it counts, county, article); `figure(row)` is
the store's FigureRow behind a row. Sorting (`sort`, as a sortable QTableView calls it)
queries again with the column's SQL order; rows arrive BATCH at a time through
`canFetchMore`/`fetchMore`, their display strings made then, so `data()` does no SQL and no
formatting. `key(row)` names a figure so that `row_of(key)` finds it again after a reload.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

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


class LedgerModel(QAbstractTableModel):
    def __init__(self, library, parent=None):
        super().__init__(parent)
        self.library = library
        self.scope: Scope = EVERYTHING
        self.narrowing = Narrowing()
        self._order = ("place", False)
        self._queried = False  # no reading before set_query: a view's set-up sorts first
        self._rows: list = []
        self._shown: list[tuple[str, ...]] = []
        self.total = 0
        self._fetching = False
        self._kinds = kind_names()
        self._headers = (
            translate("Ledger", "Kind"),
            translate("Ledger", "Value"),
            translate("Ledger", "Unit"),
            translate("Ledger", "What it counts"),
            translate("Ledger", "County"),
            translate("Ledger", "Article"),
        )

    def set_query(self, scope: Scope, narrowing: Narrowing) -> None:
        self.scope, self.narrowing = scope, narrowing
        self._queried = True
        self._reload()

    def figure(self, row: int):
        return self._rows[row]

    def key(self, row: int) -> FigureKey:
        figure = self._rows[row]
        return (figure.article_id, figure.start, figure.end, figure.kind)

    def row_of(self, key: FigureKey) -> int | None:
        """The row of that figure among those fetched, if it is there."""
        return next((row for row in range(len(self._rows)) if self.key(row) == key), None)

    def fetch_at_least(self, rows: int) -> None:
        """As many rows as a view had before a reload (or all there are)."""
        while len(self._rows) < rows and self.canFetchMore():
            self.fetchMore()

    def figures(self) -> list:
        """The rows fetched so far (all of them once `canFetchMore` is False)."""
        return list(self._rows)

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows, self._shown = [], []
        self.total = self.library.figure_count(self.scope, self.narrowing)
        self._append(self._batch())
        self.endResetModel()

    def _batch(self) -> list:
        order, descending = self._order
        return self.library.figures(
            self.scope,
            self.narrowing,
            order=order,
            descending=descending,
            limit=BATCH,
            offset=len(self._rows),
        )

    def _append(self, rows: list) -> None:
        self._rows += rows
        self._shown += [self._cells(row) for row in rows]

    def _cells(self, row) -> tuple[str, ...]:
        return (
            self._kinds.get(row.kind, row.kind),
            row.shown or row.printed,
            row.unit or row.measure or "",
            row.label or "",
            place_name(row.city, row.county),
            row.headline,
        )

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
        return not parent.isValid() and not self._fetching and len(self._rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        rows = self._batch()
        if not rows:
            self.total = len(self._rows)  # the library changed under us: stop asking
            return
        first = len(self._rows)
        # a view told of the new rows may ask for more before they are in: not until then
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._append(rows)
            self.endInsertRows()
        finally:
            self._fetching = False

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """By a column, in SQL; column -1 (no sort indicator) is reading order by place."""
        if column >= len(ORDER_OF_COLUMN):
            return
        name = ORDER_OF_COLUMN[column] if column >= 0 else "place"
        self._order = (name, order == Qt.SortOrder.DescendingOrder)
        if self._queried:  # (a view turning sorting on asks before there is a query)
            self._reload()
