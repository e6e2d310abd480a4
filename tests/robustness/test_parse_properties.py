"""Hypothesis properties of `parse_page` on generated pages, and a large page in linear time.

Pages are random mixes of the sample pages' lines, re-wrapped (lines split and joined), with
random blank lines, spaced digits, full-width digits, zero-width spaces, emoji, control
characters, lone surrogates, very long lines; given as text or as bytes in UTF-8 (with and
without BOM), GB18030, UTF-16, CRLF, or with invalid byte sequences spliced in.

Properties: parse_page never raises (bytes may raise UnreadablePage, nothing else); every
non-blank line (`str.strip()` non-empty, numbered as in the decoded text's `splitlines()`)
lands in exactly one article's source_lines or in the leftovers; ids are unique per page;
each figure's start/end slice its block text to exactly the figure text.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.ingest import UnreadablePage, parse_page
from reader.ingest.decode import decode_page
from tests.robustness.conftest import SEEDS, record, scaled

SEED_LINES = [
    line
    for path in sorted(SEEDS.glob("*.txt"))
    for line in path.read_text(encoding="utf-8-sig").splitlines()
]
ODD = [
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u2060",
    "\u00ad",
    "\u3000",
    "\u00a0",
    "😀",
    "👍🏽",
    "🇨🇳",
    "\x01",
    "\x07",
    "\x1b",
    "\x7f",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u202e",
    "\ud800",
    "\udfff",
    "\ue000",
    "𠀀",
    "Ａ",
    "１",
    "\t",
    "\r",
]
BLANKS = ["", " ", "   ", "\u3000\u3000", "\t", " \t \u3000"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

PROPERTY_SETTINGS = settings(
    deadline=None,
    max_examples=scaled(60, 1000),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def mangled_line(draw) -> list[str]:
    """One sample line, changed in one way; a list because a split gives two lines."""
    line = draw(st.sampled_from(SEED_LINES))
    how = draw(
        st.sampled_from(["keep", "keep", "spaced", "fullwidth", "odd", "split", "long", "blank"])
    )
    if how == "spaced":
        return [re.sub(r"(\d)", r"\1 ", line)]
    if how == "fullwidth":
        return [line.translate(FULL_WIDTH)]
    if how == "odd":
        at = draw(st.integers(0, len(line)))
        odd = "".join(draw(st.lists(st.sampled_from(ODD), min_size=1, max_size=4)))
        return [line[:at] + odd + line[at:]]
    if how == "split":
        at = draw(st.integers(0, len(line)))
        return [line[:at], line[at:]]
    if how == "long":
        return [line * draw(st.integers(50, 800))]
    if how == "blank":
        return [draw(st.sampled_from(BLANKS)), line]
    return [line]


@st.composite
def page_text(draw) -> str:
    lines: list[str] = []
    for piece in draw(st.lists(mangled_line(), min_size=0, max_size=120)):
        if lines and draw(st.integers(0, 9)) == 0:
            lines[-1] += piece[0]  # a join: two printed lines became one
            lines.extend(piece[1:])
        else:
            lines.extend(piece)
    if draw(st.booleans()):  # a run taken whole, so real articles occur
        start = draw(st.integers(0, len(SEED_LINES) - 1))
        at = draw(st.integers(0, len(lines)))
        lines[at:at] = SEED_LINES[start : start + draw(st.integers(5, 80))]
    newline = draw(st.sampled_from(["\n", "\n", "\r\n", "\r"]))
    return newline.join(lines) + draw(st.sampled_from(["", newline]))


@st.composite
def page_bytes(draw) -> bytes:
    text = draw(page_text())
    encoding = draw(
        st.sampled_from(
            ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le", "surrogatepass", "spliced"]
        )
    )
    if encoding == "surrogatepass":  # lone surrogates as (invalid) UTF-8 bytes
        return text.encode("utf-8", "surrogatepass")
    clean = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if encoding == "spliced":  # invalid sequences spliced into UTF-8
        data = bytearray(clean.encode("utf-8"))
        for _ in range(draw(st.integers(1, 8))):
            junk = draw(
                st.sampled_from(
                    [
                        b"\xff",
                        b"\xc3",
                        b"\xed\xa0\x80",
                        b"\x80\x80",
                        b"\xf4\x90\x80\x80",
                        b"\xe4\xb8",
                    ]
                )
            )
            at = draw(st.integers(0, len(data)))
            data[at:at] = junk
        return bytes(data)
    return clean.encode(encoding)


def check_page(page, text: str) -> None:
    """The invariants, against the text the parser saw."""
    raw_lines = text.splitlines()
    places: dict[int, int] = {}
    for article in page.articles:
        for lo, hi in article.source_lines:
            assert 1 <= lo <= hi <= len(raw_lines), (article.id, lo, hi, len(raw_lines))
            for no in range(lo, hi + 1):
                places[no] = places.get(no, 0) + 1
    for item in page.leftover:
        assert 1 <= item.line <= len(raw_lines)
        places[item.line] = places.get(item.line, 0) + 1
    for no, raw in enumerate(raw_lines, start=1):
        if raw.strip():
            assert places.get(no) == 1, (no, raw[:80], places.get(no))
        else:
            assert no not in places or any(
                lo <= no <= hi for a in page.articles for lo, hi in a.source_lines
            ), no
    ids = [article.id for article in page.articles]
    assert len(ids) == len(set(ids)), ids
    for article in page.articles:
        for figure in article.figures:
            block = article.body[figure.block].text
            assert block[figure.start : figure.end] == figure.text, (figure, block[:80])


@PROPERTY_SETTINGS
@given(text=page_text())
def test_generated_text_pages_keep_every_line(text):
    record("pages generated (text)")
    check_page(parse_page(text, "generated.txt"), text)


@PROPERTY_SETTINGS
@given(data=page_bytes())
def test_generated_byte_pages_keep_every_line_or_are_refused(data):
    record("pages generated (bytes)")
    try:
        page = parse_page(data, "generated.txt")
    except UnreadablePage as error:
        record("generated byte pages refused as unreadable")
        assert str(error)
        return
    text, _encoding = decode_page(data)
    check_page(page, text)


@PROPERTY_SETTINGS
@given(data=st.binary(max_size=4096))
def test_arbitrary_bytes_parse_or_are_refused(data):
    record("pages generated (random bytes)")
    try:
        page = parse_page(data, "noise.bin")
    except UnreadablePage:
        return
    check_page(page, decode_page(data)[0])


@pytest.mark.parametrize(
    "odd", ["\u200b", "\ufeff", "\u2060", "\u00ad", "\x01", "\x7f", "\u200b\u200d\x01"]
)
def test_invisible_only_line_is_accounted_for(odd):
    """Found by this suite (fixed in 96c67ff): a line of only invisible characters is
    non-blank by str.strip() but used to land nowhere."""
    text = "本报东阿讯 东阿县高度重视信访工作。\n" + odd + "\n"
    page = parse_page(text, "invisible.txt")
    check_page(page, text)
    seen = [no for a in page.articles for lo, hi in a.source_lines for no in range(lo, hi + 1)]
    seen += [item.line for item in page.leftover]
    assert sorted(seen) == [1, 2]


def _sample_text_of(size: int) -> str:
    seeds = "\n".join(path.read_text(encoding="utf-8-sig") for path in sorted(SEEDS.glob("*.txt")))
    copies = size // len(seeds.encode("utf-8")) + 1
    return "\n".join([seeds] * copies)


def _parse_cpu_seconds(text: str, name: str):
    started = time.process_time()
    page = parse_page(text.encode("utf-8"), name)
    return page, time.process_time() - started


def test_a_large_page_parses_in_linear_time():
    """A page ten times larger costs about ten times the CPU, never the square: measured as a
    CPU-time ratio, so a loaded machine does not fail it (1 MB against 100 KB; 5 MB against
    500 KB with READER_LONG_TESTS=1)."""
    small_size, large_size = scaled(100_000, 500_000), scaled(1_000_000, 5_000_000)
    small_text, large_text = _sample_text_of(small_size), _sample_text_of(large_size)
    _page, small_cpu = _parse_cpu_seconds(small_text, "small.txt")
    page, large_cpu = _parse_cpu_seconds(large_text, "large.txt")
    record(f"{large_size // 1_000_000} MB page parse CPU ms", int(large_cpu * 1000))
    check_page(page, large_text)
    assert page.articles
    ratio = large_cpu / max(small_cpu, 1e-3)
    size_ratio = len(large_text) / len(small_text)
    assert ratio < 2.5 * size_ratio, f"{size_ratio:.0f}x the text took {ratio:.1f}x the CPU"
