"""Characters in, printed lines out: one `TextLine` per run of characters on one baseline.

    build_lines(chars, em) -> list[TextLine]   sorted top to bottom, then left to right

Characters whose vertical middles agree (within a third of their height) stand on one row;
a row splits where the gap between two characters exceeds `SPLIT_EM` ems (the gap between
columns, between the items of a date strip). Letter-spaced type (`本 报 郓 城 讯` set with
tracking) has no space characters, so it joins with none; spaces the page printed are kept,
a run of them as one.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from reader.ingest.pdf.chars import Char

SPACE_EM = 0.2  # a gap this much wider than the line's usual one is a word space
MIN_GAPS = 4
SPLIT_EM = 1.2  # wider than any tracking or justification, narrower than a column gap
ROW_TOLERANCE = 0.35  # of a character's height: how far middles of one row may differ


@dataclass
class TextLine:
    chars: list[Char]
    tracking: float = 0.0  # the usual gap between characters on this row (letter spacing)

    @cached_property
    def text(self) -> str:
        return _spaced(self.chars, self.tracking)

    @cached_property
    def x0(self) -> float:
        return self.chars[0].x0

    @cached_property
    def x1(self) -> float:
        return self.chars[-1].x1

    @cached_property
    def top(self) -> float:
        return min(c.top for c in self.chars)

    @cached_property
    def bottom(self) -> float:
        return max(c.bottom for c in self.chars)

    @cached_property
    def size(self) -> float:
        """The line's type size: the median of its visible characters'."""
        return statistics.median(c.size for c in self._visible)

    @cached_property
    def font(self) -> str:
        return Counter(c.font for c in self._visible).most_common(1)[0][0]

    @property
    def _visible(self) -> list[Char]:
        return [c for c in self.chars if not c.text.isspace()] or self.chars


def build_lines(chars: list[Char], em: float) -> list[TextLine]:
    lines = [line for row in _rows(chars) for line in _split(row, em)]
    return sorted(lines, key=lambda line: (round(line.top, 1), line.x0))


def _rows(chars: list[Char]) -> list[list[Char]]:
    rows: list[list[Char]] = []
    middles: list[float] = []
    for char in sorted(chars, key=lambda c: ((c.top + c.bottom) / 2, c.x0)):
        middle = (char.top + char.bottom) / 2
        if rows and abs(middle - middles[-1]) <= ROW_TOLERANCE * char.height:
            rows[-1].append(char)
        else:
            rows.append([char])
            middles.append(middle)
    return rows


def _split(row: list[Char], em: float) -> list[TextLine]:
    out: list[list[Char]] = []
    gaps: list[float] = []
    last_ink = None
    for char in sorted(row, key=lambda c: c.x0):
        if char.text.isspace():
            if out:
                out[-1].append(char)
            continue
        gap = char.x0 - last_ink.x1 if last_ink else 0.0
        if last_ink is None or gap > SPLIT_EM * max(em, char.height * 0.8):
            out.append([])
        else:
            gaps.append(gap)
        out[-1].append(char)
        last_ink = char
    tracking = _tracking(gaps)
    return [TextLine(_trim(chars), tracking) for chars in out if _trim(chars)]


def _tracking(gaps: list[float]) -> float:
    """The row's usual gap: its letter spacing or justification. Ideographs set solid touch,
    so a row with too few gaps to tell (`校对 罗 维`: two, both word spaces) counts none."""
    if len(gaps) < MIN_GAPS:
        return 0.0
    return sorted(gaps)[len(gaps) // 5]


def _trim(chars: list[Char]) -> list[Char]:
    while chars and chars[-1].text.isspace():
        chars = chars[:-1]
    return chars


def _spaced(chars: list[Char], usual: float) -> str:
    """The line's text with one space where the page printed one, or left a word gap (PDFs
    often position words instead of printing spaces); tracking alone adds none."""
    out: list[str] = []
    previous, printed = None, False
    for char in chars:
        if char.text.isspace():
            printed = True
            continue
        if previous is not None:
            wide = char.x0 - previous.x1 - usual > SPACE_EM * max(char.height, previous.height)
            out.append(" " if wide or printed else "")
        out.append(char.text)
        previous, printed = char, False
    return "".join(out)
