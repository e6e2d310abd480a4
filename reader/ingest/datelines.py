"""Datelines: `本报东阿讯`, `本报聊城9月16日讯（记者张同建）`, opening an article's first paragraph.

    DATELINE                      matches a line's compact text; groups `place` and `date`
    with_printed_gap(text, raw)   `本报东阿讯　东阿县…`: the gap the page printed, kept
    parenthesis(text)             `记者张同建` from `本报聊城9月16日讯（记者张同建）…`, or None

The dateline stays in the body, as printed; the article's `dateline` field is its place.
"""

from __future__ import annotations

import re

DATELINE = re.compile(r"^本报(?P<place>[\u4e00-\u9fff]{0,8}?)(?P<date>\d{1,2}月\d{1,2}日)?讯(?!员)")
_LEAD = re.compile(r"^本报[^讯]{0,20}?讯(?:（(?P<inner>[^）]{0,20})）)?")
_RAW_LEAD_THEN_GAP = re.compile(r"^\s*本\s*报[^讯]*讯(?:\s*[（(][^）)]*[）)])?\s")
IDEOGRAPHIC_SPACE = "\u3000"


def with_printed_gap(text: str, raw_line: str) -> str:
    """Cleaning drops spaces between Chinese characters; a gap after a dateline is meant."""
    lead = _LEAD.match(text)
    if not lead or lead.end() == len(text) or not _RAW_LEAD_THEN_GAP.match(raw_line):
        return text
    return text[: lead.end()] + IDEOGRAPHIC_SPACE + text[lead.end() :]


def parenthesis(text: str) -> str | None:
    lead = _LEAD.match(text)
    return lead.group("inner") if lead else None


def words_after(words: list[str], dateline_length: int) -> list[str]:
    """The words of a first line past its dateline (a dateline names where, not what about)."""
    consumed, kept = 0, []
    for word in words:
        if consumed >= dateline_length:
            kept.append(word)
        consumed += len(word)
    return kept
