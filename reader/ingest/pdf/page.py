"""One PDF page's characters in, its articles, text rendering and regions out.

    read_page(raw, name) -> PdfPage

lines -> kinds (furniture, headline type, text) -> column blocks -> bodies -> headline
assignment -> stories -> articles; then the text rendering: the stories and the lines no story
took, in reading order (top to bottom, left to right by where each starts), a blank line
between them; inside a story its headline, byline and columns in order. Every printed line is
one line of `text` and lands in exactly one article's `source_lines` or in the leftovers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.ingest.article_ids import make_ids_unique
from reader.ingest.county import fill_page_city
from reader.ingest.model import Leftover, Page
from reader.ingest.pdf.chars import RawPage
from reader.ingest.pdf.classify import Measures, classify, measure
from reader.ingest.pdf.columns import bodies, column_blocks, join_leads, note_furniture_tops
from reader.ingest.pdf.heads import (
    assign,
    head_groups,
    heads_over,
    openers,
    read_as_prose,
    under_picture,
)
from reader.ingest.pdf.rows import TextLine, build_lines
from reader.ingest.pdf.story import Story, article

Region = tuple[float, float, float, float]  # left, top, right, bottom in points, from top left


@dataclass
class PdfPage:
    """One page of a PDF: its size in points, its text rendering, its articles and where each
    article stands (`regions`, by article id: boxes in points from the page's top left).
    Size and regions are the page as shown, turned by its /Rotate as a viewer renders it."""

    number: int
    width: float
    height: float
    text: str
    page: Page
    regions: dict[str, list[Region]] = field(default_factory=dict)


def read_page(raw: RawPage, name: str) -> PdfPage:
    lines = build_lines(raw.chars, _rough_em(raw))
    measures = measure(lines)
    kinds = classify(lines, measures)
    groups, prose = read_as_prose(head_groups(kinds.heads))
    columns = join_leads(column_blocks(kinds.text + prose, measures.em), prose, measures.em)
    note_furniture_tops(columns, kinds.furniture, measures.em)
    starts = openers(groups, columns, raw.pictures, measures.em)
    found = bodies(columns, starts, measures.em, heads_over(groups, columns, measures.em))
    pairs, confidence = assign(groups, found, raw.pictures, measures.em)
    stories = [
        Story(
            body,
            groups[pairs[b]] if b in pairs else None,
            confidence.get(b, 0.0),
            under_picture(body, raw.pictures, measures.em),
        )
        for b, body in enumerate(found)
    ]
    return _assemble(raw, name, stories, lines, measures, kinds.jumps)


def _rough_em(raw: RawPage) -> float:
    heights = sorted(c.height for c in raw.chars)
    return heights[len(heights) // 2] if heights else 10.0


def _assemble(raw, name, stories, lines, measures: Measures, jumps) -> PdfPage:
    built = [(s, article(s, measures)) for s in stories]
    kept = [(s, a) for s, a in built if a is not None]
    text_lines, numbers, leftover = _render(kept, lines)
    articles = []
    for story, art in kept:
        art.source_lines = _ranges(sorted(numbers[id(line)] for line in story.lines))
        articles.append(art)
    _mark_continued(kept, lines, jumps)
    articles.sort(key=lambda a: a.source_lines[0][0])
    fill_page_city(articles)
    make_ids_unique(articles)
    for index, art in enumerate(articles):
        art.index = index
    regions = {
        a.id: [_turned(box, raw) for box in _regions(s, raw.width, raw.height)] for s, a in kept
    }
    page = Page(file=name, encoding="pdf", articles=articles, leftover=leftover)
    width, height = (
        (raw.height, raw.width) if raw.rotation in (90, 270) else (raw.width, raw.height)
    )
    text = "\n".join(text_lines) + "\n" if text_lines else ""
    return PdfPage(raw.number, width, height, text, page, regions)


def _render(kept, lines: list[TextLine]) -> tuple[list[str], dict[int, int], list[Leftover]]:
    """The page's text: stories and lines no story took, by where each starts (top, then
    left), a blank line around each story. Also each printed line's number (by id) and the
    leftovers."""
    taken = {id(line) for story, _ in kept for line in story.lines}
    items: list[tuple[float, float, list[TextLine], bool]] = [
        (_start(story.lines), story.body.x0, story.lines, True) for story, _ in kept
    ]
    items += [(line.top, line.x0, [line], False) for line in lines if id(line) not in taken]
    items.sort(key=lambda item: (round(item[0]), item[1]))
    text: list[str] = []
    numbers: dict[int, int] = {}
    leftover = []
    for _, _, item_lines, is_story in items:
        if text and (is_story or text[-1] == ""):
            text.append("")
        for line in item_lines:
            text.append(line.text)
            numbers[id(line)] = len(text)
            if not is_story:
                leftover.append(Leftover(len(text), line.text))
        if is_story:
            text.append("")
    while text and text[-1] == "":
        text.pop()
    return text, numbers, leftover


def _start(lines: list[TextLine]) -> float:
    return min(line.top for line in lines)


def _ranges(numbers: list[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for no in numbers:
        if out and no == out[-1][1] + 1:
            out[-1][1] = no
        else:
            out.append([no, no])
    return out


def _regions(story: Story, width: float, height: float) -> list[Region]:
    """The headline's box and each column's, kept on the page (type may bleed off its edge)."""
    boxes = [story.group.lines] if story.group else []
    boxes += [column.lines for column in story.body.columns]
    return [
        (
            round(max(0.0, min(line.x0 for line in box)), 1),
            round(max(0.0, min(line.top for line in box)), 1),
            round(min(width, max(line.x1 for line in box)), 1),
            round(min(height, max(line.bottom for line in box)), 1),
        )
        for box in boxes
    ]


def _turned(box: Region, raw: RawPage) -> Region:
    """A box of the page as set, on the page as shown (turned clockwise by /Rotate)."""
    x0, top, x1, bottom = box
    w, h = raw.width, raw.height
    turned = {
        90: (h - bottom, x0, h - top, x1),
        180: (w - x1, h - bottom, w - x0, h - top),
        270: (top, w - x1, bottom, w - x0),
    }.get(raw.rotation, box)
    return (round(turned[0], 1), round(turned[1], 1), round(turned[2], 1), round(turned[3], 1))


def _mark_continued(kept, lines: list[TextLine], jumps: dict[int, str]) -> None:
    """`下转` marks the story whose column ends right above it, `上接` the one starting below."""
    for line in lines:
        way = jumps.get(id(line))
        if way is None:
            continue
        near = []
        for story, art in kept:
            for column in story.body.columns:
                if min(column.x1, line.x1) - max(column.x0, line.x0) <= 0:
                    continue
                distance = line.top - column.bottom if way == "next" else column.top - line.bottom
                if distance >= -1:
                    near.append((distance, art))
        if near:
            art = min(near, key=lambda item: item[0])[1]
            art.continued = way
            if art.kind == "brief":
                art.kind = "news"  # a story run over two pages is no brief
