"""A headline group's lines in, (kicker 引题, title 主题, subtitle 副题) out.

One line is the title. Two short lines of about the same length are one title broken in two
(`统筹整合涉农资金` / `赋能乡村产业振兴`), and so is a line finished by a shorter one
(`东阿县全力保障群众` / `温暖过冬`): a title under a kicker is the main, longer line.
Otherwise the first is the kicker. A line opening
with a dash is a subtitle. Of three lines the first is the kicker.
"""

from __future__ import annotations

from reader.ingest.text import clean_headline

_COUPLET_MAX = 9
_COUPLET_SLACK = 2
# a line that ends in an exclamation or a colon calls out to the line below: a kicker
_KICKER_ENDS = ("！", "!", "：", ":")
_QUOTES = '“”‘’"「」『』'


def headline_roles(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    parts = [clean_headline(line) for line in lines if line.strip()]
    if not parts:
        return None, None, None
    subtitle = None
    if len(parts) > 1 and parts[-1].startswith(("—", "-", "――")):
        subtitle = parts.pop()
    if len(parts) == 1:
        return None, parts[0], subtitle
    if len(parts) == 2 and _couplet(*parts):
        return None, " ".join(parts), subtitle
    return parts[0], " ".join(parts[1:]), subtitle


def _couplet(first: str, second: str) -> bool:
    if first.endswith(_KICKER_ENDS):
        return False
    first_length, second_length = _words_length(first), _words_length(second)
    if second_length <= _COUPLET_MAX and second_length < first_length:
        return True
    return (
        first_length <= _COUPLET_MAX
        and second_length <= _COUPLET_MAX
        and abs(first_length - second_length) <= _COUPLET_SLACK
    )


def _words_length(line: str) -> int:
    """Length without quotation marks: `“业务培训+党员带头”` is as long as 9 characters."""
    return len(line) - sum(line.count(mark) for mark in _QUOTES)
