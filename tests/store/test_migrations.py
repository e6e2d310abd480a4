"""Every saved library of an earlier schema upgrades to the current one, content intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.store import Library, LibraryError
from reader.store.schema import LATEST_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "libraries"
FILE_TEXT = (FIXTURES / "page.txt").read_text(encoding="utf-8")  # the saved libraries' page
VERSIONS = list(range(1, LATEST_VERSION + 1))


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def test_there_is_a_saved_library_for_every_version():
    saved = sorted(FIXTURES.glob("v*.sqlite3"), key=lambda path: int(path.stem[1:]))
    assert saved == [FIXTURES / f"v{v}.sqlite3" for v in VERSIONS]
    assert [_user_version(FIXTURES / f"v{v}.sqlite3") for v in VERSIONS] == VERSIONS


@pytest.fixture(params=VERSIONS, ids=[f"v{v}" for v in VERSIONS])
def upgraded(request, tmp_path):
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / f"v{request.param}.sqlite3", path)
    with Library(path) as library:
        yield request.param, path, library


def test_upgrade_keeps_articles_tags_and_notes(upgraded):
    version, path, library = upgraded
    assert _user_version(path) == LATEST_VERSION
    assert [row.id for row in library.article_rows()] == ["a1", "a2"]
    assert library.article("a1").tags == ["信访", "民生"]
    [note] = library.notes("a1")
    assert (note.text, note.quote, note.orphaned) == ("积案清零是重点", "信访积案", False)
    assert library.article("a1").text[note.start : note.end] == "信访积案"
    assert (note.file_name, note.title, note.county) == (
        "page.txt",
        "探索建立信访积案化解机制",
        "东阿县",
    )
    assert [h.article_id for h in library.search("信访")] == ["a1"]
    assert [h.article_id for h in library.search("供热")] == ["a2"]
    assert [h.article_id for h in library.search("清零")] == ["a1"]
    assert [line.text for line in library.page_lines(1)] == FILE_TEXT.splitlines()
    if version >= 3:
        assert note.tags == ["重点"]
        assert [n.text for n in library.orphaned_notes()] == ["这段后来删掉了"]


def test_upgraded_library_takes_new_writes(upgraded):
    _version, _path, library = upgraded
    note = library.add_note("a2", "新笔记", quote="集中供热")
    library.tag_note(note.id, "新")
    assert [h.article_id for h in library.search("新笔记")] == ["a2"]


def test_a_backup_is_taken_before_migrating(upgraded):
    version, path, library = upgraded
    backups = sorted(path.parent.glob(f"library.v{version}-backup-*.sqlite3"))
    if version == LATEST_VERSION:
        assert backups == [] and library.backup is None
        return
    assert backups == [library.backup]
    assert _user_version(library.backup) == version


def test_a_file_from_a_newer_reader_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(LibraryError, match="newer reader"):
        Library(path)


def test_a_file_that_is_no_library_is_refused(tmp_path):
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LibraryError, match="not a library"):
        Library(path)


@pytest.mark.parametrize("version", [1, 6])
def test_v7_keeps_ids_and_never_reuses_a_deleted_ones(tmp_path, version):
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / f"v{version}.sqlite3", path)
    with Library(path) as library:
        ids = [n.id for n in library.notes("a1")] + [n.id for n in library.orphaned_notes()]
        assert ids == ([1, 2] if version >= 3 else [1])
        newest = library.add_note("a2", "最新的笔记")
        library.delete_note(newest.id)
        again = library.add_note("a2", "又一条")
        assert again.id > newest.id
        assert library.note(1).start == library.note(1).quote_start  # anchor where it was


def test_v7_resolves_relative_paths_only_to_files_that_are_there(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v6.sqlite3", path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE files SET path = 'pages/page.txt'")
    conn.execute(
        "INSERT INTO files (name, path, sha256, size, imported_at, parser, text)"
        " VALUES ('gone.txt', 'pages/gone.txt', 'beef', 1, 'x', 'old', '')"
    )
    conn.commit()
    conn.close()
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "page.txt").write_text("版面", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with Library(path) as library:
        assert sorted(f.path for f in library.files()) == sorted(
            [str((tmp_path / "pages" / "page.txt").resolve()), "pages/gone.txt"]
        )


def test_v8_stores_each_text_once_reports_progress_and_finds_bylines(tmp_path):
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v7.sqlite3", path)
    heard = []
    with Library(path, progress=lambda done, total, what: heard.append((done, total, what))) as lib:
        assert ("articles" in {what for *_n, what in heard}) and (2, 2, "search index") in heard
        detail = lib.article("a1")
        assert detail.raw_lines[0] == (1, "探索建立信访积案化解机制")
        assert [block["text"] for block in detail.body] == [detail.text]
        assert [h.article_id for h in lib.search("byline:胡磊")] == ["a1"]
        assert [h.article_id for h in lib.search("胡磊")] == ["a1"]
        assert [h.article_id for h in lib.search("积案 清零")] == ["a1"]  # the note's words
        assert lib.db.execute("PRAGMA freelist_count").fetchone()[0] == 0  # vacuumed


def test_v9_adds_corrections_and_keeps_everything(tmp_path):
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v8.sqlite3", path)
    with Library(path) as lib:
        assert lib.corrections() == []
        assert [lib.article(i).corrected for i in ("a1", "a2")] == [False, False]
        assert lib.article("a1").tags == ["信访", "民生"]
        assert [n.quote for n in lib.notes("a1")] == ["信访积案"]
    shutil.copy(FIXTURES / "v9.sqlite3", path)
    with Library(path) as lib:
        [correction] = lib.corrections()
        assert (correction.kind, correction.payload, correction.status) == (
            "kind",
            {"kind": "brief"},
            "applied",
        )
        assert lib.article("a2").corrected and lib.article("a2").kind == "brief"


def test_v12_keeps_the_reading_position(tmp_path):
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v12.sqlite3", path)
    with Library(path) as library:
        row = library.db.execute(
            "SELECT position FROM reading_positions WHERE article_id = 'a1'"
        ).fetchone()
    assert row == (12,)


def test_v13_fills_the_ledger_from_the_stored_figures(tmp_path):
    from reader.store import packing

    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v12.sqlite3", path)
    first = "本报东阿讯 东阿县持续巩固提升信访积案化解成果。"
    second = "全年投入2806万元，帮扶320余户，增长15.3％。"
    text = first + "\n" + second
    body = [{"type": "paragraph", "text": first}, {"type": "paragraph", "text": second}]
    figures = [  # as a v12 library stored them: block, offsets, kind, value
        {"text": printed, "block": 1, "start": second.index(printed), "kind": kind, "value": value}
        for printed, kind, value in [
            ("2806万元", "money", 28_060_000),
            ("320余户", "count", 320),
            ("15.3％", "percent", 15.3),
        ]
    ]
    for figure in figures:
        figure["end"] = figure["start"] + len(figure["text"])
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE articles SET text_zlib = ?, blocks = ?, figures = ? WHERE id = 'a1'",
            (packing.pack(text), packing.pack_blocks(body), packing.pack_figures(figures, body)),
        )
    conn.close()
    with Library(path) as library:
        rows = library.figures()
        sentences = library.figure_sentences(rows)
    assert [(r.printed, r.kind, r.value, r.unit, r.measure, r.county) for r in rows] == [
        ("2806万元", "money", 28_060_000, "元", "元", "东阿县"),
        ("320余户", "count", 320, "户", "户", "东阿县"),
        ("15.3％", "percent", 15.3, "%", "%", "东阿县"),
    ]
    assert all(text[r.start : r.end] == r.printed for r in rows)
    assert set(sentences.values()) == {second}  # the paragraph stands for the sentence


def test_v14_packs_the_page_against_its_articles_reports_progress_and_vacuums(tmp_path):
    from reader.store import page_texts

    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v13.sqlite3", path)
    heard = []
    with Library(path, progress=lambda done, total, what: heard.append((done, total, what))) as lib:
        assert (1, 1, "pages") in heard and (1, 1, "compacting") in heard
        [blob] = lib.db.execute("SELECT text_zlib FROM files").fetchone()
        assert page_texts.needs_articles(blob)
        assert lib.stored_page(1).text == FILE_TEXT
        assert lib.article("a1").raw_lines[0] == (1, "探索建立信访积案化解机制")
        assert lib.db.execute("PRAGMA freelist_count").fetchone()[0] == 0


def test_v15_indexes_the_odd_titles_written_before_it_and_after_it(tmp_path):
    """The partial index of titles the listing cannot print as they are holds those of a
    library written before v15, and follows every later write, whoever makes it."""
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v14.sqlite3", path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE articles SET label = label || '\u3000' WHERE id = 'a1'")
    conn.close()
    odd = "SELECT id FROM articles INDEXED BY articles_odd_label WHERE ({}) ORDER BY id"
    with Library(path) as library:
        from reader.store.schema import ODD_LABEL

        assert [row[0] for row in library.db.execute(odd.format(ODD_LABEL))] == ["a1"]
        names = library.db.execute("SELECT name FROM files INDEXED BY files_name").fetchall()
        assert names == [("page.txt",)]
    conn = sqlite3.connect(path)  # another program writes
    with conn:
        conn.execute("UPDATE articles SET label = '甲' WHERE id = 'a1'")
        conn.execute("UPDATE articles SET label = '乙' || char(8232) || '丙' WHERE id = 'a2'")
    assert [row[0] for row in conn.execute(odd.format(ODD_LABEL))] == ["a2"]
    conn.close()
