"""Classified lines in, article units out: where each article's byline, body and headline lines are.

    split_units(lines, tokens, layout) -> list[Unit]

The page is cut into bylines, headline blocks (headblocks.py) and stretches of text; bylines,
blocks, datelines, trailing credits and (on pages whose headlines are grouped apart) blank
lines end a stretch, unless a block reads as a section head (sectionheads.py). A Unit holds
one article's byline lines, body lines and its *adjacent* block, before or after the body as
the page's order (order.py) and the block's neighbours allow, block by block. Which block
really belongs to which body is decided later, by content (see headlines.py): on some pages a
block holds the headlines of several articles.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.ingest.briefs import split_stretches
from reader.ingest.bylines import is_bare_name_line
from reader.ingest.lines import Line
from reader.ingest.order import Layout
from reader.ingest.pageview import PageView
from reader.ingest.sectionheads import Piece, separates
from reader.ingest.tokens import PageTokens


@dataclass
class Unit:
    byline: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    block: list[Line] = field(default_factory=list)
    marked_byline: bool = False


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
            unit.block = unit.block + chosen
        else:
            unit.body = chosen
    return [_bare_name_byline(units[k]) for k in order]


def _pieces(view: PageView, layout: Layout) -> list[Piece]:
    """("byline" | "block" | "text", line indices) in page order."""
    pieces: list[Piece] = []
    i = 0
    while i < len(view.lines):
        span = view.byline_at.get(i, 0)
        if span:
            pieces.append(("byline", list(range(i, i + span))))
            i += span
            continue
        run = view.run_at.get(i)
        if run and separates(view, run, pieces, layout) and not _unmarked_byline(view, run, layout):
            pieces.append(("block", run))
            i = run[-1] + 1
            continue
        if not pieces or pieces[-1][0] != "text" or _opens_article(view, i) or view.brief_ends(i):
            pieces.append(("text", []))
        pieces[-1][1].append(i)
        i += 1
    return pieces


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


def _owners(pieces: list[Piece], layout: Layout) -> dict[int, int]:
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
    if layout == "before":
        _shift_doubled_blocks(pieces, owners, texts)
    return owners


def _shift_doubled_blocks(pieces: list[Piece], owners: dict[int, int], texts: list[int]) -> None:
    """A text given a block on both sides (the page read as headline-first ends on a block)
    shows the stretch is set headline-after: its earlier block moves to the text before it,
    and so on back while that text holds another block too."""
    blocks_of: dict[int, list[int]] = {t: [] for t in texts}
    for k, (kind, _) in enumerate(pieces):
        if kind == "block" and k in owners:
            blocks_of[owners[k]].append(k)
    for t in reversed(texts):
        if len(blocks_of[t]) < 2:
            continue
        earlier = blocks_of[t][0]
        previous = max((p for p in texts if p < earlier), default=None)
        if previous is None:
            continue
        owners[earlier] = previous
        blocks_of[t].remove(earlier)
        blocks_of[previous].append(earlier)


def _block_owner(layout: Layout, before, after, taken: set[int], between_byline: bool):
    """The text a block sits beside: the page's order where both sides have text; on an
    "after" page the text before, unless that already has its block and no byline follows."""
    if after is None:
        return before
    if layout != "after" or before is None:
        return after
    return before if before not in taken or between_byline else after


def _byline_between(pieces: list[Piece], k: int, after: int | None) -> bool:
    return after is not None and any(kind == "byline" for kind, _ in pieces[k + 1 : after])


def _bare_name_byline(unit: Unit) -> Unit:
    if not unit.byline and len(unit.body) > 1 and is_bare_name_line(unit.body[0]):
        unit.byline = [unit.body.pop(0)]
    return unit
