"""What a headline line's single characters say about its body, where its words say nothing.

    CharOverlap(bodies).pull(text, body) -> float   the rarest character shared: its idf

A kicker or subtitle often shares no word with its body (`一季度客流同比增长三成` over a
brief on a night market's `游客`): segmentation finds nothing, and a line between two
headlines of a grouped block goes wherever the shape prior sends it. Its characters still
lean one way: the rarest of them (idf over the page's bodies, as words are weighed) that
this body prints. The rarest one only, not a sum: a long line shares a few common
characters with every body, and summed they outweighed the one telling character.
Chinese retrieval matches characters where words fail; here the pull only decides which
headline takes a line that shares no word with any body (headlines.py), never how sure the
parser is of it.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_HAN = re.compile(r"[\u4e00-\u9fff]")


class CharOverlap:
    """The Chinese characters of each body, and each character's rarity among them."""

    def __init__(self, bodies: dict[int, str]) -> None:
        self._chars = {b: set(_HAN.findall(text)) for b, text in bodies.items() if text}
        count = len(self._chars) or 1
        frequency = Counter(ch for found in self._chars.values() for ch in found)
        self._weight = {
            ch: max(math.log((count + 1) / (n + 0.5)), 0.0) for ch, n in frequency.items()
        }

    def pull(self, text: str, body: int) -> float:
        """The rarity of the rarest character of `text` that body prints (0 for none)."""
        found = self._chars.get(body)
        if not found:
            return 0.0
        return max((self._weight[ch] for ch in set(_HAN.findall(text)) & found), default=0.0)
