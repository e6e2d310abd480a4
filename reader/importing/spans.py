"""Whole lines of a page, found by their text, and where they lie in an article.
`article` is an ArticleRecord or an ArticleDetail (only read here).

    Run = list[int]                           1-based numbers of consecutive non-blank lines
    runs(lines, text) -> [Run]                every run whose whitespace-free text is `text`,
                                              in page order (blank lines inside are skipped)
    run_at(lines, text, number) -> (Run, nth) the run holding line `number`, and which one
    holder(articles, run) -> int | None       the article holding every line (None: leftovers)
    headline_runs(article, lines) -> [Run]    the lines its headline was read from
    nth_run(lines, {text, nth}) -> Run        the run a line anchor names (Stale: gone)
    line_offsets(article, lines) -> {number: offset}   where each body line starts in the
                                              article's whitespace-free body
    paragraph_of(article, lines, number) -> int | None   the 1-based paragraph it lies in
    block_at(article, offset) -> int          the body block holding a whitespace-free offset
    flat(text); numbers(source_lines) -> {n}; ranges({n}) -> source_lines; Stale
                                              the whitespace-free text and line-range helpers

Text is compared whitespace-free (`flat`), so a re-wrapped page still names the same lines;
lines that are not (once) where a correction names them raise `Stale`. Taking lines out of
an article or putting them in is `reader.importing.line_edits`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reader.ingest.text import compact
from reader.store.records import ArticleRecord

Run = list[int]
HEAD_PARTS = ("kicker", "title", "subtitle")
FLAT_CACHE = 8192  # a page's lines, looked up again by every line correction of the page


class Stale(Exception):
    """The correction's articles, paragraph or lines are not (once) on the page."""


@lru_cache(maxsize=FLAT_CACHE)
def flat(text: str) -> str:
    return compact(unicodedata.normalize("NFKC", text))


def numbers(source_lines: list[list[int]]) -> set[int]:
    return {n for lo, hi in source_lines for n in range(lo, hi + 1)}


def ranges(found: set[int]) -> list[list[int]]:
    spans: list[list[int]] = []
    for n in sorted(found):
        if spans and spans[-1][1] == n - 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return spans


def runs(lines: list[str], text: str) -> list[Run]:
    flats = [flat(line) for line in lines]
    found = []
    for start, first in enumerate(flats):
        if first and text.startswith(first):
            run = _run_from(flats, start, text)
            if run:
                found.append(run)
    return found


def _run_from(flats: list[str], start: int, text: str) -> Run | None:
    taken, run = "", []
    for k in range(start, len(flats)):
        if not flats[k]:
            continue
        if not text.startswith(taken + flats[k], 0):
            return None
        taken += flats[k]
        run.append(k + 1)
        if taken == text:
            return run
    return None


def run_at(lines: list[str], text: str, number: int) -> tuple[Run, int]:
    for nth, run in enumerate(runs(lines, text)):
        if number in run:
            return run, nth
    raise Stale(f"line {number} does not hold {text[:12]}…")


def nth_run(lines: list[str], anchor: dict) -> Run:
    found = runs(lines, anchor["text"])
    if len(found) <= anchor["nth"]:
        raise Stale(f"no line {anchor['text'][:12]}… on the page")
    return found[anchor["nth"]]


def holder(articles: list[ArticleRecord], run: Run) -> int | None:
    owners = {_owner(articles, n) for n in run}
    if len(owners) != 1:
        raise Stale("the lines lie in more than one article")
    return owners.pop()


def _owner(articles: list[ArticleRecord], number: int) -> int | None:
    for i, article in enumerate(articles):
        if number in numbers(article.source_lines):
            return i
    return None


def headline_runs(article: ArticleRecord, lines: list[str]) -> list[Run]:
    """The lines of its headline: the whole headline as one run, else each part's."""
    own = numbers(article.source_lines)
    parts = [getattr(article, part) for part in HEAD_PARTS if getattr(article, part)]
    for texts in ([flat("".join(parts))], [flat(part) for part in parts]):
        found = [_own_run(lines, text, own) for text in texts if text]
        if all(run is not None for run in found):
            return [run for run in found if run is not None]
    raise Stale("the headline's lines are not on the page")


def _headline_lines(article, lines: list[str]) -> set[int]:
    try:
        return {n for run in headline_runs(article, lines) for n in run}
    except Stale:  # headline text not on lines of its own: no line is left out for it
        return set()


def _own_run(lines: list[str], text: str, own: set[int]) -> Run | None:
    return next((run for run in runs(lines, text) if set(run) <= own), None)


def line_offsets(article, lines: list[str]) -> dict[int, int]:
    """{line number: where its text starts in the article's whitespace-free body}, for the
    article's lines that are body text (headline and byline lines are not)."""
    body = "".join(flat(_text(block)) for block in article.body)
    offsets, cursor = {}, 0
    for n in sorted(numbers(article.source_lines) - _headline_lines(article, lines)):
        text = flat(lines[n - 1]) if 0 < n <= len(lines) else ""
        at = cursor if text and body.startswith(text, cursor) else body.find(text, cursor)
        if text and at >= 0:
            offsets[n], cursor = at, at + len(text)
    return offsets


def paragraph_of(article, lines: list[str], number: int) -> int | None:
    """The 1-based paragraph (body block) line `number` of the article opens or lies in."""
    at = line_offsets(article, lines).get(number)
    return None if at is None else block_at(article, at) + 1


def _text(block) -> str:
    return block.text if hasattr(block, "text") else block["text"]


def block_at(article, offset: int) -> int:
    """The index of the body block holding whitespace-free body offset `offset`."""
    end = 0
    for k, block in enumerate(article.body):
        end += len(flat(_text(block)))
        if offset < end:
            return k
    return len(article.body) - 1
