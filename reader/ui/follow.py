"""Keeping the open article open across a re-import of its page.

In: the library and the open article (`ArticleDetail`) before the import (`before(...)`
reads its page's articles: one file), and the `ImportReport` after. Out: `after(...)` gives
the id of the article that is the same story now, or None if it vanished.

The rules are the re-import's own (`reader.store.relocate`): the same id (the text did not
change), else the article a note of it moved to (`ImportOutcome.relocations`), else the
same-county article whose text is most alike (`relocate.match_articles`, one to one over
the whole page, as the store matched them).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.store import ArticleNotFound, LibraryError
from reader.store.relocate import OldArticle, match_articles
from reader.store.scope import Scope


@dataclass(frozen=True)
class Before:
    article_id: str
    file_id: int
    articles: dict[str, OldArticle]  # the page's articles as they were


def before(library, article) -> Before | None:
    if article is None:
        return None
    try:
        return Before(article.id, article.file_id, _page(library, article.file_id))
    except LibraryError:
        return None


def after(library, kept: Before, report) -> str | None:
    """The open article's id after the import, or None if it is gone."""
    if _exists(library, kept.article_id):
        return kept.article_id
    moved_to = [
        moved.to_article
        for outcome in report.imported
        for moved in outcome.relocations
        if moved.from_article == kept.article_id and moved.to_article
    ]
    for article_id in moved_to:
        if _exists(library, article_id):
            return article_id
    try:
        now = _page(library, kept.file_id)
    except LibraryError:
        return None
    mapped = match_articles(kept.articles, now).get(kept.article_id)
    return mapped[0] if mapped else None


def _page(library, file_id: int) -> dict[str, OldArticle]:
    rows = library.article_rows(Scope(file_id=file_id))
    details = [library.article(row.id) for row in rows]
    return {d.id: OldArticle(d.text, d.county) for d in details}


def _exists(library, article_id: str) -> bool:
    try:
        library.article(article_id)
    except ArticleNotFound:
        return False
    return True
