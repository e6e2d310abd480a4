"""Reading positions live in the library file: saved, overwritten, kept across a reopen,
refused (with a LibraryError, nothing written) on a read-only library."""

from __future__ import annotations

import pytest

from reader.store import Library, LibraryError
from tests.store.helpers import article, store_page


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        store_page(library, tmp_path / "a.txt", [article("a1", "标题", "第一段\n第二段")])
    return path


def test_a_position_is_saved_overwritten_and_kept_across_a_reopen(path):
    with Library(path) as library:
        assert library.reading_position("a1") is None
        library.set_reading_position("a1", 7)
        library.set_reading_position("a1", 12)
    with Library(path) as library:
        assert library.reading_position("a1") == 12
        rows = library.db.conn.execute("SELECT article_id, position FROM reading_positions")
        assert rows.fetchall() == [("a1", 12)]


def test_a_read_only_library_refuses_to_save_a_position(path):
    with Library(path, read_only=True) as library:
        with pytest.raises(LibraryError):
            library.set_reading_position("a1", 3)
        assert library.reading_position("a1") is None


def test_a_re_import_keeps_the_places_of_kept_articles_and_forgets_the_others(path, tmp_path):
    with Library(path) as library:
        library.set_reading_position("a1", 5)
        store_page(library, tmp_path / "a.txt", [article("a1", "标题", "第一段\n第二段")])
        assert library.reading_position("a1") == 5  # same id: same place
        store_page(library, tmp_path / "a.txt", [article("b1", "另一篇", "别的内容\n再一段")])
        assert library.reading_position("a1") is None
        count = library.db.conn.execute("SELECT count(*) FROM reading_positions").fetchone()
        assert count == (0,)
