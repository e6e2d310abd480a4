"""Page furniture: the lines that belong to the page, not to any article.

    page_furniture(lines) -> set[int]     line numbers of editor credits, section labels and
                                          date strips (split one item a line or not)

Every rule is a convention of the trade, never a word of a particular page: an editor credit
names a role and a short name (with or without a colon); a section label is a marked short
phrase (`■县域快讯`), a `报名·栏目` pair or, standing between blank lines, a short name
ending in a column's noun (`综合新闻`); a date strip holds a date, a weekday, a page
number and a desk name, which extraction often splits one item a line. A desk name (`农村新闻`)
reads like a short headline, so it counts as furniture only beside a date-strip item, and
not as the last words of a headline set tight above it. A jump
line (`（下转第2版）`) is furniture too; the article it closes or opens is marked continued.

    jump_lines(lines) -> {line no: "next" | "previous"}   where articles go on or come from
"""

from __future__ import annotations

import re

from reader.ingest.lines import Line

_ROLES = "责任编辑|责编|美术编辑|美编|本版编辑|本版责编|图片编辑|版式设计|版式|组版|排版|校对|编辑"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
# `责任编辑：刘畅`, `本版编辑 刘畅`, `第3版`, `2020年3月10日星期二`: the old colon rule and its kin
_WITH_COLON = re.compile(
    rf"^(?:(?:{_ROLES})[：:]|本版(?:编辑|责编)|第\d+版|\d{{4}}年\d{{1,2}}月\d{{1,2}}日星期[一二三四五六日天])"
)
# `责任编辑 刘 畅  美术编辑 王 蕾` once spaces are gone: roles each followed by a short name
_CREDITS = re.compile(rf"^(?:(?:{_ROLES})[：:]?{_NAME}){{1,3}}$")
_ROLE_THEN_GAP = re.compile(rf"^(?:{_ROLES})[\s\u3000：:]")
# `■县域快讯`: a label mark, then a short phrase with no punctuation
_MARKED_LABEL = re.compile(r"^[■◆▲●★◎]\s*[\u4e00-\u9fff]{2,8}$")
# `聊城新闻·县域纵横`: the paper's (or page's) name and the column's
_PAIRED_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[·•・][\u4e00-\u9fff]{2,6}$")
# a byline also opens with ■: its role words keep it out of the labels
_BYLINE_WORDS = re.compile(r"记者|通讯员|报道|摄影|实习生|特约|撰稿|供图")
_DATE_ITEM = re.compile(
    r"^(?:\d{4}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?|星期[一二三四五六日天]"
    r"|第\d+版|农历[\u4e00-\u9fff]{2,8})$"
)
# `（下转第2版）` / `（上接第1版）`: where an article goes on, or came from, on another page
JUMP = re.compile(r"^[（(]?(?:下转|上接|转|接)第?\d{1,3}版[）)]?$")
# `综合新闻`, `政务资讯`: an unmarked column label, a short name ending in a column's noun;
# furniture only standing apart between blank lines (a headline can end so too)
_COLUMN_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:新闻|资讯|快讯|动态|纵横|视点|要闻|速递|简讯|专刊|周刊)$"
)
# desks are nouns of two to four characters (`要闻`, `农村新闻`); headlines run longer
_DESK = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# furniture is short: a line longer than this is text, whatever it opens with
FURNITURE_MAX_CHARS = 40


def page_furniture(lines: list[Line]) -> set[int]:
    """Numbers of the lines that are furniture, judged alone and then beside a date strip."""
    alone = {line.no for line in lines if is_furniture_line(line)}
    dates = {line.no for line in lines if _DATE_ITEM.match(line.compact)}
    found = alone | _standing_labels(lines)
    for k, line in enumerate(lines):
        if line.no in found or not _DESK.match(line.compact):
            continue
        if _in_strip(lines, k, dates, found):
            found.add(line.no)
    return found


def _in_strip(lines: list[Line], k: int, dates: set[int], found: set[int]) -> bool:
    """A desk name stands beside a date-strip item, and, with the item only below it, does
    not end a headline: the last words of a headline, wrapped or set as its second part
    (`开发区全力保障企业` / `用工无忧`), stand under a headline-shaped line."""
    above = lines[k - 1] if k > 0 else None
    below = lines[k + 1] if k + 1 < len(lines) else None
    if above is not None and above.no in dates:
        return True
    if below is None or below.no not in dates:
        return False
    return above is None or above.no in found or not above.headline_shaped


def _standing_labels(lines: list[Line]) -> set[int]:
    """Unmarked column labels with a blank line (or the page's edge) above and below."""
    found = set()
    for k, line in enumerate(lines):
        below = k + 1 == len(lines) or lines[k + 1].blank_before
        above = k == 0 or line.blank_before
        if above and below and _COLUMN_LABEL.match(line.compact):
            found.add(line.no)
    return found


def jump_lines(lines: list[Line]) -> dict[int, str]:
    """Jump lines by number: `下转` sends the article above on ("next"), `上接` brings the
    article below from a page before ("previous")."""
    jumps = {}
    for line in lines:
        if JUMP.match(line.compact):
            jumps[line.no] = "previous" if "接" in line.compact else "next"
    return jumps


def is_furniture_line(line: Line) -> bool:
    """A credit, a label or a date-strip item, told by the line alone."""
    text = line.compact
    if not text or len(text) > FURNITURE_MAX_CHARS:
        return False
    if _WITH_COLON.match(text) or _DATE_ITEM.match(text) or JUMP.match(text):
        return True
    if _CREDITS.match(text) and _ROLE_THEN_GAP.match(line.text):
        return True
    if _BYLINE_WORDS.search(text):
        return False
    return bool(_MARKED_LABEL.match(text) or _PAIRED_LABEL.match(text))
