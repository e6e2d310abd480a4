"""PDF bytes in, pages of articles out: reconstruction from the page's geometry.

    read_pdf(data, name) -> list[PdfPage]     one per PDF page; raises PdfError
    ENGINE_VERSION                            `reader.ingest.PDF_ENGINE_VERSION`: bump it
                                              whenever a PDF reads differently (the text
                                              path's PARSER_VERSION covers the rules this
                                              engine borrows)
    PdfPage: number (1-based), width, height (points), text (the page's text rendering, one
             line per printed line in reading order), page (a `Page` of `Article`s whose
             `source_lines` number the lines of `text`), regions (article id -> boxes in
             points from the page's top left, for outlining a page view)

Pure: no Qt, no SQLite. Characters come from PDFium (chars.py); lines, columns, headlines and
their assignment from the positions and type sizes (rows, classify, columns, heads); the
articles' fields from the text path's rules (story.py).
"""

from __future__ import annotations

from reader.ingest import PDF_ENGINE_VERSION as ENGINE_VERSION
from reader.ingest.decode import is_pdf
from reader.ingest.pdf.chars import MAX_BYTES, MAX_CHARS, MAX_PAGES, PdfError, extract
from reader.ingest.pdf.page import PdfPage, Region, read_page

__all__ = [
    "ENGINE_VERSION",
    "MAX_BYTES",
    "MAX_CHARS",
    "MAX_PAGES",
    "PdfError",
    "PdfPage",
    "Region",
    "is_pdf",
    "read_pdf",
]


def read_pdf(data: bytes, name: str) -> list[PdfPage]:
    """Every page of the PDF, each with `page.file == name` (the page's number is `number`)."""
    return [read_page(raw, name) for raw in extract(data)]
