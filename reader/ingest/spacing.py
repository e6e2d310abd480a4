"""How a page is spaced: the column its lines were wrapped at, and its double-spaced stretches.

    column_width(lines) -> float          0 when the page is not set in columns
    split_word_column(lines, splits) -> float   the same, from the lines that split a word
    double_spaced_lines(lines) -> set[int]

A page set in narrow columns wraps its running-on lines at one width; a double-spaced stretch
puts a blank after nearly every line, so a blank there says nothing about where text ends.
"""

from __future__ import annotations

import itertools
from statistics import median_high

from reader.ingest.lines import Line
from reader.ingest.text import looks_letter_spaced

# lines either side looked at to tell a double-spaced stretch from blank-separated paragraphs
SPACING_WINDOW = 4
# in a double-spaced stretch nearly every line follows a blank
DOUBLE_SPACED_SHARE = 0.75
# a line within this many cells of the column width was wrapped there, not ended
COLUMN_SLACK = 1.0
# a page is set in columns when this many of its running-on lines, and this share, fill one
MIN_AT_COLUMN = 4
AT_COLUMN_SHARE = 0.6


def column_width(lines: list[Line]) -> float:
    """The usual width of a line that runs on (a wrapped line fills its column), or 0 when
    too few lines share it for the page to be set in columns."""
    widths = [line.width for line in lines if not line.ends_sentence]
    if not widths:
        return 0.0
    column = median_high(widths)
    at_column = sum(abs(width - column) <= COLUMN_SLACK for width in widths)
    return column if at_column >= max(MIN_AT_COLUMN, AT_COLUMN_SHARE * len(widths)) else 0.0


def split_word_column(lines: list[Line], splits: list[bool]) -> float:
    """The column as the lines that split a word at their end show it (only the column's edge
    cuts a word), when the running-on lines are too mixed for `column_width` (many short
    headline pieces drawn into the text, pdfminer); 0 when they do not agree. A letter-spaced
    line's width is the extractor's spaces and is left out."""
    widths = [
        line.width
        for line, split in zip(lines, splits, strict=True)
        if split and not looks_letter_spaced(line.text)
    ]
    if not widths:
        return 0.0
    column = median_high(widths)
    at_column = sum(abs(width - column) <= COLUMN_SLACK for width in widths)
    return column if at_column >= max(MIN_AT_COLUMN, AT_COLUMN_SHARE * len(widths)) else 0.0


def double_spaced_lines(lines: list[Line]) -> set[int]:
    """Lines inside a stretch where nearly every line follows a blank."""
    # blanks[k]: lines after a blank among the first k (a window's count is a difference)
    blanks = [0, *itertools.accumulate(line.blank_before for line in lines)]
    loose = set()
    for i in range(len(lines)):
        start, end = max(0, i - SPACING_WINDOW), min(len(lines), i + SPACING_WINDOW + 1)
        if blanks[end] - blanks[start] >= DOUBLE_SPACED_SHARE * (end - start):
            loose.add(i)
    return loose
