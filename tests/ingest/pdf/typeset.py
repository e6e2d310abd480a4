"""A small typesetter for the PDF engine's property tests: random newspaper pages as
characters with boxes (what PDFium gives), with the stories each was set from.

    page(choose) -> (RawPage, list[Printed])   `choose`: Drawn(hypothesis data) or Seeded(n)

A page has 3-5 columns of 10-14 ideographs at 9 points, a date strip and editor credits,
and rows of cells spanning 1-3 columns; a cell stacks one or two stories. A story has a
title (and maybe a kicker) in larger type above its body (flush left or centred), beside
it (one column wide) or below it; maybe a byline box over its body; and paragraphs indented
two ems, at least two full lines a column, flowed through its columns balanced, as CSS
columns do. Spacing follows the
Chromium corpus (tests/layouts/pdf): lines 1.35 em apart, 2 mm under a headline, 3 mm
between stories, 4 mm between rows.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from hypothesis import strategies as st

from reader.ingest.pdf.chars import Char, RawPage

EM = 9.0
PITCH = 1.35 * EM
GAP = 2.5 * EM
HEAD_GAP, STORY_GAP, ROW_GAP = 5.7, 8.5, 11.3  # 2, 3 and 4 mm
MARGIN = 34.0
TITLE, KICKER = 18.0, 12.0
# ideographs that make no dateline, byline, furniture or figure when put together
POOL = "山河春风田园村镇路桥花果林水乡民生产业科技文化教育医疗交通旅游服务农家新城市场企业工厂园区"


@dataclass
class Printed:
    title: str
    body: str  # every paragraph, joined
    how: str = ""  # where and how it was set, for a failing example's report


def _chars(text: str, x: float, top: float, size: float, font: str) -> list[Char]:
    out, left = [], x
    for ch in text:
        width = size if ord(ch) > 0x2E80 else size / 2
        out.append(Char(ch, left, top, left + width, top + size * 1.05, font, size))
        left += width
    return out


class Drawn:
    """Choices drawn by hypothesis (`st.data()`), so a failing page shrinks."""

    def __init__(self, data) -> None:
        self.data = data

    def integer(self, low: int, high: int) -> int:
        return self.data.draw(st.integers(low, high))

    def boolean(self) -> bool:
        return self.data.draw(st.booleans())

    def pick(self, items: list[str]) -> str:
        return self.data.draw(st.sampled_from(items))

    def words(self, low: int, high: int) -> str:
        return "".join(self.data.draw(st.lists(st.sampled_from(POOL), min_size=low, max_size=high)))


class Seeded:
    """Choices from a seeded generator: the same pages on every run, for a measured rate."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)

    def integer(self, low: int, high: int) -> int:
        return self.random.randint(low, high)

    def boolean(self) -> bool:
        return self.random.random() < 0.5

    def pick(self, items: list[str]) -> str:
        return self.random.choice(items)

    def words(self, low: int, high: int) -> str:
        return "".join(self.random.choices(POOL, k=self.random.randint(low, high)))


def _lines_of(paragraphs: list[str], per_line: int) -> list[tuple[str, bool]]:
    """(text, indented) per printed line: a paragraph opens two ems in."""
    out = []
    for text in paragraphs:
        first = per_line - 2
        out.append((text[:first], True))
        out += [(text[k : k + per_line], False) for k in range(first, len(text), per_line)]
    return out


class Sheet:
    def __init__(self, choose) -> None:
        self.choose = choose
        self.columns = choose.integer(3, 5)
        self.per_line = choose.integer(10, 14)
        self.width = self.per_line * EM
        self.chars: list[Char] = []
        self.printed: list[Printed] = []

    def x(self, column: int) -> float:
        return MARGIN + column * (self.width + GAP)

    def span_width(self, span: int) -> float:
        return span * self.width + (span - 1) * GAP

    def put(self, text: str, x: float, top: float, size: float = EM, font: str = "Song") -> None:
        self.chars += _chars(text, x, top, size, font)

    def story(self, first: int, span: int, top: float) -> float:
        """Set one story in columns first..first+span-1 from `top`; return its bottom."""
        choose = self.choose
        places = ["above", "above", "below", "beside"] if span > 1 else ["above", "below"]
        place = choose.pick(places)
        centred = place != "beside" and choose.boolean()
        title = choose.words(4, 14)
        kicker = choose.words(4, 8) if place != "below" and choose.boolean() else ""
        # at least two full lines a column: a story fills the columns it is set over
        body_span = span - 1 if place == "beside" else span
        least = 2 * self.per_line * body_span
        paragraphs = [choose.words(8, 60) + "。" for _ in range(choose.integer(1, 3))]
        if sum(map(len, paragraphs)) < least:
            paragraphs.append(choose.words(least, least + 20) + "。")
        how = f"{place}{' centred' if centred else ''} columns {first}-{first + span - 1}"
        self.printed.append(Printed(title, "".join(paragraphs), f"{how} from {top:.0f}"))
        body_first = first + 1 if place == "beside" else first
        head_width = self.width if place == "beside" else self.span_width(span)
        heads = [(kicker, KICKER)] if kicker else []
        per_head = int(head_width // TITLE)
        heads += [(title[k : k + per_head], TITLE) for k in range(0, len(title), per_head)]

        def set_heads(at: float) -> float:
            for text, size in heads:
                width = len(text) * size
                x = self.x(first) + ((head_width - width) / 2 if centred else 0)
                self.put(text, x, at, size, "Hei")
                at += size * 1.3
            return at

        body_top = top
        if place == "above":
            body_top = set_heads(top) + HEAD_GAP
        if choose.boolean():
            self.put("□记者 " + choose.words(2, 3) + " 报道", self.x(body_first) + 3, body_top)
            body_top += PITCH + HEAD_GAP
        lines = _lines_of(paragraphs, self.per_line)
        per_column = math.ceil(len(lines) / body_span)
        bottom = body_top
        for k, (text, indented) in enumerate(lines):
            column, row = divmod(k, per_column)
            x = self.x(body_first + column) + (2 * EM if indented else 0)
            self.put(text, x, body_top + row * PITCH)
            bottom = max(bottom, body_top + row * PITCH + EM * 1.05)
        if place == "beside":
            bottom = max(bottom, set_heads(top))
        if place == "below":
            bottom = set_heads(bottom + HEAD_GAP)
        return bottom


def page(choose) -> tuple[RawPage, list[Printed]]:
    sheet = Sheet(choose)
    sheet.put("2024年5月9日", MARGIN, 20)
    sheet.put("星期四", MARGIN + 8 * EM, 20)
    top = 45.0
    for _ in range(choose.integer(1, 3)):
        column, bottom = 0, top
        while column < sheet.columns:
            span = choose.integer(1, min(3, sheet.columns - column))
            cell_top = top
            for _ in range(choose.integer(1, 2)):
                cell_top = sheet.story(column, span, cell_top) + STORY_GAP
            bottom = max(bottom, cell_top)
            column += span
        top = bottom + ROW_GAP
    sheet.put("责任编辑 刘 畅", MARGIN, top + 10)
    width = 2 * MARGIN + sheet.span_width(sheet.columns)
    return RawPage(1, width, top + 40, sheet.chars), sheet.printed
