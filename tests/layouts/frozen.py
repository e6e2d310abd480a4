"""Line-level fixtures of pages whose articles are known: load, split into articles, check.

In: `fixtures/*.json` written by `freeze.py`, one per page:
    {"file", "source", "articles": [gold article fields + "blocks", "credit", "figures"],
     "lines": [[text, article, role, block], ...]}
where `article` is an index into "articles" (-1 for blank and furniture lines), `role` one of
blank, kicker, title, subtitle, byline, body, credit, furniture, and `block` the body block a
body line belongs to (-1 otherwise).
Out: `FrozenPage` values whose `Article`s hold their lines grouped by role (`heads`,
`byline`, `blocks`, `credit_line`) and in original chunks, ready for `variants.py`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HEAD_ROLES = ("kicker", "title", "subtitle")
# a trailing reporter credit after a brief, `(宋瑜)` or `（赵静 王刚）`
CREDIT = re.compile(r"[（(][^（()）]{1,16}[)）]\s*$")


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


@dataclass
class Article:
    """One article of a frozen page: its printed lines by role and its gold fields."""

    gold: dict
    heads: list[tuple[str, str]] = field(default_factory=list)  # (role, stripped text)
    byline: list[str] = field(default_factory=list)
    blocks: list[list[str]] = field(default_factory=list)  # raw body lines per block
    credit_line: str | None = None
    byline_gap: bool = False  # printed with a blank line between byline and body
    # the original order of the article's parts: ("head"|"byline"|"body", raw lines)
    chunks: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def block_types(self) -> list[str]:
        return self.gold["blocks"]

    @property
    def indented(self) -> bool:
        first = next((line for block in self.blocks for line in block if line), "")
        return first[:1] in (" ", "\u3000")


@dataclass
class FrozenPage:
    name: str
    articles: list[Article]
    lines: list[list]

    def text(self) -> str:
        return "\n".join(line[0] for line in self.lines) + "\n"


def _chunk_role(role: str) -> str:
    return "head" if role in HEAD_ROLES else "body" if role in ("body", "credit") else role


def build_articles(data: dict) -> list[Article]:
    articles = [Article(gold=gold) for gold in data["articles"]]
    for article in articles:
        article.blocks = [[] for _ in article.block_types]
    last_owner: int | None = None
    for text, owner, role, block in data["lines"]:
        if owner < 0:
            if role == "blank" and last_owner is not None:
                chunk = articles[last_owner].chunks[-1][1]
                chunk.append("")
            continue
        article = articles[owner]
        kind = _chunk_role(role)
        if owner != last_owner or not article.chunks or article.chunks[-1][0] != kind:
            article.chunks.append((kind, []))
        article.chunks[-1][1].append(text)
        last_owner = owner
        if role in HEAD_ROLES:
            article.heads.append((role, text.strip()))
        elif role == "byline":
            article.byline.append(text)
        elif role == "body":
            article.blocks[block].append(text)
        elif role == "credit":
            article.credit_line = text
    for article in articles:
        article.byline_gap = any(k == "byline" and not c[-1] for k, c in article.chunks)
        article.chunks = [(kind, _trim(lines)) for kind, lines in article.chunks]
    return articles


def _trim(lines: list[str]) -> list[str]:
    while lines and not lines[-1]:
        lines.pop()
    return lines


def load(path: Path) -> FrozenPage:
    data = json.loads(path.read_text(encoding="utf-8"))
    return FrozenPage(data["file"], build_articles(data), data["lines"])


def load_all() -> list[FrozenPage]:
    return [load(path) for path in sorted(FIXTURES.glob("*.json"))]
