"""PDFs the engine refuses, each with one clear line (English, and Chinese in `zh`): damaged,
encrypted, a scan with no text layer, too many pages, too many bytes. Real PDFium on real
(small, made here) PDFs."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from reader.ingest import UnreadablePage
from reader.ingest.pdf import MAX_BYTES, MAX_PAGES, PdfError, is_pdf, read_pdf


def _blank_pdf(pages: int) -> bytes:
    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def _encrypted_pdf() -> bytes:
    """A standard security handler whose user password is not empty: PDFium asks for it."""
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
        b"4 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <"
        + b"11" * 32
        + b"> /U <"
        + b"22" * 32
        + b"> /P -4 >>\nendobj\ntrailer\n<< /Root 1 0 R /Encrypt 4 0 R /ID [<"
        + b"33" * 16
        + b"> <"
        + b"33" * 16
        + b">] /Size 5 >>\n%%EOF\n"
    )


CASES = {
    "damaged": (lambda: b"%PDF-1.4\n binary \x00\x01", "damaged"),
    "encrypted": (_encrypted_pdf, "encrypted"),
    "scan": (lambda: _blank_pdf(2), "OCR is not supported"),
    "too many pages": (lambda: _blank_pdf(MAX_PAGES + 1), f"at most {MAX_PAGES}"),
    "too large": (lambda: b"%PDF-1.4\n" + bytes(MAX_BYTES), "too large"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_refused_with_one_clear_line(case):
    make, reason = CASES[case]
    data = make()
    assert is_pdf(data)
    with pytest.raises(PdfError) as caught:
        read_pdf(data, "page.pdf")
    error = caught.value
    assert isinstance(error, UnreadablePage)  # callers that catch a bad page catch this too
    assert reason in str(error) and "\n" not in str(error)
    assert error.zh and "\n" not in error.zh and any("\u4e00" <= ch <= "\u9fff" for ch in error.zh)


def test_text_is_not_a_pdf():
    assert not is_pdf("本报莘县讯".encode())
    assert is_pdf(b"\n%PDF-1.7\n")
