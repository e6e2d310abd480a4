"""Bytes of a page file in, text out: BOM, UTF-8, UTF-16, GB18030, or a clear refusal.

Refuses (raises `UnreadablePage`) empty files, binary files (PDFs, images, archives) and
bytes no text encoding explains, so the caller can report one line and move on.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class UnreadablePage(ValueError):
    """The bytes are not a text page; the message says why, in words for the user."""


_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive or Office document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "a program",
    b"SQLite format 3": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


def decode_page(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name) for the bytes of one page file."""
    if not data.strip():
        raise UnreadablePage("the file is empty")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise UnreadablePage(f"this is {what}, not text")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, encoding), encoding
    if b"\x00" in data:
        return _decode_nul_bearing(data)
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _refuse_control_noise(text), encoding
    return _guess(data)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return _refuse_control_noise(data.decode(encoding))
    except UnicodeDecodeError as error:
        raise UnreadablePage(f"the file says it is {encoding} but is not") from error


def _decode_nul_bearing(data: bytes) -> tuple[str, str]:
    """Text with NUL bytes is UTF-16 without a BOM, or binary."""
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _printable_ratio(text) > 0.95 and _plausible_ratio(text) > 0.8:
            return text, encoding
    raise UnreadablePage("this is a binary file, not text")


def _guess(data: bytes) -> tuple[str, str]:
    best = from_bytes(data).best()
    if best is None:
        raise UnreadablePage("no text encoding fits these bytes")
    return _refuse_control_noise(str(best)), best.encoding


def _printable_ratio(text: str) -> float:
    if not text:
        return 0.0
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\r\n\t")
    return printable / len(text)


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


def _refuse_control_noise(text: str) -> str:
    if _printable_ratio(text) < 0.9:
        raise UnreadablePage("this is a binary file, not text")
    return text
