"""Text an extractor printed after a column break, put back where its sentence stops.

    rejoin_resumed(lines) -> list[Line]   the same lines, a resumed stretch moved up to
                                          follow the line whose sentence it finishes
    running_column(lines) -> float        the column's width, or 0 when none is clear
    fills_column(line, column) -> bool    wrapped at the column (or letter-spaced to it)

pdfminer.six prints a page's text boxes in its own order: an article's text may stop
mid-sentence at a column's foot (`…馆长说，阅`), other articles follow, and the rest of it
(`读营的志愿者…`) comes later. On a page set in columns with no printed indent, a paragraph's
first line falls short of the column by the indent, so a line that fills the column right
after a blank line and a finished sentence opens no paragraph: it carries on a sentence left
open elsewhere. A dateline always opens its article's first paragraph, so one that falls
short of the column by about the indent shows the page sets paragraphs so too, wherever it
stands. The open sentence is a line that fills the column without finishing it, in a box that
reads as text (a clause mark or a dateline: headlines part phrases with spaces), with
something that is not its text under it after a blank: a shorter line, or a headline wider
than the column (set below its body, spanning several). Each open end takes
the first such resumed stretch after it (or, where none follows, the first above it: pdfminer
may print a column's foot first, even as boxes of one line each); the stretch runs to its
paragraph's end and takes
the paragraphs that follow it as one article's do (opening short by about the indent). The
headline under an open end may also have been drawn inside the text (`…老人遇到紧急情况时，` /
`莘县香瓜错峰上市` / `按下按钮…`): the text right after it resumes the sentence, and the
headline is left to head what follows.
Lines keep their numbers, so source lines still index the page as printed.
"""

from __future__ import annotations

from statistics import median_high

from reader.ingest.indents import INDENT_MAX, INDENT_MIN, falls_short
from reader.ingest.lines import Line
from reader.ingest.text import looks_letter_spaced

# a line within this many cells of the column width was wrapped there, not ended
COLUMN_SLACK = 1.0
# the column is told only when this many running-on lines, and this share, fill it (the
# headlines, bylines and paragraph ends of a narrow-column page are up to half its lines)
MIN_AT_COLUMN = 6
AT_COLUMN_SHARE = 0.5
# paragraphs seen opening short by the indent, and their share, before a page is read so
# (two: a module of a few briefs shows no more)
OPENERS_SHARE = 0.6
MIN_OPENERS = 2
# marked bylines and dashed subtitles never carry a sentence on
_NOT_TEXT = ("□", "■", "—", "-")
_CLOSING = (")", "）")
_CLAUSE_MARKS = "，、；："


def rejoin_resumed(lines: list[Line]) -> list[Line]:
    if any(line.indent for line in lines):
        return lines  # indents printed: a resumed line is told from a first line otherwise
    column = running_column(lines)
    if not column or not _openers_fall_short(lines, column):
        return lines
    used: set[int] = set()
    moves: list[tuple[int, list[int]]] = []
    for o in range(len(lines) - 1):
        if not _open_end(lines, o, column):
            continue
        stretch = _resumed_after(lines, o, column, used) or _resumed_before(lines, o, column, used)
        if not stretch:
            continue
        used.update(stretch)
        moves.append((o, stretch))
    return _moved(lines, moves) if moves else lines


def _resumed_after(lines: list[Line], o: int, column: float, used: set[int]) -> list[int]:
    """The first resumed stretch after open end o."""
    for r in range(o + 2, len(lines)):
        if r not in used and _resumes(lines, r, column, o):
            stretch = _stretch(lines, r)
            return [] if used & set(stretch) else stretch
    return []


def _resumed_before(lines: list[Line], o: int, column: float, used: set[int]) -> list[int]:
    """Where none follows, the first resumed stretch above open end o that ends before the
    article that left it open: pdfminer may print a column's foot before its head."""
    for r in range(1, o):
        if r not in used and _resumes(lines, r, column, o, foot=True):
            stretch = _stretch(lines, r)
            if stretch[-1] < o and not used & set(stretch) and _opens_after(lines, stretch):
                return stretch
    return []


def _opens_after(lines: list[Line], stretch: list[int]) -> bool:
    """Something new starts after the stretch (after a blank line, or a marked byline), so
    it is a whole piece the extractor moved, not the head of text running on below it."""
    after = stretch[-1] + 1
    return after < len(lines) and (lines[after].blank_before or not _plain(lines[after]))


def running_column(lines: list[Line]) -> float:
    """The width most lines that run on fill, when enough of them do (else 0.0)."""
    widths = [
        line.width for line in lines if not _finished(line) and not looks_letter_spaced(line.text)
    ]
    if not widths:
        return 0.0
    column = median_high(widths)
    at_column = sum(abs(width - column) <= COLUMN_SLACK for width in widths)
    return column if at_column >= max(MIN_AT_COLUMN, AT_COLUMN_SHARE * len(widths)) else 0.0


