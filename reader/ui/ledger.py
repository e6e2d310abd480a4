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

Every read (the units, the count, the rows, the chart's totals, a search) runs on the
ledger's own thread (`LedgerReader`): the units first, then the rows, then the chart, each
step asked when the one before is in. Meanwhile the ledger shows what it had, a busy bar
says it is reading, and it scrolls, sorts and closes as ever; `busy()` says a read is under
way. Closing the ledger (or the window) stops its thread.
"""

from __future__ import annotations

from functools import partial
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
    QProgressBar,
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
from reader.ui.ledger_reader import LedgerReader

translate = QCoreApplication.translate  # lupdate knows this name
KINDS = ("money", "count", "percent", "date", "other")
EXPORTS = {"csv": "CSV (*.csv)", "json": "JSON (*.json)"}
VALUE_PADDING = 24  # pixels beside a value: the cell's margins and a little air
BUSY_WIDTH = 120  # pixels of the busy bar beside the status


class LedgerDialog(QDialog):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ledger")  # the window closes it (and its thread) as it closes
        self.session = session
        self.library = session.library
        self.scope: Scope = session.scope
        self.setWindowTitle(translate("Ledger", "Figures ledger"))
        self.reader = LedgerReader(self.library.path, self)
        self.model = LedgerModel(self.reader, self)
        self.table = self._table()
        self.chart = LedgerChart(self)
        self.status = QLabel()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no end known: Qt's busy animation
        self.busy_bar.setMaximumWidth(BUSY_WIDTH)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        # what a reload keeps: the selected figure, the rows fetched, the scroll position
        self._restore: tuple[FigureKey | None, int, int] | None = None
        self._chart_due = False
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
        self.reader.busy_changed.connect(self.busy_bar.setVisible)
        self.model.queried.connect(self._queried)
        self.model.failed.connect(self.status.setText)
        self.finished.connect(self.reader.stop)
        self._ask_measures(keep=False)
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
        self.measure.addItem(translate("Ledger", "All units"), None)
        self.how = QComboBox(self)
        self.how.addItem(translate("Ledger", "Sum"), "sum")
        self.how.addItem(translate("Ledger", "Count"), "count")
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(translate("Ledger", "Filter: what it counts, headline…"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("Ledger", "Search articles…"))
        self.kind.currentIndexChanged.connect(lambda _index: self._ask_measures(keep=False))
        self.measure.currentIndexChanged.connect(self.refresh)
        self.how.currentIndexChanged.connect(self._ask_chart)  # the table stays as it is
        self.text.returnPressed.connect(self.refresh)
        self.search.returnPressed.connect(self.refresh)

    def _filters_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in (self.kind, self.measure, self.how, self.text, self.search):
            row.addWidget(widget)
        return row

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.busy_bar)
        for fmt in EXPORTS:
            button = QPushButton(translate("Ledger", "Export %1…").replace("%1", fmt.upper()))
            button.setAutoDefault(False)  # Return in a filter box filters, never exports
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.export(fmt))
            row.addWidget(button)
        return row

    # -- what is shown ------------------------------------------------------------------------

    def filters(self) -> Narrowing:
        """The filters as chosen; the search's articles are found on the reading thread."""
        return Narrowing(
            kind=self.kind.currentData(),
            measure=self.measure.currentData(),
            text=self.text.text().strip() or None,
        )

    def busy(self) -> bool:
        """A read of the ledger is under way (what it shows may be about to change)."""
        return self.reader.busy()

    def _ask_measures(self, keep: bool) -> None:
        scope, kind = self.scope, self.kind.currentData()
        self.reader.ask(
            "measures",
            lambda library: library.figure_measures(scope, kind),
            partial(self._fill_measures, keep),
        )

    def _fill_measures(self, keep: bool, measures) -> None:
        """The units and measure words of the chosen kind, most frequent first, with their
        numbers of rows; the most frequent chosen, or with `keep` the one chosen before (all
        units if it is gone). Then the rows are read for it."""
        if isinstance(measures, LibraryError):
            self.status.setText(str(measures))
            return
        if not keep:
            self._restore = None  # the user chose another kind: a reload's places are moot
        kept = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        self.measure.addItem(translate("Ledger", "All units"), None)
        for word, rows in measures:
            self.measure.addItem(f"{word} ({rows})", word)
        if keep:
            self.measure.setCurrentIndex(max(self.measure.findData(kept), 0) if kept else 0)
        elif self.measure.count() > 1:
            self.measure.setCurrentIndex(1)
        self.measure.blockSignals(False)
        self._read_rows(self._restore[1] if keep and self._restore else 0)

    def library_changed(self) -> None:
        """Read again in place: the filters, the sort, the rows fetched, the scroll position
        and the selected figure (if it is still in the ledger) stay as the user left them."""
        if self._restore is None:  # (a second change before the first is read: the same)
            scrolled = self.table.verticalScrollBar().value()
            self._restore = (self.selected_figure(), self.model.rowCount(), scrolled)
        self._ask_measures(keep=True)

    def _tags_changed(self) -> None:
        """An article tagged or untagged: a ledger of a tag may have gained or lost it."""
        if self.scope.tag:
            self.library_changed()

    def selected_figure(self) -> FigureKey | None:
        """The figure of the current row, as `LedgerModel.row_of` finds it again."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.key(rows[0].row()) if rows else None

    def refresh(self) -> None:
        """Read the ledger for the filters as they are now (the user changed one)."""
        self._restore = None
        self._read_rows(0)

    def _read_rows(self, rows: int) -> None:
        """The count and at least `rows` rows (a page if 0), then the chart."""
        self.status.setText(translate("Ledger", "Reading the figures…"))
        self._chart_due = True
        self.model.set_query(self.scope, self.filters(), self.search.text().strip(), rows)

    def _queried(self) -> None:
        """The count and the first rows are in: the status, the value column, the rows and
        scroll position kept through a reload; then the chart is asked for."""
        place = self.scope.label(translate("Ledger", "city-wide"), translate("Ledger", "all"))
        self.status.setText(
            translate("Ledger", "%1 figures · %2")
            .replace("%1", f"{self.model.total:,}")
            .replace("%2", place)
        )
        self._fit_values()
        if self._restore is not None:
            (chosen, _rows, scrolled), self._restore = self._restore, None
            self.table.verticalScrollBar().setValue(scrolled)
            row = self.model.row_of(chosen) if chosen is not None else None
            if row is not None:
                self.table.selectRow(row)
        if self._chart_due:  # (not after a sort: the chart does not change with it)
            self._chart_due = False
            self._ask_chart()

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

    def _ask_chart(self) -> None:
        how = self.chart_how()
        measure = self.model.resolved.measure if how == "sum" else None
        scope, narrowing = self.model.scope, self.model.resolved
        self.reader.ask(
            "chart",
            lambda library: library.figure_totals(scope, narrowing, how),
            partial(self._draw_chart, measure),
        )

    def _draw_chart(self, measure: str | None, totals) -> None:
        if isinstance(totals, LibraryError):
            self.status.setText(str(totals))
            return
        bars = [(place_name(t.city, t.county), t.total) for t in totals]
        self.chart.show_totals(bars, measure)

    def closeEvent(self, event) -> None:
        self.reader.stop()  # (also when the window closes a ledger it had hidden)
        super().closeEvent(event)

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
            text = self.library.export_figures(fmt, self.model.scope, self.model.resolved)
            write_atomically(Path(path), text)
        except (LibraryError, OSError) as error:
            self.status.setText(str(error))
            return False
        self.status.setText(translate("Ledger", "Saved %1").replace("%1", str(path)))
        return True
