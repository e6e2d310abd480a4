"""The reconstructed page: plain dataclasses that serialise to the `reader parse --json` format.

In: nothing (these are the values the ingest stages produce).
Out: `Page.to_dict()` gives
    {"file", "encoding", "replaced_chars", "articles": [Article.to_dict()...],
     "leftover": [{"line", "text"}...]}
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

ArticleKind = Literal["news", "photo", "brief"]
BlockType = Literal["paragraph", "heading"]
FigureKind = Literal["count", "money", "percent", "date", "other"]
# a jump line sends the article on to a later page ("next") or brings it from an earlier one
Continued = Literal["next", "previous"]


@dataclass(frozen=True)
class Figure:
    """A number with its unit inside one body block; `start`/`end` index that block's text.

    The value model (reader.ingest.figures): `value` in `unit` (money in 元, a range's lower
    end), `value_high` a range's upper end, `measure` the word printed after the number
    (`%` for `％`), `approx` the marker of an approximate figure (余 多 约 近 超), `date` ISO
    (`2024-03-05`, `--03-05` without a year, `a/b` for a range), `label` what it counts (words
    of the clause before it), `sentence_start`/`sentence_end` its sentence in the block."""

    text: str
    block: int
    start: int
    end: int
    kind: FigureKind
    value: float | int | None
    value_high: float | int | None = None
    unit: str | None = None
    measure: str | None = None
    approx: str | None = None
    date: str | None = None
    label: str = ""
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass(frozen=True)
class Block:
    type: BlockType
    text: str


@dataclass
class Article:
    id: str
    index: int
    kind: ArticleKind
    kicker: str | None
    title: str | None
    subtitle: str | None
    byline: str | None
    dateline: str | None
    city: str | None
    county: str | None
    body: list[Block]
    figures: list[Figure]
    headline_confidence: float
    source_lines: list[list[int]]
    continued: Continued | None = None
    # jieba words of the body from the page's one segmentation pass, so that the search
    # index need not cut the text again; not part of the JSON output.
    body_words: list[str] = field(default_factory=list, repr=False, compare=False)

    @property
    def headline(self) -> str:
        """All headline lines in display order, joined with spaces."""
        return " ".join(part for part in (self.kicker, self.title, self.subtitle) if part)

    def to_dict(self) -> dict:
        data = asdict(self)
        del data["body_words"]
        return data


@dataclass(frozen=True)
class Leftover:
    line: int
    text: str


@dataclass
class Page:
    file: str
    encoding: str
    articles: list[Article] = field(default_factory=list)
    leftover: list[Leftover] = field(default_factory=list)
    replaced_chars: int = 0  # undecodable bytes and stray NULs the decoder replaced or dropped

    def to_dict(self) -> dict:
        return {
            "file": self.file,
            "encoding": self.encoding,
            "replaced_chars": self.replaced_chars,
            "articles": [article.to_dict() for article in self.articles],
            "leftover": [asdict(item) for item in self.leftover],
        }
