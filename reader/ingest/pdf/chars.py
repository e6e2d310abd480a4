"""PDF bytes in, each page's characters with their boxes out (PDFium, through pypdfium2).

    extract(data) -> list[RawPage]     raises PdfError (encrypted, damaged, too large, a scan)

A `Char` is one printed character in page points with the origin at the top left (y grows
downwards, as on screen): PDFium's loose box, so every character of a line shares the line's
top and bottom whatever its glyph. Characters PDFium makes up (the spaces and line breaks it
infers) are dropped; spaces the page printed are kept. `pictures` are the boxes of images and
of large filled shapes (a photo's grey placeholder), under which captions stand.

pypdfium2 was chosen over pdfminer.six by measurement (tests/bench/bench_pdf.py): the same
characters, many times faster.
"""

from __future__ import annotations

import ctypes
import unicodedata
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reader.ingest.decode import MAX_PDF_BYTES, UnreadablePage

MAX_BYTES = MAX_PDF_BYTES  # a newspaper page is a few MB; more is not a page to read
MAX_PAGES = 64  # a day's paper rarely passes 32 pages
MAX_CHARS = 100_000  # per page: a broadsheet page holds about 20,000
MAX_UNMAPPED = 0.5  # past this share of unreadable characters the text layer is not text
MIN_PICTURE = 20.0  # points: a filled shape this wide and tall is a picture, not a rule
_FONT_NAME = 128
_LINE_BREAKS = "\r\n"


class PdfError(UnreadablePage):
    """A PDF that cannot be read; the message is one line for the user (English; `zh` in
    Chinese)."""

    def __init__(self, message: str, zh: str) -> None:
        super().__init__(message)
        self.zh = zh


@dataclass(frozen=True, slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    font: str
    size: float  # the type size PDFium reports (its unit is the page's, alike for all)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class RawPage:
    number: int
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)
    pictures: list[Box] = field(default_factory=list)
    rotation: int = 0  # degrees clockwise the page is shown turned (/Rotate); boxes are unturned


def extract(data: bytes) -> list[RawPage]:
    if len(data) > MAX_BYTES:
        raise PdfError(
            f"the PDF is too large ({len(data) // 2**20} MB, at most {MAX_BYTES // 2**20} MB)",
            f"PDF 文件过大（{len(data) // 2**20} MB，上限 {MAX_BYTES // 2**20} MB）",
        )
    document = _open(data)
    try:
        if len(document) > MAX_PAGES:
            raise PdfError(
                f"the PDF has {len(document)} pages, at most {MAX_PAGES} can be read",
                f"PDF 共 {len(document)} 页，最多读取 {MAX_PAGES} 页",
            )
        pages = [_page(document, k) for k in range(len(document))]
    finally:
        document.close()
    if not any(page.chars for page in pages):
        raise PdfError(
            "the PDF has no text to read (a scan?); OCR is not supported",
            "PDF 中没有可读的文字（扫描件？），不支持文字识别（OCR）",
        )
    if _unmapped_share(pages) > MAX_UNMAPPED:
        raise PdfError(
            "the PDF's text cannot be read (its fonts map no characters); OCR is not supported",
            "PDF 的字体没有字符映射，文字无法读取，不支持文字识别（OCR）",
        )
    return pages


def _unmapped_share(pages: list[RawPage]) -> float:
    """Characters a font left without Unicode: private-use codes and replacement marks."""
    chars = [c.text for page in pages for c in page.chars]
    unmapped = sum(1 for ch in chars if ch == "\ufffd" or unicodedata.category(ch) == "Co")
    return unmapped / len(chars)


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise PdfError(
                "the PDF is encrypted (password protected)", "PDF 已加密（需要密码）"
            ) from None
        raise PdfError(
            "the PDF is damaged and cannot be read", "PDF 文件已损坏，无法读取"
        ) from None


def _page(document: pdfium.PdfDocument, index: int) -> RawPage:
    page = document[index]
    try:
        rotation = page.get_rotation()
        if rotation:
            page.set_rotation(0)  # read as set; the view turns the regions (page.py)
        width, height = page.get_size()
        textpage = page.get_textpage()
        try:
            chars = _chars(textpage, height)
        finally:
            textpage.close()
        return RawPage(index + 1, width, height, chars, _pictures(page, height), rotation)
    finally:
        page.close()


def _chars(textpage: pdfium.PdfTextPage, height: float) -> list[Char]:
    raw = textpage.raw
    count = textpage.count_chars()
    if count > MAX_CHARS:
        raise PdfError(
            f"a page holds {count} characters, at most {MAX_CHARS} can be read",
            f"一页有 {count} 个字符，最多读取 {MAX_CHARS} 个",
        )
    rect = pdfium_c.FS_RECTF()
    name = ctypes.create_string_buffer(_FONT_NAME)
    flags = ctypes.c_int()
    fonts: dict[bytes, str] = {}
    out = []
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if not code or pdfium_c.FPDFText_IsGenerated(raw, i) == 1:
            continue
        text = chr(code)
        if text in _LINE_BREAKS or text == "\ufffe":
            continue
        pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
        pdfium_c.FPDFText_GetFontInfo(raw, i, name, _FONT_NAME, flags)
        font = fonts.setdefault(name.value, name.value.decode("latin-1").partition("+")[2])
        size = pdfium_c.FPDFText_GetFontSize(raw, i)
        top, bottom = height - rect.top, height - rect.bottom
        size = size if size > 1 else bottom - top  # some writers scale a 1-point font
        out.append(Char(text, rect.left, top, rect.right, bottom, font, size))
    return out


def _pictures(page: pdfium.PdfPage, height: float) -> list[Box]:
    boxes = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            pdfium_c.FPDFPath_GetDrawMode(obj, fill, stroke)
            if not fill.value or _white(obj):
                continue
        elif kind != pdfium_c.FPDF_PAGEOBJ_IMAGE:
            continue
        pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        if right.value - left.value >= MIN_PICTURE and top.value - bottom.value >= MIN_PICTURE:
            boxes.append(Box(left.value, height - top.value, right.value, height - bottom.value))
    return boxes


def _white(obj) -> bool:
    """A white fill is the paper, not a picture."""
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha):
        return False
    return min(red.value, green.value, blue.value) >= 250 or alpha.value == 0
