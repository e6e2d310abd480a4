"""The library on pages built in the test: listing, tags, notes, re-import, search, errors."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from reader.store import ArticleNotFound, Library, LibraryBusy, LibraryError, NoteNotFound, Scope
from tests.store.helpers import article, store_page

PETITION = "本报东阿讯 东阿县持续巩固提升信访积案化解成果，全县信访形势持续平稳。\n信访局加强督导。"
HEATING = "本报讯 城区集中供热今起试运行，供热公司保障群众温暖过冬。"
VILLAGE = "本报讯 茌平区全面推进乡村振兴，建设美丽乡村。"


def _three(tmp_path):
    return [
        article("p1", "信访积案化解机制", PETITION, "东阿县", 0),
        article("h1", "集中供热试运行", HEATING, None, 1),
        article("v1", "乡村振兴新篇章", VILLAGE, "茌平区", 2),
    ]


@pytest.fixture
def filled(library, tmp_path):
    store_page(library, tmp_path / "page.txt", _three(tmp_path))
    return library


def test_a_new_library_is_empty_and_listed_empty(library):
    assert library.is_empty()
    assert library.files() == [] and library.tags() == [] and library.counties() == []


def test_listing_and_filters(filled):
    assert not filled.is_empty()
    [file] = filled.files()
    assert (file.name, file.article_count) == ("page.txt", 3)
    assert [(c.county, c.article_count) for c in filled.counties()] == [
        (None, 1),
        ("东阿县", 1),
        ("茌平区", 1),
    ]
    assert [row.id for row in filled.article_rows()] == ["p1", "h1", "v1"]
    assert [row.id for row in filled.article_rows(Scope(city_wide=True))] == ["h1"]
    assert [row.id for row in filled.article_rows(Scope(county="东阿县", file_id=file.id))] == [
        "p1"
    ]
    assert [row.id for row in filled.article_rows(limit=1, offset=1)] == ["h1"]
    assert [row.id for row in filled.article_rows(title_filter="供热")] == ["h1"]
    assert filled.count_articles() == 3 and filled.count_articles(Scope(city_wide=True)) == 1


def test_article_detail(filled):
    detail = filled.article("p1")
    assert detail.text == PETITION
    assert [block["text"] for block in detail.body] == PETITION.split("\n")
    assert detail.file_name == "page.txt" and detail.county == "东阿县"
    assert detail.raw_lines and all(isinstance(n, int) for n, _text in detail.raw_lines)
    with pytest.raises(ArticleNotFound, match="nope"):
        filled.article("nope")


def test_tags_count_rename_merge_delete(filled):
    filled.tag_article("p1", "信访", "民生")
    filled.tag_article("h1", "民生", " 民生 ")
    note = filled.add_note("v1", "要跟进")
    filled.tag_note(note.id, "跟进")
    assert [(t.name, t.article_count, t.note_count) for t in filled.tags()] == [
        ("信访", 1, 0),
        ("民生", 2, 0),
        ("跟进", 0, 1),
    ]
    assert [row.id for row in filled.article_rows(Scope(tag="民生"))] == ["p1", "h1"]
    filled.rename_tag("信访", "来信来访")
    assert filled.article("p1").tags == ["来信来访", "民生"]
    filled.rename_tag("跟进", "民生")  # onto an existing tag: merge
    assert [(t.name, t.count) for t in filled.tags()] == [("来信来访", 1), ("民生", 3)]
    assert filled.note(note.id).tags == ["民生"]
    filled.untag_article("h1", "民生")
    filled.delete_tag("民生")
    assert [t.name for t in filled.tags()] == ["来信来访"]
    assert filled.note(note.id).tags == []
    filled.untag_article("p1", "来信来访")
    assert filled.tags() == []


@pytest.mark.parametrize(
    "call",
    [
        lambda lib: lib.tag_article("missing", "x"),
        lambda lib: lib.untag_article("missing", "x"),
        lambda lib: lib.add_note("missing", "x"),
        lambda lib: lib.reattach_note(1, "missing"),
    ],
)
def test_missing_article_is_named(filled, call):
    filled.add_note("p1", "placeholder")
    with pytest.raises(ArticleNotFound, match="missing"):
        call(filled)


@pytest.mark.parametrize(
    "call",
    [
        lambda lib: lib.update_note(99, "x"),
        lambda lib: lib.delete_note(99),
        lambda lib: lib.tag_note(99, "x"),
        lambda lib: lib.note(99),
    ],
)
def test_missing_note_is_named(filled, call):
    with pytest.raises(NoteNotFound, match="99"):
        call(filled)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda lib: lib.tag_article("p1", "  "), "tag needs a name"),
        (lambda lib: lib.rename_tag("nothing", "x"), "no tag"),
        (lambda lib: lib.add_note("p1", "x", quote="不在文中"), "not in article"),
        (lambda lib: lib.export_notes("pdf"), "unknown export format"),
    ],
)
def test_user_errors_are_library_errors(filled, call, message):
    with pytest.raises(LibraryError, match=message):
        call(filled)


def test_note_anchor_update_delete_restore(filled):
    note = filled.add_note("p1", "积案清零", quote="信访", start=PETITION.rindex("信访"))
    assert (note.start, note.end) == (PETITION.rindex("信访"), PETITION.rindex("信访") + 2)
    assert filled.article("p1").text[note.start : note.end] == "信访"
    assert note.prefix == PETITION[max(0, note.start - 32) : note.start]
    assert note.suffix == PETITION[note.end : note.end + 32]
    assert (note.file_name, note.title, note.county) == ("page.txt", "信访积案化解机制", "东阿县")
    filled.tag_note(note.id, "重点")
    updated = filled.update_note(note.id, "积案清零，年底前")
    assert updated.text == "积案清零，年底前" and updated.created == note.created
    deleted = filled.delete_note(note.id)
    assert filled.notes("p1") == [] and filled.tags() == []
    restored = filled.restore_note(deleted)
    assert restored == deleted
    assert [hit.article_id for hit in filled.search("年底前")] == ["p1"]


def test_reattach_an_orphan(filled, tmp_path):
    note = filled.add_note("p1", "督导", quote="信访局加强督导")
    store_page(filled, tmp_path / "page.txt", [article("x9", "别的", "完全不同的内容。", None)])
    [orphan] = filled.orphaned_notes()
    assert orphan.id == note.id and orphan.orphaned and orphan.article_id is None
    assert (orphan.file_name, orphan.title) == ("page.txt", "信访积案化解机制")
    moved = filled.reattach_note(note.id, "x9")
    assert not moved.orphaned and moved.article_id == "x9" and moved.quote == "信访局加强督导"
    assert filled.orphaned_notes() == []


def test_reimport_keeps_tags_and_notes(filled, tmp_path):
    filled.tag_article("p1", "信访")
    kept = filled.add_note("p1", "看这里", quote="全县信访形势持续平稳")
    moving = filled.add_note("h1", "供热", quote="供热公司保障群众温暖过冬")
    lost = filled.add_note("v1", "会失去", quote="建设美丽乡村")
    whole = filled.add_note("v1", "整篇的笔记")
    changed = [
        # p1's text changed a little: new id, tag follows by likeness, quote found exactly
        article(
            "p1b",
            "信访积案化解机制",
            "本报东阿讯 东阿县持续巩固提升信访积案化解成果，"
            "全县信访形势持续平稳。\n信访局加强督导检查。",
            "东阿县",
            0,
        ),
        # h1's passage now sits in another article of the page
        article("n1", "冬季保障", "本报讯 供热公司保障群众温暖过冬，另有新措施。", None, 1),
        article("v2", "另一篇", "毫不相干的一段新内容，讲的是交通出行。", "茌平区", 2),
    ]
    outcome = store_page(filled, tmp_path / "page.txt", changed)
    assert (outcome.status, outcome.articles, outcome.orphaned_notes) == ("replaced", 3, 2)
    assert filled.article("p1b").tags == ["信访"]
    assert filled.note(kept.id).article_id == "p1b"
    assert filled.note(moving.id).article_id == "n1"
    moved = filled.note(moving.id)
    assert filled.article("n1").text[moved.start : moved.end] == moved.quote
    assert {n.id for n in filled.orphaned_notes()} == {lost.id, whole.id}
    assert filled.note(lost.id).text == "会失去"
    assert [hit.article_id for hit in filled.search("看这里")] == ["p1b"]


def test_search_on_built_articles(filled):
    filled.add_note("h1", "记下暖气费用")
    assert [hit.article_id for hit in filled.search("信访")] == ["p1"]
    assert [hit.article_id for hit in filled.search("供热")] == ["h1"]
    assert [hit.article_id for hit in filled.search("乡村振兴")] == ["v1"]
    assert [hit.article_id for hit in filled.search("暖气")] == ["h1"]
    assert filled.search("信访", Scope(city_wide=True)) == []
    assert filled.search("供热", Scope(county="东阿县")) == []
    assert filled.search("供热", Scope(tag="无此标签")) == []
    filled.tag_article("h1", "民生")
    filled.tag_article("p1", "民生")
    assert [hit.article_id for hit in filled.search("供热", Scope(tag="民生"))] == ["h1"]
    assert {hit.article_id for hit in filled.search("本报", Scope(tag="民生"))} == {"h1", "p1"}
    assert (
        filled.search("本报", Scope(tag="民生"), limit=1)
        == filled.search("本报", Scope(tag="民生"))[:1]
    )
    [hit] = filled.search("供热")
    assert hit.snippet.count("<b>供热</b>") == 2 and hit.snippet.startswith("本报讯 城区")
    assert (hit.title, hit.county, hit.file_name) == ("集中供热试运行", None, "page.txt")


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "AND (",
        "信访 OR",
        "NOT",
        "*",
        "(",
        ")",
        ":",
        "^信访",
        "{title}",
        '信访"',
        "NEAR(",
        "\x00",
        "   ",
    ],
)
def test_odd_queries_never_raise(filled, query):
    assert isinstance(filled.search(query), list)


def test_suggested_tags(filled):
    filled.tag_article("p1", "信访")
    suggested = filled.suggested_tags("p1", n=3)
    assert 0 < len(suggested) <= 3
    assert "信访" not in suggested and all(
        word in filled.article("p1").text or word in "信访积案化解机制" for word in suggested
    )


def test_a_held_write_lock_gives_library_busy(tmp_path):
    path = tmp_path / "busy.sqlite3"
    with Library(path) as first:
        store_page(first, tmp_path / "page.txt", _three(tmp_path))
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with Library(path, busy_timeout=0.1) as second:
            assert second.article("p1").id == "p1"  # readers are not blocked (WAL)
            with pytest.raises(LibraryBusy, match="busy"):
                second.tag_article("p1", "x")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_a_second_thread_uses_its_own_library(filled, tmp_path):
    results = []

    def worker():
        with Library(filled.path) as own:
            own.tag_article("h1", "线程")
            results.append(own.article("h1").tags)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert results == [["线程"]] and filled.article("h1").tags == ["线程"]


def test_article_ids_clashing_across_files_stay_apart(library, tmp_path):
    store_page(library, tmp_path / "a.txt", [article("same", "甲", "甲文。")])
    store_page(library, tmp_path / "b.txt", [article("same", "乙", "乙文。")])
    ids = [row.id for row in library.article_rows()]
    assert len(set(ids)) == 2 and "same" in ids
    assert {library.article(i).title for i in ids} == {"甲", "乙"}


def test_default_library_path(monkeypatch, tmp_path):
    from reader.store import default_library_path

    monkeypatch.setenv("READER_DB", str(tmp_path / "mine.sqlite3"))
    assert default_library_path() == tmp_path / "mine.sqlite3"
    monkeypatch.delenv("READER_DB")
    path = default_library_path()
    assert path.name == "library.sqlite3" and "reader" in path.parts


def test_library_files_use_wal_and_foreign_keys(library):
    conn = library.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


@pytest.mark.parametrize(
    "message, error, words",
    [
        ("database is locked", LibraryBusy, "busy"),
        ("attempt to write a readonly database", LibraryError, "read-only"),
        ("unable to open database file", LibraryError, "cannot be written"),
        ("database or disk is full", LibraryError, "cannot be written"),
    ],
)
def test_sqlite_errors_become_one_line_library_errors(message, error, words):
    from reader.store.connection import translate_errors

    with pytest.raises(error, match=words), translate_errors():
        raise sqlite3.OperationalError(message)


def test_city_narrows_listing_search_and_export(library, tmp_path):
    from tests.store.helpers import article, store_page

    liaocheng = article("l", "聊城供热", "本报讯 全市供热今起试运行。", county=None)
    jinan = article("j", "济南供热", "本报讯 全市供热今起试运行。", county=None)
    jinan.city = "济南市"
    store_page(library, tmp_path / "two-cities.txt", [liaocheng, jinan])
    library.add_note("j", "济南的笔记")
    assert [r.id for r in library.article_rows(Scope(city="济南市", city_wide=True))] == ["j"]
    assert library.count_articles(Scope(city="聊城市", city_wide=True)) == 1
    assert [h.article_id for h in library.search("供热", Scope(city="济南市"))] == ["j"]
    assert "济南的笔记" in library.export_notes("json", scope=Scope(city="济南市"))
    assert "济南的笔记" not in library.export_notes("json", scope=Scope(city="聊城市"))


def test_title_filter_also_matches_tags(library, tmp_path):
    from tests.store.helpers import article, store_page

    store_page(
        library,
        tmp_path / "p.txt",
        [
            article("a", "标题甲", "本报讯 正文。"),
            article("b", "标题乙", "本报讯 正文二。", index=1),
        ],
    )
    library.tag_article("b", "民生工程")
    assert [r.id for r in library.article_rows(title_filter="民生")] == ["b"]
    assert [r.id for r in library.article_rows(title_filter="标题甲")] == ["a"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    import sqlite3

    from reader.store import Library, LibraryError

    path = tmp_path / "bookmarks.sqlite"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE bookmarks (url TEXT)")
        other.execute("CREATE TABLE files (x)")
    with pytest.raises(LibraryError, match="another program"):
        Library(path)
    with sqlite3.connect(path) as other:
        tables = {
            row[0] for row in other.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert tables == {"bookmarks", "files"}
