"""Bylines: `□记者 胡磊 通讯员 于长波 报道`, spread over two lines, or a trailing `(宋瑜)`.

byline_span(lines, i) -> int        how many lines from i form a marked byline (0 if none)
byline_text(lines) -> str           `记者 胡磊 通讯员 于长波` (no □, no 报道, names unspaced)
split_trailing_byline(text)         `…情况。(宋瑜)` -> (`…情况。`, `宋瑜`)
is_bare_name_line(line)             `隔林威江`: an unmarked byline at an article's top
dateline_reporter(text)             `记者 张同建` from `本报聊城9月16日讯（记者张同建）…`
"""

from __future__ import annotations

import re

from reader.ingest import datelines
from reader.ingest.lines import Line
from reader.ingest.text import compact

MARKS = ("□", "■")
_ROLES = (
    "本报记者",
    "本报通讯员",
    "见习记者",
    "特约记者",
    "实习生",
    "通讯员",
    "记者",
    "摄影",
    "摄",
)
_SPACED_ROLE = [(re.compile(r"\s*".join(role)), role) for role in _ROLES if len(role) > 1]
_ROLE_START = re.compile(r"^(?:本报)?(?:通讯员|记者|见习记者|特约记者|实习生|摄影)")
_NAME = r"[\u4e00-\u9fff·]{2,5}"
_TRAILING = re.compile(rf"[（(]\s*({_NAME}(?:[\s、，,]+{_NAME}){{0,4}})\s*[)）]$")
_CONTINUATION_MAX = 30
_HAN_PIECE = re.compile(r"^[\u4e00-\u9fff·]{1,6}$")
# a byline of several roles and names wraps onto at most three lines of a narrow column
MAX_BYLINE_LINES = 3
_BARE_NAMES_CHARS = (2, 12)  # a line of names alone: one short name up to four long ones
_BARE_NAMES_MAX = 4  # more names on one line read as a list in the text
_NAME_CHARS = (2, 4)  # a Chinese personal name: a surname and one to three characters
# `张树贤 薛成波 报`: names, then the first half of `报道` cut by the wrap
_NAMES_THEN_REPORTED = re.compile(r"^[\u4e00-\u9fff·\s]*\s报$")
# `(?<!\s)`: the match may only begin where a whitespace run begins, or a long run of spaces
# is rescanned from each of its positions (quadratic)
_REPORTED_AT_END = re.compile(r"(?<!\s)\s*报\s*道\s*$")


def byline_span(lines: list[Line], i: int) -> int:
    """Lines from i that form one marked byline: the marked line, then lines that carry it on
    (a role, the names and `报道` wrapped away: `…孙伟 报` / `道`)."""
    if not lines[i].compact.startswith(MARKS) or len(lines[i].compact) < len("□X"):
        return 0
    text, span = lines[i].compact, 1
    while not text.endswith("报道") and i + span < len(lines) and span < MAX_BYLINE_LINES:
        if not _carries_byline_on(text, lines[i + span]):
            break
        text += lines[i + span].compact
        span += 1
    return span


def _carries_byline_on(text: str, follower: Line) -> bool:
    more = follower.compact
    if follower.blank_before or len(more) > _CONTINUATION_MAX or follower.dateline is not None:
        return False
    if (text + more).endswith("报道") or _ROLE_START.match(more):
        return True
    if _NAMES_THEN_REPORTED.match(follower.text) or _role_cut(text, more):
        return True
    return _names_and_roles(follower.text)


def _role_cut(text: str, more: str) -> bool:
    """`…薛良诚 通` / `讯员 刘亚琦…`: the wrap cut a role word in two."""
    return any(
        text.endswith(role[:k]) and more.startswith(role[k:])
        for role in _ROLES
        for k in range(1, len(role))
    )


def _names_and_roles(text: str) -> bool:
    """`薛良诚 通讯员 张树贤`, `诚 通讯员 张树贤`: spaced names (or a name's tail the wrap
    cut off) with a role among them: the byline carried on."""
    pieces = text.split()
    return (
        len(pieces) >= 2
        and any(piece in _ROLES for piece in pieces)
        and all(_HAN_PIECE.match(piece) for piece in pieces)
    )


def byline_text(lines: list[Line]) -> str:
    joined = " ".join(line.text for line in lines)
    joined = joined.lstrip("".join(MARKS) + " \u3000").strip()
    joined = _REPORTED_AT_END.sub("", joined)
    return normalise_names(joined)


def normalise_names(text: str) -> str:
    """`记 者 胡 磊 薛良诚` -> `记者 胡磊 薛良诚`; `记者张同建` -> `记者 张同建`."""
    for pattern, role in _SPACED_ROLE:
        text = pattern.sub(role, text)
    tokens: list[str] = []
    for token in text.replace("\u3000", " ").split():
        tokens.extend(_split_roles(token))
    return " ".join(_merge_single_characters(tokens))


_ROLE_IN_TOKEN = re.compile("(" + "|".join(role for role in _ROLES if len(role) > 1) + ")")


def _split_roles(token: str) -> list[str]:
    """`记者王一通讯员李二` -> [记者, 王一, 通讯员, 李二]; a bare role word stays whole."""
    return [piece for piece in _ROLE_IN_TOKEN.split(token) if piece]


def _merge_single_characters(tokens: list[str]) -> list[str]:
    merged: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1:
            run.append(token)
            continue
        if run:
            merged.append("".join(run))
            run = []
        if token:
            merged.append(token)
    return merged


def split_trailing_byline(text: str) -> tuple[str, str | None]:
    match = _TRAILING.search(text)
    if not match:
        return text, None
    before = text[: match.start()].rstrip()
    if before and before[-1] not in "。！？”…":
        return text, None
    return before, normalise_names(re.sub(r"[、，,]", " ", match.group(1)))


def is_trailing_byline_line(line: Line) -> bool:
    rest, name = split_trailing_byline(line.compact)
    return name is not None and not rest


def is_bare_name_line(line: Line) -> bool:
    """A short line of two to four names of 2–4 characters with no punctuation."""
    pieces = line.text.split()
    text = compact(line.text)
    low, high = _NAME_CHARS
    return (
        _BARE_NAMES_CHARS[0] <= len(text) <= _BARE_NAMES_CHARS[1]
        and 1 <= len(pieces) <= _BARE_NAMES_MAX
        and all(
            low <= len(p) <= high and all("\u4e00" <= ch <= "\u9fff" for ch in p) for p in pieces
        )
    )


def dateline_reporter(text: str) -> str | None:
    inner = datelines.parenthesis(text)
    if inner and any(role in inner for role in ("记者", "通讯员")):
        return normalise_names(inner)
    return None
