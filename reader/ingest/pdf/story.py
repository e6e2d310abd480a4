"""A body and its headline group in, an `Article` out, with the text path's own rules.

    Story                           a body, its headline group (or none), its confidence
    paragraphs(story, measures)     the body's lines cut into blocks: a paragraph opens at an
                                    indented line; a line in another face than the body's,
                                    not indented, is a section head
    article(story, measures) -> Article | None   (None when nothing but a byline is left)

Roles come from the type: in a headline group the largest lines are the title, smaller lines
above it the kicker, below it the subtitle. A title line that fills the group's width runs on
into the next (a wrapped title); a shorter one is a line of its own (a space between them).
Byline, dateline, county, figures, kind and id are the text path's (bylines.py, datelines.py,
county.py, figures.py, pipeline's id), so a PDF's articles carry the same fields as a text's.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from reader.ingest import datelines
from reader.ingest.article_ids import stable_id
from reader.ingest.bylines import byline_text, dateline_reporter, split_trailing_byline
from reader.ingest.county import locate
from reader.ingest.figures import find_figures
from reader.ingest.model import Article, ArticleKind, Block
from reader.ingest.pdf.classify import Measures, as_line
from reader.ingest.pdf.columns import Body, Column
from reader.ingest.pdf.heads import HeadGroup
from reader.ingest.pdf.rows import TextLine
from reader.ingest.text import clean_headline, clean_text, compact
from reader.lexicon.segment import tokenize

INDENT_EM = 0.9  # a paragraph's first line is indented two ems; justified text is not
SAME_SIZE = 0.04  # headline lines within this share of each other's size are one role
RUN_ON_EM = 1.5  # a headline line ending this close to its group's right edge runs on
SECTION_HEAD_MAX = 24  # characters: a section head is a short line
SHORT_EM = 1.5  # a line ending this far before its column's right edge ends its paragraph
_PHOTO_CREDIT = re.compile(r"\s*摄$")  # `□记者 高原 摄`: the role word of a photo, like 报道


@dataclass
class Story:
    body: Body
    group: HeadGroup | None
    confidence: float
    under_picture: bool

    @property
    def byline_lines(self) -> list[TextLine]:
        first = self.body.columns[0]
        return first.lines[: first.bylines]

    @property
    def lines(self) -> list[TextLine]:
        heads = self.group.lines if self.group else []
        return heads + self.body.lines


def paragraphs(story: Story, measures: Measures) -> list[tuple[str, list[TextLine]]]:
    placed = []  # (line, indented, short of its column's right edge)
    for k, column in enumerate(story.body.columns):
        start = column.bylines if k == 0 else 0
        left, right = _left_edge(column, start), column.text_x1
        for line in column.lines[start:]:
            indented = line.x0 - left >= INDENT_EM * measures.em
            placed.append((line, indented, right - line.x1 >= SHORT_EM * measures.em))
    out: list[tuple[str, list[TextLine]]] = []
    for k, (line, indented, short) in enumerate(placed):
        after_end = k > 0 and placed[k - 1][2]
        before_start = k + 1 < len(placed) and placed[k + 1][1]
        plain_head = after_end and short and before_start and _head_shaped(line)
        if not indented and (_other_face(line, measures) or plain_head):
            out.append(("heading", [line]))
        elif indented or not out or out[-1][0] == "heading":
            out.append(("paragraph", [line]))
        else:
            out[-1][1].append(line)
    return out


def _left_edge(column: Column, start: int) -> float:
    lines = column.lines[start:] or column.lines
    return min(line.x0 for line in lines)


def _other_face(line: TextLine, measures: Measures) -> bool:
    """A short line in another face than the body's (黑体 among 宋体) is a section head."""
    return line.font != measures.font and len(compact(line.text)) <= SECTION_HEAD_MAX


