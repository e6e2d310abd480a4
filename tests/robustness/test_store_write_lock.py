"""A note write loads the segmenter before it takes the write lock.

A fresh process (segmenter not loaded) adds a note; the segmenter's first cut announces
itself and waits. While it waits, this process must be able to take the write lock at once
(`BEGIN IMMEDIATE` with no busy timeout): the writer holds nothing yet. No clock involved.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

from reader.store import Library
from tests.store.helpers import article, store_page

CHILD = textwrap.dedent(
    """
    import sys
    from reader.lexicon import segment
    from reader.store import Library

    real_cut = segment.cut
    waited = []

    def announced_cut(text):
        if not waited:
            waited.append(True)
            print("loading", flush=True)
            sys.stdin.readline()
        return real_cut(text)

    segment.cut = announced_cut
    with Library(sys.argv[1]) as library:
        note = library.add_note("a1", "加载分词后再写")
        library.update_note(note.id, "改过的笔记")
    print("saved", flush=True)
    """
)


def test_a_note_write_does_not_hold_the_lock_while_the_segmenter_loads(tmp_path):
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        store_page(library, tmp_path / "page.txt", [article("a1", "标题", "本报讯 正文。")])
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "loading"
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # "database is locked" if the child holds it
            other.execute("ROLLBACK")
        finally:
            other.close()
        out, err = child.communicate("go\n", timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
    assert out.strip() == "saved", err
    with Library(path) as library:
        assert [n.text for n in library.notes("a1")] == ["改过的笔记"]
        assert [h.article_id for h in library.search("改过")] == ["a1"]
