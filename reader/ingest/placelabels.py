"""A headline part that only names a place (`兰陵镇`, `聊城开发区`, `临朐县`) is a kicker.

    names_only_a_place(text) -> bool

A headline says what happened; a bare place name says nothing of it. Set on a line of its
own over a title, it is the title's kicker: it heads the part below it, never stands as a
headline alone, and never closes the headline above as its subtitle.
"""

from __future__ import annotations

import re

from reader.lexicon.gazetteer import gazetteer

# administrative units a place label ends in (a county, a zone, a town, a street office)
_UNITS = ("县", "市", "区", "旗", "镇", "乡", "街道", "村", "社区", "办事处")
_PLAIN = re.compile(r"[\u4e00-\u9fff]{2,10}")
# how much of the label's start must be a place the gazetteer knows (`兰陵` of `兰陵镇`)
_PLACE_PREFIX = 2


def names_only_a_place(text: str) -> bool:
    """Is the text nothing but a place's name: a known place, or a known place's name with a
    unit after it (`兰陵镇`, `聊城开发区`)?"""
    compact = "".join(text.split())
    if not _PLAIN.fullmatch(compact):
        return False
    places = gazetteer()
    if places.lookup(compact):
        return True
    if not compact.endswith(_UNITS):
        return False
    return any(
        places.lookup(compact[:end]) for end in range(len(compact) - 1, _PLACE_PREFIX - 1, -1)
    )
