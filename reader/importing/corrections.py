"""Hand corrections as pure edits of a parsed page's article records.

    apply(articles, corrections, page_text) -> (articles, {correction id: 'applied'|'stale'})
        every correction in order; one whose articles are not found is 'stale' and skipped
    anchors_of(kind, articles, ids, paragraph=None) -> dict   the anchors a new correction
        gets, from the articles as they are now (ArticleRecord or ArticleDetail)
    Stale                                 raised when an anchor names nothing (or not once)

An article is anchored on its whitespace-free text (`reader.importing.anchoring`), lines on
theirs (`reader.importing.spans`). A split point is the whitespace-free start of the paragraph
it goes before, with its occurrence. Corrections:
    merge   {first, second}          the first's id, headline, byline, place and kind; both
                                     bodies in reading order (the later's headline becomes a
                                     heading block); already one article: applied as is
    split   {article, at: {excerpt, nth}}  payload {title}: the first part keeps the id, the
                                     second gets a stable id from its text and the title
                                     given, or none; the source lines part where it starts;
                                     with a `headline` line anchor, it gets those lines as
                                     its headline (`reader.importing.moves`)
    county  {article}  payload {county, city}   county None: city-wide
    kind    {article}  payload {kind}            news|brief|photo
    headline, leftover                         lines moved: see `reader.importing.moves`
Every article a correction makes or changes is `corrected`; its search words are cut again.
"""

from __future__ import annotations

import dataclasses

from reader.importing import moves
from reader.importing.anchoring import (
    ANCHOR_CHARS,
    article_anchor,
    content,
    find,
    marked,
    stable_id,
)
from reader.importing.spans import Stale, flat, nth_run
from reader.importing.spans import numbers as _numbers
from reader.importing.spans import ranges as _ranges
from reader.store.records import ArticleRecord, BodyBlock, Correction

KINDS = ("news", "brief", "photo")


def anchors_of(kind: str, articles: list, ids: list[str], paragraph: int | None = None) -> dict:
    by_id = {article.id: article for article in articles}
    if kind == "merge":
        return {"first": article_anchor(by_id[ids[0]]), "second": article_anchor(by_id[ids[1]])}
    anchors = {"article": article_anchor(by_id[ids[0]])}
    if kind == "split":
        assert paragraph is not None
        anchors["at"] = split_point(by_id[ids[0]], paragraph)
    if kind == "headline" and len(ids) == 2:  # a swap
        anchors["other"] = article_anchor(by_id[ids[1]])
    return anchors


def split_point(article, paragraph: int) -> dict:
    """Anchor of the 1-based paragraph (body block) `paragraph` of `article`."""
    texts = [
        flat(block.text if hasattr(block, "text") else block["text"]) for block in article.body
    ]
    excerpt = texts[paragraph - 1][:ANCHOR_CHARS]
    nth = sum(text.startswith(excerpt) for text in texts[1 : paragraph - 1])
    return {"excerpt": excerpt, "nth": nth}


def apply(
    articles: list[ArticleRecord], corrections: list[Correction], page_text: str
) -> tuple[list[ArticleRecord], dict[int, str]]:
    lines = page_text.splitlines()
    statuses = {}
    for correction in corrections:
        try:
            articles = APPLIERS[correction.kind](articles, correction, lines)
            statuses[correction.id] = "applied"
        except Stale:
            statuses[correction.id] = "stale"
    return _reindexed(articles), statuses


def _reindexed(articles: list[ArticleRecord]) -> list[ArticleRecord]:
    return [
        article if article.index == n else dataclasses.replace(article, index=n)
        for n, article in enumerate(articles)
    ]


