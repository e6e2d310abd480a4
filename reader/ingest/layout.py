"""Classified lines in, article units out: where each article's byline, body and headline lines are.

    detect_layout(lines, tokens) -> "after" | "before"   do headlines follow or precede bodies?
    split_units(lines, tokens, layout) -> list[Unit]

A Unit holds one article's byline lines, body lines and its *adjacent* headline block: the run
of headline-shaped lines after the body (print pages) or before it (web pages). Which block
really belongs to which body is decided later, by content (see headlines.py): on some pages a
block holds the headlines of several articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from reader.ingest.bylines import (
    byline_span,
    is_bare_name_line,
    is_trailing_byline_line,
    split_trailing_byline,
)
from reader.ingest.lines import Line
from reader.ingest.tokens import PageTokens

Layout = Literal["after", "before"]
MAX_BLOCK_LINES = 12


@dataclass
class Unit:
    byline: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    block: list[Line] = field(default_factory=list)
    marked_byline: bool = False


class PageView:
    """Line-level questions the layout stages ask, answered once per page."""

    def __init__(self, lines: list[Line], tokens: PageTokens) -> None:
        self.lines = lines
        self.tokens = tokens
        self.byline_at = self._find_bylines()
        self._byline_lines = {
            start + k for start, span in self.byline_at.items() for k in range(span)
        }
        body_lines = [line for i, line in enumerate(lines) if i not in self.byline_at]
        indented = sum(line.indent for line in body_lines)
        self.indented_page = indented >= max(2, 0.05 * len(body_lines))

    def _find_bylines(self) -> dict[int, int]:
        spans, i = {}, 0
        while i < len(self.lines):
            span = byline_span(self.lines, i)
            if span:
                spans[i] = span
                i += span
            else:
                i += 1
        return spans

    def in_byline(self, i: int) -> bool:
        return i in self._byline_lines

    def headline_candidate(self, i: int) -> bool:
        line = self.lines[i]
        shaped = line.headline_shaped or (line.exclaims and self.stands_alone(i))
        if not shaped or self.in_byline(i) or is_trailing_byline_line(line):
            return False
        if self.indented_page and line.indent:
            return False
        return not self.tokens.continues(i)

    def stands_alone(self, i: int) -> bool:
        """Line i does not carry on a sentence from the line above (a body's last line does)."""
        if i == 0 or self.lines[i].blank_before:
            return True
        return self.lines[i - 1].ends_sentence and not self.tokens.continues(i - 1)

    def closes_text(self, i: int) -> bool:
        """Can a headline follow line i (it ends a sentence, a byline or the page top)?"""
        if i < 0:
            return True
        line = self.lines[i]
        return (
            line.ends_sentence
            or self.in_byline(i)
            or split_trailing_byline(line.compact)[1] is not None
        )


def detect_layout(lines: list[Line], tokens: PageTokens) -> Layout:
    view = PageView(lines, tokens)
    after, before = 0.0, 0.0
    end_run = _run_back(view, len(lines) - 1)
    if end_run and view.closes_text(len(lines) - 1 - len(end_run)) and len(end_run) < len(lines):
        after += 2
    start_run = _run_forward(view, 0)
    if start_run and len(start_run) < len(lines) and 0 not in view.byline_at:
        before += 1
    before += _runs_opening_datelines(view)
    if _half_width_commas(lines):
        before += 1
    return "after" if after > before else "before"


def _run_back(view: PageView, i: int) -> list[int]:
    run: list[int] = []
    while i >= 0 and view.headline_candidate(i) and len(run) < MAX_BLOCK_LINES:
        run.append(i)
        i -= 1
    return run[::-1]


def _run_forward(view: PageView, i: int) -> list[int]:
    run: list[int] = []
    while i < len(view.lines) and view.headline_candidate(i) and len(run) < MAX_BLOCK_LINES:
        run.append(i)
        i += 1
    return run


def _runs_opening_datelines(view: PageView) -> int:
    count = 0
    for i, line in enumerate(view.lines):
        if (
            line.dateline
            and i > 0
            and view.headline_candidate(i - 1)
            and i - 1 not in view.byline_at
        ):
            count += 1
    return count


def _half_width_commas(lines: list[Line]) -> bool:
    ascii_commas = sum(line.text.count(",") for line in lines)
    return ascii_commas > 10 and ascii_commas > sum(line.text.count("，") for line in lines)


def split_units(lines: list[Line], tokens: PageTokens, layout: Layout) -> list[Unit]:
    view = PageView(lines, tokens)
    if layout == "after":
        return _units_after(view)
    return _units_before(view)


def _segments_by_byline(view: PageView) -> list[tuple[list[int], list[int]]]:
    """(byline indices, content indices) for each stretch that starts at a marked byline."""
    segments: list[tuple[list[int], list[int]]] = [([], [])]
    i = 0
    while i < len(view.lines):
        span = view.byline_at.get(i, 0)
        if span:
            segments.append((list(range(i, i + span)), []))
            i += span
            continue
        segments[-1][1].append(i)
        i += 1
    return [segment for segment in segments if segment[0] or segment[1]]


def _units_after(view: PageView) -> list[Unit]:
    units = []
    for byline, content in _segments_by_byline(view):
        for k, part in enumerate(_split_at_datelines(view, content)):
            unit_byline = byline if k == 0 else []
            units.append(_unit_with_trailing_block(view, unit_byline, part))
    return units


def _split_at_datelines(view: PageView, content: list[int]) -> list[list[int]]:
    """A second `本报…讯` paragraph after a finished sentence starts another article."""
    parts: list[list[int]] = [[]]
    for i in content:
        if parts[-1] and _opens_article(view, i):
            parts.append([])
        parts[-1].append(i)
    return [part for part in parts if part]


def _opens_article(view: PageView, i: int) -> bool:
    """A dateline paragraph after a finished sentence, or right after a headline."""
    line = view.lines[i]
    if line.dateline is None:
        return False
    starts_paragraph = (line.indent or line.blank_before) and view.closes_text(i - 1)
    return starts_paragraph or view.headline_candidate(i - 1)


def _unit_with_trailing_block(view: PageView, byline: list[int], content: list[int]) -> Unit:
    block_start = len(content)
    while (
        block_start > 0
        and view.headline_candidate(content[block_start - 1])
        and len(content) - block_start < MAX_BLOCK_LINES
    ):
        block_start -= 1
    body, block = content[:block_start], content[block_start:]
    unit = Unit(
        byline=[view.lines[i] for i in byline],
        body=[view.lines[i] for i in body],
        block=[view.lines[i] for i in block],
        marked_byline=bool(byline),
    )
    if not unit.byline and len(unit.body) > 1 and is_bare_name_line(unit.body[0]):
        unit.byline = [unit.body.pop(0)]
    return unit


def _units_before(view: PageView) -> list[Unit]:
    units = [Unit()]
    i = 0
    while i < len(view.lines):
        span = view.byline_at.get(i, 0)
        if span:
            if units[-1].body or units[-1].byline:
                units.append(Unit())
            units[-1].byline = view.lines[i : i + span]
            units[-1].marked_byline = True
            i += span
            continue
        run = _run_forward(view, i) if view.closes_text(i - 1) else []
        if run and run[-1] + 1 < len(view.lines):
            units.append(Unit(block=[view.lines[k] for k in run]))
            i = run[-1] + 1
            continue
        units[-1].body.append(view.lines[i])
        i += 1
    return [unit for unit in units if unit.body or unit.block or unit.byline]
