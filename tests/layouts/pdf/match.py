"""Gold of an extracted page by construction: each line matched to the text that printed it.

In: a `Sheet` (what was typeset) and the text an extractor gave for it. Out: the page's gold
in the format `tests/layouts/variants.py` writes (FORMAT.md fields plus `source_lines` per
article and `leftover` lines), articles in the order their bodies appear.

Each non-blank line, whitespace removed and NFKC-normalised (letter spacing gone), must be a
piece of one printed text: an article's headline line, byline or body (with its credit), or
a furniture item. Where a short line fits several places, the one that continues the
previous line wins, then the one at the first place of a text not yet covered. At the end
every printed text must be covered exactly once; anything else raises `MatchError`.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from tests.layouts.pdf.source import Sheet, norm

# str.splitlines() breaks on these too; the texts must not hold them
LINE_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


class MatchError(ValueError):
    pass


@dataclass
class Segment:
    owner: int  # the article's index in the sheet, -1 for furniture
    role: str
    text: str
    covered: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.covered = [False] * len(self.text)

    def free(self, start: int, length: int) -> bool:
        return not any(self.covered[start : start + length])

    def first_free(self) -> int:
        return next((i for i, done in enumerate(self.covered) if not done), len(self.text))


def segments(sheet: Sheet) -> list[Segment]:
    out = []
    for index, story in enumerate(sheet.stories):
        out.extend(Segment(index, role, norm(text)) for role, text in story.heads)
        if story.byline_line:
            out.append(Segment(index, "byline", norm(story.byline_line)))
        out.append(Segment(index, "body", norm(story.body_text() + (story.credit or ""))))
    out.extend(Segment(-1, "furniture", norm(item)) for item in sheet.furniture)
    return out


def _places(segs: list[Segment], piece: str) -> list[tuple[Segment, int]]:
    found = []
    for seg in segs:
        start = seg.text.find(piece)
        while start >= 0:
            if seg.free(start, len(piece)):
                found.append((seg, start))
            start = seg.text.find(piece, start + 1)
    return found


def _best(segs, piece, previous):
    """The place of `piece` that continues the previous one, else the first free place."""

    def rank(place):
        seg, start = place
        follows = previous is not None and previous == (seg, start)
        return (not follows, start != seg.first_free(), segs.index(seg))

    places = _places(segs, piece)
    return min(places, key=rank) if places else None


def _split(segs, piece, previous) -> list[tuple[Segment, int, int]]:
    """The line as consecutive pieces of printed texts, longest first piece first (`-raw`
    prints a date strip's items, or side-by-side items of one owner, on one line)."""
    for end in range(len(piece), 0, -1):
        place = _best(segs, piece[:end], previous)
        if place is None:
            continue
        seg, start = place
        if end == len(piece):
            return [(seg, start, end)]
        rest = _split(segs, piece[end:], (seg, start + end))
        if rest:
            return [(seg, start, end), *rest]
    return []


def assign(sheet: Sheet, text: str) -> tuple[list[Segment], dict[int, Segment]]:
    """Which segment each non-blank line (1-based) belongs to."""
    if any(ch in text for ch in LINE_BREAKS):
        raise MatchError("the text holds a line break other than \\n")
    segs = segments(sheet)
    owner: dict[int, Segment] = {}
    previous: tuple[Segment, int] | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        piece = norm(line)
        if not piece:
            continue
        pieces = _split(segs, piece, previous)
        if not pieces:
            raise MatchError(f"line {number} {line!r} matches no printed text")
        if len({seg.owner for seg, _, _ in pieces}) > 1:
            raise MatchError(f"line {number} {line!r} holds text of two owners")
        for seg, start, length in pieces:
            seg.covered[start : start + length] = [True] * length
        owner[number] = pieces[0][0]
        previous = (pieces[-1][0], pieces[-1][1] + pieces[-1][2])
    for seg in segs:
        if not all(seg.covered):
            missing = "".join(c for c, done in zip(seg.text, seg.covered, strict=True) if not done)
            raise MatchError(f"{seg.role} of article {seg.owner}: {missing[:20]!r} not extracted")
    return segs, owner


def broken(figure: str, lines: list[str]) -> bool:
    """A figure the extraction breaks: no line holds it whole (spaces or a line break cut it)."""
    want = unicodedata.normalize("NFKC", figure)
    return not any(want in unicodedata.normalize("NFKC", line) for line in lines)


def gold(sheet: Sheet, text: str, name: str, family: str) -> dict:
    _, owner = assign(sheet, text)
    lines = text.split("\n")
    articles, figures = [], []
    for index, story in enumerate(sheet.stories):
        body = norm(story.body_text())
        for figure in story.figures:
            if norm(figure) not in body:
                raise MatchError(f"figure {figure} is not in its article's body")
        figures.extend(f for f in story.figures if broken(f, lines))
        record = story.gold()
        owned = sorted(no for no, seg in owner.items() if seg.owner == index)
        record["source_lines"] = owned
        first_body = min(no for no in owned if owner[no].role == "body")
        if story.jump:
            record["jump"] = story.jump
        articles.append((first_body, record))
    articles.sort(key=lambda pair: pair[0])
    leftover = sorted(no for no, seg in owner.items() if seg.owner < 0)
    return {
        "file": name,
        "family": family,
        "articles": [record for _, record in articles],
        "figures": list(dict.fromkeys(figures)),
        "leftover": leftover,
    }
