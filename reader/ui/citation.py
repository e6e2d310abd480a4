"""Copy with citation: a passage of the open article with where it comes from.

    citation_texts(article, quote) -> (plain, markdown)   what Ctrl+Shift+C puts on the clipboard
    citation_mime(article, quote) -> QMimeData             both, as text/plain and text/markdown
    release_clipboard()                                    before the application ends: the
                                                           citation's plain text only

The source line follows the order a reader cites a newspaper item in a paper (GB/T 7714's
newspaper entry: author, title, place, then the source): byline, 《headline》, county (with its
city), and the page file it was read from. The passage is quoted as printed; in Markdown it
becomes a block quote whose characters Markdown would read as markup are escaped, so it
renders as the same text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from reader.ui.render import display_title

MARKDOWN_MIME = "text/markdown"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def source_parts(article) -> list[str]:
    """Byline, 《headline》, place and file: the fields of the source line that are known."""
    title = article.headline or display_title(article.title, article.text)
    place = article.county or (article.city or "")
    if article.county and article.city:
        place = f"{article.city}{article.county}"
    parts = [article.byline or "", f"《{title}》", place, article.file_name or ""]
    return [part.strip() for part in parts if part and part.strip()]


def citation_texts(article, quote: str | None) -> tuple[str, str]:
    """(plain text, Markdown) for a passage, or for the whole article when `quote` is empty."""
    parts = source_parts(article)
    plain_source = "——" + "，".join(parts)
    md_source = "——" + "，".join(_escape(part) for part in parts)
    if not quote or not quote.strip():
        return plain_source[2:], md_source[2:]
    plain = f"“{quote}”\n{plain_source}"
    lines = [f"> {_escape(line)}" if line else ">" for line in quote.split("\n")]
    markdown = "\n".join([*lines, ">", f"> {md_source}"])
    return plain, markdown


def citation_mime(article, quote: str | None) -> QMimeData:
    plain, markdown = citation_texts(article, quote)
    data = QMimeData()
    data.setText(plain)
    data.setData(MARKDOWN_MIME, markdown.encode("utf-8"))
    return data


def release_clipboard() -> None:
    """Put the plain text of our citation back on the clipboard alone, as the application
    ends: rich data set from Python (a QMimeData) crashes Qt's clipboard teardown at exit
    (PySide6 6.11: a segfault after the last line of Python, on every platform plugin we can
    run here), while plain text leaves cleanly and stays pasteable where the system keeps it."""
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(MARKDOWN_MIME):
        clipboard.setText(data.text())


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
