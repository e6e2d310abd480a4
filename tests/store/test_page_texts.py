"""Page texts packed against their articles (schema v14): every page reads back exactly, costs
a fraction of packing it alone, and never inflates against other texts."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from reader.importing import parse, parser_fingerprint, read
from reader.store import packing, page_texts
from tests.store.helpers import SEEDS

ARTICLES = ["本报讯 全县春耕备耕有序推进。", "本报讯 县里今年新建三座桥。"]
PAGE = (
    "春耕备耕有序推进\n  本报讯 全县春耕备耕\n有序推进。\n\n"
    "县里新建三座桥\n  本报讯 县里今年新建三座桥。\n"
)


def test_a_page_reads_back_with_its_articles():
    blob = page_texts.pack(PAGE, ARTICLES)
    assert page_texts.needs_articles(blob)
    assert page_texts.unpack(blob, ARTICLES) == PAGE


def test_against_other_texts_a_page_is_refused_not_misread():
    blob = page_texts.pack(PAGE, ARTICLES)
    with pytest.raises(zlib.error):
        page_texts.unpack(blob, [ARTICLES[0], ARTICLES[1] + "。"])
    with pytest.raises(zlib.error):
        page_texts.unpack(blob, reversed(ARTICLES))


def test_a_page_without_articles_or_text_is_packed_alone():
    for text, articles in ((PAGE, []), ("", ARTICLES)):
        blob = page_texts.pack(text, articles)
        assert not page_texts.needs_articles(blob)
        assert page_texts.unpack(blob, ["anything"]) == packing.unpack(blob) == text


def test_every_sample_page_reads_back_whole_from_the_library(seeds_library):
    for row in seeds_library.files():
        stored = seeds_library.stored_page(row.id).text
        assert stored == parse(read(Path(row.path)), parser_fingerprint()).text
        lines = seeds_library.page_lines(row.id)
        assert [line.text for line in lines] == stored.splitlines()


def test_the_sample_pages_cost_a_fraction_of_their_size_packed_alone(seeds_library):
    conn = seeds_library.db.conn
    alone = together = 0
    for file_id, blob in conn.execute("SELECT id, text_zlib FROM files"):
        assert page_texts.needs_articles(blob)
        alone += len(packing.pack(page_texts.read(conn, file_id) or ""))
        together += len(blob)
    assert together < alone / 3


def test_a_page_whose_articles_changed_behind_its_back_is_a_clear_error(library):
    from reader.importing import import_paths
    from reader.store import LibraryError

    assert import_paths(library, [next(SEEDS.glob("*.txt"))]).ok
    [row] = library.files()
    with library.db.conn:
        library.db.conn.execute(
            "UPDATE articles SET text_zlib = ? WHERE key = (SELECT min(key) FROM articles)",
            (packing.pack("别的文字"),),
        )
    with pytest.raises(LibraryError, match="cannot be read"):
        library.page_lines(row.id)
