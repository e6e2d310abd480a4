"""Words of a headline line that segmentation leaves in pieces.

    split_pairs(words) -> list[str]   two-character words the segmenter left as single ones

A headline coins terms (`绿`/`道`) and puns on quoted characters (`“清”风拂面“廉”入心`:
清廉); its body prints them whole, and the headline assignment (headlines.py) counts them
as shared words.
"""

from __future__ import annotations

import itertools
import re

_HAN = re.compile(r"[\u4e00-\u9fff]")
_OPEN_QUOTES = ("“", '"', "「", "『", "‘")
_CLOSE_QUOTES = ("”", '"', "」", "』", "’")


def split_pairs(words: list[str]) -> list[str]:
    """Two Chinese characters the segmenter left as single words side by side (a coined or
    trade term it does not know, `绿`/`道`): still a shared word when the body prints them
    together. So are two characters a headline quotes one by one to pun on the word they
    make (`“清”风拂面“廉”入心`: 清廉)."""
    pairs = []
    for left, right in itertools.pairwise(words):
        if len(left) == len(right) == 1 and _HAN.match(left) and _HAN.match(right):
            pairs.append(left + right)
    quoted = [
        words[k]
        for k in range(1, len(words) - 1)
        if _HAN.match(words[k])
        and len(words[k]) == 1
        and words[k - 1] in _OPEN_QUOTES
        and words[k + 1] in _CLOSE_QUOTES
    ]
    pairs.extend(left + right for left, right in itertools.pairwise(quoted))
    return pairs
