"""Properties every parse keeps: stable ids, re-wrap invariance, purity of the ingest package."""

import subprocess
import sys

import pytest

from reader.ingest import parse_file, parse_page
from tests.ingest.gold import SEEDS_DIR
from tests.ingest.rewrap import rewrap

INDENTED_PAGES = [
    "000_4238dc173f1c1006.txt",
    "001_060c73c8da130e2a.txt",
    "003_848b08cc207a6299.txt",
]


def test_ids_are_stable_across_parses():
    path = SEEDS_DIR / INDENTED_PAGES[0]
    first = [a.id for a in parse_file(path).articles]
    again = [a.id for a in parse_file(path).articles]
    assert first == again and len(set(first)) == len(first)


@pytest.mark.parametrize("name", INDENTED_PAGES)
@pytest.mark.parametrize("width", [11, 23])
def test_rewrapped_copy_keeps_ids_and_text(name, width):
    text = (SEEDS_DIR / name).read_text(encoding="utf-8-sig")
    original = parse_page(text, name)
    rewrapped = parse_page(rewrap(text, width), name)
    assert rewrap(text, width) != text
    assert [a.id for a in rewrapped.articles] == [a.id for a in original.articles]
    assert [a.headline for a in rewrapped.articles] == [a.headline for a in original.articles]


def test_same_bytes_in_any_encoding_parse_alike():
    text = (SEEDS_DIR / INDENTED_PAGES[0]).read_text(encoding="utf-8-sig")
    expected = parse_page(text, "x").to_dict()["articles"]
    for data in (
        text.encode("utf-8-sig"),
        text.encode("gb18030"),
        text.replace("\n", "\r\n").encode("utf-8"),
        text.encode("utf-16"),
    ):
        assert parse_page(data, "x").to_dict()["articles"] == expected


def test_ingest_and_store_never_import_qt():
    code = (
        "import sys, reader.ingest, reader.ingest.pipeline, reader.store; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_page_with_no_article_gives_leftovers_not_an_error():
    page = parse_page("只有一行字\n\n第二行\n", "tiny.txt")
    assert page.articles == [] or all(a.body for a in page.articles)
    lines_seen = {item.line for item in page.leftover} | {
        no for a in page.articles for lo, hi in a.source_lines for no in range(lo, hi + 1)
    }
    assert lines_seen == {1, 3}
