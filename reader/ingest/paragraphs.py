"""An article's body lines in, paragraphs and section heads out.

    build_blocks(lines, tokens_of) -> list[Block]

Wrapped lines and column breaks are joined. A paragraph starts at an indented line on pages
that indent; elsewhere after a blank line that follows a finished sentence. A section head is
a short headline-shaped line between finished sentences (`打造阵地———` / `拒绝党建业务“两张皮”`);
consecutive ones form one head.
"""

from __future__ import annotations

from statistics import median_high

from reader.ingest.lines import Line
from reader.ingest.model import Block
from reader.ingest.text import clean_headline, clean_text

_SHORTER_THAN_COLUMN = 0.85
_COLUMN_SLACK = 1.0
_WRAPPED_MIN_LINES = 4  # fewer lines at the column could be chance, not a hard wrap
_WRAPPED_SHARE = 0.6  # most running-on lines end at the column on a hard-wrapped page
_DOUBLE_SPACED_SHARE = 0.6  # a blank after most lines: blanks are spacing, not breaks


def build_blocks(lines: list[Line], continues: list[bool]) -> list[Block]:
    """`continues[i]`: line i runs on into line i + 1 (from the page's tokens)."""
    if not lines:
        return []
    indented = sum(line.indent for line in lines[1:]) >= 1
    column = _column_width(lines)
    blanks_mean_little = _hard_wrapped(lines, column) and _double_spaced(lines)
    blocks: list[Block] = []
    current: list[str] = []
    heading: list[str] = []

    def flush_paragraph() -> None:
        if current:
            blocks.append(Block("paragraph", clean_text(_join(current))))
            current.clear()

    def flush_heading() -> None:
        if heading:
            blocks.append(Block("heading", " ".join(clean_headline(h) for h in heading)))
            heading.clear()

    for i, line in enumerate(lines):
        previous = lines[i - 1] if i else None
        if not (indented and line.indent) and _is_section_head(
            lines, i, column, continues, bool(heading)
        ):
            flush_paragraph()
            heading.append(line.text)
            continue
        starts_paragraph = (
            bool(heading)
            or previous is None
            or (
                line.indent
                if indented
                else _blank_paragraph_break(previous, line, column, blanks_mean_little)
            )
        )
        flush_heading()
        if starts_paragraph:
            flush_paragraph()
        current.append(line.text)
    flush_heading()
    flush_paragraph()
    return [block for block in blocks if block.text]


def _column_width(lines: list[Line]) -> float:
    widths = [line.width for line in lines if not line.ends_sentence] or [
        line.width for line in lines
    ]
    return median_high(widths)


def _hard_wrapped(lines: list[Line], column: float) -> bool:
    """Were these lines wrapped at a fixed column (a print page), not one line per paragraph?"""
    running_on = [line for line in lines if not line.ends_sentence]
    at_column = [line for line in running_on if abs(line.width - column) <= _COLUMN_SLACK]
    enough = len(at_column) >= _WRAPPED_MIN_LINES
    return enough and len(at_column) >= _WRAPPED_SHARE * len(running_on)


def _double_spaced(lines: list[Line]) -> bool:
    """A blank line after nearly every line: blanks then say nothing about paragraphs."""
    blanks = sum(line.blank_before for line in lines[1:])
    return blanks >= _DOUBLE_SPACED_SHARE * max(len(lines) - 1, 1)


def _blank_paragraph_break(
    previous: Line, line: Line, column: float, blanks_mean_little: bool
) -> bool:
    """Without indents, a blank line after a finished sentence ends a paragraph; on
    double-spaced columns only when that sentence also stopped short of the column."""
    if not (line.blank_before and previous.ends_sentence):
        return False
    return not (blanks_mean_little and previous.width >= column - _COLUMN_SLACK)


def _is_section_head(
    lines: list[Line], i: int, column: float, continues: list[bool], after_head: bool
) -> bool:
    line = lines[i]
    if i == 0 or i == len(lines) - 1 or not line.headline_shaped or continues[i]:
        return False
    if not (after_head or lines[i - 1].ends_sentence):
        return False
    if line.width > column * _SHORTER_THAN_COLUMN and not line.text.endswith(("—", "：")):
        return False
    follower = lines[i + 1]
    return follower.indent or follower.blank_before or follower.headline_shaped


def _join(parts: list[str]) -> str:
    joined = parts[0].strip()
    for part in parts[1:]:
        part = part.strip()
        if (
            joined
            and part
            and joined[-1].isascii()
            and joined[-1].isalpha()
            and part[0].isascii()
            and part[0].isalpha()
        ):
            joined += " "
        joined += part
    return joined