def _openers_fall_short(lines: list[Line], column: float) -> bool:
    """Does this page open its paragraphs short by about the indent (an extractor dropped
    it)? Then a line that fills the column after a finished sentence opens none. Lines
    shorter still after a finished sentence are headlines: not counted."""
    after_text = [
        k
        for k in range(1, len(lines) - 1)
        if lines[k].blank_before and _finished(lines[k - 1]) and _plain(lines[k])
    ]
    short = sum(falls_short(lines, k) for k in after_text) + _datelines_short(lines, column)
    full = sum(fills_column(lines[k], column) and not falls_short(lines, k) for k in after_text)
    return short >= MIN_OPENERS and short >= OPENERS_SHARE * (short + full)


def _datelines_short(lines: list[Line], column: float) -> int:
    """A dateline always opens its article's first paragraph: one that falls short of the
    column by about the indent (its gap measured as the extractor printed it) shows the page's
    paragraphs open so, wherever it stands (after a byline, in a box of its own)."""
    return sum(
        line.dateline is not None
        and not looks_letter_spaced(line.text)
        and not _finished(line)
        and INDENT_MIN <= column - line.width <= INDENT_MAX
        for line in lines
    )


def _finished(line: Line) -> bool:
    return line.ends_sentence or line.compact.endswith(_CLOSING)


def fills_column(line: Line, column: float) -> bool:
    """Line wrapped at the column: as wide, or letter-spaced (justified to it by spacing
    fewer characters out; its width is the extractor's spaces)."""
    return abs(line.width - column) <= COLUMN_SLACK or looks_letter_spaced(line.text)


def _plain(line: Line) -> bool:
    return line.dateline is None and not line.compact.startswith(_NOT_TEXT)


def _open_end(lines: list[Line], o: int, column: float) -> bool:
    """Line o fills the column mid-sentence, and the line under it, after a blank, is shorter:
    not the rest of that sentence."""
    line, below = lines[o], lines[o + 1]
    if not (_plain(line) and fills_column(line, column)) or _finished(line):
        return False
    if not _box_reads_as_text(lines, o):
        return False  # a headline as wide as the column
    if not (below.blank_before and below.headline_shaped):
        return False
    if below.width < column - COLUMN_SLACK:
        return True
    # or wider: a headline spanning several columns (text as wide is letter-spaced or has
    # clause marks)
    wider = below.width > column + COLUMN_SLACK and not looks_letter_spaced(below.text)
    return wider and not _has_clause_mark(below)


def _box_reads_as_text(lines: list[Line], o: int) -> bool:
    """The box line o ends (it and the lines above it up to a blank) holds a clause mark or a
    dateline: text, where headlines part their phrases with spaces."""
    k = o
    while k > 0 and not lines[k].blank_before:
        k -= 1
    return any(_has_clause_mark(line) or line.dateline for line in lines[k : o + 1])


def _resumes(lines: list[Line], r: int, column: float, o: int, foot: bool = False) -> bool:
    """Line r fills the column after a blank and a finished sentence, mid-sentence, and runs
    on into the next line: no paragraph opens so. Right after the open end's line o and the
    headline under it, r may follow that headline: the extractor drew it inside the text. A
    column's foot printed above its open end (`foot`) may be boxes of one line each."""
    line = lines[r]
    if not (line.blank_before and _plain(line) and fills_column(line, column)) or _finished(line):
        return False
    if r + 1 >= len(lines) or not _plain(lines[r + 1]):
        return False
    if lines[r + 1].blank_before and not (foot and _one_line_boxes(lines, r, column)):
        return False  # a headline as wide as the column stands alone; text runs on
    return _finished(lines[r - 1]) or r == o + 2


def _one_line_boxes(lines: list[Line], r: int, column: float) -> bool:
    """Lines r and r + 1 are boxes of one line each that an extractor printed from a column:
    the first fills it, the second fills it or ends a sentence."""
    after = lines[r + 1]
    if not (fills_column(after, column) or (after.ends_sentence and after.width <= column)):
        return False
    return _has_clause_mark(lines[r]) or _has_clause_mark(after)  # not two headlines stacked


def _has_clause_mark(line: Line) -> bool:
    """A clause mark in the line: text, where a headline parts its phrases with spaces."""
    return any(mark in line.compact for mark in _CLAUSE_MARKS)


def _stretch(lines: list[Line], r: int) -> list[int]:
    """From line r to its paragraph's end, and the paragraphs after it that open short by
    about the indent (a credit `(某某)` closes the article)."""
    out = [r]
    k = r
    while k + 1 < len(lines) and _goes_on(lines, k):
        k += 1
        out.append(k)
    return out


def _goes_on(lines: list[Line], k: int) -> bool:
    line, after = lines[k], lines[k + 1]
    if not _plain(after) or line.compact.endswith(_CLOSING):
        return False
    if not line.ends_sentence or not after.blank_before:
        return True  # the sentence, or the box the extractor printed, runs on
    return falls_short(lines, k + 1)


def _moved(lines: list[Line], moves: list[tuple[int, list[int]]]) -> list[Line]:
    moving = {k for _, stretch in moves for k in stretch}
    after = {o: stretch for o, stretch in moves}
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k in moving:
            continue
        out.append(line)
        for s in after.get(k, []):
            out.append(lines[s])
    for _, stretch in moves:
        lines[stretch[0]].blank_before = False  # it carries on the line it now follows
    return out
