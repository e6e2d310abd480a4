"""The chain of stages that turns one page's text into articles.

    reconstruct(text, name, encoding) -> Page

lines -> interleaved columns re-read -> cut-off byline tails rejoined -> resumed text
rejoined -> tokens (one jieba pass) -> spacing -> dropped indents ->
layout -> units -> paragraphs -> headline assignment -> articles (byline, dateline, county,
figures, id) + leftovers. Every non-blank input line ends up in exactly one article's
`source_lines` or in `leftover`.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

from reader.ingest import datelines
from reader.ingest.article_ids import make_ids_unique, stable_id
from reader.ingest.bylines import (
    byline_text,
    dateline_reporter,
    normalise_names,
    split_trailing_byline,
)
from reader.ingest.bylinetails import rejoin_byline_tails
from reader.ingest.county import fill_page_city, locate
from reader.ingest.figures import find_figures
from reader.ingest.furniture import jump_lines, page_furniture
from reader.ingest.headlines import Candidate, assign_headlines
from reader.ingest.indents import restore_indents
from reader.ingest.interleave import deinterleave
from reader.ingest.layout import Unit, split_units
from reader.ingest.lines import Line, dateline_place, read_lines, undouble
from reader.ingest.model import Article, ArticleKind, Block, Leftover, Page
from reader.ingest.order import detect_layout
from reader.ingest.paragraphs import build_blocks
from reader.ingest.resume import rejoin_resumed
from reader.ingest.roles import headline_roles
from reader.ingest.text import compact
from reader.ingest.tokens import PageTokens, tokenize_page


@dataclass
class Draft:
    """One unit on its way to becoming an article."""

    unit: Unit
    blocks: list[Block]
    byline: str | None
    dateline: str | None
    words: list[str]  # every word of the body, in order
    headline: list[Line] = field(default_factory=list)
    confidence: float = 0.0

    @property
    def words_past_dateline(self) -> list[str]:
        """The body's words without the dateline's: where it was filed says little of what about."""
        first = self.unit.body[0] if self.unit.body else None
        if first is None or first.dateline is None:
            return self.words
        return datelines.words_after(self.words, first.dateline.end())

    @property
    def is_caption(self) -> bool:
        paragraphs = [b for b in self.blocks if b.type == "paragraph"]
        return (
            self.unit.marked_byline
            and not self.dateline
            and len(paragraphs) == 1
            and len(paragraphs) == len(self.blocks)
        )


def reconstruct(text: str, name: str, encoding: str) -> Page:
    every_line = read_lines(text)
    furniture = page_furniture(every_line)
    kept = deinterleave([line for line in every_line if line.no not in furniture])
    lines = rejoin_resumed(rejoin_byline_tails(kept))
    tokens = tokenize_page(lines)
    lines = undouble(lines, [tokens.continues(i) for i in range(len(lines))])
    lines = restore_indents(lines, tokens)
    jumps = jump_lines(every_line)
    _part_at_jumps(lines, jumps)
    position = {line.no: i for i, line in enumerate(lines)}
    units = split_units(lines, tokens, detect_layout(lines, tokens))
    drafts = [_draft(unit, tokens, position) for unit in units]
    assignment = assign_headlines(_candidate(drafts, lines, tokens, position))
    for k, draft in enumerate(drafts):
        draft.headline = assignment.groups.get(k, [])
        draft.confidence = assignment.confidence.get(k, 0.0)
    articles = _articles([d for d in drafts if d.blocks], tokens, position)
    _mark_continued(articles, jumps)
    return Page(
        file=name,
        encoding=encoding,
        articles=articles,
        leftover=_leftover(text, every_line, articles),
    )


def _part_at_jumps(lines: list[Line], jumps: dict[int, str]) -> None:
    """A jump line closes one article or opens one: the line after it starts something."""
    for previous, line in itertools.pairwise(lines):
        if any(previous.no < no < line.no for no in jumps):
            line.blank_before = True


def _mark_continued(articles: list[Article], jumps: dict[int, str]) -> None:
    """`下转` marks the article whose lines stand nearest above it, `上接` the one below."""
    owner = {no: a for a in articles for lo, hi in a.source_lines for no in range(lo, hi + 1)}
    for no, way in jumps.items():
        if way == "next":
            near = max((k for k in owner if k < no), default=None)
        else:
            near = min((k for k in owner if k > no), default=None)
        if near is not None:
            owner[near].continued = way  # type: ignore[assignment]


def _draft(unit: Unit, tokens: PageTokens, position: dict[int, int]) -> Draft:
    continues = [tokens.continues(position[line.no]) for line in unit.body]
    blocks = build_blocks(unit.body, continues)
    dateline = dateline_place(unit.body[0]) if unit.body else None
    blocks, trailing_name = _strip_trailing_byline(_space_after_dateline(blocks, unit))
    byline = _byline(unit, trailing_name, blocks)
    words = [w for line in unit.body for w in tokens.of_line(position[line.no])]
    return Draft(unit=unit, blocks=blocks, byline=byline, dateline=dateline, words=words)


def _space_after_dateline(blocks: list[Block], unit: Unit) -> list[Block]:
    if not blocks or not unit.body or not unit.body[0].dateline:
        return blocks
    first = Block(blocks[0].type, datelines.with_printed_gap(blocks[0].text, unit.body[0].text))
    return [first, *blocks[1:]]


def _strip_trailing_byline(blocks: list[Block]) -> tuple[list[Block], str | None]:
    if not blocks or blocks[-1].type != "paragraph":
        return blocks, None
    rest, name = split_trailing_byline(blocks[-1].text)
    if name is None:
        return blocks, None
    kept = blocks[:-1] + ([Block("paragraph", rest)] if rest else [])
    return kept, name


def _byline(unit: Unit, trailing_name: str | None, blocks: list[Block]) -> str | None:
    if unit.marked_byline:
        return byline_text(unit.byline)
    if unit.byline:
        return normalise_names(unit.byline[0].text)
    if trailing_name:
        return trailing_name
    return dateline_reporter(blocks[0].text) if blocks else None


def _candidate(
    drafts: list[Draft], lines: list[Line], tokens: PageTokens, position: dict[int, int]
) -> Candidate:
    return Candidate(
        body_words=[Counter(d.words) for d in drafts],
        body_texts=[compact("".join(b.text for b in d.blocks)) for d in drafts],
        captions=[d.is_caption for d in drafts],
        blocks=[[position[line.no] for line in d.unit.block] for d in drafts],
        lines=lines,
        line_words=tokens.tokens,
        runs_on={i for i in range(len(lines)) if tokens.continues(i)},
    )


def _articles(drafts: list[Draft], tokens: PageTokens, position: dict[int, int]) -> list[Article]:
    articles = [_article(d, tokens, position) for d in drafts]
    articles.sort(key=lambda a: a.source_lines[0][0] if a.source_lines else 0)
    fill_page_city(articles)
    make_ids_unique(articles)
    for index, article in enumerate(articles):
        article.index = index
    return articles


def _article(draft: Draft, tokens: PageTokens, position: dict[int, int]) -> Article:
    kicker, title, subtitle = headline_roles([line.text for line in draft.headline])
    headline_words = [w for line in draft.headline for w in tokens.of_line(position[line.no])]
    city, county = locate(draft.dateline, headline_words, draft.words_past_dateline)
    figures = [f for k, block in enumerate(draft.blocks) for f in find_figures(block.text, k)]
    return Article(
        id=stable_id(kicker, title, subtitle, draft.blocks),
        index=0,
        kind=_kind(draft),
        kicker=kicker,
        title=title,
        subtitle=subtitle,
        byline=draft.byline or None,
        dateline=draft.dateline,
        city=city,
        county=county,
        body=draft.blocks,
        figures=figures,
        headline_confidence=draft.confidence,
        source_lines=_ranges(draft),
        body_words=draft.words,
    )


def _kind(draft: Draft) -> ArticleKind:
    if draft.is_caption and not draft.headline:
        return "photo"
    if not draft.unit.byline and not draft.dateline:
        return "brief"
    return "news"


def _ranges(draft: Draft) -> list[list[int]]:
    numbers = sorted(line.no for line in draft.unit.byline + draft.unit.body + draft.headline)
    ranges: list[list[int]] = []
    for no in numbers:
        if ranges and no == ranges[-1][1] + 1:
            ranges[-1][1] = no
        else:
            ranges.append([no, no])
    return ranges


def _leftover(text: str, lines: list[Line], articles: list[Article]) -> list[Leftover]:
    """Every non-blank line no article took, including lines of only invisible characters
    (zero-width spaces, control characters) that read_lines sets aside as blank."""
    covered = {no for a in articles for lo, hi in a.source_lines for no in range(lo, hi + 1)}
    cleaned = {line.no: line.text for line in lines}
    return [
        Leftover(no, cleaned.get(no, raw.strip()))
        for no, raw in enumerate(text.splitlines(), start=1)
        if raw.strip() and no not in covered
    ]
