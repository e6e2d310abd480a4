"""Classified lines in, article units out: where each article's byline, body and headline lines are.

    detect_layout(lines, tokens) -> "after" | "before"   the page's usual order
    split_units(lines, tokens, layout) -> list[Unit]

The page is cut into bylines, headline blocks (headline-shaped lines after finished text that
end where something new starts) and stretches of text; bylines, blocks, datelines, trailing
credits and (on pages whose headlines are grouped apart) blank lines end a stretch. A Unit
holds one article's byline lines, body lines and its *adjacent* block, before or after the
body as the page's order and the block's neighbours allow, block by block. Which block really
belongs to which body is decided later, by content (see headlines.py): on some pages a block
holds the headlines of several articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median_high
from typing import Literal

from reader.ingest.briefs import split_stretches
from reader.ingest.bylines import (
    byline_span,
    is_bare_name_line,
    is_trailing_byline_line,
    split_trailing_byline,
)
from reader.ingest.indents import falls_short
from reader.ingest.lines import MAX_HEADLINE_CHARS, Line
from reader.ingest.text import CLAUSE_PUNCTUATION
from reader.ingest.tokens import PageTokens
from reader.lexicon.gazetteer import gazetteer, home_province

Layout = Literal["after", "before"]
# a headline block of a page with every headline grouped at its end holds many lines
MAX_BLOCK_LINES = 40
# bylines on at least this many articles make a byline the page's article separator
BYLINED_PAGE = 2
# lines either side looked at to tell a double-spaced stretch from blank-separated paragraphs
SPACING_WINDOW = 4
# in a double-spaced stretch nearly every line follows a blank
DOUBLE_SPACED_SHARE = 0.75
# a block of at least this many blank-separated parts at the page's end, and no other block
# between texts, holds the page's headlines grouped apart from their bodies
GROUPED_PARTS = 3
# a line within this many cells of the column width was wrapped there, not ended
COLUMN_SLACK = 1.0
# a page is set in columns when this many of its running-on lines, and this share, fill one
MIN_AT_COLUMN = 4
AT_COLUMN_SHARE = 0.6
# blocks standing between blank lines this many times make a block set tight in the text a
# section head: a page marks its headlines one way and its in-article heads another
APART_BLOCKS = 2
# an article's section heads are written in parallel (排比): this many blocks in a row of the
# same shape (line count and line lengths) are heads of one article, not its headlines; a
# series that names places is the equal-length headlines of a page of briefs
PARALLEL_HEADS = 3
# a headline wrapped in a narrow column runs over at most this many lines
MAX_WRAPPED_HEAD_LINES = 3


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
        self.bylined_page = len(self.byline_at) >= BYLINED_PAGE
        self.column = _column_width(lines)
        self._loose = _double_spaced_lines(lines)
        self._wrapped_heads = _wrapped_headline_lines(lines)
        self.runs = self._find_runs()
        self.run_at = {run[0]: run for run in self.runs}
        self._run_lines = {i for run in self.runs for i in run}
        self.grouped_page = self._headlines_grouped()
        self.head_group = self._head_group()
        self.blocks_apart = sum(self._stands_apart(run) for run in self.runs)
        self.parallel = self._parallel_runs()

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

    def in_run(self, i: int) -> bool:
        return i in self._run_lines

    def shaped(self, i: int) -> bool:
        """Could line i be a headline line, judged by itself and the line above?"""
        line = self.lines[i]
        shaped = line.headline_shaped or (line.exclaims and self._ends_headline(i))
        shaped = shaped or i in self._wrapped_heads
        if not shaped or self.in_byline(i) or is_trailing_byline_line(line) or line.dateline:
            return False  # a dateline (本报某某讯) opens text, never heads it
        if self.indented_page:
            return not line.indent
        return not self.opens_paragraph(i)

    def opens_paragraph(self, i: int) -> bool:
        """On a page set in columns whose extractor dropped the indents (pdfminer), a line after
        a blank that falls short of the column-full lines under it by about the indent opens a
        paragraph (a headline line is not set to the body's column)."""
        line = self.lines[i]
        if not line.blank_before or i + 1 >= len(self.lines) or not self.at_column(i + 1):
            return False
        return not self.lines[i + 1].blank_before and falls_short(self.lines, i)

    def _ends_headline(self, i: int) -> bool:
        """Can line i, ending in ！ or ？, be a headline's line: standing alone, or the tail of
        a headline a narrow column wrapped (`冬季取暖安全怎` / `么保？`), the line above set
        tight over it as a headline line, itself short of a full column?"""
        if self.stands_alone(i):
            return True
        above = self.lines[i - 1]
        if self.lines[i].blank_before or not above.headline_shaped or self.at_column(i - 1):
            return False
        return self.shaped(i - 1)

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
        return line.ends_sentence or self.in_byline(i) or self.ends_credit(i)

    def ends_credit(self, i: int) -> bool:
        """Does line i close a trailing credit `(某某)`, whole or wrapped from the line above
        (`…每周一次。(韩` / `露)`: a narrow column cuts it like any other text)?"""
        line = self.lines[i]
        if split_trailing_byline(line.compact)[1] is not None:
            return True
        if i == 0 or line.blank_before or not line.compact.endswith((")", "）")):
            return False
        joined = self.lines[i - 1].compact + line.compact
        return split_trailing_byline(joined)[1] is not None

    def blank_before(self, i: int) -> bool:
        """A blank line above line i that means something (not a double-spaced stretch)."""
        return self.lines[i].blank_before and i not in self._loose

    def at_column(self, i: int) -> bool:
        """Was line i wrapped at the page's column (only pages set in columns have one)?"""
        return self.column > 0 and abs(self.lines[i].width - self.column) <= COLUMN_SLACK

    def starts_something(self, i: int) -> bool:
        """Does line i open a new stretch (so a headline block may end just above it)?"""
        if i >= len(self.lines):
            return True
        line = self.lines[i]
        if (self.indented_page and line.indent) or self.in_byline(i) or line.dateline:
            return True
        if i in self._loose:
            return line.blank_before and not self.at_column(i - 1)
        return line.blank_before

    def _find_runs(self) -> list[list[int]]:
        """Headline blocks: headline-shaped lines after finished text, ending where something
        new starts (a paragraph's short first line runs on into the next line: not a block)."""
        runs, i = [], 0
        while i < len(self.lines):
            if not (self.shaped(i) and self.closes_text(i - 1)):
                i += 1
                continue
            run = [i]
            while run[-1] + 1 < len(self.lines) and len(run) < MAX_BLOCK_LINES:
                if not self.shaped(run[-1] + 1):
                    break
                run.append(run[-1] + 1)
            end = run[-1] + 1
            while run and not self._ends_block(run[-1]):
                run.pop()
            if run:
                runs.append(run)
            i = end
        return runs

    def _parallel_runs(self) -> set[int]:
        """Lines of blocks in a series of PARALLEL_HEADS or more of one shape, with no
        byline between them, none opening with a place (briefs' headlines open with theirs).
        Blocks with no line between them (a head set over two blank-separated lines) are one."""
        found: set[int] = set()
        series: list[list[int]] = []
        for group in [*self._adjacent_runs(), []]:
            if series and group and self._same_shape(series[-1], group):
                series.append(group)
                continue
            if len(series) >= PARALLEL_HEADS:
                found.update(i for g in series for i in g)
            series = [group]
        return found

    def _adjacent_runs(self) -> list[list[int]]:
        """The lines of blocks that follow one another with no other line between."""
        groups: list[list[int]] = []
        for run in self.runs:
            if groups and groups[-1][-1] + 1 == run[0]:
                groups[-1].extend(run)
            else:
                groups.append(list(run))
        return groups

    def _same_shape(self, first: list[int], second: list[int]) -> bool:
        between = range(first[-1] + 1, second[0])
        if any(self.in_byline(i) for i in between):
            return False
        if self.names_place(first) or self.names_place(second):
            return False
        # zip stops at the shorter: paragraph lines can join a block's end
        return all(
            len(self.lines[a].compact) == len(self.lines[b].compact)
            for a, b in zip(first, second, strict=False)
        )

    def names_place(self, run: list[int]) -> bool:
        """Does the block open with a place's full name, or the short name of one in the home
        province (`合作` is a county far away, and a verb here)?"""
        words = self.tokens.of_line(run[0])
        if not words:
            return False
        home = home_province()
        places = gazetteer().lookup(words[0])
        return any(place.name == words[0] or place.province == home for place in places)

    def _stands_apart(self, run: list[int]) -> bool:
        """A blank line (or the page's edge) both above and below the block."""
        after = run[-1] + 1
        below = after >= len(self.lines) or self.blank_before(after)
        return self.blank_before(run[0]) and below

    def set_tight(self, run: list[int]) -> bool:
        """No blank line above the block nor below it: set in the run of the text."""
        after = run[-1] + 1
        if after >= len(self.lines):
            return False
        return not (self.lines[run[0]].blank_before or self.lines[after].blank_before)

    def _headlines_grouped(self) -> bool:
        if not self.runs or self.runs[-1][-1] != len(self.lines) - 1:
            return False
        parts = sum(1 for i in self.runs[-1] if self.lines[i].blank_before)
        others = self.runs[:-1]
        return parts >= GROUPED_PARTS and all(run[0] == 0 or self.set_tight(run) for run in others)

    def _head_group(self) -> list[int] | None:
        """The block holding headlines grouped apart from their bodies: the page's last block
        when its headlines are grouped at the end, or a block of GROUPED_PARTS or more
        blank-separated parts opening the page (an extractor draws a top row of headlines
        first), else None."""
        if self.grouped_page:
            return self.runs[-1]
        if not self.runs or self.runs[0][0] != 0:
            return None
        parts = sum(1 for i in self.runs[0] if i == 0 or self.lines[i].blank_before)
        return self.runs[0] if parts >= GROUPED_PARTS else None

    def brief_ends(self, i: int) -> bool:
        """Does an article end above line i although no headline or byline stands there: after
        a trailing credit `(某某)`, or, where the headlines are grouped apart on an indented
        page, at a blank line after a finished sentence?"""
        if i == 0 or not self.starts_something(i):
            return False
        if self.ends_credit(i - 1):
            return True
        return (
            self.grouped_page
            and self.indented_page
            and self.blank_before(i)
            and self.lines[i].indent
            and self.closes_text(i - 1)
        )

    def _ends_block(self, k: int) -> bool:
        return not self.tokens.continues(k) and self.starts_something(k + 1)


def _column_width(lines: list[Line]) -> float:
    """The usual width of a line that runs on (a wrapped line fills its column), or 0 when
    too few lines share it for the page to be set in columns."""
    widths = [line.width for line in lines if not line.ends_sentence]
    if not widths:
        return 0.0
    column = median_high(widths)
    at_column = sum(abs(width - column) <= COLUMN_SLACK for width in widths)
    return column if at_column >= max(MIN_AT_COLUMN, AT_COLUMN_SHARE * len(widths)) else 0.0


def _wrapped_headline_lines(lines: list[Line]) -> set[int]:
    """Lines a narrow column cut off a headline mid-clause (`…向数字化、` / `智能化转型升级`):
    a stretch between blank lines of a few short lines, each but the last broken after a comma,
    the last headline-shaped. A paragraph's text never stops short of a sentence end so."""
    found: set[int] = set()
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and not lines[end].blank_before:
            continue
        stretch = lines[start:end]
        wrapped = 1 < len(stretch) <= MAX_WRAPPED_HEAD_LINES and stretch[-1].headline_shaped
        if wrapped and all(_broken_at_clause(line) for line in stretch[:-1]):
            found.update(range(start, end - 1))
        start = end
    return found


def _broken_at_clause(line: Line) -> bool:
    text = line.compact
    return (
        len(text) <= MAX_HEADLINE_CHARS
        and text[-1] in CLAUSE_PUNCTUATION
        and not line.ends_sentence
        and "。" not in text
        and not line.indent
        and not text.startswith(("□", "■"))
    )


def _double_spaced_lines(lines: list[Line]) -> set[int]:
    """Lines inside a stretch where nearly every line follows a blank."""
    loose = set()
    for i in range(len(lines)):
        window = lines[max(0, i - SPACING_WINDOW) : i + SPACING_WINDOW + 1]
        if sum(line.blank_before for line in window) >= DOUBLE_SPACED_SHARE * len(window):
            loose.add(i)
    return loose


def detect_layout(lines: list[Line], tokens: PageTokens) -> Layout:
    """The page's usual order; each block still goes to the body the page's order and its
    neighbours allow (see `_owners`)."""
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


def split_units(lines: list[Line], tokens: PageTokens, layout: Layout) -> list[Unit]:
    """Cut the page into bylines, headline blocks and stretches of text; each stretch is one
    article's body, and each block goes beside the body the page's order gives it."""
    view = PageView(lines, tokens)
    pieces = split_stretches(view, _pieces(view, layout), layout == "before")
    owners = _owners(pieces, layout)
    units: dict[int, Unit] = {}
    order: list[int] = []
    for k, (kind, indices) in enumerate(pieces):
        owner = owners.get(k, k)
        if owner not in units:
            units[owner] = Unit()
            order.append(owner)
        unit = units[owner]
        chosen = [view.lines[i] for i in indices]
        if kind == "byline":
            unit.byline, unit.marked_byline = chosen, True
        elif kind == "block":
            unit.block = chosen
        else:
            unit.body = chosen
    return [_bare_name_byline(units[k]) for k in order]


def _pieces(view: PageView, layout: Layout) -> list[tuple[str, list[int]]]:
    """("byline" | "block" | "text", line indices) in page order."""
    pieces: list[tuple[str, list[int]]] = []
    i = 0
    while i < len(view.lines):
        span = view.byline_at.get(i, 0)
        if span:
            pieces.append(("byline", list(range(i, i + span))))
            i += span
            continue
        run = view.run_at.get(i)
        if (
            run
            and _separates(view, run, pieces, layout)
            and not _unmarked_byline(view, run, layout)
        ):
            pieces.append(("block", run))
            i = run[-1] + 1
            continue
        if not pieces or pieces[-1][0] != "text" or _opens_article(view, i) or view.brief_ends(i):
            pieces.append(("text", []))
        pieces[-1][1].append(i)
        i += 1
    return pieces


def _separates(view: PageView, run: list[int], pieces, layout: Layout) -> bool:
    """A block between two stretches of text starts another article, unless it reads as a
    section head: on a page whose articles carry bylines, a head inside a stretch is one,
    except on indented pages, where heads are set in the text and blocks stand apart, and
    where an indented paragraph follows flush text."""
    inside = bool(pieces) and pieces[-1][0] == "text"
    after = run[-1] + 1
    if not inside or after >= len(view.lines) or view.in_byline(after):
        return True
    if view.lines[after].dateline is not None:
        return True
    if _indent_changes(view, pieces[-1][1], after):
        return True
    if view.set_tight(run) and view.blocks_apart >= APART_BLOCKS:
        return False
    if run[0] in view.parallel:
        return False
    if layout == "after" and _heads_what_follows(view, run, pieces[-1][1]):
        return False
    if layout == "before" and _heads_credited_brief(view, run):
        return True
    if layout == "before" and view.names_place(run):
        return True  # a brief's headline opens with where; an article's section heads do not
    if not (view.bylined_page and _bylined_text(pieces)):
        return True
    return view.indented_page and view.blank_before(run[0])


def _heads_what_follows(view: PageView, run: list[int], text: list[int]) -> bool:
    """Where headlines follow their bodies, a block that shares words with the text after it
    and none with the text before it heads a section of one article, not the text above."""
    head = _content_words(view, run)
    before = len(head & _content_words(view, text))
    after = len(head & _content_words(view, _text_after(view, run[-1] + 1)))
    return before == 0 and after > 0


def _heads_credited_brief(view: PageView, run: list[int]) -> bool:
    """Where headlines precede their bodies, a block over text that closes on a trailing
    credit `(某某)` heads that brief: a bylined article carries its byline above, not a
    credit below, so the block is no section head of the bylined text before it."""
    text = _text_after(view, run[-1] + 1)
    return bool(text) and view.ends_credit(text[-1])


def _text_after(view: PageView, start: int) -> list[int]:
    """The lines from start to the next block or byline."""
    end = start
    while end < len(view.lines) and not (view.in_run(end) or view.in_byline(end)):
        end += 1
    return list(range(start, end))


def _content_words(view: PageView, lines: list[int]) -> set[str]:
    words = (w for i in lines for w in view.tokens.of_line(i))
    return {w for w in words if len(w) >= 2 and not w.isdigit()}


def _bylined_text(pieces) -> bool:
    """Does the stretch of text so far carry a byline (set just above it)?"""
    return len(pieces) >= 2 and pieces[-2][0] == "byline"


def _indent_changes(view: PageView, text: list[int], after: int) -> bool:
    """One article sets all its paragraphs alike: text with no indented line before a block
    and an indented paragraph after it are two articles' texts. (Not the reverse: a column
    break can leave a paragraph's next line flush after a head-shaped line.) On a page with no
    blank line, whose indents were restored from widths (`-raw`), a dateline's line is never
    marked, so there it counts as indented."""
    lines = view.lines
    restored = not any(line.blank_before for line in lines[1:])
    return lines[after].indent and not any(
        lines[i].indent or (restored and lines[i].dateline) for i in text
    )


def _unmarked_byline(view: PageView, run: list[int], layout: Layout) -> bool:
    """Where headlines follow their bodies, a lone name line above text is its byline."""
    after = run[-1] + 1
    return (
        layout == "after"
        and len(run) == 1
        and is_bare_name_line(view.lines[run[0]])
        and after < len(view.lines)
        and not view.in_run(after)
        and not view.in_byline(after)
    )


def _opens_article(view: PageView, i: int) -> bool:
    """A dateline paragraph after a finished sentence starts another article."""
    line = view.lines[i]
    if line.dateline is None or i == 0:
        return False
    return bool(line.indent or view.blank_before(i)) and view.closes_text(i - 1)


def _owners(pieces: list[tuple[str, list[int]]], layout: Layout) -> dict[int, int]:
    """piece -> the piece whose unit it joins: a byline joins the text after it; a block the
    text before it (layout "after") or after it ("before"), whichever the page allows."""
    texts = [k for k, (kind, _) in enumerate(pieces) if kind == "text"]
    owners: dict[int, int] = {}
    taken: set[int] = set()
    for k, (kind, _) in enumerate(pieces):
        if kind == "text":
            continue
        before = max((t for t in texts if t < k), default=None)
        after = min((t for t in texts if t > k), default=None)
        between_byline = kind == "block" and _byline_between(pieces, k, after)
        if kind == "byline":
            owner = after
        else:
            owner = _block_owner(layout, before, after, taken, between_byline)
        if owner is not None:
            owners[k] = owner
            if kind == "block":
                taken.add(owner)
    for k in texts:
        owners[k] = k
    return owners


def _block_owner(layout: Layout, before, after, taken: set[int], between_byline: bool):
    """The text a block sits beside: the page's order where both sides have text; on an
    "after" page the text before, unless that already has its block and no byline follows."""
    if after is None:
        return before
    if layout != "after" or before is None:
        return after
    return before if before not in taken or between_byline else after


def _byline_between(pieces, k: int, after: int | None) -> bool:
    return after is not None and any(kind == "byline" for kind, _ in pieces[k + 1 : after])


def _bare_name_byline(unit: Unit) -> Unit:
    if not unit.byline and len(unit.body) > 1 and is_bare_name_line(unit.body[0]):
        unit.byline = [unit.body.pop(0)]
    return unit
