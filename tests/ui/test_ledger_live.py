"""An open 数据台账 follows the library: an import or a correction shows in it at once, the
user's filters, sort and selection kept, the chart still equal to the table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.importing import import_paths
from reader.resources import bundled_seeds_dir
from reader.store import Library, Scope
from reader.store.ledger import Narrowing
from reader.ui import ledger_model
from reader.ui.ledger_model import place_name
from tests.ui.test_ledger import all_rows, open_ledger, settle

pytestmark = pytest.mark.gui
SEEDS = sorted(bundled_seeds_dir().glob("*.txt"))


@pytest.fixture
def one_page(tmp_path):
    """A library of one sample page with figures of money."""
    path, page = tmp_path / "lib.sqlite3", tmp_path / "first.txt"
    page.write_bytes(SEEDS[1].read_bytes())
    with Library(path) as library:
        assert import_paths(library, [page]).ok
        assert library.figure_count(narrowing=Narrowing(kind="money"))
    return path


def chart_matches_table(qtbot, dialog) -> None:
    expected: dict[str, float] = {}
    for row in all_rows(qtbot, dialog.model):
        place = place_name(row.city, row.county)
        expected[place] = expected.get(place, 0) + row.value
    assert dialog.chart_how() == "sum"
    assert dict(dialog.chart.bars()) == pytest.approx(expected)


def import_more(qtbot, window, page) -> None:
    with qtbot.waitSignal(window.session.library_changed, timeout=60000):
        assert window.session.import_paths([page]) is not None


def test_an_import_shows_in_the_open_ledger_sort_and_selection_kept(
    qtbot, open_window, one_page, tmp_path
):
    window = open_window(one_page)
    dialog = open_ledger(qtbot, window)
    unit = dialog.measure.currentData()
    assert dialog.kind.currentData() == "money" and unit
    dialog.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # a click on 数值, twice
    settle(qtbot, dialog)
    dialog.table.selectRow(2)
    chosen, before = dialog.model.key(2), dialog.model.total
    page = tmp_path / "more.txt"
    page.write_bytes(SEEDS[0].read_bytes())
    assert not any(row.file_name == "more.txt" for row in all_rows(qtbot, dialog.model))

    import_more(qtbot, window, page)

    library = window.session.library
    added = next(f.id for f in library.files() if f.name == "more.txt")
    new = library.figure_count(Scope(file_id=added), Narrowing(kind="money", measure=unit))
    rows = all_rows(qtbot, dialog.model)
    assert new and dialog.model.total == len(rows) == before + new
    assert sum(row.file_name == "more.txt" for row in rows) == new
    assert (dialog.kind.currentData(), dialog.measure.currentData()) == ("money", unit)
    assert dialog.measure.currentText() == f"{unit} ({before + new})"
    values = [row.value for row in rows]
    assert values == sorted(values, reverse=True)
    header = dialog.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )
    selected = dialog.table.selectionModel().selectedRows()
    assert [dialog.model.key(index.row()) for index in selected] == [chosen]
    chart_matches_table(qtbot, dialog)
    assert f"{before + new:,}" in dialog.status.text()


def test_a_filtered_ledger_keeps_its_filter_through_an_import(
    qtbot, open_window, one_page, tmp_path
):
    window = open_window(one_page)
    dialog = open_ledger(qtbot, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("count"))
    settle(qtbot, dialog)  # the units of the kind are read
    dialog.measure.setCurrentIndex(0)  # all units
    page = tmp_path / "more.txt"
    page.write_bytes(SEEDS[2].read_bytes())
    import_more(qtbot, window, page)
    rows = all_rows(qtbot, dialog.model)
    assert (dialog.kind.currentData(), dialog.measure.currentData()) == ("count", None)
    assert {row.kind for row in rows} == {"count"} and len({row.measure for row in rows}) > 1
    assert any(row.file_name == "more.txt" for row in rows)


def test_a_closed_ledger_is_left_alone_by_an_import(qtbot, open_window, one_page, tmp_path):
    window = open_window(one_page)
    dialog = open_ledger(qtbot, window)
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()
    page = tmp_path / "more.txt"
    page.write_bytes(SEEDS[0].read_bytes())
    import_more(qtbot, window, page)  # a slot of the deleted dialog would raise here
    assert "more.txt" in {f.name for f in window.session.library.files()}


def set_county(window) -> str:
    """Corrections › Set county…, the first county in the list other than the article's."""
    window.actions["set_county"].trigger()
    dialog = window.session.county_dialog
    counties = [dialog.list.item(row).text() for row in range(1, dialog.list.count())]
    choice = next(name for name in counties if name != window.session.article.county)
    dialog.select(choice)
    dialog.accept()
    return choice


