"""Regions are where the article's type is on the page as a viewer shows it, also on a page
turned by /Rotate, and a turned page reads as the same articles. A blank page among printed
ones is an empty page, not an error. Real PDFium renders the pages."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from reader.ingest.pdf import read_pdf
from tests.ingest.pdf.corpus import OUT

INK = 128  # a pixel darker than this is type
MIN_INK = 0.08  # share of a region's pixels that are type (a column of text: about 0.2)


@pytest.fixture(scope="module")
def turned() -> bytes:
    """07_wide four times, turned 0, 90, 180 and 270 degrees, after a blank page."""
    source = pdfium.PdfDocument((OUT / "07_wide.pdf").read_bytes())
    document = pdfium.PdfDocument.new()
    document.new_page(300, 400)
    for degrees in (0, 90, 180, 270):
        document.import_pages(source, [0])
        document[len(document) - 1].set_rotation(degrees)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_turned_pages_read_as_the_same_articles(turned):
    blank, *pages = read_pdf(turned, "turned.pdf")
    assert (blank.text, blank.page.articles, blank.page.leftover) == ("", [], [])
    ids = [[a.id for a in page.page.articles] for page in pages]
    assert len(ids[0]) == 3 and ids == [ids[0]] * 4
    assert [(p.width > p.height) for p in pages] == [False, True, False, True]


def test_regions_hold_their_type_on_the_page_as_shown(turned):
    view = pdfium.PdfDocument(turned)
    for page in read_pdf(turned, "turned.pdf")[1:]:
        pixels = view[page.number - 1].render(scale=1).to_numpy()
        assert abs(pixels.shape[0] - page.height) < 1.5 and abs(pixels.shape[1] - page.width) < 1.5
        for boxes in page.regions.values():
            for x0, top, x1, bottom in boxes:
                patch = pixels[int(top) : int(bottom) + 1, int(x0) : int(x1) + 1]
                assert (patch.min(axis=-1) < INK).mean() > MIN_INK
