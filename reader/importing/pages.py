"""One page file's bytes into the store's page record: decode, parse, cut for search.

    parse(source, parser) -> PageRecord       raises UnreadablePage for bytes that are no page
                                              (a PDF goes to `reader.importing.pdfs`)
    parse_or_message(source, parser) -> PageRecord | str    the same, the refusal as text
    page_record(source, text, encoding, page, parser) -> PageRecord   a Page parsed elsewhere
    article_record(article) -> ArticleRecord  with its search words cut
    words_of(record) -> Words                 a record's search words (after a correction)
    parser_fingerprint() -> str               changes with the parser, its place data or settings

The only place where `reader.ingest`'s types meet the store's records. `parse` runs in worker
processes (a plain top-level function, so a spawned process can run it): the cutting of
search words, the slow part after the parse, happens there too. The words are cut from
exactly what the store keeps (`ArticleRecord`'s fields, through `reader.store.index`), not
taken from the parser, since the index must be able to cut them again to delete them.
"""

from __future__ import annotations

import dataclasses

from reader.importing.files import Source
from reader.ingest import Article, Page, UnreadablePage, parse_page
from reader.ingest.decode import decode, is_pdf
from reader.store import index
from reader.store.records import ArticleRecord, BodyBlock, PageRecord


def parse(source: Source, parser: str) -> PageRecord:
    """Reconstruct one page file (a PDF: each of its pages); `parser` is the fingerprint the
    record is stored with."""
    if is_pdf(source.data):
        from reader.importing.pdfs import parse_pdf  # PDFium loads only for a PDF

        return parse_pdf(source, parser)
    decoded = decode(source.data)
    page = parse_page(decoded.text, source.path.name)
    page.replaced_chars = decoded.replaced  # parse_page counts only what it decodes itself
    return page_record(source, decoded.text, decoded.encoding, page, parser)


def parse_or_message(source: Source, parser: str) -> PageRecord | str:
    """The record, or why there is none: a page no parser can read, or (a bug of ours, on a
    page we did not foresee) any other error, so one bad file never stops the others."""
    try:
        return parse(source, parser)
    except UnreadablePage as error:
        return str(error)
    except Exception as error:  # noqa: BLE001: the file is named and the run goes on
        return f"the page could not be reconstructed (an error in reader: {type(error).__name__})"


def page_record(source: Source, text: str, encoding: str, page: Page, parser: str) -> PageRecord:
    return PageRecord(
        name=source.path.name,
        path=source.path,
        sha256=source.sha256,
        size=len(source.data),
        encoding=encoding,
        text=text,
        parser=parser,
        articles=[article_record(article) for article in page.articles],
        replaced_chars=page.replaced_chars,
    )


def article_record(article: Article) -> ArticleRecord:
    record = ArticleRecord(
        id=article.id,
        index=article.index,
        kind=article.kind,
        kicker=article.kicker,
        title=article.title,
        subtitle=article.subtitle,
        byline=article.byline,
        dateline=article.dateline,
        city=article.city,
        county=article.county,
        body=[BodyBlock(block.type, block.text) for block in article.body],
        # a Figure holds plain values: its fields as they are (asdict's deep copy cost a
        # worker a tenth of a second per 200 pages)
        figures=[dict(vars(figure)) for figure in article.figures],
        headline_confidence=article.headline_confidence,
        source_lines=article.source_lines,
    )
    return dataclasses.replace(record, words=words_of(record))


def words_of(article: ArticleRecord) -> index.Words:
    """The article's search words, cut from exactly the fields the store keeps."""
    headline = index.headline_of(article.kicker, article.title, article.subtitle, article.label)
    return index.article_words(headline, article.text, article.byline, article.dateline)


_fingerprints: dict[str, str] = {}


def parser_fingerprint() -> str:
    """The parser's declared version and its data's fingerprint (place data, segmenter,
    home province): when either changes, the next import re-parses instead of calling files
    unchanged. A comment edit in the parser changes neither."""
    from reader.ingest import PARSER_VERSION, PDF_ENGINE_VERSION, data_fingerprint
    from reader.lexicon.gazetteer import home_province

    province = home_province()
    if province not in _fingerprints:
        _fingerprints[province] = f"{PARSER_VERSION}+pdf{PDF_ENGINE_VERSION}+{data_fingerprint()}"
    return _fingerprints[province]
