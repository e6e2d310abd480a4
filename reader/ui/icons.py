"""Small icons drawn at run time (no image files): one per article kind.

Out: `kind_icons() -> {"news": QIcon, "photo": QIcon, "brief": QIcon}`, drawn once per
process at 1x and 2x so they stay sharp on high-DPI screens.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

_KINDS = {"news": ("文", "#2f6fb3"), "photo": ("图", "#b3592f"), "brief": ("简", "#3f8f4f")}
_cache: dict[str, QIcon] = {}


def kind_icons() -> dict[str, QIcon]:
    if not _cache:
        for kind, (glyph, colour) in _KINDS.items():
            icon = QIcon()
            for scale in (1, 2):
                icon.addPixmap(_draw(glyph, QColor(colour), scale))
            _cache[kind] = icon
    return _cache


def _draw(glyph: str, colour: QColor, scale: int) -> QPixmap:
    size = 16 * scale
    pixmap = QPixmap(size, size)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3)
    font = QFont()
    font.setPixelSize(11)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, 16, 16), Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    return pixmap
