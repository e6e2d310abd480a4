"""How far each assigned headline is to be trusted: `headline_confidence`.

    margin(scores, groups, g, b) -> float        logistic margin of pair (g, b) over its rivals
    headless(scores, b) -> float                 body b rightly has no headline
    strays(lines, body, evidence) -> bool        a line of the headline shares nothing with b
    doubt_torn_blocks(chosen, groups, blocks, evidence, confidence)   lowers it in place

`evidence(line, body)` is what one headline line shares with a body (headlines.py scores it).
The window flags articles of low confidence for the user to check, so a headline that may
have lost a line, or taken one, must say so even when nothing rivals it outright.
"""

from __future__ import annotations

import math
from collections.abc import Callable

Evidence = Callable[[int, int], float]
# below this, a line shares no word with the body
MIN_EVIDENCE = 0.5
# a headline line of several that shares no word with the body may belong elsewhere (a label,
# a credit, a neighbour's title): trust the headline less
STRAY_LINE = 0.7
# a headline whose block goes on beside it in a line left over, or taken by another headline
# that fits this body better or shares nothing with its own, may be torn from that line
TORN_BLOCK = 0.6
# a line of a several-line headline sharing less than this with its body (one common word)
# is weakly its own where it meets another headline
CONTESTED = 1.5


def margin(scores: dict, groups, g: int, b: int) -> float:
    """Logistic margin over the best rival: another body for this group, or a disjoint group
    for this body."""
    lines = set(groups[g][1])
    rivals = [
        s
        for (g2, b2), s in scores.items()
        if (g2 == g and b2 != b) or (b2 == b and not lines & set(groups[g2][1]))
    ]
    best_rival = max(rivals, default=0.0)
    return round(1 / (1 + math.exp(-(scores[(g, b)] - best_rival))), 2)


def headless(scores: dict, b: int) -> float:
    """How sure that body b has no headline: sure when no group could head it, less the
    better the best group it was denied."""
    denied = [s for (_, b2), s in scores.items() if b2 == b]
    if not denied:
        return 1.0
    return round(1 / (1 + math.exp(max(denied))), 2)


def strays(lines: list[int], body: int, evidence: Evidence) -> bool:
    """Does a line of a several-line headline share nothing with its body?"""
    return len(lines) > 1 and any(evidence(i, body) < MIN_EVIDENCE for i in lines)


def doubt_torn_blocks(
    chosen: dict[int, int],
    groups,
    blocks: list[list[int]],
    evidence: Evidence,
    confidence: dict[int, float],
) -> None:
    """A headline whose block goes on next to it in a line no body took, or in a line another
    headline took that shares more with this body than with its own (or little with its own,
    in a headline of several lines), may have lost that line (a subtitle, a title's wrapped
    tail) or be missing its kicker; one whose own edge line, next to another headline's, is
    weakly its own may hold the other's: multiply its confidence by TORN_BLOCK."""
    owner_of = {i: body for body, g in chosen.items() for i in groups[g][1]}
    sizes = {body: len(groups[g][1]) for body, g in chosen.items()}

    def torn(i: int, body: int) -> bool:
        if i not in owner_of:
            return True
        owner = owner_of[i]
        if owner == body:
            return False
        own = evidence(i, owner)
        return evidence(i, body) > own or (sizes[owner] > 1 and own < CONTESTED)

    def contested(edge: int, neighbour: int, body: int, size: int) -> bool:
        """Edge line of a several-line headline, weakly its own, against another's line."""
        other = owner_of.get(neighbour, body) != body
        return size > 1 and other and evidence(edge, body) < CONTESTED

    for body, g in chosen.items():
        block, lines = blocks[groups[g][0]], groups[g][1]
        start, end = block.index(lines[0]), block.index(lines[-1])
        edges = [(lines[0], block[start - 1])] if start > 0 else []
        edges += [(lines[-1], block[end + 1])] if end + 1 < len(block) else []
        if any(torn(i, body) or contested(edge, i, body, len(lines)) for edge, i in edges):
            confidence[body] = round(confidence[body] * TORN_BLOCK, 2)
