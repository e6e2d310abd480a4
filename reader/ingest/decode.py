"""Bytes of a page file in, text out: BOM, UTF-8, UTF-16, GB18030, or a clear refusal.

    decode(data) -> Decoded(text, encoding, replaced)
    decode_page(data) -> (text, encoding)          the same, without the count
    is_pdf(data) -> bool                           the bytes are a PDF (for the PDF engine)
    MAX_PDF_BYTES                                  the largest PDF read

Lenient with damage, strict with binaries. A page whose bytes are mostly one encoding is read
in it, each byte sequence that cannot be decoded becoming U+FFFD; stray NUL bytes and
zero-width characters are dropped as invisible. `replaced` counts the characters replaced
and the NULs dropped (zero-width spaces are formatting, not damage, and are not counted), so
the import report and `reader parse` can say the page was damaged.

Refuses (raises `UnreadablePage`) empty files, known binaries by their signature (PDFs,
images, archives, programs, databases) and bytes where more than one character in ten is a
control character or undecodable, so the caller can report one line and move on.
"""

from __future__ import annotations

import codecs
import threading
from dataclasses import dataclass

from charset_normalizer import from_bytes


class UnreadablePage(ValueError):
    """The bytes are not a text page; the message says why, in words for the user."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # undecodable sequences (now U+FFFD) plus stray NULs dropped


# Here, not in `ingest.pdf`, so whoever only routes bytes or checks a size loads no PDFium.
MAX_PDF_BYTES = 100 * 2**20  # a newspaper PDF page is a few MB, images included


def is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF-")


_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive or Office document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"SQLite format 3": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LENIENT = ("utf-8", "gb18030")
_MAX_NOISE = 0.1  # more than one character in ten undecodable or control: not a text page
_DAMAGE = 0.01  # up to one character in a hundred undecodable: a damaged page, not another encoding
_UTF16_NOISE = 0.05  # UTF-16 read from bytes that are not: controls and odd code points
_UTF16_PLAUSIBLE = 0.8  # real UTF-16 text is mostly CJK, ASCII and punctuation
_NUL = "\x00"
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
_DROPPED = {ord(ch): None for ch in _NUL + _ZERO_WIDTH}
_WHITESPACE = {ord(ch): None for ch in " \t\n\r\f\v\u3000\u00a0\u2002\u2003\u2009\u202f"}


def decode(data: bytes) -> Decoded:
    """The text of one page file, how it was encoded and how many characters were replaced."""
    _refuse_empty_or_binary(data)
    text, encoding, replaced = _decode_any(data)
    return _tidy(text, encoding, replaced)


def decode_page(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of one page file."""
    decoded = decode(data)
    return decoded.text, decoded.encoding


def _refuse_empty_or_binary(data: bytes) -> None:
    if not data.strip():
        raise UnreadablePage("the file is empty")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise UnreadablePage(f"this is {what}, not text")


def _decode_any(data: bytes) -> tuple[str, str, int]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, replaced = _lenient(data, encoding)
            return text, encoding, replaced
    if b"\x00" in data:
        utf16 = _decode_utf16(data)
        if utf16 is not None:
            return (*utf16, 0)
    for encoding in _LENIENT:
        try:
            return data.decode(encoding), encoding, 0
        except UnicodeDecodeError:
            continue
    return _decode_damaged(data)


def _decode_damaged(data: bytes) -> tuple[str, str, int]:
    """Bytes no encoding reads whole: the closest of UTF-8 and GB18030 when only a few bytes
    are bad, else charset_normalizer's guess (Big5, Shift-JIS...), else the closest anyway
    (refused later when it is noise)."""
    candidates = [(*_lenient(data, encoding), encoding) for encoding in _LENIENT]
    text, replaced, encoding = min(candidates, key=lambda candidate: candidate[1])
    if replaced <= _DAMAGE * len(text):
        return text, encoding, replaced
    best = from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding, 0
    return text, encoding, replaced


def _decode_utf16(data: bytes) -> tuple[str, str] | None:
    """NUL bytes in a page: UTF-16 without a BOM, or None (stray NULs, or binary)."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _noise(text) <= _UTF16_NOISE * len(text) and _plausible_ratio(text) > _UTF16_PLAUSIBLE:
            return text, encoding
    return None


_counter = threading.local()


def _count_and_replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):  # registered for decoding only
        raise error
    _counter.replaced += 1
    return "\ufffd", error.end


codecs.register_error("reader-count-replace", _count_and_replace)


def _lenient(data: bytes, encoding: str) -> tuple[str, int]:
    """The text with each undecodable sequence replaced by U+FFFD, and how many were."""
    _counter.replaced = 0
    text = data.decode(encoding, errors="reader-count-replace")
    return text, _counter.replaced


def _tidy(text: str, encoding: str, replaced: int) -> Decoded:
    """Drop NULs and zero-width characters; refuse the text if it is mostly noise."""
    nuls = text.count(_NUL)
    text = text.translate(_DROPPED)
    if not text.strip():
        raise UnreadablePage("the file is empty")
    if _noise(text) + replaced > _MAX_NOISE * len(text):
        raise UnreadablePage("this is a binary file, not text")
    return Decoded(text, encoding, replaced + nuls)


def _noise(text: str) -> int:
    """Characters no page is made of: controls, unassigned and private-use code points...
    (the fast path, one C-speed check, covers every clean page)."""
    visible = text.translate(_WHITESPACE)
    if visible.isprintable():
        return 0
    return sum(1 for ch in visible if not ch.isprintable())


def _plausible_ratio(text: str) -> float:
    """Share of characters a Chinese or English page is made of (CJK, ASCII, CJK punctuation)."""
    if not text:
        return 0.0
    common = sum(
        1
        for ch in text
        if ch.isascii()
        or "\u3000" <= ch <= "\u9fff"
        or "\uff00" <= ch <= "\uffef"
        or "\u2000" <= ch <= "\u206f"
    )
    return common / len(text)
