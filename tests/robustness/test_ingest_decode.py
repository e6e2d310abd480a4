"""Damaged pages are read, with the damage counted; binaries are still refused (issue 8).

A page with a few stray NUL bytes or a zero-width space every few characters used to be
refused as binary, and GB18030 with six bad bytes as "no encoding fits".
"""

from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

import pytest

from reader.importing import parse, read
from reader.ingest import UnreadablePage, parse_page
from reader.ingest.decode import decode
from tests.robustness.helpers import BAD_INPUTS, SAMPLE_TEXT

PARTS = [SAMPLE_TEXT[:100], SAMPLE_TEXT[100:900], SAMPLE_TEXT[900:2000], SAMPLE_TEXT[2000:]]


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_stray_nul_bytes_are_dropped_and_counted(encoding):
    data = b"\x00".join(part.encode(encoding) for part in PARTS)
    decoded = decode(data)
    assert (decoded.text, decoded.encoding, decoded.replaced) == (SAMPLE_TEXT, encoding, 3)


@pytest.mark.parametrize("every", [2, 3, 7])
def test_zero_width_spaces_are_dropped(every):
    spaced = "".join(ch + ("\u200b" if i % every == 0 else "") for i, ch in enumerate(SAMPLE_TEXT))
    decoded = decode(spaced.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.replaced) == (SAMPLE_TEXT, "utf-8", 0)


def _damaged_gb18030(bad: int) -> bytes:
    data = bytearray(SAMPLE_TEXT.encode("gb18030"))
    rng = random.Random(8)
    for position in rng.sample(range(len(data)), bad):
        data[position] = 0xFF  # never a valid GB18030 byte
    return bytes(data)


def test_gb18030_with_six_bad_bytes_is_read_with_the_damage_counted():
    decoded = decode(_damaged_gb18030(6))
    assert decoded.encoding == "gb18030"
    assert 6 <= decoded.replaced <= 12  # a bad lead byte can orphan its trail byte
    assert decoded.text.count("\ufffd") == decoded.replaced
    kept = set(SAMPLE_TEXT.splitlines()) & set(decoded.text.splitlines())
    assert len(kept) >= len(set(SAMPLE_TEXT.splitlines())) - 6


def test_the_parsed_page_and_the_import_carry_the_count(tmp_path):
    data = _damaged_gb18030(6)
    page = parse_page(data, "damaged.txt")
    assert page.replaced_chars == decode(data).replaced > 0
    assert page.to_dict()["replaced_chars"] == page.replaced_chars
    assert page.articles
    path = tmp_path / "damaged.txt"
    path.write_bytes(data)
    record = parse(read(path), "test")
    assert record.encoding == "gb18030" and len(record.articles) == len(page.articles)
    assert record.text.count("\ufffd") == page.replaced_chars  # the damage is stored as read
    assert parse_page(SAMPLE_TEXT.encode("utf-8"), "clean.txt").replaced_chars == 0


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", SAMPLE_TEXT)
    return buffer.getvalue()


REAL_BINARIES = {"zip": (_zip, "ZIP"), **BAD_INPUTS}
if sys.platform.startswith("linux"):  # an ELF file
    REAL_BINARIES["python"] = (lambda: Path(sys.executable).resolve().read_bytes(), "program")


@pytest.mark.parametrize("make, reason", REAL_BINARIES.values(), ids=REAL_BINARIES.keys())
def test_binaries_are_still_refused_clearly(make, reason):
    with pytest.raises(UnreadablePage, match=reason):
        decode(make())


def test_random_bytes_are_refused():
    rng = random.Random(9)
    refused = 0
    for _ in range(50):
        try:
            decode(bytes(rng.randrange(256) for _ in range(4096)))
        except UnreadablePage:
            refused += 1
    assert refused == 50
