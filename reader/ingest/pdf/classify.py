"""Printed lines in, their kinds out: the page's body type, and which lines are furniture,
headline type, or text.

    measure(lines) -> Measures          body size (the type most characters are set in), the
                                        em in points, the body font
    classify(lines, measures) -> Kinds  furniture (the text path's rules: credits, labels, date
                                        strips, jump lines, and whatever shares the page's first
                                        or last row with them), headline lines (type at
                                        least HEAD_RATIO the body size), text (the rest)
    as_line(line, no) -> Line           the text path's `Line` for a printed line, so its
                                        rules (furniture, bylines, datelines) apply unchanged
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field

from reader.ingest.furniture import JUMP, page_furniture
from reader.ingest.lines import Line
from reader.ingest.pdf.rows import TextLine
from reader.ingest.text import compact, is_cjk

HEAD_RATIO = 1.1  # a kicker is set at least a tenth larger than the body; section heads are not
ROW_SHARE = 0.3  # lines whose tops differ by less than this share of their height share a row
EDGE_MAX_CHARS = 16  # a page number or a strip item is short


@dataclass(frozen=True)
class Measures:
    size: float  # body type size, in PDFium's unit
    em: float  # width of a body ideograph, in points
    font: str


@dataclass
class Kinds:
    furniture: list[TextLine] = field(default_factory=list)
    jumps: dict[int, str] = field(default_factory=dict)  # id(line) -> "next" | "previous"
    heads: list[TextLine] = field(default_factory=list)
    text: list[TextLine] = field(default_factory=list)


def as_line(line: TextLine, no: int = 0) -> Line:
    return Line(no=no, raw=line.text, text=line.text, indent=False, blank_before=False)


def measure(lines: list[TextLine]) -> Measures:
    sizes: Counter = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.chars)
    size = sizes.most_common(1)[0][0] if sizes else 1.0
    body = [c for line in lines if round(line.size, 1) == size for c in line.chars]
    widths = [c.x1 - c.x0 for c in body if is_cjk(c.text)] or [c.height for c in body] or [1.0]
    font = Counter(c.font for c in body).most_common(1)[0][0] if body else ""
    return Measures(size=size, em=statistics.median(widths), font=font)


def classify(lines: list[TextLine], measures: Measures) -> Kinds:
    kinds = Kinds()
    ordered = [as_line(line, k) for k, line in enumerate(lines, start=1)]
    furniture = page_furniture(ordered) | _edge_items(lines)
    for line, text_line in zip(lines, ordered, strict=True):
        if JUMP.match(text_line.compact):
            kinds.jumps[id(line)] = "previous" if "接" in line.text else "next"
            kinds.furniture.append(line)
        elif text_line.no in furniture:
            kinds.furniture.append(line)
        elif line.size >= HEAD_RATIO * measures.size:
            kinds.heads.append(line)
        else:
            kinds.text.append(line)
    return kinds


def _edge_items(lines: list[TextLine]) -> set[int]:
    """Numbers (1-based) of short lines alone in the page's first or last row, with no text
    right over or under them: a page number, a paper's name, an item of a strip the text
    rules do not know."""
    if not lines:
        return set()
    first = min(line.top for line in lines)
    last = max(line.top for line in lines)
    found = set()
    for no, line in enumerate(lines, start=1):
        height = line.bottom - line.top
        if min(abs(line.top - first), abs(line.top - last)) > ROW_SHARE * height:
            continue
        if len(compact(line.text)) <= EDGE_MAX_CHARS and not any(
            other is not line
            and abs(other.top - line.top) > ROW_SHARE * height
            and min(abs(other.top - line.bottom), abs(line.top - other.bottom)) < height
            and min(other.x1, line.x1) > max(other.x0, line.x0)
            for other in lines
        ):
            found.add(no)
    return found
