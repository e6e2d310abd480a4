"""The PDF page itself in the page view: the page rendered, each article's region outlined in
its colour, the open article's drawn thicker; a click inside a region opens that article.

    render_page(path, number, scale) -> QImage      one page of a PDF file (1-based)
    pdf_on_disk(path, sha256) -> str | None          why the stored PDF can't be shown, or None
    PdfPageView(QWidget)                             show_page(image, regions, open_id, scale)
        article_chosen(article_id)
    PdfPane(QWidget)                                 the view in a scroll area with a caption:
        show_article(library, article) -> bool       False: not a PDF, or not on disk (the
                                                     caller shows the text rendering)

The page is rendered by PDFium (pypdfium2), the library the import reads PDFs with, never by
QtPdf (only in the Addons wheel). A stored PDF is shown only while the file at its stored path
still has the stored sha256; otherwise the page view falls back to the text rendering and
says why (`pdf_on_disk`).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from reader.store.paths import disk_path
from reader.ui.page_colours import OUTLINE, article_colour

translate = QCoreApplication.translate
POINTS_WIDE = 540  # the page is drawn this many pixels wide per 595 points (an A4 width)
OPEN_PEN = 3.0  # the open article's outline, in screen pixels
OTHER_PEN = 1.5
FILL_ALPHA = 60  # of 255: the page stays readable under the tint


def render_page(path: str | Path, number: int, scale: float) -> QImage:
    """Page `number` (1-based) of the PDF at `path`, rendered at `scale` pixels per point."""
    import pypdfium2  # loaded on first use: most sessions never show a PDF

    document = pypdfium2.PdfDocument(str(path))
    try:
        page = document[number - 1]
        bitmap = page.render(scale=scale, rev_byteorder=True)
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, _format(bitmap.n_channels)
        )
        return image.copy()  # own the pixels: the bitmap's buffer goes with the document
    finally:
        document.close()


def _format(channels: int) -> QImage.Format:
    return QImage.Format.Format_RGBA8888 if channels == 4 else QImage.Format.Format_RGB888


def pdf_on_disk(path: str, sha256: str) -> str | None:
    """None when the PDF at `path` (as stored) is the one imported; else why it can't be
    shown."""
    file = disk_path(path)
    if not file.is_file():
        return translate("PdfView", "the PDF is no longer at %1: showing its text").replace(
            "%1", path
        )
    stat = file.stat()
    if _sha256(str(file), stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns) != sha256:
        return translate("PdfView", "the PDF at %1 has changed since it was imported").replace(
            "%1", path
        )
    return None


@lru_cache(maxsize=32)
def _sha256(path: str, _size: int, _mtime_ns: int, _inode: int, _ctime_ns: int) -> str:
    """The file's sha256, cached while its size, times and inode stay the same (a copy with
    the same size and a kept modification time is another inode, or a newer ctime)."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


class PdfPageView(QWidget):
    """A rendered PDF page with its articles' regions; click a region to open its article."""

    article_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image = QImage()
        self._scale = 1.0
        self._regions: list = []
        self._open_id: str | None = None
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def show_page(self, image: QImage, regions, open_id: str | None, scale: float) -> None:
        """`regions`: PageRegions rows of the page; boxes in points, scaled by `scale`."""
        self._image, self._regions, self._open_id, self._scale = image, regions, open_id, scale
        self.setFixedSize(image.size() / image.devicePixelRatio())
        self.update()

    def open_rect(self) -> QRectF | None:
        """The open article's first box, in widget pixels (to scroll it into sight)."""
        for row in self._regions:
            if row.article_id == self._open_id and row.regions:
                return self._rect(row.regions[0])
        return None

    def article_at(self, point: QPointF) -> str | None:
        for row in self._regions:
            if any(self._rect(box).contains(point) for box in row.regions):
                return row.article_id
        return None

    def sizeHint(self) -> QSize:
        return self._image.size() / max(self._image.devicePixelRatio(), 1.0)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        for row in self._regions:
            self._paint_regions(painter, row)
        painter.end()

    def _paint_regions(self, painter: QPainter, row) -> None:
        tint = article_colour(row.article_index) or QColor("#cccccc")
        is_open = row.article_id == self._open_id
        fill = QColor(tint)
        fill.setAlpha(FILL_ALPHA)
        edge = QColor(OUTLINE) if is_open else tint.darker(160)
        painter.setPen(QPen(edge, OPEN_PEN if is_open else OTHER_PEN))
        painter.setBrush(fill)
        for box in row.regions:
            painter.drawRect(self._rect(box))

    def _rect(self, box) -> QRectF:
        x0, y0, x1, y1 = (value * self._scale for value in box)
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def mousePressEvent(self, event) -> None:
        article_id = self.article_at(event.position())
        if article_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self.article_chosen.emit(article_id)

    def mouseMoveEvent(self, event) -> None:
        article_id = self.article_at(event.position())
        label = next((row.label for row in self._regions if row.article_id == article_id), "")
        self.setToolTip(label)
        cursor = Qt.CursorShape.PointingHandCursor if article_id else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)


class PdfPane(QWidget):
    """The rendered page in a scroll area, under a caption naming the file and page."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setWordWrap(True)
        self.view = PdfPageView()
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.view)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll)
        self.fallback: str | None = None  # why the last PDF article was shown as text
        self._last: tuple[tuple, QImage] | None = None  # the page drawn last, and its key
        self.scale = POINTS_WIDE / 595  # widget pixels per PDF point

    def show_article(self, library, article) -> bool:
        """Show the open article's PDF page with every article outlined; False (and
        `fallback` says why, for a PDF) when the caller must show the text rendering."""
        self.fallback = None
        stored = library.file(article.file_id)
        if stored.kind != "pdf":
            return False
        try:
            self.fallback = pdf_on_disk(stored.path, stored.sha256)
            if self.fallback is not None:
                return False
            ratio = self.view.devicePixelRatioF()
            image = self._rendered(stored, article.page, ratio)
        except Exception as error:  # unreadable (permissions, I/O, PDFium): show the text
            self.fallback = translate("PdfView", "the PDF cannot be read (%1): showing its text")
            self.fallback = self.fallback.replace("%1", type(error).__name__)
            return False
        image.setDevicePixelRatio(ratio)
        regions = library.page_regions(article.file_id, article.page)
        self.view.show_page(image, regions, article.id, self.scale)
        self.caption.setText(
            translate("PdfView", "%1 › page %2 of %3")
            .replace("%1", stored.name)
            .replace("%2", str(article.page))
            .replace("%3", str(stored.pages))
        )
        box = self.view.open_rect()
        if box is not None:
            self.scroll.ensureVisible(int(box.left()), int(box.top()), 20, 60)
        return True

    def _rendered(self, stored, page: int, ratio: float) -> QImage:
        """The page rendered, or the image drawn last when it is the same page of the same
        bytes (opening another article of the page redraws only the outlines)."""
        key = (stored.path, stored.sha256, page, ratio)
        if self._last is None or self._last[0] != key:
            self._last = (key, render_page(disk_path(stored.path), page, self.scale * ratio))
        return self._last[1]
