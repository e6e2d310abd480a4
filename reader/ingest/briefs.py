"""Where briefs end when their headlines are grouped apart: a split of each stretch of text
chosen together with the headlines it would give each part.

    split_stretches(view, pieces, heads_before) -> pieces   text pieces cut at chosen
                                                            paragraph breaks

On a page whose headlines stand in one block at its end (or in a top row an extractor drew
first, `PageView.head_group`), a stretch of text with no byline,
dateline or credit between its articles cannot be cut by shape: paragraphs are separated
as briefs are. What tells them apart is content: a brief's headline repeats its words, and
the paragraphs of one brief share theirs. Each
stretch is cut at paragraph breaks that end a sentence, into parts each matched to one
blank-separated part of the headline block, by dynamic programming over (break, part):
a cut pays SPLIT_WORDS rare words, more the more the paragraphs on both sides of it share
(cohesion.py), and earns the words the new part shares with its headline part
(weighted by how rare they are among the page's paragraphs, place names more), but only
from a headline part it matches nearly as well as the page's best paragraph does; two parts
in a row never take the same headline part (a brief cut in two would match its one headline
twice), nor do the parts on both sides of one (the three are one brief's); neighbouring
blank-parted parts of the block are one headline's (a kicker and its title) when one matches
where the other matches best, and count as one part. Which headline goes to which body is
still decided later, page-wide (headlines.py).
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

from reader.ingest.cohesion import break_cohesion
from reader.ingest.placelabels import names_only_a_place
from reader.lexicon.gazetteer import gazetteer

if TYPE_CHECKING:
    from reader.ingest.pageview import PageView

# a cut must earn more in headline words than this many words found in one paragraph only
# (a place name counts double): about two; tuned on the layout corpus, where 1.2 cut briefs
# apart and 3 missed short ones
SPLIT_WORDS = 2.25
# a cut between paragraphs that share all their rare words pays this much more (cohesion 1)
COHESION_COST = 20.0
# place names say most about which brief a headline heads (as in headlines.py)
PLACE_WEIGHT = 2.0
# a brief's first paragraph names whom or where its headline speaks of: its shared words
# count this much again (so a paragraph that matches no headline joins the brief before it)
LEAD_SHARE = 0.5
# a cut pays off only for a headline part the new part matches at least this share as well as
# the page's best-matching paragraph does (0.6-0.65 is a plateau on the layout corpus over three
# seeds; at 0.5 stray shared words still cut briefs, at 0.8 head_grouped_nobyline falls back)
BEST_MATCH_SHARE = 0.6
# a headline (kicker, title, subtitle) stands in at most this many blank-parted parts
HEADLINE_PARTS = 3
# two neighbouring parts of the block are one headline's when one matches, where the other
# matches best, at least this share as well as anywhere on the page
JOIN_SHARE = 0.6
# a part of at most this many paragraphs is considered (briefs are short; keeps DP linear)
MAX_PART_PARAGRAPHS = 40

Piece = tuple[str, list[int]]


def split_stretches(view: PageView, pieces: list[Piece], heads_before: bool) -> list[Piece]:
    """Cut each text piece of a grouped-headline page where its briefs end."""
    if view.head_group is None or view.bylined_page:
        return pieces
    heads = _head_parts(view)
    by_blank = _blank_parted(view, pieces)
    paragraphs = {k: _paragraphs(view, lines, by_blank) for k, (kind, lines) in enumerate(pieces)}
    every = [p for k, (kind, _) in enumerate(pieces) if kind == "text" for p in paragraphs[k]]
    if len(heads) < 2 or len(every) < 2:
        return pieces
    adjacent = {k: _adjacent_head(view, pieces, k, heads_before) for k in range(len(pieces))}
    weights = _weights(view, heads + [h for h in adjacent.values() if h], every)
    heads = _join_parts_of_one_headline(view, heads, weights, every)
    cost = SPLIT_WORDS * _idf(len(every), 1)
    out: list[Piece] = []
    for k, (kind, lines) in enumerate(pieces):
        if kind != "text" or len(paragraphs[k]) < 2:
            out.append((kind, lines))
            continue
        own = [adjacent[k]] if adjacent[k] else []
        first = len(heads) if own else None
        costs = _cut_costs(view, cost, paragraphs[k], every)
        parts = _best_split(view, heads + own, weights, costs, paragraphs[k], every, first)
        out.extend(("text", [i for p in part for i in p]) for part in parts)
    return out


def _adjacent_head(view: PageView, pieces: list[Piece], k: int, heads_before: bool):
    """Where headlines precede bodies, a block of its own set right above text piece k (not
    the grouped block) heads that piece's first brief: a cut below it is weighed against it
    too, so a top row of grouped headlines can still claim the brief run on after it."""
    if not heads_before or k == 0 or pieces[k][0] != "text" or pieces[k - 1][0] != "block":
        return None
    block = pieces[k - 1][1]
    return None if view.head_group and block[0] in view.head_group else block


def _head_parts(view: PageView) -> list[list[int]]:
    """The grouped block's blank-separated parts (a headline of one or more glued lines)."""
    parts: list[list[int]] = []
    for i in view.head_group or []:
        if parts and not view.lines[i].blank_before:
            parts[-1].append(i)
        else:
            parts.append([i])
    return parts


