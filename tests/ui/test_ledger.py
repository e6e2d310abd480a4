"""The 数据台账 window through its real widgets: table, filters, chart, double-click, export."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from reader.store import Scope
from reader.store.ledger import Narrowing
from reader.store.scope import EVERYTHING
from reader.ui import ledger_model
from reader.ui.ledger_chart import WAN, YI, LedgerChart, axis_scale, bar_label
from reader.ui.ledger_model import LedgerModel, place_name

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]


def settle(qtbot, dialog) -> None:
    """Until the ledger's reads (units, rows, chart) are all in."""
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)


def all_rows(qtbot, model: LedgerModel) -> list:
    """Every row, each page fetched as a view would and waited for (after any read under
    way, the chart's too: the reader is the dialog's)."""
    qtbot.waitUntil(lambda: not model.reader.busy(), timeout=10000)
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.reader.busy(), timeout=10000)
    return model.figures()


def test_the_model_fetches_in_batches_and_passes_the_tester(
    qtbot, qtmodeltester, library, ledger_reader, monkeypatch
):
    monkeypatch.setattr(ledger_model, "BATCH", 7)
    model = LedgerModel(ledger_reader)
    with qtbot.waitSignal(model.queried):
        model.set_query(Scope(), Narrowing())
    assert model.rowCount() == 7 < model.total
    qtmodeltester.check(model, force_py=True)
    assert len(all_rows(qtbot, model)) == model.total == library.figure_count()


def test_sorting_by_a_column_queries_in_that_order(qtbot, ledger_reader):
    model = LedgerModel(ledger_reader)
    model.set_query(Scope(), Narrowing(kind="money"))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    values = [row.value for row in all_rows(qtbot, model)]
    assert values == sorted(values, reverse=True) and len(values) > 3
    first = model.index(0, 1).data()
    assert first == model.figure(0).shown and first.endswith(" 元")
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.index(0, 1).data(tip) == model.figure(0).printed
    assert model.index(0, 5).data(tip) == model.figure(0).headline


def test_a_sort_chosen_before_the_query_is_kept_and_reads_nothing_yet(qtbot, ledger_reader):
    """A view turning sorting on sorts at once: before its query the model only notes the
    order (each read of a 100,000-article ledger costs a count and a page)."""
    model = LedgerModel(ledger_reader)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert (model.rowCount(), model.total) == (0, 0) and not ledger_reader.busy()
    model.set_query(Scope(), Narrowing(kind="money"))
    values = [row.value for row in all_rows(qtbot, model)]
    assert values == sorted(values, reverse=True) and model.total == len(values) > 3


def open_ledger(qtbot, window, scope=EVERYTHING):
    window.session.set_scope(scope)  # as the tree sets it
    window.actions["ledger"].trigger()
    dialog = window.session.ledger
    assert dialog is not None and dialog.isVisible()
    settle(qtbot, dialog)
    return dialog


