"""Corrections that move whole lines: a headline given or swapped, a line sent to the
page's leftovers or taken from them. Pure edits of a page's article records.

    headline {article, line: {text, nth}}   the lines become the article's whole headline;
                                            whoever held them (another article's headline
                                            or body, the leftovers) loses them; the
                                            article's old headline lines go to the leftovers
    headline {article, other}               the two articles swap headlines (and their lines)
    leftover {article, line} payload {direction: 'out'}   the lines leave the article
    leftover {article, line} payload {direction: 'in'}    leftover lines become a paragraph
    give_headline, move_lines (articles, correction, lines) -> articles   the appliers of
                                            kinds 'headline' and 'leftover' (APPLIERS)
    headline_to(articles, i, run, lines)    article i headed by the lines of `run` (also a
                                            split's second part, by `corrections.split`)
    swap(articles, i, j, lines)             articles i and j swap headlines
    line_anchor(lines, text, number) -> {text, nth}   the anchor of the run of lines whose
                                            whitespace-free text is `text`, holding `number`

A line anchor is the lines' whitespace-free text and which of the page's runs with that text
it is (`nth`), so it names the same lines on a re-wrapped page. Lines already where the
correction puts them count as applied; lines that are gone or held elsewhere make it stale.
"""

from __future__ import annotations

from reader.importing.anchoring import find, marked
from reader.importing.line_edits import as_paragraph, as_title, release
from reader.importing.spans import (
    HEAD_PARTS,
    Run,
    Stale,
    flat,
    headline_runs,
    holder,
    nth_run,
    numbers,
    ranges,
    run_at,
)
from reader.store.records import ArticleRecord, Correction


def line_anchor(lines: list[str], text: str, number: int) -> dict:
    _run, nth = run_at(lines, text, number)
    return {"text": text, "nth": nth}


def give_headline(articles: list[ArticleRecord], correction: Correction, lines) -> list:
    i = find(articles, correction.anchors["article"])
    if "other" in correction.anchors:
        return swap(articles, i, find(articles, correction.anchors["other"]), lines)
    return headline_to(articles, i, nth_run(lines, correction.anchors["line"]), lines)


def headline_to(articles: list[ArticleRecord], i: int, run: Run, lines) -> list:
    """Article `i` with the lines of `run` as its headline, taken from whoever held them."""
    articles = list(articles)
    j = holder(articles, run)
    text = None
    if j is not None:
        text = _part_holding(articles[j], run, lines)
        articles[j] = release(articles[j], run, lines)
        if j != i:
            articles[j] = marked(articles[j])
    articles[i] = marked(as_title(articles[i], run, lines, text))
    return articles


def _part_holding(article: ArticleRecord, run: Run, lines) -> str | None:
    """The headline part that is exactly these lines, as the parser wrote it (None: none)."""
    text = flat("".join(lines[n - 1] for n in run))
    parts = (getattr(article, part) for part in HEAD_PARTS)
    return next((part for part in parts if part and flat(part) == text), None)


def swap(articles: list[ArticleRecord], i: int, j: int, lines) -> list:
    if i == j:
        raise Stale("an article cannot swap headlines with itself")
    a, b = articles[i], articles[j]
    a_lines, b_lines = _headline_lines(a, lines), _headline_lines(b, lines)
    articles = list(articles)
    articles[i] = _headed_like(a, b, a_lines, b_lines)
    articles[j] = _headed_like(b, a, b_lines, a_lines)
    return articles


def _headline_lines(article: ArticleRecord, lines) -> set[int]:
    return {n for run in headline_runs(article, lines) for n in run}


def _headed_like(article, other, own: set[int], taken: set[int]) -> ArticleRecord:
    return marked(
        article,
        kicker=other.kicker,
        title=other.title,
        subtitle=other.subtitle,
        headline_confidence=other.headline_confidence,
        source_lines=ranges((numbers(article.source_lines) - own) | taken),
    )


def move_lines(articles: list[ArticleRecord], correction: Correction, lines) -> list:
    i = find(articles, correction.anchors["article"])
    run = nth_run(lines, correction.anchors["line"])
    owner = holder(articles, run)
    articles = list(articles)
    outward = correction.payload.get("direction") == "out"
    if owner == (None if outward else i):  # already where the correction puts them
        articles[i] = marked(articles[i])
    elif outward and owner == i:
        articles[i] = marked(release(articles[i], run, lines))
    elif not outward and owner is None:
        articles[i] = marked(as_paragraph(articles[i], run, lines))
    else:
        raise Stale("the lines are in another article")
    return articles


APPLIERS = {"headline": give_headline, "leftover": move_lines}
