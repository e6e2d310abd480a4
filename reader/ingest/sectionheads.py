"""Section heads against headlines: does a block between two stretches of text start another
article, or head a section of the article it stands in?

    separates(view, run, pieces, layout) -> bool   the block starts another article
    parallel_runs(view) -> set[int]                lines of blocks written in parallel (排比)
    stands_apart(view, run) -> bool                a blank line above and below the block

A page marks its headlines one way and its in-article heads another: heads set tight in the
text against headlines standing between blank lines; heads written in parallel; heads that
share words with the text after them and none with the text before; a head is set in one or
two lines, a headline with its kicker and subtitle in three parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ingest.order import Layout
    from reader.ingest.pageview import PageView

Piece = tuple[str, list[int]]
# blocks standing between blank lines this many times make a block set tight in the text a
# section head: a page marks its headlines one way and its in-article heads another
APART_BLOCKS = 2
# an article's section heads are written in parallel (排比): this many blocks in a row of the
# same shape (line count and line lengths) are heads of one article, not its headlines; a
# series that names places is the equal-length headlines of a page of briefs
PARALLEL_HEADS = 3
# a block of this many blank-parted parts is a headline (kicker, title, subtitle), or more
HEADLINE_PARTS = 3


def separates(view: PageView, run: list[int], pieces: list[Piece], layout: Layout) -> bool:
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
    if view.head_group is not None and view.grouped_page:
        return (
            False  # every headline stands in the closing block: a block in the text heads a section
        )
    if _indent_changes(view, pieces[-1][1], after):
        return True
    if view.set_tight(run) and view.blocks_apart >= APART_BLOCKS:
        return False
    if run[0] in view.parallel:
        return False
    if _parts(view, run) >= HEADLINE_PARTS:
        return True  # kicker, title, subtitle: a section head is set in one or two lines
    if view.ends_credit(run[0] - 1) or _heads_credited_brief(view, run):
        return True  # a credit closes its brief: no section head stands right after or over one
    if layout == "after" and _heads_what_follows(view, run, pieces[-1][1]):
        return False
    if layout == "before" and view.names_place(run):
        return True  # a brief's headline opens with where; an article's section heads do not
    if not (view.bylined_page and _bylined_text(pieces)):
        return True
    return view.indented_page and view.blank_before(run[0])


def _parts(view: PageView, run: list[int]) -> int:
    return 1 + sum(1 for i in run[1:] if view.blank_before(i))


def _heads_what_follows(view: PageView, run: list[int], text: list[int]) -> bool:
    """Where headlines follow their bodies, a block that shares words with the text after it
    and none with the text before it heads a section of one article, not the text above."""
    head = _content_words(view, run)
    before = len(head & _content_words(view, text))
    after = len(head & _content_words(view, text_after(view, run[-1] + 1)))
    return before == 0 and after > 0


def _heads_credited_brief(view: PageView, run: list[int]) -> bool:
    """A block over text that closes on a trailing credit `(某某)` heads that brief (or, on
    a page of headlines after their bodies, follows the text before it): a bylined article
    carries its byline above, not a credit below, so the block is no section head of the
    bylined text before it; a brief is too short for section heads of its own."""
    text = text_after(view, run[-1] + 1)
    return bool(text) and view.ends_credit(text[-1])


def text_after(view: PageView, start: int) -> list[int]:
    """The lines from start to the next block or byline."""
    end = start
    while end < len(view.lines) and not (view.in_run(end) or view.in_byline(end)):
        end += 1
    return list(range(start, end))


def _content_words(view: PageView, lines: list[int]) -> set[str]:
    words = (w for i in lines for w in view.tokens.of_line(i))
    return {w for w in words if len(w) >= 2 and not w.isdigit()}


def _bylined_text(pieces: list[Piece]) -> bool:
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


def parallel_runs(view: PageView) -> set[int]:
    """Lines of blocks in a series of PARALLEL_HEADS or more of one shape, with no
    byline between them, none opening with a place (briefs' headlines open with theirs).
    Blocks with no line between them (a head set over two blank-separated lines) are one."""
    found: set[int] = set()
    series: list[list[int]] = []
    for group in [*_adjacent_runs(view), []]:
        if series and group and _same_shape(view, series[-1], group):
            series.append(group)
            continue
        if len(series) >= PARALLEL_HEADS:
            found.update(i for g in series for i in g)
        series = [group]
    return found


def _adjacent_runs(view: PageView) -> list[list[int]]:
    """The lines of blocks that follow one another with no other line between."""
    groups: list[list[int]] = []
    for run in view.runs:
        if groups and groups[-1][-1] + 1 == run[0]:
            groups[-1].extend(run)
        else:
            groups.append(list(run))
    return groups


def _same_shape(view: PageView, first: list[int], second: list[int]) -> bool:
    between = range(first[-1] + 1, second[0])
    if any(view.in_byline(i) for i in between):
        return False
    if view.names_place(first) or view.names_place(second):
        return False
    # zip stops at the shorter: paragraph lines can join a block's end
    return all(
        len(view.lines[a].compact) == len(view.lines[b].compact)
        for a, b in zip(first, second, strict=False)
    )


def stands_apart(view: PageView, run: list[int]) -> bool:
    """A blank line (or the page's edge) both above and below the block."""
    after = run[-1] + 1
    below = after >= len(view.lines) or view.blank_before(after)
    return view.blank_before(run[0]) and below
