"""Hard-wrap text into a column of N characters the way a typesetter does.

In: a string and a width. Out: its lines. The trade's line-breaking rules (禁则): a line
never starts with closing punctuation (it hangs at the end of the line before) and never
ends with an opening mark (it moves down); a run of digits is not broken.
"""

from __future__ import annotations

NO_START = set("，。、；：？！）》」』”’…—·%,.;:?!)")
NO_END = set("（《「『“‘(")
DIGITS = set("0123456789.")


def wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    start = 0
    while len(text) - start > width:
        cut = _break_at(text, start, start + width)
        lines.append(text[start:cut])
        start = cut
    if start < len(text):
        lines.append(text[start:])
    return lines


def _break_at(text: str, start: int, cut: int) -> int:
    while cut < len(text) and text[cut] in NO_START and cut - start < 2 * len(text):
        cut += 1
    cut = _keep_digits(text, start, cut)
    while cut - 1 > start + 1 and text[cut - 1] in NO_END:
        cut -= 1
    return cut


def _keep_digits(text: str, start: int, cut: int) -> int:
    if cut >= len(text) or text[cut] not in DIGITS or text[cut - 1] not in DIGITS:
        return cut
    back = cut
    while back > start + 1 and text[back - 1] in DIGITS:
        back -= 1
    return back if back > start + 1 else cut


def wrap_paragraph(text: str, width: int, indent: str = "") -> list[str]:
    """A paragraph's lines: the indent takes the room of two characters on the first line;
    spaces at a line's ends are dropped, so no continuation line looks indented."""
    placeholder = "\u3000\u3000" if indent else ""
    lines = [line.strip() for line in wrap(placeholder + text.strip(), width)]
    lines = [line for line in lines if line]
    if indent and lines:
        lines[0] = indent + lines[0].lstrip("\u3000")
    return lines
