"""Import of real page files: idempotence, bad files, folders, progress, re-wrapped pages."""

from __future__ import annotations

import shutil

from reader.importing import import_paths
from reader.ingest import parse_file
from reader.store import Library, Scope
from tests.store.helpers import SEEDS, rewrap

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _counts(library: Library) -> tuple:
    return (
        len(library.files()),
        library.count_articles(),
        [(c.county, c.article_count) for c in library.counties()],
    )


def test_importing_the_samples_twice_changes_nothing(library):
    first = import_paths(library, [SEEDS])
    expected_articles = sum(len(parse_file(path).articles) for path in SEED_FILES)
    assert first.ok and not first.cancelled
    assert [o.status for o in first.imported] == ["added"] * len(SEED_FILES)
    assert sum(o.articles for o in first.imported) == expected_articles
    counts = _counts(library)
    assert counts[:2] == (len(SEED_FILES), expected_articles)
    ids = [row.id for row in library.article_rows()]
    second = import_paths(library, SEED_FILES)
    assert [o.status for o in second.imported] == ["unchanged"] * len(SEED_FILES)
    assert _counts(library) == counts
    assert [row.id for row in library.article_rows()] == ids


def test_a_copy_elsewhere_is_the_same_file(library, tmp_path):
    import_paths(library, [SEED_FILES[0]])
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED_FILES[0], copy)
    [outcome] = import_paths(library, [copy]).imported
    assert outcome.status == "unchanged" and len(library.files()) == 1