def _head_shaped(line: TextLine) -> bool:
    """Between a paragraph's end and an indented line, a short line that closes no sentence or
    clause, set flush left, is a section head even in the body's face."""
    return as_line(line).headline_shaped


def roles(group: HeadGroup | None) -> tuple[str | None, str | None, str | None]:
    if group is None:
        return None, None, None
    runs: list[list[TextLine]] = []
    for line in group.lines:
        if runs and abs(line.size - runs[-1][0].size) <= SAME_SIZE * line.size:
            runs[-1].append(line)
        else:
            runs.append([line])
    title_at = max(range(len(runs)), key=lambda k: runs[k][0].size)
    right = group.x1
    parts = [_join_run(run, right) for run in runs]
    kicker = " ".join(parts[:title_at]) or None
    subtitle = " ".join(parts[title_at + 1 :]) or None
    return kicker, parts[title_at], subtitle


def _join_run(run: list[TextLine], right: float) -> str:
    text = clean_headline(run[0].text)
    for previous, line in itertools.pairwise(run):
        runs_on = right - previous.x1 <= RUN_ON_EM * (previous.bottom - previous.top)
        text += ("" if runs_on else " ") + clean_headline(line.text)
    return text


def _join_lines(lines: list[TextLine]) -> str:
    text = ""
    for line in lines:
        part = clean_text(line.text)
        if text and part and text[-1].isascii() and text[-1].isalpha() and part[0].isalpha():
            text += " "
        text += part
    return text


def article(story: Story, measures: Measures) -> Article | None:
    cut = paragraphs(story, measures)
    blocks = [Block(kind, _join_lines(lines)) for kind, lines in cut]  # type: ignore[arg-type]
    if not blocks:
        return None
    dateline_match = datelines.DATELINE.match(compact(blocks[0].text))
    dateline = (dateline_match.group("place") or None) if dateline_match else None
    if dateline_match:
        raw = "".join(line.text for line in cut[0][1])
        blocks[0] = Block(blocks[0].type, datelines.with_printed_gap(blocks[0].text, raw))
    blocks, credit = _strip_credit(blocks)
    if not blocks:
        return None
    marked = story.byline_lines
    byline = _PHOTO_CREDIT.sub("", byline_text([as_line(ln) for ln in marked])) if marked else None
    byline = byline or credit or dateline_reporter(blocks[0].text)
    kicker, title, subtitle = roles(story.group)
    words = [w for block in blocks for w, _, _ in tokenize(block.text) if not w.isspace()]
    past = datelines.words_after(words, dateline_match.end()) if dateline_match else words
    heads = " ".join(p for p in (kicker, title, subtitle) if p)
    head_words = [w for w, _, _ in tokenize(heads) if not w.isspace()]
    city, county = locate(dateline, head_words, past)
    return Article(
        id=stable_id(kicker, title, subtitle, blocks),
        index=0,
        kind=_kind(story, bool(marked), dateline, blocks),
        kicker=kicker,
        title=title,
        subtitle=subtitle,
        byline=byline or None,
        dateline=dateline,
        city=city,
        county=county,
        body=blocks,
        figures=[f for k, block in enumerate(blocks) for f in find_figures(block.text, k)],
        headline_confidence=story.confidence if story.group else 0.0,
        source_lines=[],
        body_words=words,
    )


def _strip_credit(blocks: list[Block]) -> tuple[list[Block], str | None]:
    if blocks[-1].type != "paragraph":
        return blocks, None
    rest, name = split_trailing_byline(blocks[-1].text)
    if name is None:
        return blocks, None
    return blocks[:-1] + ([Block("paragraph", rest)] if rest else []), name


def _kind(story: Story, marked: bool, dateline: str | None, blocks: list[Block]) -> ArticleKind:
    if story.group is None:
        single = len(blocks) == 1 and blocks[0].type == "paragraph"
        if story.under_picture or (marked and not dateline and single):
            return "photo"
    if not marked and not dateline:
        return "brief"
    return "news"