def test_a_corrected_county_shows_in_the_ledger_and_its_chart(qtbot, open_window, one_page):
    window = open_window(one_page)
    dialog = open_ledger(qtbot, window)
    figure = dialog.model.figure(0)
    window.session.open_article(figure.article_id)

    choice = set_county(window)

    rows = all_rows(qtbot, dialog.model)
    mine = [number for number, row in enumerate(rows) if row.article_id == figure.article_id]
    assert mine and {rows[number].county for number in mine} == {choice}
    assert {dialog.model.index(number, 4).data() for number in mine} == {choice}
    assert choice in dict(dialog.chart.bars())
    chart_matches_table(qtbot, dialog)


def test_double_click_after_a_refresh_opens_the_figure(qtbot, open_window, one_page, tmp_path):
    window = open_window(one_page)
    dialog = open_ledger(qtbot, window)
    qtbot.waitExposed(dialog)
    page = tmp_path / "more.txt"
    page.write_bytes(SEEDS[0].read_bytes())
    import_more(qtbot, window, page)
    row = next(n for n, r in enumerate(all_rows(qtbot, dialog.model)) if r.file_name == "more.txt")
    figure, index = dialog.model.figure(row), dialog.model.index(row, 0)
    dialog.table.scrollTo(index)
    viewport, center = dialog.table.viewport(), dialog.table.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=center)
    with qtbot.waitSignal(dialog.table.doubleClicked, timeout=2000):
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=center)
    assert window.session.article.id == figure.article_id
    assert window.pane.browser.textCursor().selectedText() == figure.printed


def test_a_tags_ledger_gains_the_figures_of_an_article_tagged(qtbot, open_window, one_page):
    window = open_window(one_page)
    figure = window.session.library.figures(narrowing=Narrowing(kind="money"), limit=1)[0]
    dialog = open_ledger(qtbot, window, Scope(tag="待核"))
    dialog.kind.setCurrentIndex(0)  # every kind
    settle(qtbot, dialog)
    assert dialog.model.total == 0
    window.session.open_article(figure.article_id)
    window.tag_editor.editor.insert("待核")  # QTest types ASCII only
    qtbot.keyClick(window.tag_editor.editor, Qt.Key.Key_Return)
    rows = all_rows(qtbot, dialog.model)
    assert rows and {row.article_id for row in rows} == {figure.article_id}
    assert len(rows) == window.session.library.figure_count(Scope(tag="待核"))
    window.session.remove_tag("待核")
    settle(qtbot, dialog)
    assert dialog.model.total == 0


def test_a_reimported_page_shows_its_new_figure(qtbot, open_window, one_page, tmp_path):
    window = open_window(one_page)
    dialog = open_ledger(qtbot, window)
    page = tmp_path / "first.txt"
    text = page.read_text(encoding="utf-8")
    before = all_rows(qtbot, dialog.model)
    figure = next(r for r in before if r.printed[0].isdigit() and text.count(r.printed) == 1)
    changed = "9" + figure.printed  # the page corrected by its paper: one more digit
    page.write_text(text.replace(figure.printed, changed), encoding="utf-8")
    import_more(qtbot, window, page)
    after = all_rows(qtbot, dialog.model)
    assert changed in [row.printed for row in after]
    assert figure.printed not in [row.printed for row in after]
    assert len(after) == len(before) and dialog.model.total == len(after)
    chart_matches_table(qtbot, dialog)


def test_a_correction_keeps_the_rows_fetched_the_scroll_and_the_selection(
    qtbot, open_window, library_path, monkeypatch
):
    """The reload after a correction reads as many rows as were fetched, in one go on the
    ledger's thread, and puts the scroll bar and the selected figure back."""
    monkeypatch.setattr(ledger_model, "BATCH", 20)
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    dialog.kind.setCurrentIndex(0)  # every kind
    settle(qtbot, dialog)
    dialog.measure.setCurrentIndex(0)  # every unit
    dialog.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    settle(qtbot, dialog)
    dialog.model.fetchMore()
    settle(qtbot, dialog)
    fetched = dialog.model.rowCount()
    assert fetched >= 40 and fetched < dialog.model.total
    bar = dialog.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    dialog.table.selectRow(25)
    chosen = dialog.model.key(25)
    window.session.open_article(dialog.model.figure(3).article_id)

    set_county(window)
    assert dialog.busy()  # the reload is under way: the rows are not read on the GUI thread
    settle(qtbot, dialog)

    assert dialog.model.rowCount() == fetched and bar.value() == scrolled > 0
    selected = dialog.table.selectionModel().selectedRows()
    assert [dialog.model.key(index.row()) for index in selected] == [chosen]