def _join_parts_of_one_headline(view: PageView, heads, weights, every) -> list[list[int]]:
    """A kicker, title and subtitle set as blank-parted lines are parts of one headline: two
    neighbouring parts of which one matches, where the other matches best (the paragraph where
    the brief names its subject), nearly as well as anywhere on the page are joined (the
    closest pair first, up to HEADLINE_PARTS parts), so that a brief is not cut in two to
    match each part. A kicker naming only a place ties on every paragraph of its brief; a
    title matches where the brief says what it did."""
    texts = [_words(view, p) for p in every]
    groups = _kickers_joined(view, heads)
    gains: dict[tuple[int, ...], list[float]] = {}  # per group of lines: gain on each paragraph
    while True:
        scores = [
            _cohesion(
                _gains(view, weights, texts, a, gains), _gains(view, weights, texts, b, gains)
            )
            for a, b in itertools.pairwise(groups)
        ]
        fits = [
            (score, k)
            for k, score in enumerate(scores)
            if score >= JOIN_SHARE and len(groups[k]) + len(groups[k + 1]) <= HEADLINE_PARTS
        ]
        if not fits:
            return [[i for part in group for i in part] for group in groups]
        _, k = max(fits)
        groups[k : k + 2] = [groups[k] + groups[k + 1]]


def _kickers_joined(view: PageView, heads: list[list[int]]) -> list[list[list[int]]]:
    """Parts grouped as headlines to start with: a part that only names a place is the
    kicker of the part below it (placelabels.py)."""
    groups: list[list[list[int]]] = []
    for part in heads:
        if groups and len(groups[-1]) == 1 and _place_label(view, groups[-1][0]):
            groups[-1].append(part)
        else:
            groups.append([part])
    return groups


def _place_label(view: PageView, part: list[int]) -> bool:
    return names_only_a_place("".join(view.lines[i].compact for i in part))


def _gains(view: PageView, weights, texts: list[set[str]], group, cache) -> list[float]:
    """What a group of headline parts shares with each paragraph (computed once a group)."""
    key = tuple(i for part in group for i in part)
    if key not in cache:
        words = _words(view, list(key))
        cache[key] = [_gain(weights, words, text) for text in texts]
    return cache[key]


def _cohesion(first: list[float], second: list[float]) -> float:
    """How well each of two neighbouring parts (their gains on each paragraph) matches where
    the other matches best (at each paragraph that ties for it: a part matching two briefs
    alike says nothing), as a share of its own best match anywhere; the larger of the two
    ways round."""
    share = 0.0
    for own, other in ((first, second), (second, first)):
        top, other_top = max(own, default=0.0), max(other, default=0.0)
        if top <= 0 or other_top <= 0:
            continue
        there = min(own[k] for k, gain in enumerate(other) if gain == other_top)
        share = max(share, there / top)
    return share


def _blank_parted(view: PageView, pieces: list[Piece]) -> bool:
    """Does a blank line part finished text anywhere on the page? Then blanks are what part
    briefs, and an indent alone only opens a paragraph of the same brief."""
    return any(
        view.lines[i].blank_before and view.closes_text(i - 1)
        for kind, lines in pieces
        if kind == "text"
        for i in lines
        if i
    )


def _paragraphs(view: PageView, lines: list[int], by_blank: bool) -> list[list[int]]:
    """Lines grouped at the breaks where a brief may end: a blank line (or, on an indented
    page whose text no blank parts, an indent) after a finished sentence."""
    out: list[list[int]] = []
    for i in lines:
        if out and _may_end_before(view, i, by_blank):
            out.append([i])
        elif out:
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _may_end_before(view: PageView, i: int, by_blank: bool) -> bool:
    line = view.lines[i]
    opens = line.blank_before or (view.indented_page and not by_blank and line.indent)
    if not opens or not view.closes_text(i - 1) or view.tokens.continues(i - 1):
        return False
    return not view.carries_on(i)


def _words(view: PageView, lines: list[int]) -> set[str]:
    return {w for i in lines for w in view.tokens.of_line(i) if _meaningful(w)}


def _meaningful(word: str) -> bool:
    return len(word) >= 2 and not word.isdigit() and any(ch.isalnum() for ch in word)


