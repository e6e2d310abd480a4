"""Whole lines of a page, found by their text, taken out of an article or put into one.
`article` is an ArticleRecord (ArticleDetail too, for the read-only functions).

    Run = list[int]                           1-based numbers of consecutive non-blank lines
    runs(lines, text) -> [Run]                every run whose whitespace-free text is `text`,
                                              in page order (blank lines inside are skipped)
    run_at(lines, text, number) -> (Run, nth) the run holding line `number`, and which one
    holder(articles, run) -> int | None       the article holding every line (None: leftovers)
    headline_runs(article, lines) -> [Run]    the lines its headline was read from
    release(article, run, lines)              the article without those lines' text
    as_title(article, run, lines, text=None)  the lines become its whole headline
    as_paragraph(article, run, lines)         the lines become a paragraph, in page order
    nth_run(lines, {text, nth}) -> Run        the run a line anchor names (Stale: gone)
    line_offsets(article, lines) -> {number: offset}   where each body line starts in the
                                              article's whitespace-free body
    paragraph_of(article, lines, number) -> int | None   the 1-based paragraph it lies in
    flat(text); numbers(source_lines) -> {n}; ranges({n}) -> source_lines; cut(value,
    start, end); Stale                        the whitespace-free text and line-range helpers

Text is compared whitespace-free (`flat`), so a re-wrapped page still names the same lines;
a span that is no longer whole lines raises `Stale`: text is never half moved, and every line
stays in exactly one article or the leftovers. A body that changes gets its figures found
again, as the parser finds them.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from functools import lru_cache

from reader.ingest.figures import find_figures
from reader.ingest.text import clean_headline, clean_text, compact, ends_sentence
from reader.store.records import ArticleRecord, BodyBlock

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


def release(article: ArticleRecord, run: Run, lines: list[str]) -> ArticleRecord:
    """The article without the text of the lines of `run`: body text where a body line reads
    it, else a headline part, else the byline, else the one place in the body holding it."""
    text = flat("".join(lines[n - 1] for n in run))
    kept = _without_lines(article, run)
    if run[0] not in line_offsets(article, lines):
        for part in HEAD_PARTS:
            value = getattr(article, part)
            if value and text in flat(value):
                fields: dict = {part: _cut_text(value, text) or None}
                return dataclasses.replace(kept, **fields)
        byline = flat(article.byline or "")
        if byline and (mark := text.lstrip("□■").removesuffix("报道")) and mark in byline:
            return dataclasses.replace(kept, byline=_cut_text(article.byline or "", mark) or None)
    return _with_body(kept, _cut_body(article, run, lines, text))


def _without_lines(article: ArticleRecord, run: Run) -> ArticleRecord:
    left = numbers(article.source_lines) - set(run)
    return dataclasses.replace(article, source_lines=ranges(left))


def _cut_text(value: str, text: str) -> str:
    start = flat(value).find(text)
    return cut(value, start, start + len(text)).strip()


def cut(value: str, start: int, end: int) -> str:
    """`value` without the characters that make up flat(value)[start:end]."""
    widths = [len(flat(ch)) for ch in value]
    if sum(widths) != len(flat(value)):
        raise Stale("the text does not map back to its characters")
    kept, pos = [], 0
    for ch, width in zip(value, widths, strict=True):
        if not (width and start <= pos < end):
            kept.append(ch)
        pos += width
    return "".join(kept)


def _cut_body(article: ArticleRecord, run: Run, lines: list[str], text: str) -> list[BodyBlock]:
    body = "".join(flat(block.text) for block in article.body)
    start = line_offsets(article, lines).get(run[0])
    if start is None or body[start : start + len(text)] != text:
        if body.count(text) != 1:
            raise Stale(f"the article does not hold {text[:12]}…")
        start = body.find(text)
    blocks, at = [], 0
    for block in article.body:
        size = len(flat(block.text))
        lo, hi = max(start, at) - at, min(start + len(text), at + size) - at
        changed = cut(block.text, lo, hi).strip() if lo < hi else block.text
        if flat(changed):
            blocks.append(BodyBlock(block.type, changed))
        at += size
    return blocks


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
    return None if at is None else _block_at(article, at) + 1


def _text(block) -> str:
    return block.text if hasattr(block, "text") else block["text"]


def _with_body(article: ArticleRecord, body: list[BodyBlock]) -> ArticleRecord:
    figures = [
        dataclasses.asdict(figure)
        for k, block in enumerate(body)
        for figure in find_figures(block.text, k)
    ]
    return dataclasses.replace(article, body=body, figures=figures)


def as_title(
    article: ArticleRecord, run: Run, lines: list[str], text: str | None = None
) -> ArticleRecord:
    """The lines of `run` become the article's whole headline (`text`: as another article
    had it, else the lines joined); its old headline lines go to the leftovers."""
    for old in headline_runs(article, lines):
        article = _without_lines(article, [n for n in old if n not in run])
    title = text or clean_headline("".join(lines[n - 1].strip() for n in run))
    own = numbers(article.source_lines) | set(run)
    return dataclasses.replace(
        article,
        kicker=None,
        title=title,
        subtitle=None,
        headline_confidence=1.0,
        source_lines=ranges(own),
    )


def as_paragraph(article: ArticleRecord, run: Run, lines: list[str]) -> ArticleRecord:
    """The lines of `run` join the article: inside the paragraph whose lines close around
    them (a line taken back where it was sent from), else as a paragraph of their own after
    the one holding the article's nearest body line above them (first when none is above)."""
    text = clean_text(" ".join(lines[n - 1].strip() for n in run))
    offsets = line_offsets(article, lines)
    body = _inside(article, offsets, run, lines, text) or _after(article, offsets, run, text)
    own = numbers(article.source_lines) | set(run)
    return _with_body(dataclasses.replace(article, source_lines=ranges(own)), body)


