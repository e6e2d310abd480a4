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
open elsewhere. The open sentence is a line that fills the column without finishing it, with
something that is not its text (a shorter line after a blank) under it. Each open end takes
the first such resumed stretch after it (or, where none follows, the first above it: pdfminer
may print a column's foot first); the stretch runs to its paragraph's end and takes
the paragraphs that follow it as one article's do (opening short by about the indent). The
headline under an open end may also have been drawn inside the text (`…老人遇到紧急情况时，` /
`莘县香瓜错峰上市` / `按下按钮…`): the text right after it resumes the sentence, and the
headline is left to head what follows.
Lines keep their numbers, so source lines still index the page as printed.
"""

from __future__ import annotations

from statistics import median_high

from reader.ingest.indents import falls_short
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
        if r not in used and _resumes(lines, r, column, o):
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
    short = sum(falls_short(lines, k) for k in after_text)
    full = sum(fills_column(lines[k], column) and not falls_short(lines, k) for k in after_text)
    return short >= MIN_OPENERS and short >= OPENERS_SHARE * (short + full)


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
    return below.blank_before and below.headline_shaped and below.width < column - COLUMN_SLACK


def _resumes(lines: list[Line], r: int, column: float, o: int) -> bool:
    """Line r fills the column after a blank and a finished sentence, mid-sentence, and runs
    on into the next line: no paragraph opens so. Right after the open end's line o and the
    headline under it, r may follow that headline: the extractor drew it inside the text."""
    line = lines[r]
    if not (line.blank_before and _plain(line) and fills_column(line, column)) or _finished(line):
        return False
    if r + 1 >= len(lines) or lines[r + 1].blank_before or not _plain(lines[r + 1]):
        return False  # a headline as wide as the column stands alone; text runs on
    return _finished(lines[r - 1]) or r == o + 2


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
