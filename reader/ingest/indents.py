"""Paragraph indents that extraction dropped, restored from line widths.

    restore_indents(lines, tokens) -> list[Line]   the same lines, `indent` set where a
                                                   paragraph's first line stands
    falls_short(lines, i) -> bool                  line i is shorter than the full lines
                                                   directly below it by about the indent

A print page indents each paragraph by two characters; PDF extractors (pdfminer.six,
`pdftotext -raw`) print the text flush, so a paragraph's first line is only *shorter* than
the full lines under it by about that indent. On a page with no printed indent and no blank
line at all (`-raw` prints neither), a line
that falls short of the full lines below it by about the indent, where no paragraph is
running on from above, is a paragraph's first line. A headline set before its body is often
as short; where two lines in a row fall short, the first is a headline when it repeats a
word of the text under it (a headline names what its body tells), else the second carries on
the paragraph the first opens.
"""

from __future__ import annotations

import re

from reader.ingest.lines import Line
from reader.ingest.text import looks_letter_spaced
from reader.ingest.tokens import PageTokens

# the print indent is two characters; extraction and justification make it one to three
INDENT_MIN = 1.0
INDENT_MAX = 3.0
# a second short line is itself a first line only if clearly indented (a mid-paragraph line
# falls short by justification noise, about a character)
CLEAR_INDENT = 1.5
# columns are at least this many characters wide: shorter lines are wrapped headlines
MIN_COLUMN = 8.0
# full lines looked at below a line (the next may end short of the column)
REFERENCE_LINES = 2
# with no full line under it, lines above a short line looked at for the column's width
ABOVE_LINES = 10
# lines below a short line searched for the words a headline repeats from its body
HEADLINE_ECHO_LINES = 4
# digits set in Chinese text run between half and full width (proportional figures)
DIGIT_WIDTH = 0.75
# a space between two Chinese characters: a headline's phrase space or a dateline's gap
_PHRASE_SPACE = re.compile(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]")
# marked bylines and dashed subtitles never open a paragraph
_NOT_TEXT = ("□", "■", "—", "-")
_CLOSING = (")", "）")


def restore_indents(lines: list[Line], tokens: PageTokens) -> list[Line]:
    if any(line.indent or line.blank_before for line in lines[1:]):
        return lines  # indents printed, or blank lines that mark paragraphs as well
    running = False
    for i, line in enumerate(lines):
        open_above = running and i > 0 and not line.blank_before
        line.indent = not open_above and _first_line(lines, tokens, i)
        running = (line.indent or open_above or bool(line.dateline)) and not _closes(line)
    return lines


def _closes(line: Line) -> bool:
    """A sentence or a trailing credit `(某某)` ends here: no paragraph runs on below."""
    return line.ends_sentence or line.compact.endswith(_CLOSING)


def _first_line(lines: list[Line], tokens: PageTokens, i: int) -> bool:
    if not falls_short(lines, i, column_above=True):
        return False
    if _after_credit(lines, i) and lines[i].headline_shaped and _echoed_below(tokens, i):
        return False  # a brief just ended: a short line naming what follows is its headline
    next_short = _short_by(lines, i + 1)
    if not falls_short(lines, i + 1) or next_short is None or next_short < CLEAR_INDENT:
        return True
    return not _echoed_below(tokens, i)


def _after_credit(lines: list[Line], i: int) -> bool:
    """Does a trailing credit `(某某)` close the line above (a brief ends there)?"""
    return i > 0 and lines[i - 1].compact.endswith(_CLOSING)


def falls_short(lines: list[Line], i: int, column_above: bool = False) -> bool:
    """With column_above, a line over a paragraph's last line is measured against the full
    lines above it (see _full_above)."""
    short = _short_by(lines, i, column_above)
    return short is not None and INDENT_MIN <= short <= INDENT_MAX


def _short_by(lines: list[Line], i: int, column_above: bool = False) -> float | None:
    """How far line i falls short of the full lines directly below it (None: no such line)."""
    if i + 1 >= len(lines) or not _ordinary(lines[i]) or _closes(lines[i]):
        return None
    full: list[float] = []
    for below in lines[i + 1 : i + 2 + REFERENCE_LINES]:
        if len(full) == REFERENCE_LINES or _closes(below) or below.blank_before:
            break
        if looks_letter_spaced(below.text):
            continue  # justified by spacing fewer characters out: its count says nothing
        width = _printed_width(below)
        if not _ordinary(below) or width < MIN_COLUMN:
            break
        full.append(width)
    if column_above and not full and _closes(lines[i + 1]):
        full = _full_above(lines, i)
    return max(full) - _printed_width(lines[i]) if full else None


def _full_above(lines: list[Line], i: int) -> list[float]:
    """A two-line paragraph has no full line under its first: the widths of the running-on
    lines a few lines above stand in (the same column, wrapped at its width)."""
    return [
        _printed_width(above)
        for above in lines[max(0, i - ABOVE_LINES) : i]
        if _ordinary(above)
        and not _closes(above)
        and not looks_letter_spaced(above.text)
        and _printed_width(above) >= MIN_COLUMN
    ]


def _ordinary(line: Line) -> bool:
    """Plain text: no dateline (it opens a paragraph anyway), byline, subtitle or phrase space."""
    return (
        line.dateline is None
        and not line.compact.startswith(_NOT_TEXT)
        and not _PHRASE_SPACE.search(line.text)
    )


def _printed_width(line: Line) -> float:
    return sum(DIGIT_WIDTH if ch.isdigit() else 0.5 if ch.isascii() else 1.0 for ch in line.compact)


def _echoed_below(tokens: PageTokens, i: int) -> bool:
    """Does line i share a word with the few lines under it?"""
    words = _content_words(tokens.of_line(i))
    below = range(i + 1, min(i + 1 + HEADLINE_ECHO_LINES, len(tokens.texts)))
    return any(words & _content_words(tokens.of_line(k)) for k in below)


def _content_words(words: list[str]) -> set[str]:
    return {w for w in words if len(w) >= 2 and not w.isdigit()}
