"""The library file itself: another program's file is left byte for byte, a missing file is
not created by a reader, a read-only open never writes, a deleted file is noticed before a
write, a failed backup leaves nothing behind, and search can count all its hits.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.store import Library, LibraryError, LibraryGone, LibraryNotFound, Scope
from reader.store.schema import LATEST_VERSION
from tests.store.helpers import article, store_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "libraries"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _foreign(path: Path, user_version: int) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('张三')")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path


def _library_with_version(path: Path, user_version: int) -> Path:
    shutil.copy(FIXTURES / "v6.sqlite3", path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.close()
    return path


@pytest.mark.parametrize(
    "make",
    [
        lambda p: _foreign(p, 0),
        lambda p: _foreign(p, 3),
        lambda p: _library_with_version(p, -1),
    ],
    ids=["foreign-v0", "foreign-v3", "library-v-1"],
)
def test_another_programs_file_is_refused_and_left_unchanged(tmp_path, make):
    folder = tmp_path / "other-program"
    folder.mkdir()
    path = make(folder / "data.db")
    before = _sha(path)
    with pytest.raises(LibraryError, match="another program"):
        Library(path)
    assert _sha(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["data.db"]


def test_a_missing_library_is_not_created_by_a_reader(tmp_path):
    path = tmp_path / "no" / "such" / "lib.sqlite3"
    for options in ({"create": False}, {"read_only": True}):
        with pytest.raises(LibraryNotFound, match="no library at"):
            Library(path, **options)
    assert not (tmp_path / "no").exists()


def test_read_only_reads_and_refuses_every_write(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        store_page(library, tmp_path / "page.txt", [article("a1", "标题", "本报讯 正文。")])
    before = _sha(path)
    with Library(path, read_only=True) as library:
        assert [row.id for row in library.article_rows()] == ["a1"]
        with pytest.raises(LibraryError, match="read-only"):
            library.add_note("a1", "笔记")
        with pytest.raises(LibraryError, match="read-only"):
            library.tag_article("a1", "标签")
    assert _sha(path) == before


def test_an_older_library_opened_read_only_is_not_migrated(tmp_path):
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v6.sqlite3", path)
    before = _sha(path)
    with pytest.raises(LibraryError, match="older schema"):
        Library(path, read_only=True)
    assert _sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]


@pytest.mark.parametrize("deleted", ["library.sqlite3", "library.sqlite3-wal"])
def test_a_library_deleted_while_open_refuses_writes_and_saves_a_copy(tmp_path, deleted):
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        store_page(library, tmp_path / "page.txt", [article("a1", "标题", "本报讯 正文。")])
        kept = library.add_note("a1", "删除前的笔记")
        (tmp_path / deleted).unlink()
        assert library.is_gone()
        with pytest.raises(LibraryGone, match="deleted"):
            library.add_note("a1", "删除后的笔记")
        with pytest.raises(LibraryGone):
            library.tag_article("a1", "标签")
        assert [n.text for n in library.notes("a1")] == [kept.text]
        copy = library.save_copy_to(tmp_path / "rescued.sqlite3")
    with Library(copy) as rescued:
        assert [n.text for n in rescued.notes("a1")] == [kept.text]


def test_a_backup_that_fails_half_way_is_removed(tmp_path):
    """A file size limit below the library's size makes the backup fail part-way (as a full
    disk does); each retry must leave no partial backup behind."""
    path = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "v6.sqlite3", path)
    limit = 40_000  # above the -shm's 32 KiB, below the library's size
    script = textwrap.dedent(
        f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        from reader.store import Library, LibraryError
        for attempt in range(2):
            try:
                Library({str(path)!r})
            except LibraryError as error:
                print("refused:", error)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.stdout.count("refused:") == 2, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []
    with Library(path) as library:  # nothing half-done: the upgrade works once there is room
        assert library.backup is not None and library.backup.exists()
        assert [row.id for row in library.article_rows()] == ["a1", "a2"]


def test_search_counts_every_hit_beyond_the_limit(tmp_path):
    with Library(tmp_path / "library.sqlite3") as library:
        articles = [
            article(f"a{i}", f"第{i}篇", f"本报讯 信访工作第{i}项。", "东阿县", i) for i in range(7)
        ]
        store_page(library, tmp_path / "page.txt", articles)
        assert len(library.search("信访", limit=3)) == 3
        assert library.search_count("信访") == 7
        assert library.search_count("信访", Scope(county="阳谷县")) == 0
        assert library.search_count('"AND (') == 0
        assert LATEST_VERSION >= 7
