"""Finding headline blocks: runs of headline-shaped lines after finished text.

    find_runs(view) -> list[list[int]]        line indices of each block, in page order
    wrapped_headline_lines(lines) -> set[int] lines a narrow column cut off a headline
    headlines_grouped(view) -> bool           every headline grouped in one block at the end
    head_group(view) -> list[int] | None      the block holding headlines grouped apart

A block starts at a headline-shaped line after finished text and ends where something new
starts; a paragraph's short first line runs on into the next line, so it is no block. A
byline is followed by its text, never by a headline: no block starts right under one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ingest.lines import MAX_HEADLINE_CHARS, Line
from reader.ingest.text import CLAUSE_PUNCTUATION

if TYPE_CHECKING:
    from reader.ingest.pageview import PageView

# a headline block of a page with every headline grouped at its end holds many lines
MAX_BLOCK_LINES = 40
# a block of at least this many blank-separated parts at the page's end, and no other block
# between texts, holds the page's headlines grouped apart from their bodies
GROUPED_PARTS = 3
# a headline is set in at most this many blank-parted parts (kicker, title, subtitle): a
# closing block of more holds several articles' headlines
HEADLINE_PARTS = 3
# a sentence's tail left on a line of its own is at most this share of the line before it
TAIL_SHARE = 0.5
# a headline wrapped in a narrow column runs over at most this many lines
MAX_WRAPPED_HEAD_LINES = 3


def find_runs(view: PageView) -> list[list[int]]:
    """Headline blocks: headline-shaped lines after finished text, ending where something
    new starts (a paragraph's short first line runs on into the next line: not a block)."""
    runs, i = [], 0
    while i < len(view.lines):
        if not (view.shaped(i) and view.closes_text(i - 1)) or view.in_byline(i - 1):
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(view.lines) and len(run) < MAX_BLOCK_LINES:
            if not view.shaped(run[-1] + 1):
                break
            run.append(run[-1] + 1)
        end = run[-1] + 1
        while run and not _ends_block(view, run[-1]):
            run.pop()
        if run:
            runs.append(run)
        i = end
    return runs


def _ends_block(view: PageView, k: int) -> bool:
    if view.tokens.continues(k) or not view.starts_something(k + 1):
        return False
    return not _sentence_tail_below(view, k)


def _sentence_tail_below(view: PageView, k: int) -> bool:
    """Line k breaks a clause inside it (`…快递驿站，村民取`) and the line under it is only a
    sentence's short tail (`件更方便。`), standing alone: line k is text that runs on into
    it, not a headline over a body (a body opens with more than a tail)."""
    line, after = view.lines[k], k + 1
    if after >= len(view.lines) or not any(ch in CLAUSE_PUNCTUATION for ch in line.compact[:-1]):
        return False
    tail = view.lines[after]
    alone = after + 1 >= len(view.lines) or view.starts_something(after + 1)
    return tail.ends_sentence and tail.width <= TAIL_SHARE * line.width and alone


def wrapped_headline_lines(lines: list[Line]) -> set[int]:
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


def headlines_grouped(view: PageView) -> bool:
    """The page's last block closes the page and holds GROUPED_PARTS or more blank-separated
    parts, and every other block opens the page or is set tight in the text; or the last
    block holds more parts than one headline has, and at least twice as many as any other
    block (section heads, which a page of blank-parted paragraphs sets apart too)."""
    if not view.runs or view.runs[-1][-1] != len(view.lines) - 1:
        return False
    parts = _blank_parts(view, view.runs[-1])
    others = view.runs[:-1]
    if parts < GROUPED_PARTS:
        return False
    if all(run[0] == 0 or view.set_tight(run) for run in others):
        return True
    return parts > HEADLINE_PARTS and all(2 * _blank_parts(view, run) <= parts for run in others)


def _blank_parts(view: PageView, run: list[int]) -> int:
    return sum(1 for i in run if view.lines[i].blank_before)


def head_group(view: PageView) -> list[int] | None:
    """The block holding headlines grouped apart from their bodies: the page's last block
    when its headlines are grouped at the end, or a block of GROUPED_PARTS or more
    blank-separated parts opening the page (an extractor draws a top row of headlines
    first), else None."""
    if view.grouped_page:
        return view.runs[-1]
    if not view.runs or view.runs[0][0] != 0:
        return None
    parts = sum(1 for i in view.runs[0] if i == 0 or view.lines[i].blank_before)
    return view.runs[0] if parts >= GROUPED_PARTS else None