def merge(articles: list[ArticleRecord], correction: Correction, lines) -> list[ArticleRecord]:
    i, j = find(articles, correction.anchors["first"]), find(articles, correction.anchors["second"])
    if i == j:  # the page already reads them as one
        return [*articles[:i], marked(articles[i]), *articles[i + 1 :]]
    first, second = articles[i], articles[j]
    earlier, later = (first, second) if i < j else (second, first)
    heading = [BodyBlock("heading", later.headline)] if later.headline else []
    offset = len(earlier.body) + len(heading)
    merged = marked(
        first,
        city=first.city or second.city,
        county=first.county if first.city or first.county else second.county,
        body=[*earlier.body, *heading, *later.body],
        figures=earlier.figures + [_shifted(f, offset) for f in later.figures],
        source_lines=_ranges(_numbers(first.source_lines) | _numbers(second.source_lines)),
        regions=earlier.regions + later.regions,  # a PDF page's boxes of both
    )
    kept = [a for n, a in enumerate(articles) if n not in (i, j)]
    kept.insert(min(i, j), merged)
    return kept


def split(articles: list[ArticleRecord], correction: Correction, lines) -> list[ArticleRecord]:
    i = find(articles, correction.anchors["article"])
    article, at = articles[i], correction.anchors["at"]
    starts = [k for k, b in enumerate(article.body) if k and flat(b.text).startswith(at["excerpt"])]
    if len(starts) <= at["nth"]:
        raise Stale(f"no paragraph {at['excerpt']}… in the article")
    k = starts[at["nth"]]
    before, after = _part_lines(article, lines, at["excerpt"])
    first = marked(
        article,
        body=article.body[:k],
        figures=[f for f in article.figures if f["block"] < k],
        source_lines=_ranges(before),
    )
    title = correction.payload.get("title")
    body = article.body[k:]
    second = marked(
        article,
        id=stable_id((title or "") + "".join(block.text for block in body)),
        kicker=None,
        title=title,
        subtitle=None,
        byline=None,
        dateline=None,
        body=body,
        figures=[_shifted(f, -k) for f in article.figures if f["block"] >= k],
        headline_confidence=1.0 if title else 0.0,
        source_lines=_ranges(after),
        regions=[],  # a PDF's boxes are the whole story's: the first part keeps them
    )
    parts = [*articles[:i], first, second, *articles[i + 1 :]]
    if "headline" in correction.anchors:  # the second part's headline, from a line
        parts = moves.headline_to(
            parts, i + 1, nth_run(lines, correction.anchors["headline"]), lines
        )
        parts[i + 1] = dataclasses.replace(parts[i + 1], id=stable_id(content(parts[i + 1])))
    return parts


def set_county(articles: list[ArticleRecord], correction: Correction, lines) -> list:
    i = find(articles, correction.anchors["article"])
    payload = correction.payload
    city = payload.get("city") or articles[i].city
    changed = marked(articles[i], county=payload.get("county"), city=city)
    return [*articles[:i], changed, *articles[i + 1 :]]


def set_kind(articles: list[ArticleRecord], correction: Correction, lines) -> list:
    i = find(articles, correction.anchors["article"])
    changed = marked(articles[i], kind=correction.payload["kind"])
    return [*articles[:i], changed, *articles[i + 1 :]]


APPLIERS = {
    "merge": merge,
    "split": split,
    "county": set_county,
    "kind": set_kind,
    **moves.APPLIERS,
}


def _shifted(figure: dict, by: int) -> dict:
    return {**figure, "block": figure["block"] + by}


def _part_lines(article: ArticleRecord, lines: list[str], excerpt: str) -> tuple[set, set]:
    """The article's source lines before the line where `excerpt` starts, and from it on
    (all before when no line starts it: the text stays whole, only the lines are vaguer)."""
    numbers = sorted(_numbers(article.source_lines))
    flats = [flat(lines[n - 1]) if 0 < n <= len(lines) else "" for n in numbers]
    for pos, text in enumerate(flats):
        if text and "".join(flats[pos:]).startswith(excerpt) and pos:
            return set(numbers[:pos]), set(numbers[pos:])
    return set(numbers), set()
