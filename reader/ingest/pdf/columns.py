"""Text lines in, article bodies out: column blocks from the lines' positions, then the
blocks one body flows through.

    column_blocks(lines, em) -> list[Column]       lines stacked at the usual line gap, sharing
                                                   their x range; a byline box joins the block
                                                   right under it
    join_leads(columns, lead, em)                  a lead set larger runs on into its text
    note_furniture_tops(columns, furniture, em)    a jump line on a block's head is its top
    bodies(columns, starts, em, heads) -> list[Body]
        a block carries on the body of the block to its left when they are alike in width,
        stand side by side a column gap apart with the same top, nothing opens an article at
        its left edge (`starts`: a headline, a byline, a picture), and no headline stands
        over it that does not stand over the block to its left (a centred headline says
        nothing by its left edge)
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from functools import cached_property

from reader.ingest.bylines import MARKS, byline_span
from reader.ingest.pdf.classify import as_line
from reader.ingest.pdf.rows import TextLine

GAP_SLACK_EM = 0.45  # a gap this much over the usual line gap parts two blocks
BYLINE_GAP_EM = 1.6  # a byline box stands at most this far above its text
COLUMN_GAP_EM = 4.0  # columns of one body stand at most this far apart
ALIGN_EM = 0.6  # tops (or left edges) this close are aligned


@dataclass
class Column:
    lines: list[TextLine]
    bylines: int = 0  # how many of the first lines are a byline
    # where the column starts if a furniture line over it counts (`（上接第1版）` on top)
    furniture_top: float | None = None
    x0: float = field(init=False)
    x1: float = field(init=False)

    def __post_init__(self) -> None:
        self.x0 = min(line.x0 for line in self.lines)
        self.x1 = max(line.x1 for line in self.lines)

    def add(self, lines: list[TextLine], first: bool = False) -> None:
        """Lines under the column's last (or, `first`, over its first), keeping its bounds."""
        self.lines = [*lines, *self.lines] if first else [*self.lines, *lines]
        self.x0 = min(self.x0, *(line.x0 for line in lines))
        self.x1 = max(self.x1, *(line.x1 for line in lines))

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom

    @property
    def text_lines(self) -> list[TextLine]:
        return self.lines[self.bylines :] or self.lines

    @cached_property
    def text_x0(self) -> float:
        """(Read once the column is whole: its lines and bylines no longer change.)"""
        return min(line.x0 for line in self.text_lines)

    @cached_property
    def text_x1(self) -> float:
        return max(line.x1 for line in self.text_lines)

    @property
    def text_top(self) -> float:
        """Where the text proper starts, under a byline box spanning the body."""
        return self.lines[min(self.bylines, len(self.lines) - 1)].top


@dataclass
class Body:
    """(Its bounds are read once its columns are all in.)"""

    columns: list[Column] = field(default_factory=list)

    @cached_property
    def x0(self) -> float:
        return self.columns[0].x0

    @cached_property
    def x1(self) -> float:
        return self.columns[-1].x1

    @cached_property
    def top(self) -> float:
        return min(c.top for c in self.columns)

    @cached_property
    def bottom(self) -> float:
        return max(c.bottom for c in self.columns)

    @property
    def lines(self) -> list[TextLine]:
        return [line for column in self.columns for line in column.lines]


def column_blocks(lines: list[TextLine], em: float) -> list[Column]:
    limit = _usual_gap(lines, em) + GAP_SLACK_EM * em
    columns: list[Column] = []
    open_: list[Column] = []  # columns whose last line is close enough above to grow
    for line in sorted(lines, key=lambda item: (item.top, item.x0)):
        open_ = [c for c in open_ if line.top - c.bottom <= limit]
        above = [c for c in open_ if _stacks(c, line, limit)]
        if above:
            min(above, key=lambda c: line.top - c.bottom).add([line])
        else:
            columns.append(Column([line]))
            open_.append(columns[-1])
    for column in columns:
        column.bylines = _byline_lines(column.lines)
    return _join_bylines(columns, em)


def _usual_gap(lines: list[TextLine], em: float) -> float:
    gaps = []
    ordered = sorted(lines, key=lambda item: item.top)
    for k, line in enumerate(ordered):
        below = [o.top - line.bottom for o in ordered[k + 1 : k + 40] if _overlap(line, o) > 0]
        below = [gap for gap in below if 0 <= gap < em]
        if below:
            gaps.append(min(below))
    return statistics.median(gaps) if gaps else 0.3 * em