def _after(article: ArticleRecord, offsets: dict[int, int], run: Run, text: str) -> list:
    above = [at for n, at in offsets.items() if n < run[0]]
    position = _block_at(article, max(above)) + 1 if above else 0
    return [*article.body[:position], BodyBlock("paragraph", text), *article.body[position:]]


def _inside(article, offsets: dict[int, int], run: Run, lines: list[str], text: str):
    """The body with `text` put back into the paragraph of the article's body line right
    above the run (blank lines between), when the paragraph goes on below the run, or that
    line leaves a sentence open and the run's first line is not indented (so it opens no
    paragraph of its own)."""
    above = [n for n in offsets if n < run[0]]
    if not above or _text_between(lines, max(above), run[0]):
        return None
    prev = max(above)
    k = _block_at(article, offsets[prev])
    below = [n for n in offsets if n > run[-1]]
    goes_on = bool(below) and _block_at(article, offsets[min(below)]) == k
    opens = lines[run[0] - 1][:1].isspace() or ends_sentence(lines[prev - 1].strip())
    if not goes_on and opens:
        return None
    start = sum(len(flat(block.text)) for block in article.body[:k])
    block = article.body[k]
    at = _raw_index(block.text, offsets[prev] + len(flat(lines[prev - 1])) - start)
    changed = BodyBlock(block.type, block.text[:at] + text + block.text[at:])
    return [*article.body[:k], changed, *article.body[k + 1 :]]


def _text_between(lines: list[str], first: int, last: int) -> bool:
    return any(flat(lines[k - 1]) for k in range(first + 1, last))


def _block_at(article, offset: int) -> int:
    """The index of the body block holding whitespace-free body offset `offset`."""
    end = 0
    for k, block in enumerate(article.body):
        end += len(flat(_text(block)))
        if offset < end:
            return k
    return len(article.body) - 1


def _raw_index(value: str, offset: int) -> int:
    """The index in `value` of the character at whitespace-free offset `offset`."""
    pos = 0
    for index, ch in enumerate(value):
        if pos >= offset and flat(ch):
            return index
        pos += len(flat(ch))
    return len(value)
