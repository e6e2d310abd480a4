"""`LedgerChart`: the 数据台账's bars per county, drawn by pyqtgraph.

In: `show_totals(bars, measure)`, bars as (place, value) and the measure word of a sum (None
for a count of figures). Out: horizontal bars, county names along the left axis, and a title
saying what they add up; each bar is labelled with its value. Sums of money run to tens of
billions: the axis and the labels read in 万 or 亿 of the unit (the title says which), never
1e+10; `bars()` gives back the values as summed, unscaled, exactly those drawn. pyqtgraph
loads with this module, which only the ledger imports.
"""

from __future__ import annotations

import pyqtgraph
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # lupdate knows this name
BAR_BRUSH = (255, 150, 0, 160)  # the reading pane's figure orange, see-through
AXIS_AIR = 16  # pixels beside the longest county name on the axis
WAN, YI = 10_000, 100_000_000  # 万 and 亿: the scales Chinese figures are read in
SMALLEST_LABEL = 0.01  # a bar's label has two decimals: below this it says "<0.01"
LABEL_ROOM = 1.3  # the value axis runs this far past the longest bar: room for its label


def axis_scale(largest: float) -> int:
    """The scale the value axis reads in: 亿 from one 亿 up, 万 from one 万 up, else units."""
    for scale in (YI, WAN):
        if abs(largest) >= scale:
            return scale
    return 1


def bar_label(value: float) -> str:
    """A bar's value as the axis reads it: two decimals at most, never a tiny total shown as 0."""
    if 0 < abs(value) < SMALLEST_LABEL:
        return f"<{SMALLEST_LABEL}" if value > 0 else f">-{SMALLEST_LABEL}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def scaled_unit(scale: int, measure: str) -> str:
    """`元` read in 亿 is 亿元 (in English: 100 million 元)."""
    if scale == YI:
        return translate("Ledger", "100 million %1").replace("%1", measure)
    if scale == WAN:
        return translate("Ledger", "10,000 %1").replace("%1", measure)
    return measure


class LedgerChart(QWidget):
    """Bars per county; `bars()` gives back exactly what is drawn, (place, value)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = pyqtgraph.PlotWidget(background=None)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.empty = QLabel(translate("Ledger", "No figures match the filters."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty, 1)  # shown only instead of the plot
        layout.addWidget(self.plot, 1)
        self._bars: list[tuple[str, float]] = []
        self.scale = 1

    def show_totals(self, bars: list[tuple[str, float]], measure: str | None) -> None:
        """`measure`: the unit summed; None when the bars count figures."""
        self._bars = bars
        self.plot.clear()
        self.scale = axis_scale(max((value for _, value in bars), default=0)) if measure else 1
        self.title.setText(self._title(measure))
        self.empty.setVisible(not bars)
        self.plot.setVisible(bool(bars))
        if bars:
            self._draw(bars)

    def _title(self, measure: str | None) -> str:
        if measure is None:
            return translate("Ledger", "Figures per county")
        unit = scaled_unit(self.scale, measure)
        return translate("Ledger", "Sum per county (%1)").replace("%1", unit)

    def _draw(self, bars: list[tuple[str, float]]) -> None:
        # horizontal bars: county names read along the axis, however many there are
        places = list(range(len(bars)))
        widths = [value for _, value in bars]
        item = pyqtgraph.BarGraphItem(x0=0, y=places, height=0.6, width=widths, brush=BAR_BRUSH)
        self.plot.addItem(item)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        for place, value in enumerate(widths):
            label = pyqtgraph.TextItem(bar_label(value / self.scale), color=ink, anchor=(0, 0.5))
            label.setPos(max(value, 0), place)
            self.plot.addItem(label)
        self.plot.getAxis("bottom").setScale(1 / self.scale)
        self.plot.setXRange(min(min(widths), 0), max(max(widths), 0) * LABEL_ROOM, padding=0.02)
        axis = self.plot.getAxis("left")
        axis.setTicks([[(i, name) for i, (name, _) in enumerate(bars)]])
        # the axis does not grow for its labels: room for the longest county name
        metrics = self.fontMetrics()
        axis.setWidth(max(metrics.horizontalAdvance(name) for name, _ in bars) + AXIS_AIR)
        self.plot.getPlotItem().invertY(True)
        self.plot.setYRange(-0.5, len(bars) - 0.5, padding=0.02)

    def bars(self) -> list[tuple[str, float]]:
        return list(self._bars)
