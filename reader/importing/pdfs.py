"""One PDF file's bytes into the store's page record: each PDF page a page of articles.

    parse_pdf(source, parser) -> PageRecord    raises PdfError (an UnreadablePage) for a scan,
                                               an encrypted, damaged or too large PDF

The geometry engine (`reader.ingest.pdf`) reads each page into articles, a text rendering and
the articles' boxes. The record keeps the text renderings as the file's pages (the PDF's
bytes stay where the user has them: the library stores its path and sha256), numbers the
articles through the whole file in page order, and gives each its page and boxes.
"""

from __future__ import annotations

import dataclasses

from reader.importing.files import Source
from reader.importing.pages import article_record
from reader.ingest.pdf import PdfPage, read_pdf
from reader.store.records import ArticleRecord, PageRecord, PageText

__all__ = ["parse_pdf"]


def parse_pdf(source: Source, parser: str) -> PageRecord:
    pages = read_pdf(source.data, source.path.name)
    return PageRecord(
        name=source.path.name,
        path=source.path,
        sha256=source.sha256,
        size=len(source.data),
        encoding="pdf",
        text="",
        parser=parser,
        articles=_articles(pages),
        kind="pdf",
        pages=[PageText(page.number, page.text, page.width, page.height) for page in pages],
    )


def _articles(pages: list[PdfPage]) -> list[ArticleRecord]:
    """Every page's articles, numbered through the file, each with its page and boxes."""
    records: list[ArticleRecord] = []
    for pdf_page in pages:
        for article in pdf_page.page.articles:
            record = article_record(article)
            records.append(
                dataclasses.replace(
                    record,
                    index=len(records),
                    page=pdf_page.number,
                    regions=[list(box) for box in pdf_page.regions.get(article.id, [])],
                )
            )
    return records
