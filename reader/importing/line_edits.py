"""Whole lines of a page taken out of an article or put into one: pure edits of an
ArticleRecord, the lines found by `reader.importing.spans`.

    release(article, run, lines)              the article without those lines' text
    as_title(article, run, lines, text=None)  the lines become its whole headline
    as_paragraph(article, run, lines)         the lines become a paragraph, in page order
    cut(value, start, end)                    `value` without the characters of
                                              flat(value)[start:end]

A span that is no longer whole lines raises `Stale`: text is never half moved, and every
line stays in exactly one article or the leftovers. A body that changes gets its figures
found again, as the parser finds them.
"""

from __future__ import annotations

import dataclasses

from reader.importing.spans import (
    HEAD_PARTS,
    Run,
    Stale,
    block_at,
    flat,
    headline_runs,
    line_offsets,
    numbers,
    ranges,
)
from reader.ingest.figures import find_figures
from reader.ingest.text import clean_headline, clean_text, ends_sentence
from reader.store.records import ArticleRecord, BodyBlock


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
    position = block_at(article, max(above)) + 1 if above else 0
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
    k = block_at(article, offsets[prev])
    below = [n for n in offsets if n > run[-1]]
    goes_on = bool(below) and block_at(article, offsets[min(below)]) == k
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


def _raw_index(value: str, offset: int) -> int:
    """The index in `value` of the character at whitespace-free offset `offset`."""
    pos = 0
    for index, ch in enumerate(value):
        if pos >= offset and flat(ch):
            return index
        pos += len(flat(ch))
    return len(value)
