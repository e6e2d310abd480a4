"""Character-level cleaning of newspaper text.

clean_text(s)      spaces out of numbers and CJK runs, Chinese punctuation full-width
clean_headline(s)  the same, but a phrase-separating space survives as one space
compact(s)         every whitespace removed (for comparisons and tokenising)
display_width(s)   width in CJK cells (ASCII counts half), to compare with column width
"""

from __future__ import annotations

import re

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_FULLWIDTH_ALNUM = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}
_FULLWIDTH_ALNUM.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})
_FULLWIDTH_ALNUM.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})
_INVISIBLE_OR_FULLWIDTH = {**_INVISIBLE, **_FULLWIDTH_ALNUM}  # disjoint: one pass does both
_TO_FULLWIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_KEEP_BETWEEN_DIGITS = ",:"
_WHITESPACE_RUN = re.compile(r"[\s\u3000]+")

FINAL_PUNCTUATION = "。！？!?…"
CLOSERS = "”’」』）)"
CLAUSE_PUNCTUATION = "，,、；;"


_CONTROL = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff\ue000-\uf8ff\ufff0-\ufffb]"
)


# any character strip_invisible changes: most lines hold none, and one regex scan finding so
# costs a tenth of str.translate's pass over a line of Chinese
_CHANGED = re.compile(
    _CONTROL.pattern[:-1]
    + "\u200b-\u200d\u2060\ufeff\u00ad\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
)


def strip_invisible(text: str) -> str:
    """Drop zero-width, control and private-use characters (keeping tabs); unify full-width
    digits and letters."""
    if _CHANGED.search(text) is None:
        return text
    return _CONTROL.sub("", text.translate(_INVISIBLE_OR_FULLWIDTH))


def compact(text: str) -> str:
    return _WHITESPACE_RUN.sub("", text)


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x3000 <= code <= 0x303F
        or 0xFF00 <= code <= 0xFFEF
        or 0x2014 <= code <= 0x201F
        or code in (0x2026, 0x00B7)
        or 0x20000 <= code <= 0x2FA1F
    )


def _is_ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _keeps_space(left: str, right: str) -> bool:
    """A space survives only between Latin words (not between two digits: those are split
    numbers)."""
    if not (_is_ascii_alnum(left) and _is_ascii_alnum(right)):
        return False
    return left.isalpha() or right.isalpha()


def _join_whitespace(text: str, phrase_space: bool) -> str:
    def replace(match: re.Match) -> str:
        start, end = match.span()
        if start == 0 or end == len(text):
            return ""
        left, right = text[start - 1], text[end]
        if _keeps_space(left, right):
            return " "
        if phrase_space and is_cjk(left) and is_cjk(right):
            return " "
        return ""

    return _WHITESPACE_RUN.sub(replace, text)


def _widen_punctuation(text: str) -> str:
    if not any(ch in text for ch in _TO_FULLWIDTH):  # most lines: nothing to widen
        return text
    chars = list(text)
    for i, ch in enumerate(chars):
        if ch not in _TO_FULLWIDTH:
            continue
        left = chars[i - 1] if i > 0 else ""
        right = chars[i + 1] if i + 1 < len(chars) else ""
        if ch in _KEEP_BETWEEN_DIGITS and left.isdigit() and right.isdigit():
            continue
        if (left and is_cjk(left)) or (right and is_cjk(right)):
            chars[i] = _TO_FULLWIDTH[ch]
    return "".join(chars)


def clean_text(text: str) -> str:
    return _widen_punctuation(_join_whitespace(strip_invisible(text).strip(), phrase_space=False))


def clean_headline(text: str) -> str:
    """Like clean_text, but `未雨绸缪 多措并举` keeps its phrase space (spaced digits still
    join)."""
    text = strip_invisible(text).strip()
    if looks_letter_spaced(text):
        return clean_text(text)
    return _widen_punctuation(_join_whitespace(text, phrase_space=True))


def looks_letter_spaced(text: str) -> bool:
    """`提 供 数 据`: most space-separated pieces are single characters."""
    pieces = text.split()
    return len(pieces) >= 4 and sum(len(p) == 1 for p in pieces) * 2 > len(pieces)


def display_width(text: str) -> float:
    """Characters, ASCII ones counted half (counted by encoding what is ASCII: a C pass)."""
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


def ends_sentence(text: str) -> bool:
    """Does this line end a sentence (so a paragraph may end here)?"""
    text = text.rstrip()
    if not text:
        return False
    if text[-1] in FINAL_PUNCTUATION:
        return True
    if text[-1] == "." and len(text) > 1 and not text[:-1].rstrip()[-1:].isdigit():
        return True  # a point after a number, spaced or not (`46 .` / `71`), is a decimal
    return text[-1] in CLOSERS and len(text) > 1 and text[-2] in FINAL_PUNCTUATION + "."
