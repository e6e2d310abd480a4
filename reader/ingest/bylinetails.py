"""A byline whose tail, with the lead under it, an extractor printed elsewhere.

    rejoin_byline_tails(lines) -> list[Line]   the same lines, each cut-off tail and its lead
                                               moved up under the byline it finishes

pdfminer.six prints a column's boxes in its own order: a marked byline may stop at a role
word (`□记者 马丽 通讯员`) at the foot of one box while the rest of it (`黄帅 报道`), the
dateline under it and the first lines of the article come far below, after other articles.
A byline never ends on a role word, and a line of names ending `报道` with a dateline under it
opens nothing of its own: it finishes the open byline above it. The tail and its lead (to
the first finished sentence, or to the next marked byline, dateline or line wider than the
text) move up under that byline; the text that followed the byline goes on after the lead.
Lines keep their numbers, so source lines still index the page as printed.
"""

from __future__ import annotations

import re

from reader.ingest.bylines import MARKS, byline_span
from reader.ingest.lines import Line

# `□记者 马丽 通讯员`: the byline stops on a role word, its names and `报道` cut away
_OPEN = re.compile(r"(?:通讯员|记者|实习生|摄影)$")
# `黄帅 报道`, `张树贤 孙悦 报道`: names, then `报道`, nothing else
_TAIL = re.compile(r"^(?:[\u4e00-\u9fff·]{2,4}\s+){1,4}报\s*道$")
# a lead runs at most this many lines before a finished sentence (a narrow column's lead)
MAX_LEAD_LINES = 8


def rejoin_byline_tails(lines: list[Line]) -> list[Line]:
    opens = [k for k, line in enumerate(lines) if _left_open(lines, k)]
    if not opens:
        return lines
    tails = [k for k, line in enumerate(lines) if _tail(lines, k)]
    moves: dict[int, list[int]] = {}
    for o in opens:
        found = next((t for t in tails if t != o + 1 and t not in _moved(moves)), None)
        if found is not None:
            moves[o] = _lead(lines, found)
    if not moves:
        return lines
    return _moved_up(lines, moves)


def _left_open(lines: list[Line], k: int) -> bool:
    line = lines[k]
    return (
        line.compact.startswith(MARKS)
        and _OPEN.search(line.compact) is not None
        and byline_span(lines, k) == 1
    )


def _tail(lines: list[Line], k: int) -> bool:
    return (
        bool(_TAIL.match(lines[k].text.strip()))
        and k + 1 < len(lines)
        and lines[k + 1].dateline is not None
    )


def _moved(moves: dict[int, list[int]]) -> set[int]:
    return {k for lead in moves.values() for k in lead}


def _lead(lines: list[Line], tail: int) -> list[int]:
    """The tail, its dateline line, and the lines after to the first finished sentence."""
    lead = [tail, tail + 1]
    k = tail + 1
    while not lines[k].ends_sentence and len(lead) < MAX_LEAD_LINES and k + 1 < len(lines):
        after = lines[k + 1]
        if after.compact.startswith(MARKS) or after.dateline is not None:
            break
        k += 1
        lead.append(k)
    return lead


def _moved_up(lines: list[Line], moves: dict[int, list[int]]) -> list[Line]:
    moving = _moved(moves)
    out: list[Line] = []
    for k, line in enumerate(lines):
        if k in moving:
            continue
        out.append(line)
        lead = moves.get(k)
        if lead is None:
            continue
        out.extend(lines[i] for i in lead)
        lines[lead[0]].blank_before = False  # the tail carries the byline on
        if not lines[lead[-1]].ends_sentence and k + 1 < len(lines) and k + 1 not in moving:
            lines[k + 1].blank_before = False  # the text under the byline goes on the lead
    return out
