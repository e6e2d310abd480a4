"""Anchoring a note on a passage, the way Hypothesis does (W3C Web Annotation selectors).

    anchor(text, quote, start=None) -> Anchor | None    exact quote, occurrence nearest `start`
    locate(text, old) -> Anchor | None                   re-anchor an old Anchor in new text
    context_score(text, start, end, old) -> float        0..100: how well prefix/suffix agree

An Anchor is a TextQuoteSelector (quote with up to CONTEXT characters of prefix and suffix)
plus a TextPositionSelector (start, end) into the article's plain text. Re-anchoring tries
the exact quote first (the occurrence whose context fits best, then the nearest to the old
offset), then a fuzzy match of the quote near the old offset and then anywhere
(rapidfuzz's partial-ratio alignment): a near-exact quote is taken as is, a looser one only
when its prefix and suffix still agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

CONTEXT = 32
MIN_FUZZY_QUOTE = 6
QUOTE_CUTOFF = 70.0  # below this the quote is not there, whatever the context says
SURE_QUOTE = 90.0  # at or above this the quote alone convinces
CONTEXT_CUTOFF = 70.0  # in between, prefix and suffix must agree this well


@dataclass(frozen=True)
class Anchor:
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


def anchor(text: str, quote: str, start: int | None = None) -> Anchor | None:
    """The anchor of `quote` in `text` (nearest `start` if it occurs more than once)."""
    positions = _occurrences(text, quote)
    if not positions:
        return None
    hint = start if start is not None else 0
    found = min(positions, key=lambda position: abs(position - hint))
    return _at(text, found, found + len(quote))


def locate(text: str, old: Anchor) -> Anchor | None:
    """Where `old` sits in `text` now, or None if neither exact nor fuzzy match convinces."""
    positions = _occurrences(text, old.quote)
    if positions:
        found = max(
            positions,
            key=lambda p: (context_score(text, p, p + len(old.quote), old), -abs(p - old.start)),
        )
        return _at(text, found, found + len(old.quote))
    if len(old.quote) < MIN_FUZZY_QUOTE:
        return None
    return _fuzzy(text, old)


def _occurrences(text: str, quote: str) -> list[int]:
    if not quote:
        return []
    found, position = [], text.find(quote)
    while position != -1:
        found.append(position)
        position = text.find(quote, position + 1)
    return found


def _at(text: str, start: int, end: int) -> Anchor:
    return Anchor(
        text[start:end],
        text[max(0, start - CONTEXT) : start],
        text[end : end + CONTEXT],
        start,
        end,
    )


def context_score(text: str, start: int, end: int, old: Anchor) -> float:
    """0..100: how well the text around [start, end) matches the old prefix and suffix."""
    scores = []
    if old.prefix:
        scores.append(fuzz.ratio(old.prefix, text[max(0, start - len(old.prefix)) : start]))
    if old.suffix:
        scores.append(fuzz.ratio(old.suffix, text[end : end + len(old.suffix)]))
    return sum(scores) / len(scores) if scores else 100.0


def _fuzzy(text: str, old: Anchor) -> Anchor | None:
    span = len(old.quote)
    near_lo = max(0, old.start - 2 * span - CONTEXT)
    for lo, hi in ((near_lo, old.end + 2 * span + CONTEXT), (0, len(text))):
        found = _best_alignment(text, lo, hi, old)
        if found is not None:
            return found
    return None


def _best_alignment(text: str, lo: int, hi: int, old: Anchor) -> Anchor | None:
    window = text[lo:hi]
    alignment = fuzz.partial_ratio_alignment(old.quote, window, score_cutoff=QUOTE_CUTOFF)
    if alignment is None or alignment.score < QUOTE_CUTOFF:
        return None
    start, end = lo + alignment.dest_start, lo + alignment.dest_end
    if alignment.score < SURE_QUOTE and context_score(text, start, end, old) < CONTEXT_CUTOFF:
        return None
    return _at(text, start, end)
