"""What the store accepts for one page: plain values of its own (no parser types here).

    PageRecord(name, path, sha256, size, encoding, text, parser, articles, replaced_chars=0,
               kind="text", pages=[])
    PageText(number, text, width=None, height=None)   one page of a PDF
    ArticleRecord(id, index, kind, kicker, title, subtitle, byline, dateline, city, county,
                  body, figures, headline_confidence, source_lines, words=None,
                  corrected=False, page=1, regions=[])
        .text      the body blocks joined by "\\n" (what notes index and snippets quote)
        .headline  kicker, title and subtitle joined by spaces
        .label     what a list shows for it (see `label`)
    BodyBlock(type 'paragraph'|'heading', text)
    label(title, headline, text) -> str   what a list shows for an article
    Correction(id, kind, anchors, payload, created, status)   a stored hand correction
        of a file's articles (`reader.store.corrections`); anchors and payload are plain
        JSON values, applied by `reader.importing.corrections`

Whoever imports (`reader.importing`) builds a PageRecord from its parse; `Library.store_page`
files it (`reader.store.filing`). `parser` is the fingerprint of what made the articles: a
file stored with the same sha256 and parser is unchanged. `words` are an article's search
words cut beforehand (by `reader.store.index.article_words`, from exactly these fields, so
the index can cut them again to delete them); None lets the store cut them itself. A
figure is a dict: text, block (index into body), start, end (offsets in that block's text),
kind, value. `replaced_chars` counts the undecodable bytes and NULs the decoder replaced or
dropped; it is not stored, only told back in the ImportOutcome. `corrected`: a hand
correction made or changed the article.

A PDF (`kind` "pdf") has no text of its own (`text` is ""): each of its `pages` has the
text rendering its articles' `source_lines` number (1-based, per page), and each article
says which `page` it stands on and its `regions` there ([x0, y0, x1, y1] boxes in PDF
points, origin at the top left), so a page view can outline it. A text file is one page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # index imports search; a record needs only the type
    from reader.store.index import Words

UNTITLED = "—"
_LABEL_CHARS = 30


@dataclass(frozen=True)
class BodyBlock:
    type: str
    text: str


@dataclass(frozen=True)
class ArticleRecord:
    id: str
    index: int
    kind: str
    kicker: str | None
    title: str | None
    subtitle: str | None
    byline: str | None
    dateline: str | None
    city: str | None
    county: str | None
    body: list[BodyBlock]
    figures: list[dict]
    headline_confidence: float
    source_lines: list[list[int]]
    words: Words | None = field(default=None, repr=False, compare=False)
    corrected: bool = False
    page: int = 1
    regions: list[list[float]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(block.text for block in self.body)

    @property
    def headline(self) -> str:
        return " ".join(part for part in (self.kicker, self.title, self.subtitle) if part)

    @property
    def label(self) -> str:
        return label(self.title, self.headline, self.text)


@dataclass(frozen=True)
class PageRecord:
    name: str
    path: Path
    sha256: str
    size: int
    encoding: str
    text: str
    parser: str
    articles: list[ArticleRecord]
    replaced_chars: int = 0
    kind: str = "text"
    pages: list[PageText] = field(default_factory=list)


@dataclass(frozen=True)
class PageText:
    number: int
    text: str
    width: float | None = None
    height: float | None = None


@dataclass(frozen=True)
class Correction:
    """kind: merge|split|county|kind; status: applied|stale (its lines are gone)."""

    id: int
    kind: str
    anchors: dict
    payload: dict
    created: str = ""
    status: str = "applied"


def label(title: str | None, headline: str | None, text: str) -> str:
    """An article's title (主题), else its whole headline, else the first words of its body
    (a photo caption), else a dash."""
    if title or headline:
        return title or headline or UNTITLED
    if text:
        flat = " ".join(text.split())
        return flat if len(flat) <= _LABEL_CHARS else flat[:_LABEL_CHARS] + "…"
    return UNTITLED
