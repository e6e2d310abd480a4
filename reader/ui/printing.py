"""Printing and saving as PDF: the open article, or every article in the current scope.

In: article details (the store's `ArticleDetail`) and a QPrinter (a printer the user chose in
QPrintDialog, or a PDF file). Out: the articles as the reading pane shows them (the same HTML
from `reader.ui.render`), each starting on a new page, printed through one QTextDocument.

    document_for(articles, labels, font) -> QTextDocument
    print_articles(articles, printer, labels, font)
    pdf_printer(path) -> QPrinter                   A4, high resolution, to a PDF file

A scope (a county, a tag) can hold thousands of articles: callers cap it (`PRINT_MAX`).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from reader.ui.render import Labels, render_article

PRINT_MAX = 500  # a longer selection is a book: print it from an export instead
PAGE_BREAK = '<div style="page-break-before: always;"></div>\n'


def document_for(articles, labels: Labels, font: QFont | None = None) -> QTextDocument:
    html = PAGE_BREAK.join(render_article(article, labels) for article in articles)
    document = QTextDocument()
    if font is not None:
        document.setDefaultFont(font)
    document.setHtml(html)
    return document


def print_articles(articles, printer: QPrinter, labels: Labels, font=None) -> None:
    """Print the articles; QTextDocument lays them out on the printer's pages."""
    document_for(articles, labels, font).print_(printer)


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setOutputFileName(str(path))
    return printer
