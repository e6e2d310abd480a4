"""Columns an extractor printed a line of each in turn, put back one after the other.

    deinterleave(lines) -> list[Line]   the same lines, each interleaved run read column by
                                        column

pdfminer.six sometimes prints the lines of two or three neighbouring columns alternately,
each line a box of its own (a blank line after each): `蔬菜和光伏发电，去年` / `镇里把集体收入
的` / `镇里村集体经营收入达` / `一部分用于修路、安装` / `到27.96万元…`. Read down, the text
makes no sense; read two lines down (or three), each sentence goes on: `…收入达` / `到27.96万
元`, a word split across the lines. A run of such one-line boxes, as wide as the column or
ending a sentence, is read with the stride (2 or 3) at which more words run on across line
ends than read straight down (two at least, or one where straight down none does), and more
than at the other stride; each column's lines then
follow each other as one box. Lines keep their numbers, so source lines still index the page
as printed.
"""

from __future__ import annotations

import math

from reader.ingest.lines import Line
from reader.ingest.resume import fills_column, running_column
from reader.ingest.text import clean_text
from reader.lexicon.gazetteer import gazetteer
from reader.lexicon.segment import tokenize

STRIDES = (2, 3)
# words run on across line ends at the stride, at least, before a run is re-read
MIN_RUNS_ON = 2
# a paragraph's first line falls short of the column by its dropped indent (two characters)
INDENT = 2.0
COLUMN_SLACK = 1.0
_MARKS = ("□", "■", "—", "-")
# a place name split across a line end weighs this many stray words (see `_runs_on`)
PLACE_WEIGHT = 2.0
# characters each side of a line end that are segmented to find a word across it
REACH = 4


def deinterleave(lines: list[Line]) -> list[Line]:
    if any(line.indent for line in lines):
        return lines  # indents printed: not pdfminer's default output
    column = running_column(lines)
    if not column:
        return lines
    out: list[Line] = []
    k = 0
    while k < len(lines):
        run = _run_from(lines, k, column)
        if not run:
            out.append(lines[k])
            k += 1
            continue
        out.extend(_reread(run) if len(run) >= 2 * STRIDES[0] else run)
        k += len(run)
    return out


def _run_from(lines: list[Line], k: int, column: float) -> list[Line]:
    """The one-line boxes of body text from line k on (each after a blank line); a dateline
    opens an article, so only the first may hold one."""
    run: list[Line] = []
    for i in range(k, len(lines)):  # (not lines[k:]: a copy at every k made a page quadratic)
        line = lines[i]
        if not (line.blank_before and _body_like(line, column)):
            break
        if run and line.dateline is not None:
            break
        run.append(line)
    return run


def _body_like(line: Line, column: float) -> bool:
    """Text of one column: no marked byline, no wider than the column (a headline spans
    several) unless letter-spaced, and as wide as it, short of it by a dropped indent, opening
    with a dateline or ending a sentence."""
    if line.compact.startswith(_MARKS):
        return False
    if fills_column(line, column):
        return True
    if line.width > column + COLUMN_SLACK:
        return False
    return line.width >= column - INDENT or line.dateline is not None or line.ends_sentence


def _reread(run: list[Line]) -> list[Line]:
    texts = [clean_text(line.text) for line in run]
    straight = _runs_on(texts, 1)
    counts = {stride: _runs_on(texts, stride) for stride in STRIDES if len(run) >= 2 * stride}
    best = max(counts, key=lambda stride: (counts[stride], -stride), default=None)
    if best is None or counts[best] < _runs_on_needed(straight) or counts[best] <= straight:
        return run
    if any(counts[s] >= counts[best] for s in counts if s != best):
        return run
    columns = [run[start::best] for start in range(best)]
    for lines in columns:
        for line in lines[1:]:
            line.blank_before = False  # it carries on the line above it in its column
    return [line for lines in columns for line in lines]


def _runs_on_needed(straight: float) -> int:
    """Words that must run on at the stride: MIN_RUNS_ON, or one where read straight down not
    a word runs on across any line end (a short run, two lines a column, has only two line
    ends at the stride to show it)."""
    return MIN_RUNS_ON if straight else 1


def _runs_on(texts: list[str], stride: int) -> float:
    """How many line ends a word runs on across, reading every `stride`-th line (a place name
    counting double: the segmenter finds a common word in two stray characters far more
    often than a place)."""
    return math.fsum(_word_across(texts[i], texts[i + stride]) for i in range(len(texts) - stride))


def _word_across(above: str, below: str) -> float:
    tail, head = above[-REACH:], below[:REACH]
    if not tail or not head:
        return 0.0
    cut = len(tail)
    places = gazetteer()
    return max(
        (
            PLACE_WEIGHT if places.lookup(word) else 1.0
            for word, start, end in tokenize(tail + head)
            if start < cut < end and _is_word(word)
        ),
        default=0.0,
    )


def _is_word(word: str) -> bool:
    return len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word)
