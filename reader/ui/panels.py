"""Keeping a readable text column in a small window: the side panels give way first.

    fit_sizes(sizes, text_min, mins) -> sizes   the splitter's [tree, text, side] widths; `mins`
                                                the panels' (tree, side) least useful widths
    text_column_min(widget) -> int                    TEXT_MIN_EM characters of its font, in px
    ColumnKeeper(window, splitter, text)              applies fit_sizes when the window shrinks;
                                                      `show_tree()` unfolds a folded tree

A column narrower than about 30 Chinese characters breaks a sentence every few words; the tree
and the tags/notes panel shrink towards `PANEL_MIN`, and if that is not enough the tree
collapses (a drag or Ctrl+L brings it back), then the side panel. Only a window made narrower is
refitted: a window opening on the arrangement the user left, or growing, is left as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics

TEXT_MIN_EM = 30
PANEL_MIN = 180
FRAME_PX = 40  # the browser's margins and scroll bar


def fit_sizes(sizes: list[int], text_min: int, mins: tuple[int, int]) -> list[int]:
    """Widths [tree, text, side] giving the text at least `text_min` when the total allows."""
    tree, text, side = sizes
    total = tree + text + side
    if text >= text_min or total <= 0:
        return list(sizes)
    tree_spare, side_spare = max(0, tree - mins[0]), max(0, side - mins[1])
    need = text_min - text
    if tree_spare + side_spare >= need:
        take_tree = round(need * tree_spare / (tree_spare + side_spare))
        return [tree - take_tree, text_min, side - (need - take_tree)]
    # Even with both panels at their minimum the text is too narrow: the tree collapses, the
    # side panel keeps what the text can spare (or collapses too).
    room = total - text_min
    side = min(side, room) if room >= min(side, mins[1]) else 0
    return [0, total - side, side]


def text_column_min(widget) -> int:
    return QFontMetrics(widget.font()).horizontalAdvance("中") * TEXT_MIN_EM + FRAME_PX


class ColumnKeeper(QObject):
    """Refits the splitter whenever the window becomes narrower."""

    def __init__(self, window, splitter, text, parent: QObject | None = None):
        super().__init__(parent or window)
        self._splitter, self._text = splitter, text  # text: the middle widget's reading part
        self._timer = QTimer(self)  # after the splitter has shared out the new width
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            old = event.oldSize().width()
            if 0 < event.size().width() < old:
                self._timer.start()
        return False

    def fit(self) -> None:
        sizes = self._splitter.sizes()
        if len(sizes) == 3 and sum(sizes) > 0:
            panels = (self._splitter.widget(0), self._splitter.widget(2))
            mins = tuple(max(PANEL_MIN, w.minimumSizeHint().width()) for w in panels)
            fitted = fit_sizes(sizes, text_column_min(self._text), mins)
            if fitted != sizes:
                self._splitter.setSizes(fitted)

    def show_tree(self) -> None:
        """Unfold the tree (Ctrl+L wants it), taking its width from the text column."""
        tree, text, side = self._splitter.sizes()
        if tree == 0:
            width = max(PANEL_MIN, self._splitter.widget(0).minimumSizeHint().width())
            self._splitter.setSizes([width, max(0, text - width), side])
