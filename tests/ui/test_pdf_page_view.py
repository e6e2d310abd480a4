"""A PDF in the window (issue 13): the page view shows the PDF page itself with every
article's region outlined, a click on a region opens its article, and a PDF that moved
shows its text rendering and says why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from reader.importing import import_paths
from reader.store import Library, Scope

pytestmark = pytest.mark.gui
EDITION = Path(__file__).resolve().parents[1] / "layouts" / "pdf" / "out" / "09_edition.pdf"


@pytest.fixture
def pdf_library(tmp_path):
    """A library holding one four-page PDF, kept in a folder of its own."""
    pdf = tmp_path / "papers" / "edition.pdf"
    pdf.parent.mkdir()
    shutil.copy(EDITION, pdf)
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        assert import_paths(library, [pdf], workers=1).ok
    return path, pdf


def _open_on_page(window, page: int) -> str:
    library = window.session.library
    file_id = library.files()[0].id
    first = next(
        r.id
        for r in library.article_rows(Scope(file_id=file_id))
        if library.article(r.id).page == page
    )
    window.session.open_article(first)
    window.actions["page_view"].trigger()
    return first


def test_the_page_view_shows_the_pdf_page_with_its_articles_outlined(
    open_window, pdf_library, qtbot
):
    path, _pdf = pdf_library
    window = open_window(path)
    opened = _open_on_page(window, 2)
    dock = window.page_dock
    assert dock.stack.currentWidget() is dock.pdf
    assert "edition.pdf" in dock.pdf.caption.text() and "2" in dock.pdf.caption.text()
    view = dock.pdf.view
    regions = window.session.library.page_regions(window.session.article.file_id, 2)
    assert opened in {row.article_id for row in regions} and len(regions) >= 2
    assert view.open_rect() is not None
    other = next(row for row in regions if row.article_id != opened)
    x0, y0, x1, y1 = other.regions[0]
    inside = QPointF((x0 + x1) / 2, (y0 + y1) / 2) * dock.pdf.scale
    assert view.article_at(inside) == other.article_id
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=inside.toPoint())
    qtbot.waitUntil(lambda: window.session.article.id == other.article_id)
    assert dock.pdf.view.open_rect() is not None  # the page redrawn around the new article


def test_a_moved_pdf_shows_its_text_rendering_and_says_why(open_window, pdf_library):
    path, pdf = pdf_library
    pdf.rename(pdf.with_name("elsewhere.pdf"))
    window = open_window(path)
    _open_on_page(window, 3)
    dock = window.page_dock
    assert dock.stack.currentWidget() is dock.page
    assert "no longer" in dock.page.caption.text()
    lines = dock.page.model.lines()
    assert lines and all(line.number >= 1 for line in lines)
    assert window.session.article.id in {line.article_id for line in lines}


def test_a_pdf_dropped_on_the_window_becomes_pages_in_the_tree(
    open_window, library_path, qtbot, tmp_path
):
    from tests.ui.test_reimport import reimport

    window = open_window(library_path)
    before = len(window.session.library.files())
    pdf = tmp_path / "dropped.pdf"
    shutil.copy(EDITION, pdf)
    reimport(qtbot, window, pdf)
    files = window.session.library.files()
    assert len(files) == before + 1
    [dropped] = [f for f in files if f.name == "dropped.pdf"]
    assert (dropped.kind, dropped.pages) == ("pdf", 4) and dropped.article_count > 0


def test_a_pdf_of_several_pages_is_one_tree_group_per_page(open_window, pdf_library):
    from reader.ui.tree_nodes import BY_COUNTY

    path, _pdf = pdf_library
    window = open_window(path)
    model = window.sidebar.model
    tops = [model.index(row, 0) for row in range(model.rowCount())]
    labels = [index.data() for index in tops]
    assert [label.split("  (")[0] for label in labels] == [
        f"edition.pdf › page {n}" for n in range(1, 5)
    ]
    pages = [model.scope(index).page for index in tops]
    assert pages == [1, 2, 3, 4]
    library = window.session.library
    totals = [model.group_total(index) for index in tops]
    assert sum(totals) == library.files()[0].article_count
    third = next(r for r in library.article_rows() if r.page == 3)
    found = model.find_article(third)
    assert found.isValid()
    top = found
    while top.parent().isValid():
        top = top.parent()
    assert model.scope(top).page == 3
    window.sidebar.set_grouping(BY_COUNTY)
    found = model.find_article(library.article(third.id))
    assert found.isValid() and model.scope(found.parent()).page == 3


def test_a_pdf_changed_in_place_shows_its_text_rendering_and_says_why(open_window, pdf_library):
    path, pdf = pdf_library
    pdf.write_bytes(b"%PDF-1.4 damaged since")  # same path; its sha256 no longer matches
    window = open_window(path)
    _open_on_page(window, 2)
    dock = window.page_dock
    assert dock.stack.currentWidget() is dock.page
    assert "changed" in dock.page.caption.text()