def test_the_charts_numbers_equal_the_tables(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    for how in ("sum", "count"):
        dialog.how.setCurrentIndex(dialog.how.findData(how))
        rows = all_rows(qtbot, dialog.model)
        assert rows and {row.kind for row in rows} == {"money"}
        expected: dict[str, float] = {}
        for row in rows:
            place = place_name(row.city, row.county)
            expected[place] = expected.get(place, 0) + (row.value if how == "sum" else 1)
        assert dict(dialog.chart.bars()) == pytest.approx(expected)
        assert dialog.chart_how() == how


def test_kind_and_text_filters(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("count"))
    settle(qtbot, dialog)  # the units of the kind are read, then its rows
    measure = dialog.measure.currentData()
    rows = all_rows(qtbot, dialog.model)
    assert rows and {(row.kind, row.measure) for row in rows} == {("count", measure)}
    label = next(row.label for row in rows if row.label)
    dialog.text.setText(label)  # QTest types ASCII only
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert all(label in (row.label or "") + row.headline for row in all_rows(qtbot, dialog.model))


def test_a_search_narrows_to_the_articles_found(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    dialog.kind.setCurrentIndex(0)  # every kind
    dialog.search.setText("供热")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    found = {hit.article_id for hit in window.session.library.search("供热", limit=500)}
    rows = all_rows(qtbot, dialog.model)
    assert rows and {row.article_id for row in rows} <= found


def test_double_click_opens_the_article_with_the_figure_selected(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    qtbot.waitExposed(dialog)
    figure = dialog.model.figure(3)
    index = dialog.model.index(3, 0)
    dialog.table.scrollTo(index)
    rect = dialog.table.visualRect(index)
    assert dialog.table.viewport().rect().contains(rect.center())
    viewport = dialog.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(dialog.table.doubleClicked, timeout=2000):
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.article.id == figure.article_id
    assert window.pane.browser.textCursor().selectedText() == figure.printed
    assert window.pane.selected_span()[:2] == (figure.start, figure.end)


def test_the_ledger_follows_the_trees_scope(qtbot, open_window, library_path):
    window = open_window(library_path)
    county = next(c.county for c in window.session.library.counties() if c.county)
    dialog = open_ledger(qtbot, window, Scope(county=county))
    dialog.kind.setCurrentIndex(0)
    rows = all_rows(qtbot, dialog.model)
    assert rows and {row.county for row in rows} == {county}
    assert county in dialog.status.text()


def test_export_writes_the_filtered_ledger(qtbot, open_window, library_path, tmp_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    assert dialog.export("json", str(tmp_path / "figures.json"))
    saved = json.loads((tmp_path / "figures.json").read_text(encoding="utf-8"))["figures"]
    assert len(saved) == dialog.model.total and {r["kind"] for r in saved} == {"money"}
    assert all(r["sentence"] and r["file"] for r in saved)
    assert dialog.export("csv", str(tmp_path / "figures.csv"))
    assert (tmp_path / "figures.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_figure_tooltips_carry_the_ledgers_full_value(qtbot, open_window, library_path):
    window = open_window(library_path)
    money = window.session.library.figures(Scope(), Narrowing(kind="money"))[0]
    window.session.open_article(money.article_id)
    position = window.pane.document_position(money.start) + 1
    tip = window.pane.browser.tooltip_at(position)
    assert money.shown in tip and money.shown.endswith(" 元")


def test_the_screenshot_command_shows_the_ledger(qapp, library_path, tmp_path):
    from PySide6.QtGui import QImage

    from reader.cli import main

    out = tmp_path / "ledger.png"
    argv = ["--db", str(library_path), "screenshot", str(out), "--ledger", "--size", "900x500"]
    assert main(argv) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 500)


def test_no_value_is_cut_short(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    metrics = dialog.table.fontMetrics()
    width = dialog.table.columnWidth(1)
    rows = range(dialog.model.rowCount())
    assert rows and all(
        metrics.horizontalAdvance(dialog.model.index(row, 1).data()) < width for row in rows
    )


@pytest.mark.parametrize(
    ("largest", "scale"),
    [(0, 1), (9_999.5, 1), (10_000, WAN), (99_999_999, WAN), (206_890_000, YI), (-3e8, YI)],
)
def test_the_value_axis_reads_in_wan_or_yi(largest, scale):
    assert axis_scale(largest) == scale


@pytest.mark.parametrize(
    ("value", "label"),
    [(308.9, "308.9"), (0.08, "0.08"), (3e-5, "<0.01"), (1000, "1,000"), (12, "12"), (0, "0")],
)
def test_a_bar_is_labelled_as_the_axis_reads(value, label):
    assert bar_label(value) == label


def test_a_sum_of_billions_reads_in_yi_never_in_powers_of_ten(qtbot, qapp):
    from reader.ui.app import install_translators

    chart = LedgerChart()
    qtbot.addWidget(chart)
    bars = [("甲县", 30_000_000_000), ("乙县", 2_500_000_000)]
    translators = install_translators(qapp, "zh_CN")
    try:
        chart.show_totals(bars, "元")
        assert chart.title.text() == "各县区合计（亿元）"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert chart.bars() == bars and chart.scale == YI
    axis = chart.plot.getAxis("bottom")
    assert axis.tickStrings([0, 1e10, 2.5e10], axis.scale, 5e9) == ["0", "100", "250"]
    chart.show_totals([("甲县", 12), ("乙县", 30)], None)
    assert chart.scale == 1 and chart.plot.getAxis("bottom").scale == 1
    assert chart.title.text() == "Figures per county"


def test_no_figure_says_so_instead_of_an_empty_chart(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    dialog.text.setText("no such label")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    assert dialog.model.total == 0 and not dialog.chart.bars()
    assert dialog.chart.empty.isVisibleTo(dialog) and not dialog.chart.plot.isVisibleTo(dialog)
    dialog.text.clear()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    assert dialog.chart.plot.isVisibleTo(dialog) and not dialog.chart.empty.isVisibleTo(dialog)


def test_the_window_starts_without_pyqtgraph():
    import subprocess
    import sys

    code = "import sys, reader.ui.window, reader.ui.app; print('pyqtgraph' in sys.modules)"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "False"
