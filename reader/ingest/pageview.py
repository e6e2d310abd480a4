"""Line-level questions the layout stages ask of one page, answered once per page.

    PageView(lines, tokens)   .byline_at, .runs (headline blocks), .head_group, .grouped_page,
                              .indented_page, .bylined_page, .column, .parallel, and
                              questions of one line: shaped, closes_text, starts_something, ...

Which lines are bylines, headline-shaped, wrapped at the column or double-spaced is asked
many times by the block finder (headblocks.py), the section-head rules (sectionheads.py),
the brief splitter (briefs.py) and the unit builder (layout.py); the view computes it once.
"""

from __future__ import annotations

import re

from reader.ingest import headblocks, sectionheads
from reader.ingest.bylines import byline_span, is_trailing_byline_line, split_trailing_byline
from reader.ingest.indents import falls_short
from reader.ingest.lines import Line
from reader.ingest.spacing import (
    COLUMN_SLACK,
    column_width,
    double_spaced_lines,
    split_word_column,
)
from reader.ingest.text import looks_letter_spaced
from reader.ingest.tokens import PageTokens
from reader.lexicon.gazetteer import gazetteer, home_province

# bylines on at least this many articles make a byline the page's article separator
BYLINED_PAGE = 2
# a paragraph opening with a word that points back at the one before carries it on: no brief
# opens so
_POINTS_BACK = ("本次", "此次", "此外", "同时", "另外", "其中", "对此", "为此", "因此", "这", "该")
# `“一链条”…`, `一是…`, `二、…`, `第二，…`: an item of a list
_ENUMERATED = re.compile(
    r"^[“\"「（(]?第?[一二三四五六七八九十]{1,2}(?:是|、|，|,|[\u4e00-\u9fff]{1,4}[”\"」）)])"
)


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
        self.column = column_width(lines)
        # what opens_paragraph measures a box's first line against: where the running-on
        # lines are too mixed to agree, the lines that split a word show the column
        self._box_column = self.column or split_word_column(
            lines, [tokens.continues(i) for i in range(len(lines))]
        )
        self._loose = double_spaced_lines(lines)
        self._wrapped_heads = headblocks.wrapped_headline_lines(lines)
        self.runs = headblocks.find_runs(self)
        self.run_at = {run[0]: run for run in self.runs}
        self._run_lines = {i for run in self.runs for i in run}
        self.grouped_page = headblocks.headlines_grouped(self)
        self.head_group = headblocks.head_group(self)
        self.blocks_apart = sum(sectionheads.stands_apart(self, run) for run in self.runs)
        self.parallel = sectionheads.parallel_runs(self)

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
        below = self._full_line_below(i)
        if not line.blank_before or below is None:
            return False
        if abs(self.lines[below].width - self._box_column) > COLUMN_SLACK:
            return False
        return not self.lines[i + 1].blank_before and falls_short(self.lines, i)

    def _full_line_below(self, i: int) -> int | None:
        """The line under line i, or the one after when that is letter-spaced (justified by
        spacing fewer characters out, its width is not the column's)."""
        below = i + 1
        if below < len(self.lines) and looks_letter_spaced(self.lines[below].text):
            below += 1
            if below < len(self.lines) and self.lines[below].blank_before:
                return None
        return below if below < len(self.lines) else None

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

    def names_place(self, run: list[int]) -> bool:
        """Does the block open with a place's full name, or the short name of one in the home
        province (`合作` is a county far away, and a verb here)?"""
        words = self.tokens.of_line(run[0])
        if not words:
            return False
        home = home_province()
        places = gazetteer().lookup(words[0])
        return any(place.name == words[0] or place.province == home for place in places)

    def set_tight(self, run: list[int]) -> bool:
        """No blank line above the block nor below it: set in the run of the text."""
        after = run[-1] + 1
        if after >= len(self.lines):
            return False
        return not (self.lines[run[0]].blank_before or self.lines[after].blank_before)

    def carries_on(self, i: int) -> bool:
        """Does the paragraph opening at line i carry on the one before: a word pointing back
        (`本次大会…`), or an item of a list (`“一链条”全监管…`, `二是…`) whose paragraph
        before or after is an item too? No article opens so."""
        text = self.lines[i].compact
        if text.startswith(_POINTS_BACK):
            return True
        if not _ENUMERATED.match(text):
            return False
        siblings = (self._paragraph_start(i, -1), self._paragraph_start(i, 1))
        return any(k is not None and _ENUMERATED.match(self.lines[k].compact) for k in siblings)

    def _paragraph_start(self, i: int, step: int) -> int | None:
        """The first line of the paragraph before (step -1) or after (step 1) line i's."""
        k = i + step
        while 0 < k < len(self.lines) and not self._opens(k):
            k += step
        return k if 0 <= k < len(self.lines) else None

    def _opens(self, k: int) -> bool:
        return self.lines[k].blank_before or self.lines[k].indent

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
            and not self.carries_on(i)
        )