def _overlap(a, b) -> float:
    return min(a.x1, b.x1) - max(a.x0, b.x0)


def _stacks(column: Column, line: TextLine, limit: float) -> bool:
    """The line carries on the column: right under its last line, within its x range (a short
    last line of a paragraph, then an indented one, need not overlap each other)."""
    width = min(column.x1 - column.x0, line.x1 - line.x0)
    gap = line.top - column.bottom
    return 0 <= gap <= limit and _overlap(column, line) > 0.5 * width


def _byline_lines(lines: list[TextLine]) -> int:
    if not lines[0].text.startswith(MARKS):
        return 0
    return byline_span([as_line(line) for line in lines], 0)


def _join_bylines(columns: list[Column], em: float) -> list[Column]:
    """A block of byline alone joins the text it stands over."""
    out = sorted(columns, key=lambda c: c.top)
    for column in list(out):
        if column.bylines != len(column.lines):
            continue
        under = [
            c
            for c in out
            if c is not column
            and 0 <= c.top - column.bottom <= BYLINE_GAP_EM * em
            and _overlap(column, c) > 0
            and abs(c.x0 - column.x0) <= ALIGN_EM * em * 2
        ]
        if under:
            below = min(under, key=lambda c: c.top)
            below.add(column.lines, first=True)
            below.bylines = column.bylines
            out.remove(column)
    return out


def bodies(
    columns: list[Column],
    starts: list[Column],
    em: float,
    heads: dict[int, int] | None = None,
) -> list[Body]:
    """`heads`: by id(column), the headline group over it; a block with a headline of its own
    over it is no column of a body under another headline."""
    opened = {id(c) for c in starts}
    heads = heads or {}
    follows: dict[int, Column] = {}  # id(right block) -> the block it carries on
    taken: set[int] = set()
    for column in sorted(columns, key=lambda c: c.x0):
        if id(column) in opened or column.bylines:
            continue
        left = [
            c
            for c in columns
            if id(c) not in taken
            and _carries_on(c, column, em)
            and _same_heads(heads.get(id(c)), heads.get(id(column)))
        ]
        if left:
            nearest = min(left, key=lambda c: column.x0 - c.text_x1)
            follows[id(column)] = nearest
            taken.add(id(nearest))
    by_id = {id(c): c for c in columns}
    successors = {id(left): by_id[right] for right, left in follows.items()}
    out = []
    for head in sorted((c for c in columns if id(c) not in follows), key=lambda c: (c.top, c.x0)):
        body, current = Body([head]), head
        while id(current) in successors:
            current = successors[id(current)]
            body.columns.append(current)
        out.append(body)
    return out


def _same_heads(left: int | None, right: int | None) -> bool:
    return right is None or right == left


def _carries_on(left: Column, right: Column, em: float) -> bool:
    gap = right.x0 - left.text_x1
    if not 0 < gap <= COLUMN_GAP_EM * em:
        return False
    if (right.x1 - right.x0) - (left.text_x1 - left.text_x0) > 1.5 * em:
        return False  # a body's last column may be short, never wider
    tops = (left.top, left.text_top, left.furniture_top)
    return any(top is not None and abs(top - right.top) <= ALIGN_EM * em for top in tops)


def join_leads(columns: list[Column], lead: list[TextLine], em: float) -> list[Column]:
    """A block of lead text set larger (导语) runs on into the block right under it: the
    larger leading leaves a wider gap than the body's."""
    larger = {id(line) for line in lead}
    out = sorted(columns, key=lambda c: c.top)
    for column in list(out):
        if not all(id(line) in larger for line in column.lines):
            continue
        under = [
            c
            for c in out
            if c is not column
            and not c.bylines
            and 0 <= c.top - column.bottom <= BYLINE_GAP_EM * em
            and abs(c.x0 - column.x0) <= 2 * ALIGN_EM * em
        ]
        if under:
            below = min(under, key=lambda c: c.top)
            below.add(column.lines, first=True)
            out.remove(column)
    return out


def note_furniture_tops(columns: list[Column], furniture: list[TextLine], em: float) -> None:
    """A jump line set at a column's head pushes the column down; its top is the body's."""
    for column in columns:
        for line in furniture:
            if _overlap(column, line) > 0 and 0 <= column.top - line.bottom <= em:
                column.furniture_top = line.top
