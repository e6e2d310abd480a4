"""Pure text in, articles out: the reconstruction of one newspaper page.

    parse_page(data, name) -> Page    data: bytes (any supported encoding) or str
    parse_file(path) -> Page          raises UnreadablePage / OSError

No Qt and no database here, so the whole step is fast to test.
"""

from __future__ import annotations

from pathlib import Path

from reader.ingest.decode import UnreadablePage, decode
from reader.ingest.model import Article, Block, Figure, Leftover, Page
from reader.ingest.pipeline import reconstruct

__all__ = [
    "Article",
    "Block",
    "Figure",
    "Leftover",
    "Page",
    "UnreadablePage",
    "parse_file",
    "parse_page",
]


def parse_page(data: bytes | str, name: str) -> Page:
    if isinstance(data, str):
        return reconstruct(data, name=name, encoding="unicode")
    decoded = decode(data)
    page = reconstruct(decoded.text, name=name, encoding=decoded.encoding)
    page.replaced_chars = decoded.replaced
    return page


def parse_file(path: str | Path) -> Page:
    path = Path(path)
    return parse_page(path.read_bytes(), path.name)
