"""Naming an article of a page by its text, so a correction finds it again after a re-parse.

    content(article) -> str                   its whitespace-free headline and body
    article_anchor(article) -> {head, tail}   the first and last ANCHOR_CHARS characters of
                                              its whitespace-free headline and body
    find(articles, anchor) -> int             the position of the one article it names
                                              (Stale: none, or more than one)
    marked(article, **fields) -> ArticleRecord   changed by hand: `corrected`, words cut again
    stable_id(text) -> str                    the parser's kind of id, from whitespace-free text

Line breaks, re-wrapping and a headline read as body by another parser do not change an
anchor. `article` is an ArticleRecord or an ArticleDetail (both have `headline` and `text`).
"""

from __future__ import annotations

import dataclasses
import hashlib

from reader.importing.spans import Stale, flat
from reader.store.records import ArticleRecord

ANCHOR_CHARS = 20  # enough for a span to be unique on a page, short enough to survive edits


def content(article) -> str:
    return flat(article.headline + article.text)


def article_anchor(article) -> dict:
    text = content(article)
    return {"head": text[:ANCHOR_CHARS], "tail": text[-ANCHOR_CHARS:]}


def find(articles: list[ArticleRecord], anchor: dict) -> int:
    """The position of the one article the anchor names (exact ends preferred)."""
    head, tail = anchor["head"], anchor["tail"]
    holding = [i for i, a in enumerate(articles) if head in (c := content(a)) and tail in c]
    exact = [
        i
        for i in holding
        if content(articles[i]).startswith(head) and content(articles[i]).endswith(tail)
    ]
    for found in (exact, holding):
        if len(found) == 1:
            return found[0]
    raise Stale(f"no single article holds {head}…{tail}")


def marked(article: ArticleRecord, **fields) -> ArticleRecord:
    from reader.importing.pages import words_of

    record = dataclasses.replace(article, corrected=True, **fields)
    return dataclasses.replace(record, words=words_of(record))


def stable_id(text: str) -> str:
    """The parser's kind of id: a hash of the whitespace-free text, the same when re-wrapped."""
    return hashlib.blake2b(flat(text).encode("utf-8"), digest_size=8).hexdigest()