def test_bad_files_are_reported_and_skipped(library, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(SEED_FILES[0], folder / "a.txt")
    (folder / "b.txt").write_bytes(b"%PDF-1.4 binary")
    (folder / "c.txt").write_bytes(b"")
    shutil.copy(SEED_FILES[1], folder / "d.txt")
    (folder / "notes.md").write_text("not a page")
    report = import_paths(library, [folder, tmp_path / "missing.txt"])
    assert [o.name for o in report.imported] == ["a.txt", "d.txt"]
    assert [(path.rsplit("/", 1)[-1], bool(message)) for path, message in report.errors] == [
        ("missing.txt", True),
        ("b.txt", True),
        ("c.txt", True),
    ]
    assert "PDF" in dict(report.errors)[str(folder / "b.txt")]


def test_progress_and_stop(library):
    seen = []
    report = import_paths(
        library,
        [SEEDS],
        progress=lambda *args: seen.append(args),
        should_stop=lambda: len(seen) >= 2,
    )
    assert report.cancelled and len(report.imported) == 2
    assert [done for done, _total, _name in seen] == [1, 2]
    assert {total for _done, total, _name in seen} == {len(SEED_FILES)}
    assert seen[0][2] == SEED_FILES[0].name


def test_worker_processes_give_the_same_library(tmp_path):
    with (
        Library(tmp_path / "serial.sqlite3") as serial,
        Library(tmp_path / "pooled.sqlite3") as pooled,
    ):
        import_paths(serial, [SEEDS], workers=0)
        report = import_paths(pooled, [SEEDS], workers=2)
        assert report.ok and [o.name for o in report.imported] == [p.name for p in SEED_FILES]
        assert pooled.article_rows() == serial.article_rows()
        assert pooled.search("信访") == serial.search("信访")


def _first_taggable(library: Library):
    for row in library.article_rows():
        detail = library.article(row.id)
        paragraph = max(detail.text.split("\n"), key=len)
        if len(paragraph) >= 40:
            return detail, paragraph[10:30]
    raise AssertionError("the parser gives no article with a long paragraph")


def test_tag_and_note_survive_a_rewrapped_page(library, tmp_path):
    page = tmp_path / "page.txt"
    shutil.copy(SEED_FILES[0], page)
    import_paths(library, [page])
    assert not library.is_empty(), "the parser gives no articles"
    detail, quote = _first_taggable(library)
    library.tag_article(detail.id, "跟踪")
    note = library.add_note(detail.id, "记下这句", quote=quote)
    original = page.read_text(encoding="utf-8")
    page.write_text(rewrap(original), encoding="utf-8")
    assert page.read_text(encoding="utf-8") != original
    [outcome] = import_paths(library, [page]).imported
    assert outcome.status == "replaced" and outcome.orphaned_notes == 0
    kept = library.note(note.id)
    assert not kept.orphaned and kept.quote == quote
    tagged = library.article_rows(Scope(tag="跟踪"))
    assert [row.id for row in tagged] == [kept.article_id]
    assert library.article(kept.article_id).text[kept.start : kept.end] == quote
    assert library.orphaned_notes() == []


def test_a_page_rewritten_beyond_recognition_orphans_its_notes(library, tmp_path):
    page = tmp_path / "page.txt"
    shutil.copy(SEED_FILES[0], page)
    import_paths(library, [page])
    assert not library.is_empty(), "the parser gives no articles"
    detail, quote = _first_taggable(library)
    note = library.add_note(detail.id, "会成为孤儿", quote=quote)
    shutil.copy(SEED_FILES[1], page)
    [outcome] = import_paths(library, [page]).imported
    assert outcome.status == "replaced" and outcome.orphaned_notes == 1
    [orphan] = library.orphaned_notes()
    assert (orphan.id, orphan.text, orphan.quote) == (note.id, "会成为孤儿", quote)
    assert orphan.orphaned and orphan.article_id is None
    assert (orphan.file_name, orphan.title) == ("page.txt", detail.headline or orphan.title)


def test_a_file_too_large_for_a_page_is_refused(library, tmp_path, monkeypatch):
    from reader.importing import files

    monkeypatch.setattr(files, "MAX_PAGE_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_text("本报讯 很长的一页。\n" * 200, encoding="utf-8")
    report = import_paths(library, [big])
    [(path, message)] = report.errors
    assert path == str(big) and "MB" in message and "refused" in message


def test_a_newer_parser_replaces_the_articles_and_keeps_tags_and_notes(library, monkeypatch):
    import_paths(library, [SEED_FILES[0]])
    assert not library.is_empty(), "the parser gives no articles"
    detail, quote = _first_taggable(library)
    library.tag_article(detail.id, "保留")
    note = library.add_note(detail.id, "保留的笔记", quote=quote)
    monkeypatch.setenv("READER_HOME_PROVINCE", "河北")  # a setting that shapes the parse
    [outcome] = import_paths(library, [SEED_FILES[0]]).imported
    assert outcome.status == "replaced" and outcome.orphaned_notes == 0
    assert library.article(detail.id).tags == ["保留"]
    assert library.note(note.id).article_id == detail.id
    [again] = import_paths(library, [SEED_FILES[0]]).imported
    assert again.status == "unchanged"


def test_tags_of_a_vanished_article_without_notes_are_kept(library, tmp_path):
    from tests.store.helpers import article, store_page

    first = [
        article("a", "甲", "本报讯 第一篇文章的正文，讲的是供热工作的安排和部署情况。"),
        article("b", "乙", "本报讯 第二篇文章的正文，讲的是信访积案化解的进展情况。", index=1),
    ]
    store_page(library, tmp_path / "p.txt", first)
    library.tag_article("b", "跟踪")
    outcome = store_page(library, tmp_path / "p.txt", first[:1], tag="changed")
    assert outcome.status == "replaced" and outcome.orphaned_notes == 1
    (orphan,) = library.orphaned_notes()
    assert (orphan.tags, orphan.title) == (["跟踪"], "乙")
    assert [t.name for t in library.tags()] == ["跟踪"]


def test_a_shortened_article_keeps_its_tags(library, tmp_path):
    from tests.store.helpers import article, store_page

    long_text = "本报讯 " + "".join(f"第{i}句讲述了这项工作的具体做法和成效。" for i in range(30))
    store_page(library, tmp_path / "p.txt", [article("a", "甲", long_text)])
    library.tag_article("a", "跟踪")
    shortened = article("a2", "甲", long_text[:120])
    store_page(library, tmp_path / "p.txt", [shortened], tag="changed")
    assert library.article("a2").tags == ["跟踪"] and library.orphaned_notes() == []


def test_identical_copies_in_a_pooled_import_stay_unchanged(library, tmp_path):
    folder = tmp_path / "copies"
    folder.mkdir()
    data = SEED_FILES[0].read_bytes()
    for i in range(24):
        (folder / f"p{i:02d}.txt").write_bytes(data)
    report = import_paths(library, [folder], workers=2)
    assert [o.status for o in report.imported].count("added") == 1
    assert {o.status for o in report.imported} == {"added", "unchanged"}
    assert [f.name for f in library.files()] == ["p00.txt"]


def test_an_import_syncs_once_at_its_end_and_notes_sync_at_every_commit(library):
    """During an import run commits are not synced one by one (synchronous NORMAL: 1); when
    it ends, FULL (2) is back for notes and tags."""
    seen = []

    def progress(*_args):
        seen.append(library.db.execute("PRAGMA synchronous").fetchone()[0])

    report = import_paths(library, SEED_FILES[:2], progress=progress)
    assert report.ok and seen == [1, 1]
    assert library.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    with Library(library.path, read_only=True) as reader:
        assert reader.count_articles() == library.count_articles() > 0
