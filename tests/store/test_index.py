"""The contentless search index stays exactly what a rebuild would make, and bylines are a field.

A contentless FTS5 row is deleted by re-supplying its words; if the words cut again differed
from those indexed, terms of deleted rows would stay behind. So after every kind of change
the index's vocabulary (term, documents, occurrences per column) must equal a fresh rebuild's.
"""

from __future__ import annotations

import shutil

from reader.importing import import_paths
from reader.store import Library, index
from tests.store.helpers import SEEDS, article, rewrap, store_page

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _vocabulary(library: Library) -> list[tuple]:
    conn = library.db.conn
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, search, 'instance')"
    )
    return sorted(conn.execute("SELECT term, doc, col, offset FROM temp.vocab").fetchall())


def _rebuilt(library: Library) -> list[tuple]:
    with library._write() as conn:
        index.rebuild(conn)
    return _vocabulary(library)


def test_notes_and_reimports_leave_the_index_as_a_rebuild_makes_it(library, tmp_path):
    page = tmp_path / "page.txt"
    shutil.copy(SEED_FILES[0], page)
    import_paths(library, [page, SEED_FILES[1]])
    first, second, *_ = library.article_rows()
    kept = library.add_note(first.id, "积案清零是重点")
    gone = library.add_note(first.id, "这条会删掉")
    library.update_note(kept.id, "改过的笔记")
    library.delete_note(gone.id)
    library.reattach_note(kept.id, second.id)
    library.restore_note(gone)
    page.write_text(rewrap(page.read_text(encoding="utf-8")), encoding="utf-8")
    assert import_paths(library, [page]).imported[0].status == "replaced"
    before = _vocabulary(library)
    assert len(before) > 1000
    assert before == _rebuilt(library)


def test_a_byline_name_is_found_plainly_and_as_a_field(library):
    store_page(
        library,
        SEEDS / "a.txt",
        [
            article(
                "by", "城区集中供热今起试运行", "全市集中供热今起试运行。", byline="记者 薛良诚"
            ),
            article("in", "薛良诚谈供热", "全市集中供热。", index=1, byline="记者 胡磊"),
        ],
    )
    assert {hit.article_id for hit in library.search("薛良诚")} == {"by", "in"}
    [hit] = library.search("byline:薛良诚")
    assert hit.article_id == "by" and "<b>" in hit.snippet
    assert [h.article_id for h in library.search("title:薛良诚")] == ["in"]
    assert [h.article_id for h in library.search("byline:薛良诚 供热")] == ["by"]
    assert library.search_count("byline:胡磊") == 1


def test_a_new_segmenter_rebuilds_the_index_at_the_next_indexing_write(library):
    store_page(library, SEEDS / "a.txt", [article("a1", "信访", "全县信访形势持续平稳。")])
    with library._write() as conn:
        conn.execute("UPDATE settings SET value = 'other' WHERE name = 'index_segmenter'")
        conn.execute("INSERT INTO search (search) VALUES ('delete-all')")  # as if cut otherwise
    assert library.search("信访") == []
    library.add_note("a1", "笔记")
    assert [hit.article_id for hit in library.search("信访")] == ["a1"]
    with library._write() as conn:
        assert index.stored_fingerprint(conn) == index.segmenter_fingerprint()


def test_each_text_is_stored_once(library):
    store_page(library, SEEDS / "a.txt", [article("a1", "信访", "第一段信访。\n第二段。")])
    columns = {
        table: [row[1] for row in library.db.conn.execute(f"PRAGMA table_info({table})")]
        for table in ("files", "articles")
    }
    assert "text" not in columns["files"] and "text" not in columns["articles"]
    assert "body" not in columns["articles"]
    detail = library.article("a1")
    assert [block["text"] for block in detail.body] == ["第一段信访。", "第二段。"]
    assert detail.text == "第一段信访。\n第二段。"
