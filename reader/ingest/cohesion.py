"""How much the text on either side of a paragraph break shares: a break inside one article
parts paragraphs about one subject, a break between two briefs parts two subjects.

    break_cohesion(paragraphs) -> list[float]   per break before paragraph k (k >= 1), 0..1

Each paragraph is a set of words; a break's cohesion is the cosine, words weighted by how
rare they are among the page's paragraphs (idf), of the WINDOW paragraphs above it against
the WINDOW below (as TextTiling compares blocks of text), place names weighing double; or,
where more, the cosine of the two paragraphs beside the break alone: a brief's short first
paragraph (its place, its subject) shares most with the long one under it, and a window
reaching into the brief before dilutes that below what parts two briefs.
Index 0 is unused (0.0).
"""

from __future__ import annotations

import math
from collections import Counter

from reader.lexicon.gazetteer import gazetteer

# paragraphs compared on each side of a break: a brief runs two to five paragraphs
WINDOW = 2
# a place named on both sides says most that one brief runs on (as in briefs.py)
PLACE_WEIGHT = 2.0


def break_cohesion(paragraphs: list[set[str]], every: list[set[str]]) -> list[float]:
    """Cohesion at each break of `paragraphs`, words weighted by their rarity in `every`
    (the page's paragraphs)."""
    frequency: Counter[str] = Counter(w for words in every for w in words)
    count = len(every)
    places = gazetteer()
    weight = {
        w: math.log((count + 1) / (df + 0.5)) * (PLACE_WEIGHT if places.lookup(w) else 1.0)
        for w, df in frequency.items()
    }
    out = [0.0]
    for k in range(1, len(paragraphs)):
        above = set().union(*paragraphs[max(0, k - WINDOW) : k])
        below = set().union(*paragraphs[k : k + WINDOW])
        out.append(
            max(_cosine(above, below, weight), _cosine(paragraphs[k - 1], paragraphs[k], weight))
        )
    return out


def _cosine(first: set[str], second: set[str], weight: dict[str, float]) -> float:
    shared = math.fsum(weight.get(w, 0.0) ** 2 for w in first & second)
    norms = math.fsum(weight.get(w, 0.0) ** 2 for w in first) * math.fsum(
        weight.get(w, 0.0) ** 2 for w in second
    )
    return shared / math.sqrt(norms) if norms > 0 else 0.0
