"""Crash safety: a writer process killed with SIGKILL at random moments, many times.

A zygote child (writer_child.py) loads reader and jieba once and forks one writer per round;
the writer re-imports page files and adds notes and tags at random, printing the id of each
note right after `add_note` returned. The test kills the writer after a random number of its
event lines (events fall inside imports, note and tag writes), then opens the library: it
opens and migrates, `PRAGMA integrity_check` is ok, every note whose save returned is there
(orphaned at worst, never gone) and every returned tag on an article of a page that is never
re-imported is still on it. 50 kills by default, 500 with READER_LONG_TESTS=1.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading
from pathlib import Path

import pytest

from reader.importing import import_paths
from reader.store import Library
from tests.robustness.conftest import PYTHON, record, scaled
from tests.robustness.helpers import child_env, make_folder

CHILD = Path(__file__).with_name("writer_child.py")


class Zygote:
    def __init__(self, db: Path, pages: Path, stderr_path: Path):
        self.stderr = stderr_path.open("w")
        self.process = subprocess.Popen(
            [PYTHON, str(CHILD), "zygote", str(db), str(pages)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            text=True,
            env=child_env(),
        )
        self.watchdog = threading.Timer(scaled(300, 3000), self.process.kill)
        self.watchdog.start()
        assert self.readline() == "ready"

    def readline(self) -> str:
        line = self.process.stdout.readline()
        assert line, "the zygote died; see its stderr"
        return line.rstrip("\n")

    def send(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def close(self) -> None:
        self.watchdog.cancel()
        self.process.stdin.close()
        self.process.wait(timeout=30)
        self.process.stdout.close()
        self.stderr.close()


@pytest.mark.parametrize(
    "kills",
    [
        pytest.param(12, id="12-kills"),
        pytest.param(scaled(50, 500), id="many-kills", marks=pytest.mark.slow),
    ],
)
def test_sigkill_never_loses_a_saved_note(seeded_library, tmp_path, kills):
    pages = tmp_path / "pages"
    make_folder(pages, 4)
    with Library(seeded_library) as library:
        import_paths(library, [pages], workers=0)
        stable_articles = {
            row.id for row in library.article_rows() if not row.file_name.startswith("page-")
        }
        saved_notes = {note.id for row in library.article_rows() for note in library.notes(row.id)}
    earlier_notes = len(saved_notes)
    saved_tags: set[tuple[str, str]] = set()
    rng = random.Random(int.from_bytes(os.urandom(4), "little"))
    zygote = Zygote(seeded_library, pages, tmp_path / "zygote-stderr.txt")
    events_seen = 0
    try:
        for round_no in range(kills):
            zygote.send(f"go {rng.randrange(1 << 30)}")
            started = zygote.readline()
            assert started.startswith("started "), started
            pid = int(started.split()[1])
            wanted, seen = rng.randint(1, 40), 0
            while seen < wanted:
                line = zygote.readline()
                seen += 1
                remember(line, saved_notes, saved_tags)
            os.kill(pid, signal.SIGKILL)
            while not (line := zygote.readline()).startswith("reaped "):
                remember(line, saved_notes, saved_tags)
            status = int(line.split()[2])
            assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                round_no,
                status,
                (tmp_path / "zygote-stderr.txt").read_text(),
            )
            events_seen += seen
            check_library(
                seeded_library, saved_notes, {(a, t) for a, t in saved_tags if a in stable_articles}
            )
            record("kills survived")
    finally:
        zygote.close()
    record("crash-test notes returned by killed writers", len(saved_notes) - earlier_notes)
    record("crash-test writer events", events_seen)


def remember(line: str, notes: set, tags: set) -> None:
    words = line.split()
    if words[0] == "note":
        notes.add(int(words[1]))
    elif words[0] == "tag":
        tags.add((words[1], words[2]))


def check_library(path: Path, notes: set[int], tags: set[tuple[str, str]]) -> None:
    with Library(path) as library:
        conn = library.db.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {row[0] for row in conn.execute("SELECT id FROM notes")}
        lost = notes - present
        record("notes lost", len(lost))
        assert not lost, f"notes lost after a kill: {sorted(lost)}"
        on_articles = set(
            conn.execute(
                "SELECT at.article_id, t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            )
        )
        assert tags <= on_articles, f"tags lost: {sorted(tags - on_articles)}"
        library.search("信访")  # the search index still answers
