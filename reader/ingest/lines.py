"""Raw page text in, classified lines out: the first stage of reconstruction.

    read_lines(text) -> list[Line]   one Line per line of `text.splitlines()`, numbered from 1

Each Line knows its cleaned text, indentation, width, whether a blank line precedes it, and
whether it ends a sentence; later stages decide what role it plays.

    undouble(lines, continues) -> list[Line]   on a page an extractor double-spaced (a blank
                                               after every line, real gaps two blanks or
                                               more), only those count as blank lines
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.ingest.datelines import DATELINE
from reader.ingest.text import (
    CLAUSE_PUNCTUATION,
    CLOSERS,
    compact,
    display_width,
    ends_sentence,
    strip_invisible,
)

_INDENT = re.compile(r"^(?:[ \u00a0]{2,}|\u3000|\t)")
MAX_HEADLINE_CHARS = 40
# a headline may close on an exclamation or a question, never on a full stop
HEADLINE_FINALS = "！？!?"
# a line holding a finished sentence before its end is text, not a headline
SENTENCE_MARKS = "。！？!?；;"
# a page is double-spaced when at least this share of its lines follow a blank
DOUBLE_SPACED_SHARE = 0.75
# ...and at least this many of its one-blank gaps split a sentence (after a comma, or inside
# a word): blank-separated paragraphs and headlines never do, so a few are proof enough
MIN_SPLIT_SENTENCES = 3


class computed_once:
    """A property computed on first use and kept on the instance: `functools.cached_property`
    without the lock Python 3.11 takes on every first use (a page computes thousands)."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


@dataclass
class Line:
    no: int
    raw: str
    text: str
    indent: bool
    blank_before: bool
    blanks: int = 0  # blank lines directly above

    @computed_once
    def compact(self) -> str:
        return compact(self.text)

    @computed_once
    def width(self) -> float:
        return display_width(self.text)

    @computed_once
    def ends_sentence(self) -> bool:
        return ends_sentence(self.text)

    @computed_once
    def dateline(self) -> re.Match | None:
        return DATELINE.match(self.compact)

    @computed_once
    def headline_shaped(self) -> bool:
        """Short, not ending a sentence or a clause: could be a headline or section head."""
        text = self.compact
        return (
            0 < len(text) <= MAX_HEADLINE_CHARS
            and not self.ends_sentence
            and text[-1] not in CLAUSE_PUNCTUATION
            and "。" not in text
            and not text.startswith(("□", "■"))
        )

    @computed_once
    def exclaims(self) -> bool:
        """Short and ending in ！ or ？ with no sentence end before: a headline may end so
        (`总投资315亿元！`); whether it is one depends on what stands around it."""
        text = self.compact.rstrip(CLOSERS)
        return (
            1 < len(text) <= MAX_HEADLINE_CHARS
            and text[-1] in HEADLINE_FINALS
            and not any(mark in text[:-1] for mark in SENTENCE_MARKS)
            and not text.startswith(("□", "■"))
        )


def read_lines(text: str) -> list[Line]:
    """Every non-blank line of the page, in order (blank lines only set `blank_before`)."""
    lines: list[Line] = []
    blanks = 0
    for no, raw in enumerate(text.splitlines(), start=1):
        visible = strip_invisible(raw)
        if not visible.strip():
            blanks += 1
            continue
        lines.append(
            Line(
                no=no,
                raw=raw,
                text=visible.strip(),
                indent=bool(_INDENT.match(visible)),
                blank_before=blanks > 0 or not lines,
                blanks=blanks,
            )
        )
        blanks = 0
    return lines


def undouble(lines: list[Line], continues: list[bool]) -> list[Line]:
    """On a double-spaced page whose real gaps are two blanks or more, one blank says nothing.

    `continues[i]`: line i runs on into line i + 1 (from the page's tokens)."""
    gaps = [line.blanks for line in lines[1:]]
    if not gaps or sum(gap > 0 for gap in gaps) < DOUBLE_SPACED_SHARE * len(gaps):
        return lines
    if not any(gap > 1 for gap in gaps):
        return lines  # every gap alike: the layout stage reads the stretch as double-spaced
    split = sum(
        1
        for k, gap in enumerate(gaps)
        if gap == 1 and (continues[k] or lines[k].compact[-1:] in CLAUSE_PUNCTUATION)
    )
    if split < MIN_SPLIT_SENTENCES and any(gap == 1 for gap in gaps):
        return lines
    for line in lines[1:]:
        line.blank_before = line.blanks > 1
    return lines


def dateline_place(line: Line) -> str | None:
    match = line.dateline
    return (match.group("place") or None) if match else None
