"""A PDF's pages in the library (schema v11): each page keeps its text rendering, each article
its page and its regions, and a re-store replaces the pages with the articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import LibraryError
from reader.store.records import ArticleRecord, BodyBlock, PageRecord, PageText

PAGE_ONE = "县里新建三座桥\n  本报讯 县里今年新建三座桥。\n"
PAGE_TWO = "第二版\n春耕备耕有序推进\n  本报讯 全县春耕备耕有序推进。\n"


def _article(article_id, index, title, text, page, lines, regions):
    return ArticleRecord(
        id=article_id,
        index=index,
        kind="news",
        kicker=None,
        title=title,
        subtitle=None,
        byline=None,
        dateline=None,
        city=None,
        county=None,
        body=[BodyBlock("paragraph", text)],
        figures=[],
        headline_confidence=0.9,
        source_lines=lines,
        page=page,
        regions=regions,
    )


def _pdf(sha256="a1", second_title="春耕备耕有序推进"):
    return PageRecord(
        name="paper.pdf",
        path=Path("/papers/paper.pdf"),
        sha256=sha256,
        size=1000,
        encoding="pdf",
        text="",
        parser="p",
        kind="pdf",
        pages=[PageText(1, PAGE_ONE, 595.0, 842.0), PageText(2, PAGE_TWO, 595.0, 842.0)],
        articles=[
            _article(
                "b1",
                0,
                "县里新建三座桥",
                "本报讯 县里今年新建三座桥。",
                1,
                [[1, 2]],
                [[40.0, 60.0, 300.0, 200.0]],
            ),
            _article(
                "b2",
                1,
                second_title,
                "本报讯 全县春耕备耕有序推进。",
                2,
                [[2, 3]],
                [[40.0, 80.0, 560.0, 400.0], [40.0, 420.0, 300.0, 500.0]],
            ),
        ],
    )


def test_a_pdf_keeps_its_pages_and_each_article_its_page_and_regions(library):
    library.store_page(_pdf())
    [file] = library.files()
    assert (file.kind, file.pages, file.article_count) == ("pdf", 2, 2)
    second = library.article("b2")
    assert second.page == 2
    assert second.regions == [[40.0, 80.0, 560.0, 400.0], [40.0, 420.0, 300.0, 500.0]]
    assert second.raw_lines == [(2, "春耕备耕有序推进"), (3, "  本报讯 全县春耕备耕有序推进。")]
    assert library.article("b1").raw_lines[0] == (1, "县里新建三座桥")


def test_the_page_view_reads_one_page_of_a_pdf(library):
    library.store_page(_pdf())
    file_id = library.files()[0].id
    lines = library.page_lines(file_id, 2)
    assert [line.text for line in lines] == PAGE_TWO.splitlines()
    assert [line.article_id for line in lines] == [None, "b2", "b2"]
    assert lines[0].role == "leftover"
    assert {line.article_id for line in library.page_lines(file_id, 1)} == {"b1"}
    with pytest.raises(LibraryError):
        library.page_lines(file_id, 3)


def test_a_text_file_is_one_page(library):
    text = PAGE_ONE
    record = PageRecord(
        "p.txt",
        Path("/p.txt"),
        "t1",
        10,
        "utf-8",
        text,
        "p",
        [_article("c1", 0, "县里新建三座桥", "本报讯 县里今年新建三座桥。", 1, [[1, 2]], [])],
    )
    library.store_page(record)
    [file] = library.files()
    assert (file.kind, file.pages) == ("text", 1)
    assert [line.text for line in library.page_lines(file.id)] == text.splitlines()
    assert library.article("c1").page == 1 and library.article("c1").regions == []


def test_re_storing_a_pdf_replaces_its_pages_and_keeps_notes(library):
    library.store_page(_pdf())
    library.add_note("b1", "桥的笔记", quote="县里今年新建三座桥")
    library.store_page(_pdf(sha256="a2", second_title="春耕备耕全面推进"))
    [file] = library.files()
    assert file.pages == 2 and file.sha256 == "a2"
    assert library.article("b2").title == "春耕备耕全面推进"
    [note] = library.notes("b1")
    assert note.quote == "县里今年新建三座桥"
    count = library.db.execute("SELECT count(*) FROM pages").fetchone()[0]
    assert count == 2


def test_each_article_of_a_pdf_page_has_its_boxes(library):
    library.store_page(_pdf())
    file_id = library.files()[0].id
    [second] = library.page_regions(file_id, 2)
    assert (second.article_id, second.article_index, second.label) == ("b2", 1, "春耕备耕有序推进")
    assert len(second.regions) == 2
    assert library.page_regions(file_id, 3) == []


def test_a_page_scope_lists_and_counts_one_page_of_a_pdf(library):
    from reader.store import Scope

    library.store_page(_pdf())
    file_id = library.files()[0].id
    page_two = Scope(file_id=file_id, page=2, file_name="paper.pdf › 第2版")
    assert [row.id for row in library.article_rows(page_two)] == ["b2"]
    assert library.count_articles(page_two) == 1
    assert page_two.parts() == [("file_id", "paper.pdf › 第2版")]
    assert page_two.without("file_id") == Scope()
    with pytest.raises(ValueError):
        Scope(page=2)


def test_each_page_is_packed_against_its_own_articles_and_the_upgrade_repacks_old_ones(tmp_path):
    """Schema 14: page 2's text is packed against b2 alone; a PDF stored before it (its pages
    packed alone, schema 13) reads the same after the upgrade repacks it."""
    from reader.store import Library, packing, page_texts

    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        library.store_page(_pdf())
        conn = library.db.conn
        blobs = dict(conn.execute("SELECT number, text_zlib FROM pages"))
        assert all(page_texts.needs_articles(blob) for blob in blobs.values())
        assert page_texts.unpack(blobs[2], ["本报讯 全县春耕备耕有序推进。"]) == PAGE_TWO
        with conn:  # as schema 13 stored them
            for number, text in ((1, PAGE_ONE), (2, PAGE_TWO)):
                conn.execute(
                    "UPDATE pages SET text_zlib = ? WHERE number = ?", (packing.pack(text), number)
                )
            conn.execute("PRAGMA user_version = 13")
    with Library(path) as upgraded:
        file_id = upgraded.files()[0].id
        assert [line.text for line in upgraded.page_lines(file_id, 2)] == PAGE_TWO.splitlines()
        assert [line.text for line in upgraded.page_lines(file_id, 1)] == PAGE_ONE.splitlines()
        blobs = [row[0] for row in upgraded.db.conn.execute("SELECT text_zlib FROM pages")]
        assert all(page_texts.needs_articles(blob) for blob in blobs)
