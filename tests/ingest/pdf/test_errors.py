"""PDFs the engine refuses, each with one clear line (English, and Chinese in `zh`): damaged,
encrypted, a scan with no text layer, too many pages, too many bytes. Real PDFium on real
(small, made here) PDFs."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from reader.ingest import UnreadablePage
from reader.ingest.pdf import MAX_BYTES, MAX_CHARS, MAX_PAGES, PdfError, is_pdf, read_pdf


def _blank_pdf(pages: int) -> bytes:
    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def _wordy_pdf(chars: int) -> bytes:
    """One page with `chars` characters of Helvetica, in text objects of at most 20,000 (PDFium
    keeps no more than 32,767 of one object)."""
    document = pdfium.PdfDocument.new()
    page = document.new_page(595, 842)
    for k, start in enumerate(range(0, chars, 20_000)):
        size = min(20_000, chars - start)
        text = pdfium_c.FPDFPageObj_NewTextObj(document.raw, b"Helvetica", 1.0)
        pdfium_c.FPDFText_SetText(text, (ctypes.c_ushort * (size + 1))(*([97] * size), 0))
        pdfium_c.FPDFPageObj_Transform(text, 1, 0, 0, 1, 10, 800 - 10 * k)
        pdfium_c.FPDFPage_InsertObject(page.raw, text)
    pdfium_c.FPDFPage_GenerateContent(page.raw)
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
    "too much text": (lambda: _wordy_pdf(MAX_CHARS + 1), f"at most {MAX_CHARS}"),
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


def test_a_text_layer_of_unmapped_glyphs_is_no_text():
    """Fonts without a Unicode map give private-use codes: over half of them and the PDF is
    refused like a scan (the share is what extract() checks)."""
    from reader.ingest.pdf.chars import MAX_UNMAPPED, Char, RawPage, _unmapped_share

    def page(text: str) -> RawPage:
        return RawPage(1, 100, 100, [Char(ch, 0, 0, 1, 1, "F", 9) for ch in text])

    assert _unmapped_share([page("\ue000\ue001\ue002本报")]) > MAX_UNMAPPED
    assert _unmapped_share([page("本报莘县讯\ue000"), page("\ufffd冠县")]) < MAX_UNMAPPED


def test_a_page_of_too_many_blocks_is_refused_before_the_assignment():
    """The headline assignment is cubic in the blocks: a page past MAX_BLOCKS is refused."""
    from reader.ingest.pdf.heads import MAX_BLOCKS, assign

    class Stub:  # only the count matters: the cap is checked before any block is read
        pass

    with pytest.raises(PdfError, match=f"at most {MAX_BLOCKS}"):
        assign([Stub()] * (MAX_BLOCKS // 2 + 1), [Stub()] * (MAX_BLOCKS // 2), [], 10.0)
