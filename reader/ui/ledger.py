"""The 数据台账 (figures ledger) window: every figure of the current scope, a table and a chart.

In: the Session (its library, the tree's scope, `open_article`, `library_changed`).
Out: a non-modal dialog with
    filters    kind, unit or measure word, a text in what it counts or the headline, and a
               search (the figures of the articles it finds: a search result as the scope)
    table      `LedgerModel`, sorted by clicking a header (in SQL)
    chart      `LedgerChart` (pyqtgraph) beside it: per county, the sum of the values (when
               one unit is chosen: only figures of one unit add up) or the number of
               figures, from `Library.figure_totals` with the very filters of the table
    export     the ledger as CSV or JSON (the store's text, written atomically)
A double-click opens the figure's article with the figure selected. An import, a correction
or a tag edit (`library_changed`; `tags_changed` for a tag's ledger) reads it all again in
place, the filters, sort, scroll and selected figure kept. pyqtgraph is imported when the
first ledger opens, never at start-up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.store import LibraryError
from reader.store.ledger import Narrowing
from reader.store.scope import Scope
from reader.ui.export import write_atomically
from reader.ui.ledger_chart import LedgerChart
from reader.ui.ledger_model import FigureKey, LedgerModel, kind_names, place_name

translate = QCoreApplication.translate  # lupdate knows this name
KINDS = ("money", "count", "percent", "date", "other")
EXPORTS = {"csv": "CSV (*.csv)", "json": "JSON (*.json)"}
VALUE_PADDING = 24  # pixels beside a value: the cell's margins and a little air


class LedgerDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.library = session.library
        self.scope: Scope = session.scope
        self.setWindowTitle(translate("Ledger", "Figures ledger"))
        self.model = LedgerModel(self.library, self)
        self.table = self._table()
        self.chart = LedgerChart(self)
        self.status = QLabel()
        self._build_filters()
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([640, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters_row())
        layout.addWidget(splitter, 1)
        layout.addLayout(self._bottom_row())
        self.resize(1040, 620)
        self.refresh()
        # an import, a correction or a tag edit: the open ledger reads the library again
        session.library_changed.connect(self.library_changed)
        session.tags_changed.connect(self._tags_changed)

    # -- building -----------------------------------------------------------------------------

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # reading order until a click
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.doubleClicked.connect(lambda index: self.open_figure(index.row()))
        return table

    def _build_filters(self) -> None:
        self.kind = QComboBox(self)
        self.kind.addItem(translate("Ledger", "All kinds"), None)
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind)
        self.kind.setCurrentIndex(1)  # money: what most readers come for
        self.measure = QComboBox(self)
        self.how = QComboBox(self)
        self.how.addItem(translate("Ledger", "Sum"), "sum")
        self.how.addItem(translate("Ledger", "Count"), "count")
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(translate("Ledger", "Filter: what it counts, headline…"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Ledger", "Search articles…"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.measure.currentIndexChanged.connect(self.refresh)
        self.how.currentIndexChanged.connect(self.refresh)
        self.text.returnPressed.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)
        self._fill_measures()

    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in (self.kind, self.measure, self.how, self.text, self.search):
            row.addWidget(widget)
        return row

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for fmt in EXPORTS:
            button = QPushButton(translate("Ledger", "Export %1…").replace("%1", fmt.upper()))
            button.setAutoDefault(False)  # Return in a filter box filters, never exports
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.export(fmt))
            row.addWidget(button)
        return row

    # -- what is shown ------------------------------------------------------------------------

    def narrowing(self) -> Narrowing:
        query = self.search.text().strip()
        found = None
        if query:
            total = self.library.search_count(query, self.scope)
            hits = self.library.search(query, self.scope, limit=max(total, 1))
            found = tuple(hit.article_id for hit in hits)
        return Narrowing(
            kind=self.kind.currentData(),
            measure=self.measure.currentData(),
            text=self.text.text().strip() or None,
            article_ids=found,
        )

    def _kind_changed(self) -> None:
        self._fill_measures()
        self.refresh()

    def _fill_measures(self, keep: bool = False) -> None:
        """The units and measure words of the chosen kind, most frequent first, with their
        numbers of rows; the most frequent chosen, or with `keep` the one chosen before (all
        units if it is gone)."""
        kept = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        self.measure.addItem(translate("Ledger", "All units"), None)
        for word, rows in self.library.figure_measures(self.scope, self.kind.currentData()):
            self.measure.addItem(f"{word} ({rows})", word)
        if keep:
            self.measure.setCurrentIndex(max(self.measure.findData(kept), 0) if kept else 0)
        elif self.measure.count() > 1:
            self.measure.setCurrentIndex(1)
        self.measure.blockSignals(False)

    def library_changed(self) -> None:
        """Read again in place: the filters, the sort, the rows fetched, the scroll position
        and the selected figure (if it is still in the ledger) stay as the user left them."""
        chosen = self.selected_figure()
        fetched = self.model.rowCount()
        scrolled = self.table.verticalScrollBar().value()
        try:
            self._fill_measures(keep=True)
        except LibraryError as error:
            self.status.setText(str(error))
            return
        self.refresh()
        self.model.fetch_at_least(fetched)
        self.table.verticalScrollBar().setValue(scrolled)
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _tags_changed(self) -> None:
        """An article tagged or untagged: a ledger of a tag may have gained or lost it."""
        if self.scope.tag:
            self.library_changed()

    def selected_figure(self) -> FigureKey | None:
        """The figure of the current row, as `LedgerModel.row_of` finds it again."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def refresh(self) -> None:
        try:
            narrowing = self.narrowing()
            self.model.set_query(self.scope, narrowing)
            self._draw_chart(narrowing)
            self._fit_values()
        except LibraryError as error:
            self.status.setText(str(error))
            return
        place = self.scope.label(translate("Ledger", "city-wide"), translate("Ledger", "all"))
        self.status.setText(
            translate("Ledger", "%1 figures · %2")
            .replace("%1", f"{self.model.total:,}")
            .replace("%2", place)
        )

    def _fit_values(self) -> None:
        """The value column as wide as its widest value fetched: a full value is never cut
        short (Qt's own fit measures only the rows in view)."""
        metrics = self.table.fontMetrics()
        texts = [self.model.index(row, 1).data() for row in range(self.model.rowCount())]
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        self.table.setColumnWidth(1, max(widest + VALUE_PADDING, self.table.columnWidth(1)))

    def chart_how(self) -> str:
        """A sum only where one unit is chosen; else the number of figures."""
        wanted = self.how.currentData()
        return "sum" if wanted == "sum" and self.measure.currentData() else "count"

    def _draw_chart(self, narrowing: Narrowing) -> None:
        how = self.chart_how()
        totals = self.library.figure_totals(self.scope, narrowing, how)
        bars = [(place_name(t.city, t.county), t.total) for t in totals]
        self.chart.show_totals(bars, narrowing.measure if how == "sum" else None)

    # -- acting -------------------------------------------------------------------------------

    def open_figure(self, row: int) -> bool:
        figure = self.model.figure(row)
        return self.session.open_article(figure.article_id, span=(figure.start, figure.end))

    def export(self, fmt: str, path: str | None = None) -> bool:
        if path is None:
            path, _filter = QFileDialog.getSaveFileName(
                self, translate("Ledger", "Export the ledger"), f"figures.{fmt}", EXPORTS[fmt]
            )
        if not path:
            return False
        try:
            write_atomically(
                Path(path), self.library.export_figures(fmt, self.scope, self.narrowing())
            )
        except (LibraryError, OSError) as error:
            self.status.setText(str(error))
            return False
        self.status.setText(translate("Ledger", "Saved %1").replace("%1", str(path)))
        return True