def _weights(view: PageView, heads: list[list[int]], paragraphs) -> dict[str, float]:
    """Rarity of each headline word among the page's paragraphs (idf), place names more."""
    head_words = set().union(*(_words(view, h) for h in heads))
    frequency = dict.fromkeys(head_words, 0)
    for paragraph in paragraphs:
        for word in _words(view, paragraph) & head_words:
            frequency[word] += 1
    count = len(paragraphs)
    places = gazetteer()
    return {
        word: _idf(count, df) * (PLACE_WEIGHT if places.lookup(word) else 1.0)
        for word, df in frequency.items()
    }


def _idf(count: int, frequency: int) -> float:
    return max(math.log((count + 1) / (frequency + 0.5)), 0.0)


def _cut_costs(view: PageView, cost: float, paragraphs, every) -> list[float]:
    """What a cut before each paragraph pays: SPLIT_WORDS rare words, and more the more the
    paragraphs on both sides share (one subject runs on: break_cohesion)."""
    words = [_words(view, p) for p in paragraphs]
    cohesion = break_cohesion(words, [_words(view, p) for p in every])
    return [cost + COHESION_COST * c for c in cohesion]


def _best_split(
    view: PageView, heads, weights, costs: list[float], paragraphs, every, first: int | None = None
) -> list[list[list[int]]]:
    """Dynamic programming over (paragraphs taken, headline part of the last part); the first
    part takes head part `first` when one is set above it. A part after a cut takes only a
    headline part it matches at least BEST_MATCH_SHARE as well as the page's paragraph (of
    `every`) that matches that headline best: a headline heads one brief, so a few of its
    words met in another brief's paragraph do not pay for cutting it there."""
    head_words = [_words(view, h) for h in heads]
    para_words = [_words(view, p) for p in paragraphs]
    ceiling = _best_matches(weights, head_words, [_words(view, p) for p in every])
    n, g_count = len(paragraphs), len(heads)
    # best[j][g]: paragraphs[:j] cut into parts, the last matched to head part g
    best = [[-math.inf] * g_count for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * g_count for _ in range(n + 1)]
    for i in range(n):
        previous = _top(best[i]) if i else None
        lead = [LEAD_SHARE * _gain(weights, words, para_words[i]) for words in head_words]
        seen: set[str] = set()
        for j in range(i + 1, min(n, i + MAX_PART_PARAGRAPHS) + 1):
            seen |= para_words[j - 1]
            for g in range(g_count):
                gain = _gain(weights, head_words[g], seen)
                if previous is None:
                    if first is not None and g != first:
                        continue
                    value, origin = gain + lead[g], (0, -1)
                else:
                    before = _best_other(previous, g)
                    if before is None or gain <= 0 or gain < BEST_MATCH_SHARE * ceiling[g]:
                        continue
                    value, origin = before[0] + gain + lead[g] - costs[i], (i, before[1])
                if value > best[j][g]:
                    best[j][g], back[j][g] = value, origin
    return _trace(paragraphs, best, back)


def _best_matches(weights, head_words: list[set[str]], every: list[set[str]]) -> list[float]:
    """Per headline part, what the page's best-matching paragraph shares with it."""
    return [max((_gain(weights, head, text) for text in every), default=0.0) for head in head_words]


def _gain(weights: dict[str, float], head: set[str], text: set[str]) -> float:
    # fsum: exact, so the sum (and a tie it decides) does not hang on the set's hash order
    return math.fsum(weights[w] for w in head & text)


def _top(row: list[float]) -> list[tuple[float, int]]:
    ranked = sorted(((v, g) for g, v in enumerate(row) if v > -math.inf), reverse=True)
    return ranked[:2]


def _best_other(top: list[tuple[float, int]], g: int) -> tuple[float, int] | None:
    return next((entry for entry in top if entry[1] != g), None)


def _trace(paragraphs, best, back) -> list[list[list[int]]]:
    n = len(paragraphs)
    g = max(range(len(best[n])), key=lambda k: best[n][k])
    cuts, j = [], n
    while j > 0:
        i, previous = back[j][g]
        cuts.append((i, g))
        j, g = i, previous
    bounds = [i for i, _ in _close_returns(sorted(cuts))] + [n]
    return [paragraphs[a:b] for a, b in itertools.pairwise(bounds)]


def _close_returns(cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A headline heads one brief: where the parts on both sides of one part match the same
    headline part, the three are that brief's (the middle one a paragraph matching another
    headline by a few words), and their cuts go."""
    k = 0
    while k + 2 < len(cuts):
        if cuts[k][1] == cuts[k + 2][1]:
            del cuts[k + 1 : k + 3]
        else:
            k += 1
    return cuts
