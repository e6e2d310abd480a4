"""Headline blocks and bodies in, one headline per article out: a page-wide assignment.

    assign_headlines(Candidate) -> Assignment    unit -> headline lines and confidence
    Candidate.terms(i)                           line i's words, split pairs, quoted phrases

Every block is cut into groups of one to three lines and every group given to at most one
body, all at once, page stretch by page stretch (CHUNK_UNITS units). Blocks and bodies that
share no candidate pair are solved apart: a cluster with one body by hand, a small one by
trying every assignment, and a big or tied one as a small integer program (HiGHS
`milp`, imported only then); all three find the same optimum. A group scores by the words it
shares with a body after jieba segmentation, and pairs of characters it left single that the
body prints together (weighted by how rare they are on the page, place names and quoted
programme names most), plus a little for sitting next to that body; a line no group takes
costs LEFTOVER_PENALTY and ends up in the page's leftovers. Each article gets a confidence
(trust.py): how far its headline's score stands above the best alternative, lowered when the
headline may hold a line of another or have lost one of its own.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from reader.ingest import trust
from reader.ingest.charhints import CharOverlap
from reader.ingest.headwords import split_pairs
from reader.ingest.lines import Line
from reader.lexicon.gazetteer import gazetteer

MAX_GROUP_LINES = 3
# with no blank line to glue a wrapped headline's lines, a kicker and a title each wrapped by
# a narrow column over two or three lines are one group
MAX_UNBROKEN_GROUP_LINES = 6
NEIGHBOUR_WINDOW = 12
ADJACENT_BONUS = 1.5
HEADED_BONUS = 1.0
GROUP_SIZE_PRIOR = {1: 0.0, 2: 0.3, 3: -0.3}
CAPTION_PENALTY = -3.0
LEFTOVER_PENALTY = 2.0
PLACE_WEIGHT = 2.0
QUOTE_WEIGHT = 2.0
CHUNK_UNITS = 60
# a line sharing no word with any body is pulled towards the one printing its rarest character
# by this much of that character's idf: enough that a kicker or subtitle between two headlines
# of a grouped block goes where its characters lean, not where the group-shape prior sends it
# (0.8-1.2 alike on the layout corpus over three seeds; at 0.6 head_grouped loses the gain)
CHAR_PULL = 1.0
MIN_EVIDENCE = trust.MIN_EVIDENCE  # a group goes to a body not its neighbour only on shared words
_QUOTED = re.compile(r"[“\"「『]([^”\"」』]{2,16})[”\"」』]")


@dataclass
class Candidate:
    """Units as the assignment sees them: bodies with their words, blocks with their lines."""

    body_words: list[Counter]
    body_texts: list[str]
    captions: list[bool]
    blocks: list[list[int]]  # per unit: indices into `lines` of its adjacent block
    lines: list[Line]
    line_words: list[list[str]]
    runs_on: set[int] = field(default_factory=set)  # lines a word runs on from into the next
    _terms: dict[int, _LineTerms] = field(default_factory=dict, repr=False)

    def terms(self, i: int) -> _LineTerms:
        """Line i's words, split pairs and quoted phrases, made once (a line is scored
        against every body it might head)."""
        found = self._terms.get(i)
        if found is None:
            words = self.line_words[i]
            found = self._terms[i] = _LineTerms(
                set(words), split_pairs(words), _QUOTED.findall(self.lines[i].compact)
            )
        return found


class _LineTerms(NamedTuple):
    words: set[str]
    pairs: list[str]
    quoted: list[str]


@dataclass
class Assignment:
    groups: dict[int, list[Line]] = field(default_factory=dict)  # unit -> headline lines
    confidence: dict[int, float] = field(default_factory=dict)
    chosen: dict[int, int] = field(default_factory=dict)  # unit -> index of its group


def assign_headlines(candidate: Candidate) -> Assignment:
    """Solve page by page stretch (CHUNK_UNITS units at a time) so huge pages stay fast."""
    groups = list(_candidate_groups(candidate))
    weights = _word_weights(candidate)
    result = Assignment()
    for low in range(0, max(len(candidate.blocks), 1), CHUNK_UNITS):
        stretch = range(low, min(low + CHUNK_UNITS, len(candidate.blocks)))
        _assign_stretch(candidate, groups, weights, stretch, result)
    evidence = _line_evidence(candidate, weights)
    trust.doubt_torn_blocks(result.chosen, groups, candidate.blocks, evidence, result.confidence)
    return result


def _line_evidence(candidate: Candidate, weights: dict[str, float]) -> trust.Evidence:
    return lambda i, body: _content_score(candidate, [i], body, weights)


def _assign_stretch(
    candidate: Candidate, groups, weights, stretch: range, result: Assignment
) -> None:
    pairs = [
        (g, b)
        for g, (owner, _) in enumerate(groups)
        if owner in stretch
        for b in _bodies_near(candidate, owner, stretch)
    ]
    content = {(g, b): _content_score(candidate, groups[g][1], b, weights) for g, b in pairs}
    pairs = [(g, b) for g, b in pairs if groups[g][0] == b or content[(g, b)] >= MIN_EVIDENCE]
    scores = {pair: content[pair] + _prior(candidate, groups[pair[0]], pair[1]) for pair in pairs}
    leaning = _leaning(candidate, groups, stretch, pairs, scores, weights)
    for blocks, bodies in _components(groups, stretch, pairs):
        own_groups = [g for g, (owner, _) in enumerate(groups) if owner in blocks]
        own_pairs = [(g, b) for g, b in pairs if b in bodies]
        if len(bodies) == 1:
            chosen = _best_single(groups, own_groups, own_pairs, leaning)
        else:
            objective = _tie_broken(groups, own_pairs, leaning)
            searched = _best_by_search(groups, own_pairs, objective)
            chosen = (
                searched
                if searched is not None
                else _solve(groups, own_groups, own_pairs, objective)
            )
        _record(candidate, groups, chosen, scores, weights, result)
    for body in stretch:
        if body not in result.groups and candidate.body_texts[body]:
            result.confidence[body] = trust.headless(scores, body)


def _leaning(candidate: Candidate, groups, stretch: range, pairs, scores, weights) -> dict:
    """The scores the assignment decides by: each pair's, plus the pull of the rare
    characters of its lines that share no word with any body (charhints.py): where words
    speak, characters say nothing more. Confidence is still told from the scores alone, so
    a headline the characters decided is flagged as unsure."""
    mute = _wordless_lines(candidate, {i for g, _ in pairs for i in groups[g][1]}, stretch, weights)
    if not mute:  # (most stretches: every line shares a word; no body's characters needed)
        return scores
    overlap = CharOverlap({b: candidate.body_texts[b] for b in stretch})
    return {
        (g, b): scores[(g, b)]
        + CHAR_PULL
        * math.fsum(overlap.pull(candidate.lines[i].compact, b) for i in groups[g][1] if i in mute)
        for g, b in pairs
    }


def _wordless_lines(candidate: Candidate, lines: set[int], stretch: range, weights) -> set[int]:
    """Lines sharing no weighed word, split pair or quoted phrase with any body of the
    stretch (one pass over the stretch's words, not one per body)."""
    words = set().union(*(candidate.body_words[b] for b in stretch))
    text = "\n".join(candidate.body_texts[b] for b in stretch)
    wordless = set()
    for i in lines:
        terms = candidate.terms(i)
        if any(weights.get(w, 0.0) > 0 and w in words for w in terms.words):
            continue
        if any(weights.get(p, 0.0) > 0 and p in text for p in terms.pairs):
            continue
        if any(phrase in text for phrase in terms.quoted):
            continue
        wordless.add(i)
    return wordless


def _tie_broken(groups, pairs, scores) -> dict[tuple[int, int], float]:
    """The scores, each raised by a trifle for every line it gives to an earlier body: of two
    readings the evidence leaves tied, the one giving lines to the headlines above wins. A
    line that could end the headline above or open the one below (the commonest tie) goes
    with the one above, as a headline wraps down onto its next line. Without it the solver's
    own order decided, and so its version. (Readings that give the same lines to bodies of
    the same total rank stay tied; none has been seen.)"""
    bodies = sorted({b for _, b in pairs})
    rank_from_end = {b: len(bodies) - k for k, b in enumerate(bodies)}
    return {
        pair: scores[pair] + TIE_BREAK * len(groups[pair[0]][1]) * rank_from_end[pair[1]]
        for pair in pairs
    }


def _components(groups, stretch: range, pairs) -> list[tuple[set[int], set[int]]]:
    """Blocks and bodies linked by candidate pairs, in independent clusters (union-find)."""
    parent: dict = {}

    def root(node):
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for owner, _ in groups:
        if owner in stretch:
            root(("block", owner))
    for g, b in pairs:
        parent[root(("block", groups[g][0]))] = root(("body", b))
    clusters: dict = {}
    for node in list(parent):
        blocks, bodies = clusters.setdefault(root(node), (set(), set()))
        (blocks if node[0] == "block" else bodies).add(node[1])
    return list(clusters.values())


def _best_single(groups, own_groups, pairs, scores) -> list[tuple[int, int]]:
    """One body: the exact optimum is its best group, the block's other lines left over."""
    block_lines = len({i for g in own_groups for i in groups[g][1]})
    best, best_value = None, -LEFTOVER_PENALTY * block_lines
    for g, b in pairs:
        value = scores[(g, b)] - LEFTOVER_PENALTY * (block_lines - len(groups[g][1]))
        if value > best_value:
            best, best_value = (g, b), value
    return [best] if best else []


SEARCH_NODES = 1_000  # past this many steps, HiGHS takes over (the seeds need fewer)
TIE = 1e-9  # two assignments this close are tied (relative; `_tie_broken` parts most)
# a line's step in `_tie_broken`: above HiGHS's absolute gap (1e-6, left as it is) and
# TIE; all of them together (60 bodies at most) stay under 0.03, far below any difference
# the evidence makes
TIE_BREAK = 4e-6
NEAR_ZERO = 1e-6  # a pair's gain this close to nothing might still make a tie: kept


class _TooBig(Exception):
    pass


def _best_by_search(groups, pairs, scores) -> list[tuple[int, int]] | None:
    """The same optimum as `_solve`, found by branch and bound (no HiGHS import, no solver
    set-up); None when the search runs past SEARCH_NODES or the best assignment is tied, so
    HiGHS decides as before."""
    by_body: dict[int, list[tuple[int, int]]] = {}
    for pair in pairs:
        by_body.setdefault(pair[1], []).append(pair)
    # a line a group takes no longer pays LEFTOVER_PENALTY: that is the group's gain
    gain = {pair: scores[pair] + LEFTOVER_PENALTY * len(groups[pair[0]][1]) for pair in pairs}
    bit = {line: 1 << k for k, line in enumerate({i for g, _ in pairs for i in groups[g][1]})}
    mask = {pair: sum(bit[i] for i in groups[pair[0]][1]) for pair in pairs}
    # a pair that loses (gain below zero) is in no optimum, nor in a tie with one
    paying = {b: [p for p in found if gain[p] >= -NEAR_ZERO] for b, found in by_body.items()}
    options = [
        [(pair, mask[pair], gain[pair]) for pair in sorted(found, key=gain.__getitem__)[::-1]]
        for found in paying.values()
        if found
    ]
    options.sort(key=lambda found: -found[0][2])
    reach = [0.0] * (len(options) + 1)  # the most the bodies from k on could still add
    for k in range(len(options) - 1, -1, -1):
        reach[k] = reach[k + 1] + options[k][0][2]
    top = [-math.inf, -math.inf]  # the best value and the next best
    best: list[tuple[int, int]] = []
    nodes = 0

    def visit(k: int, used: int, total: float, chosen: list) -> None:
        nonlocal nodes, best
        nodes += 1
        if nodes > SEARCH_NODES:
            raise _TooBig
        if total + reach[k] < top[0] - _tie(top[0]):
            return  # cannot reach the best, nor tie with it
        if k == len(options):
            if total > top[0]:
                top[:] = [total, top[0]]
                best = chosen
            elif total > top[1]:
                top[1] = total
            return
        for pair, lines, more in options[k]:
            if not used & lines:
                visit(k + 1, used | lines, total + more, [*chosen, pair])
        visit(k + 1, used, total, chosen)

    try:
        visit(0, 0, 0.0, [])
    except _TooBig:
        return None
    if top[0] - top[1] <= _tie(top[0]):
        return None
    return [pair for pair in pairs if pair in best]


def _tie(value: float) -> float:
    return TIE * max(1.0, abs(value))


def _candidate_groups(candidate: Candidate):
    """(owner unit, line indices) for every run of 1–3 lines inside a block.

    Lines with no blank line between them are never split apart, on a page that has blank
    lines at all; `pdftotext -raw` prints none, and there only a word split across two lines
    glues them.
    """
    blanks = any(line.blank_before for line in candidate.lines[1:])  # the first: page edge
    most = MAX_GROUP_LINES if blanks else MAX_UNBROKEN_GROUP_LINES
    for owner, block in enumerate(candidate.blocks):
        atoms = (
            _glued_runs(candidate.lines, block) if blanks else _unbroken(candidate.runs_on, block)
        )
        for start in range(len(atoms)):
            group: list[int] = []
            for atom in atoms[start:]:
                if group and len(group) + len(atom) > most:
                    break
                group = group + atom
                yield owner, group


def _unbroken(runs_on: set[int], block: list[int]) -> list[list[int]]:
    """With no blank lines, only a word a narrow column split (`全覆` / `盖`) glues lines."""
    runs: list[list[int]] = []
    for i in block:
        if runs and runs[-1][-1] in runs_on:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _glued_runs(lines: list[Line], block: list[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for position, i in enumerate(block):
        if position and not lines[i].blank_before:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _bodies_near(candidate: Candidate, owner: int, stretch: range):
    """Bodies within NEIGHBOUR_WINDOW units of the block, or as many as it has lines: a
    block of grouped headlines at a page end heads every brief above it, the first too."""
    reach = max(NEIGHBOUR_WINDOW, len(candidate.blocks[owner]))
    low = max(stretch.start, owner - reach)
    high = min(stretch.stop, owner + reach + 1)
    return [b for b in range(low, high) if candidate.body_texts[b]]


def _word_weights(candidate: Candidate) -> dict[str, float]:
    bodies = [
        words
        for words, text in zip(candidate.body_words, candidate.body_texts, strict=True)
        if text
    ]
    count = len(bodies) or 1
    document_frequency = Counter(word for words in bodies for word in words)
    places = gazetteer()
    weights = {}
    block_lines = {i for block in candidate.blocks for i in block}
    for words in (candidate.line_words[i] for i in block_lines):
        for word in words:
            if word in weights or not _meaningful(word):
                continue
            idf = math.log((count + 1) / (document_frequency.get(word, 0) + 0.5))
            weights[word] = max(idf, 0.0) * (PLACE_WEIGHT if places.lookup(word) else 1.0)
        for pair in split_pairs(words):
            if pair not in weights:
                found = sum(pair in text for text in candidate.body_texts if text)
                weights[pair] = max(math.log((count + 1) / (found + 0.5)), 0.0)
    return weights


def _meaningful(word: str) -> bool:
    return len(word) >= 2 and not word.isdigit() and any(ch.isalnum() for ch in word)


def _content_score(
    candidate: Candidate, group: list[int], body: int, weights: dict[str, float]
) -> float:
    body_words = candidate.body_words[body]
    body_text = candidate.body_texts[body]
    score = 0.0
    for i in group:
        terms = candidate.terms(i)
        score += math.fsum(weights.get(word, 0.0) for word in terms.words if word in body_words)
        score += math.fsum(weights.get(pair, 0.0) for pair in terms.pairs if pair in body_text)
        for phrase in terms.quoted:
            if phrase in body_text:
                score += QUOTE_WEIGHT * math.log(len(candidate.body_texts) + 1)
    return score


def _prior(candidate: Candidate, group: tuple[int, list[int]], body: int) -> float:
    """What layout alone says: headed bodies are the rule, captions the exception; blocks
    sit next to their body; pairs (kicker + title) are the commonest shape."""
    owner, lines = group
    prior = CAPTION_PENALTY if candidate.captions[body] else HEADED_BONUS
    prior += GROUP_SIZE_PRIOR.get(len(lines), -0.6)
    return prior + (ADJACENT_BONUS if owner == body else 0.0)


def _solve(groups, own_groups, pairs, scores) -> list[tuple[int, int]]:
    """Maximise the total score: each block line in one chosen group or left over, each body
    heading at most one group (an integer program for HiGHS: highs.py)."""
    from reader.ingest.highs import best_pairs  # only a parse that reaches a solve loads it

    block_lines = sorted({i for g in own_groups for i in groups[g][1]})
    lines_of = [groups[g][1] for g, _ in pairs]
    return best_pairs(block_lines, lines_of, pairs, scores, LEFTOVER_PENALTY)


def _record(candidate, groups, chosen, scores, weights, result: Assignment) -> None:
    evidence = _line_evidence(candidate, weights)
    for g, b in chosen:
        lines = groups[g][1]
        result.groups[b] = [candidate.lines[i] for i in lines]
        result.chosen[b] = g
        confidence = trust.margin(scores, groups, g, b)
        if trust.strays(lines, b, evidence):
            confidence *= trust.STRAY_LINE
        result.confidence[b] = round(confidence, 2)
