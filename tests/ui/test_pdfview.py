"""The PDF page in the page view: rendered by PDFium, regions outlined, a click opens the
region's article; a moved or changed PDF is noticed (the view then falls back to text)."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from reader.store import PageRegions
from reader.ui.pdfview import PdfPageView, pdf_on_disk, render_page

PDF = Path(__file__).resolve().parents[1] / "layouts" / "pdf" / "out" / "01_front.pdf"
SCALE = 0.5
REGIONS = [
    PageRegions("first", 0, "第一篇", [[40.0, 100.0, 280.0, 400.0]]),
    PageRegions("second", 1, "第二篇", [[300.0, 100.0, 540.0, 400.0], [40.0, 420.0, 540.0, 600.0]]),
]


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_page_renders_at_the_asked_scale():
    image = render_page(PDF, 1, SCALE)
    assert abs(image.width() - 567.12 * SCALE) <= 1
    assert abs(image.height() - 850.08 * SCALE) <= 1
    corner, middle = image.pixelColor(2, 2), image.pixelColor(image.width() // 2, 120)
    assert corner == QColor("white")
    dark = [
        image.pixelColor(x, y).lightness() < 128
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    ]
    assert any(dark), "the page's text is drawn"
    assert middle.isValid()


def test_a_click_inside_a_region_opens_its_article(qtbot):
    view = PdfPageView()
    qtbot.addWidget(view)
    view.show_page(render_page(PDF, 1, SCALE), REGIONS, "first", SCALE)
    assert abs(view.width() - 567.12 * SCALE) <= 1
    assert view.open_rect().topLeft() == QPointF(20.0, 50.0)
    inside_second_box = QPointF(100.0, 250.0)  # (200, 500) in points: the second's lower box
    with qtbot.waitSignal(view.article_chosen) as chosen:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=inside_second_box.toPoint())
    assert chosen.args == ["second"]
    assert view.article_at(QPointF(5.0, 5.0)) is None


def test_the_open_article_is_outlined_on_the_rendered_page(qtbot):
    view = PdfPageView()
    qtbot.addWidget(view)
    view.show_page(render_page(PDF, 1, SCALE), REGIONS, "first", SCALE)
    grab = view.grab().toImage()
    edge = grab.pixelColor(20, 120)  # on the left edge of the open article's box
    assert edge.blue() > edge.red() + 40, edge.name()


def test_a_moved_or_changed_pdf_is_noticed(tmp_path):
    copy = tmp_path / "page.pdf"
    shutil.copy(PDF, copy)
    sha = _sha256(copy)
    assert pdf_on_disk(str(copy), sha) is None
    copy.write_bytes(copy.read_bytes() + b"\n%changed\n")
    assert "changed" in pdf_on_disk(str(copy), sha)
    copy.unlink()
    assert "no longer" in pdf_on_disk(str(copy), sha)
