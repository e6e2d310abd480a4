"""Which source lines each paragraph came from, and the source view's rows with its gaps.

    paragraph_lines(blocks, raw_lines) -> [[line numbers]]   one list per body block
    source_rows(raw_lines, gap) -> (rows, row_of_line)       the text of the source view,
                                                             a marker row wherever the line
                                                             numbers jump; line -> row index

The article keeps the page line ranges it was rebuilt from, not which paragraph holds which
line, so the paragraphs are found again in the lines: both with their whitespace removed (the
page is hard-wrapped, numbers split by spaces), each paragraph searched from where the last one
ended, by its first characters. A paragraph a correction changed may not be found: it links to
no line rather than to a wrong one. Pure: no Qt, quick to test.
"""

from __future__ import annotations

from collections.abc import Callable

PROBE_CHARS = 12  # enough characters to find a paragraph's start, few enough to survive edits


def paragraph_lines(blocks: list[str], raw_lines: list[tuple[int, str]]) -> list[list[int]]:
    squeezed, owners = _squeeze(raw_lines)
    found, cursor = [], 0
    for block in blocks:
        text = "".join(block.split())
        start = _find_start(squeezed, text, cursor)
        if start < 0 or not text:
            found.append([])
            continue
        end = min(len(squeezed), start + len(text))
        found.append(sorted(set(owners[start:end])))
        cursor = end
    return found


def source_rows(
    raw_lines: list[tuple[int, str]], gap: Callable[[int], str]
) -> tuple[list[str], dict[int, int]]:
    """Rows "  12  text", with `gap(n)` (e.g. "⋯ 3 lines elsewhere") where n lines are missing."""
    rows: list[str] = []
    row_of_line: dict[int, int] = {}
    previous = None
    for number, text in raw_lines:
        if previous is not None and number > previous + 1:
            rows.append(f"{'':>5}  {gap(number - previous - 1)}")
        row_of_line[number] = len(rows)
        rows.append(f"{number:>5}  {text}")
        previous = number
    return rows, row_of_line


def _squeeze(raw_lines) -> tuple[str, list[int]]:
    """The lines' characters without whitespace, and the line number of each."""
    chars: list[str] = []
    owners: list[int] = []
    for number, text in raw_lines:
        for char in text:
            if not char.isspace():
                chars.append(char)
                owners.append(number)
    return "".join(chars), owners


def _find_start(squeezed: str, text: str, cursor: int) -> int:
    for probe in (text[:PROBE_CHARS], text[: PROBE_CHARS // 3]):
        if probe:
            start = squeezed.find(probe, cursor)
            if start >= 0:
                return start
    return -1
