"""Headline lines and bodies in, each headline group on its body: one assignment over the page.

    head_groups(lines) -> list[HeadGroup]      headline lines stacked close (kicker, title,
                                               subtitle, a title wrapped) form one group
    read_as_prose(groups) -> (groups, lines)   large type that reads as prose goes back to
                                               the text (a lead paragraph set larger)
    openers(groups, columns, pictures, em)     the blocks an article opens at: under or over a
                                               headline's left edge, beside a headline, or
                                               under a picture
    heads_over(groups, columns, em)            the headline right over each block
    under_picture(body, pictures, em)          is the body a caption?
    assign(groups, bodies, pictures, em) -> (dict body index -> group index, confidences)

A headline stands above its body (the commonest), below it, or beside it (to its left, tops
aligned), its left edge at the body's or centred over it. Each (group, body) pair costs the
distance between them in ems, plus a little for the rarer placements; a body may stay
headless (a photo's caption readily so) and a group unused, each at a price.
`scipy.optimize.linear_sum_assignment` picks the cheapest whole-page answer, as the text path
does for its headlines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from scipy.optimize import linear_sum_assignment

from reader.ingest.pdf.chars import Box, PdfError
from reader.ingest.pdf.columns import ALIGN_EM, Body, Column
from reader.ingest.pdf.rows import TextLine
from reader.ingest.text import compact

PROSE_CHARS = 80  # kicker, title and subtitle together rarely pass 60 characters
PROSE_MARKS = "。；;"  # headlines end on no full stop and hold no semicolon
GROUP_GAP = 0.4  # of the smaller line's height: lines of one group stand this close
REACH_EM = 4.0  # a headline stands at most this far from its body
NEAR_EM = 3.0  # a headline this close over (or under) a block heads (or closes) it
EDGE_EM = 1.5  # a headline's left edge is this close to its body's
INDENT_EMS = 2.0  # a paragraph's first line is indented two ems
BESIDE_TOP_EM = 1.0  # a headline beside its body starts level with it
RARER_EM = 1.0  # what a headline below or beside its body costs over one above it
UNUSED_EM = 8.0  # a headline on no body
HEADLESS_EM = 6.0  # a body without a headline
CAPTION_EM = 3.0  # a caption under a picture takes a headline only when it plainly has one
NEVER = 1e6


@dataclass
class HeadGroup:
    """(Its bounds are read once its lines are all in.)"""

    lines: list[TextLine] = field(default_factory=list)

    @cached_property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @cached_property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def bottom(self) -> float:
        return self.lines[-1].bottom


def head_groups(lines: list[TextLine]) -> list[HeadGroup]:
    groups: list[HeadGroup] = []
    for line in sorted(lines, key=lambda item: (item.top, item.x0)):
        near = [g for g in groups if _stacks(g.lines[-1], line)]
        if near:
            near[0].lines.append(line)
        else:
            groups.append(HeadGroup([line]))
    return groups


def read_as_prose(groups: list[HeadGroup]) -> tuple[list[HeadGroup], list[TextLine]]:
    """Large type that reads as prose (a lead paragraph set larger, 导语): a group holding a
    full stop, or longer than any headline, gives its lines back to the text."""
    kept, prose = [], []
    for group in groups:
        text = compact("".join(line.text for line in group.lines))
        if len(text) > PROSE_CHARS or any(mark in text for mark in PROSE_MARKS):
            prose.extend(group.lines)
        else:
            kept.append(group)
    return kept, prose


def _stacks(upper: TextLine, line: TextLine) -> bool:
    gap = line.top - upper.bottom
    height = min(upper.bottom - upper.top, line.bottom - line.top)
    overlap = min(upper.x1, line.x1) - max(upper.x0, line.x0)
    return -0.2 * height <= gap <= GROUP_GAP * height and overlap > 0


def openers(
    groups: list[HeadGroup], columns: list[Column], pictures: list[Box], em: float
) -> list[Column]:
    out = []
    for column in columns:
        width = column.x1 - column.x0
        if any(_beside(g, column.x0, column.top, width, em) for g in groups):
            out.append(column)
            continue
        over = [g for g in groups if not _closes_other(g, column, columns)]
        marks = [(g.x0, g.top, g.bottom) for g in over]
        marks += [(p.x0, p.top, p.bottom) for p in pictures]
        for x0, top, bottom in marks:
            if _edge(x0, column, em) > ALIGN_EM * em:
                continue  # flush left means at the column's very edge (a centred one is not)
            if 0 <= column.top - bottom <= REACH_EM * em or 0 <= top - column.bottom <= em:
                out.append(column)
                break
    return out


def heads_over(groups: list[HeadGroup], columns: list[Column], em: float) -> dict[int, int]:
    """By id(column): the nearest headline group right over it that shares some of its width.
    (Not under it: a headline under a block is as often the next story's, above its body.)"""
    out = {}
    for column in columns:
        over = [
            (column.top - g.bottom, k)
            for k, g in enumerate(groups)
            if _shares(g, column) and not _closes_other(g, column, columns)
        ]
        near = [(gap, k) for gap, k in over if -ALIGN_EM * em <= gap <= NEAR_EM * em]
        if near:
            out[id(column)] = min(near)[1]
    return out


def _closes_other(group: HeadGroup, column: Column, columns: list[Column]) -> bool:
    """The group stands nearer under another block than over this one: that block's headline
    set under it, not this one's."""
    gap = column.top - group.bottom
    return any(
        other is not column and _shares(group, other) and 0 <= group.top - other.bottom < gap
        for other in columns
    )


def _shares(group: HeadGroup, column: Column) -> bool:
    return min(group.x1, column.x1) - max(group.x0, column.x0) > 0


def under_picture(body: Body, pictures: list[Box], em: float) -> bool:
    return any(
        _flush(p.x0, body.columns[0], em) and 0 <= body.top - p.bottom <= REACH_EM * em
        for p in pictures
    )


# A broadsheet page holds well under a hundred blocks; 600 assign in a fraction of a second
MAX_BLOCKS = 600


def assign(
    groups: list[HeadGroup], bodies: list[Body], pictures: list[Box], em: float
) -> tuple[dict[int, int], dict[int, float]]:
    if not groups or not bodies:
        return {}, {}
    n_groups, n_bodies = len(groups), len(bodies)
    size = n_groups + n_bodies
    if size > MAX_BLOCKS:  # the assignment is cubic in them: refuse rather than hang
        raise PdfError(
            f"a page holds {size} headline and text blocks, at most {MAX_BLOCKS} can be read",
            f"一页有 {size} 个标题和正文块，最多读取 {MAX_BLOCKS} 个",
        )
    cost = np.full((size, size), NEVER)
    for g, group in enumerate(groups):
        for b, body in enumerate(bodies):
            cost[g, b] = _cost(group, body, em)
            if under_picture(body, pictures, em):
                cost[g, b] += CAPTION_EM * em
        cost[g, n_bodies + g] = UNUSED_EM * em
    for b, body in enumerate(bodies):
        headless = 0.0 if under_picture(body, pictures, em) else HEADLESS_EM * em
        cost[n_groups + b, b] = headless
        cost[n_groups + b, n_bodies:] = 0.0
    rows, cols = linear_sum_assignment(cost)
    pairs, confidence = {}, {}
    for g, b in zip(rows, cols, strict=True):
        if g < n_groups and b < n_bodies and cost[g, b] < NEVER:
            pairs[int(b)] = int(g)
            confidence[int(b)] = _confidence(cost[:n_groups, b], g, em)
    return pairs, confidence


def _confidence(column: np.ndarray, chosen: int, em: float) -> float:
    """1 when no other headline could plausibly head this body, less as a rival comes close."""
    mine = column[chosen]
    rivals = [c for k, c in enumerate(column) if k != chosen and c < NEVER]
    margin = (min(rivals) - mine) / (REACH_EM * em) if rivals else 1.0
    closeness = max(0.0, 1.0 - mine / (2 * REACH_EM * em))
    return round(max(0.05, min(1.0, 0.5 * closeness + 0.5 * min(1.0, margin))), 3)


def _cost(group: HeadGroup, body: Body, em: float) -> float:
    middle = abs((group.x0 + group.x1) / 2 - (body.x0 + body.x1) / 2)
    edge = min(_edge(group.x0, body.columns[0], em), middle)  # set flush left, or centred
    options = []
    if edge <= EDGE_EM * em and group.x0 < body.x1:
        above = body.top - group.bottom
        if -ALIGN_EM * em <= above <= REACH_EM * em:
            options.append(max(above, 0) + edge)
        below = group.top - body.bottom
        if -ALIGN_EM * em <= below <= REACH_EM * em:
            options.append(max(below, 0) + edge + RARER_EM * em)
    width = body.columns[0].x1 - body.columns[0].x0
    if _beside(group, body.x0, body.top, width, em):
        options.append(max(body.x0 - group.x1, 0) + abs(group.top - body.top) + RARER_EM * em)
    return min(options, default=NEVER)


def _edge(x0: float, column: Column, em: float) -> float:
    """How far a left edge stands from a block's; a block of one line may be a paragraph's
    indented first line alone (its column starts two ems further left)."""
    edge = abs(x0 - column.x0)
    if len(column.text_lines) == 1:
        edge = min(edge, abs(x0 - (column.x0 - INDENT_EMS * em)))
    return edge


def _flush(x0: float, column: Column, em: float) -> bool:
    return _edge(x0, column, em) <= EDGE_EM * em


def _beside(group: HeadGroup, x0: float, top: float, width: float, em: float) -> bool:
    """The group stands in the column (or two) left of a block, their tops aligned; a short
    title leaves its column's width unfilled."""
    if group.x1 > x0 + ALIGN_EM * em or abs(group.top - top) > BESIDE_TOP_EM * em:
        return False
    return x0 - group.x1 <= REACH_EM * em or x0 - group.x0 <= width + REACH_EM * em
