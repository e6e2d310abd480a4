"""Plain values the library hands out: frozen dataclasses built from SQL rows.

No method here touches the database; `Library` builds these and callers only read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class FileRow:
    """`kind` "text" or "pdf"; `pages` is 1 for a text file."""

    id: int
    name: str
    path: str
    article_count: int
    kind: str = "text"
    pages: int = 1
    sha256: str = ""


@dataclass(frozen=True)
class CountyRow:
    """`county` None stands for the articles about the whole city."""

    city: str | None
    county: str | None
    article_count: int


@dataclass(frozen=True)
class ArticleRow:
    id: str
    title: str
    kind: str
    city: str | None
    county: str | None
    file_id: int
    file_name: str
    index: int
    corrected: bool = False
    to_check: bool = False  # corrected, or a doubtful headline (`Scope.to_check`)
    page: int = 1  # of a PDF file; 1 for a text file


@dataclass(frozen=True)
class PageLine:
    """One line of a stored page: the article holding it (None: a leftover or blank line),
    that article's reading-order index, and its role there (headline, byline, body,
    leftover, blank)."""

    number: int
    text: str
    article_id: str | None
    article_index: int | None
    role: str


@dataclass(frozen=True)
class PageRegions:
    """One article of a PDF page and its boxes there ([x0, y0, x1, y1] in points, from the
    page's top left), for outlining it on the rendered page."""

    article_id: str
    article_index: int
    label: str
    regions: list[list[float]]


@dataclass(frozen=True)
class ArticleDetail:
    """One article in full. `text` is the body blocks joined with "\\n": note offsets index it."""

    id: str
    file_id: int
    file_name: str
    index: int
    kind: str
    kicker: str | None
    title: str | None
    subtitle: str | None
    byline: str | None
    dateline: str | None
    city: str | None
    county: str | None
    body: list[dict]
    figures: list[dict]
    headline_confidence: float
    source_lines: list[list[int]]
    raw_lines: list[tuple[int, str]]
    tags: list[str]
    text: str
    corrected: bool = False
    page: int = 1
    regions: list[list[float]] = field(default_factory=list)

    @property
    def headline(self) -> str:
        return " ".join(part for part in (self.kicker, self.title, self.subtitle) if part)


@dataclass(frozen=True)
class Note:
    """A note, optionally anchored on a passage (W3C TextQuoteSelector + TextPositionSelector).

    `quote` is what the user quoted, never rewritten. `start`/`end` index
    `ArticleDetail.text` of `article_id`: where that passage is now (`anchor_quote` is the
    text there, which differs from `quote` when a re-import found it changed); `relocated` is
    True once a re-import or a reattach moved it or found it changed. `quote_start`/`quote_end`
    are the offsets the user selected. An orphaned note has `article_id` None and `orphaned`
    True; `file_name`, `title`, `byline`, `county` are where it was last attached (its
    provenance), kept for orphans and exports alike.
    """

    id: int
    article_id: str | None
    text: str
    quote: str | None
    prefix: str | None
    suffix: str | None
    start: int | None
    end: int | None
    created: str
    updated: str
    orphaned: bool
    tags: list[str] = field(default_factory=list)
    file_id: int | None = None
    file_name: str | None = None
    title: str | None = None
    byline: str | None = None
    county: str | None = None
    anchor_quote: str | None = None
    relocated: bool = False
    quote_start: int | None = None
    quote_end: int | None = None


@dataclass(frozen=True)
class TagRow:
    """`count` = articles + notes carrying the tag."""

    name: str
    count: int
    article_count: int = 0
    note_count: int = 0


@dataclass(frozen=True)
class SearchHit:
    """`snippet` is HTML-escaped text with <b>…</b> around the matched words; `terms` are
    those words (the query's searchable words), for marking them in the opened article."""

    article_id: str
    title: str
    county: str | None
    file_name: str
    snippet: str
    rank: float
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Relocation:
    """A note a re-import moved. how: 'id' (same article, passage found elsewhere or changed),
    'similar' (an article of another id with nearly the same text), 'quote' (its exact quote,
    long and in one article only), 'orphaned' (nowhere sure: kept, flagged orphaned)."""

    note_id: int
    from_article: str | None
    to_article: str | None
    how: str


@dataclass(frozen=True)
class CorrectionRow:
    """A hand correction as listed: `anchors`/`payload` are its plain JSON values."""

    id: int
    file_id: int
    file_name: str
    kind: str
    anchors: dict
    payload: dict
    created: str
    status: str


@dataclass(frozen=True)
class ImportOutcome:
    """status: 'added' (new file), 'unchanged' (same bytes, same parser), 'replaced'.
    `relocations`: every note the replacement moved or orphaned. `replaced_chars`: characters
    of the file that could not be read and were replaced (0 when unchanged: not read again).
    `stale_corrections`: the file's hand corrections that no longer apply (kept, listed)."""

    file_id: int
    name: str
    status: str
    articles: int
    orphaned_notes: int = 0
    relocations: list[Relocation] = field(default_factory=list)
    replaced_chars: int = 0
    stale_corrections: int = 0
