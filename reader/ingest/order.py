"""The page's usual order: do its headlines follow their bodies or precede them?

    detect_layout(lines, tokens) -> "after" | "before"

A block closing the page speaks for "after"; a block opening it, a block over a dateline and
half-width commas (a typesetter's habit of pages printed headline first) for "before". Each
block still goes to the body its neighbours allow (layout.py), and which headline heads which
body is decided by content later (headlines.py).
"""

from __future__ import annotations

from typing import Literal

from reader.ingest.lines import Line
from reader.ingest.pageview import PageView
from reader.ingest.tokens import PageTokens

Layout = Literal["after", "before"]


def detect_layout(lines: list[Line], tokens: PageTokens) -> Layout:
    """The page's usual order; each block still goes to the body the page's order and its
    neighbours allow (see `layout._owners`)."""
    view = PageView(lines, tokens)
    after, before = 0.0, 0.0
    last = view.runs[-1] if view.runs else []
    if last and last[-1] == len(lines) - 1 and last[0] > 0:
        after += 2
    first = view.runs[0] if view.runs else []
    if first and first[0] == 0 and first[-1] < len(lines) - 1:
        before += 1
    before += sum(1 for run in view.runs if _dateline_follows(view, run))
    if _half_width_commas(lines):
        before += 1
    return "after" if after > before else "before"


def _dateline_follows(view: PageView, run: list[int]) -> bool:
    after = run[-1] + 1
    return after < len(view.lines) and view.lines[after].dateline is not None


def _half_width_commas(lines: list[Line]) -> bool:
    ascii_commas = sum(line.text.count(",") for line in lines)
    return ascii_commas > 10 and ascii_commas > sum(line.text.count("，") for line in lines)
