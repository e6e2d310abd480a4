"""The colours of a page's articles, shared by the text page view and the PDF page view: an
article keeps its colour wherever its page is shown."""

from __future__ import annotations

from PySide6.QtGui import QColor

# Light tints that keep black text readable; an article's colour is PALETTE[index % len].
PALETTE = (
    "#dbe9f7",
    "#fbe3c8",
    "#d9f0d3",
    "#f4d6e4",
    "#e6dcf5",
    "#fff2b3",
    "#d3eeee",
    "#f2dcd3",
)
LEFTOVER_GREY = "#8a8a8a"
OUTLINE = "#1f4e8c"


def article_colour(index: int | None) -> QColor | None:
    """The tint of the article at reading-order `index` on its page (None: no article)."""
    return None if index is None else QColor(PALETTE[index % len(PALETTE)])
