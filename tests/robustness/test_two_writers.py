"""Two writers on one library at once: no lost write, a clear message where one must wait.

Two processes adding notes as fast as they can (started together), a window adding notes
while `reader note` processes run, and two processes opening an old library at once (the
migration runs once, content intact). Waiting past the busy timeout gives LibraryBusy (see
also test_bad_input_cli.test_locked_library_says_busy and
test_window_robustness.test_window_note_on_a_locked_library_says_busy).
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from reader.store import Library
from reader.store.schema import LATEST_VERSION
from tests.robustness.conftest import PYTHON, ROOT, integrity, record, scaled, snapshot
from tests.robustness.helpers import child_env

CHILD = Path(__file__).with_name("writer_child.py")
FIXTURES = ROOT / "tests" / "fixtures" / "libraries"


def start_writer(db: Path, count: int, label: str, busy_timeout: float = 5.0):
    process = subprocess.Popen(
        [PYTHON, str(CHILD), "notes", str(db), str(count), label, str(busy_timeout)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert process.stdout.readline().strip() == "ready"
    return process


def finish(process) -> tuple[list[int], list[str]]:
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert "Traceback" not in err, err
    lines = out.splitlines()
    assert lines[-1] == "done"
    ids = [int(line.split()[1]) for line in lines if line.startswith("note ")]
    busy = [line for line in lines if line.startswith("busy")]
    return ids, busy


def test_two_processes_adding_notes_lose_nothing(seeded_library):
    count = scaled(200, 3000)
    before = snapshot(seeded_library)
    writers = [start_writer(seeded_library, count, label) for label in ("甲", "乙")]
    for writer in writers:  # both loaded and waiting: start them together
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = [finish(writer) for writer in writers]
    ids = [note_id for note_ids, _busy in results for note_id in note_ids]
    busy = [line for _ids, lines in results for line in lines]
    record("concurrent notes written", len(ids))
    record("concurrent writes that hit LibraryBusy", len(busy))
    assert len(ids) + len(busy) == 2 * count
    assert not busy, busy[:3]  # 5 s busy timeout: nobody should have to give up
    assert integrity(seeded_library) == "ok"
    conn = sqlite3.connect(seeded_library)
    try:
        rows = dict(conn.execute("SELECT id, text FROM notes"))
    finally:
        conn.close()
    assert len(set(ids)) == len(ids)
    missing = set(ids) - set(rows)
    record("notes lost", len(missing))
    assert not missing
    for label, (note_ids, _busy) in zip(("甲", "乙"), results, strict=True):
        assert sorted(rows[i] for i in note_ids) == sorted(f"{label} 第{k}条" for k in range(count))
    after = snapshot(seeded_library)
    assert set(before["notes"]) <= set(after["notes"])
    assert after["article_tags"] == before["article_tags"]


@pytest.mark.slow
def test_short_busy_timeout_gives_library_busy_not_a_crash(seeded_library):
    """Writers that give up quickly say so (LibraryBusy), and every note they reported is kept."""
    count = scaled(150, 1500)
    writers = [
        start_writer(seeded_library, count, label, busy_timeout=0.001)
        for label in ("丙", "丁", "戊")
    ]
    for writer in writers:
        writer.stdin.write("go\n")
        writer.stdin.flush()
    results = [finish(writer) for writer in writers]
    ids = [i for note_ids, _busy in results for i in note_ids]
    busy = [line for _ids, lines in results for line in lines]
    record("short-timeout writes that hit LibraryBusy", len(busy))
    assert len(ids) + len(busy) == 3 * count
    assert all("busy" in line for line in busy)
    with Library(seeded_library) as library:
        present = {row[0] for row in library.db.execute("SELECT id FROM notes")}
    assert set(ids) <= present


@pytest.mark.gui
def test_window_and_command_line_at_once(seeded_library, tmp_path, qtbot):
    """The window writes notes without pause while `reader note` processes run. A writer that
    waited past the busy timeout (SQLite's lock is not fair: under this load one can starve)
    must say so in one line; every note whose save was not refused is there."""
    from PySide6.QtCore import QSettings

    from reader.ui.window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    library = Library(seeded_library)
    window = MainWindow(library, settings, seeded_library)
    qtbot.addWidget(window)
    window.show()
    article = window.session.article.id
    cli_count, window_count = scaled(4, 12), scaled(20, 200)
    commands = [
        subprocess.Popen(
            [
                PYTHON,
                "-m",
                "reader",
                "note",
                article,
                f"命令行笔记{k}",
                "--db",
                str(seeded_library),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for k in range(cli_count)
    ]
    saved, refused = [], []
    try:
        # The window keeps writing for as long as any command-line writer is still running.
        while len(saved) + len(refused) < window_count or any(
            command.poll() is None for command in commands
        ):
            text = f"窗口笔记{len(saved) + len(refused)}"
            window.statusBar().clearMessage()
            window.session.add_note(text)
            message = window.statusBar().currentMessage()
            (refused if "busy" in message else saved).append(text)
            assert len(saved) + len(refused) < 20_000, "the command-line writers never finished"
    finally:
        outputs = [command.communicate(timeout=300) for command in commands]
    texts = [note.text for note in library.notes(article)]
    window.session.notes_edited()
    shown = [
        window.notes_box.model.index(i).data() for i in range(window.notes_box.model.rowCount())
    ]
    window.close()
    library.close()
    for command, (_out, err) in zip(commands, outputs, strict=True):
        assert "Traceback" not in err, err
        if command.returncode == 0:
            saved.append(command.args[5])
        else:
            assert (
                command.returncode == 3  # busy: a runtime failure (docs/DESIGN.md)
                and err.strip().startswith("reader: ")
                and "busy" in err
                and len(err.strip().splitlines()) == 1
            ), err
            refused.append(command.args[5])
    record("window+cli notes written", len(saved))
    record("window+cli notes refused as busy (told to the user)", len(refused))
    missing = [text for text in saved if text not in texts]
    record("notes lost", len(missing))
    assert not missing
    assert not [text for text in refused if text in texts], "a refused note was saved anyway"
    assert all(any(text in label for label in shown) for text in saved)
    assert integrity(seeded_library) == "ok"


def test_two_processes_open_an_old_library_at_once(tmp_path):
    """Both migrate-or-wait; the file ends at the latest version with its notes."""
    path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURES / "v1.sqlite3", path)
    code = (
        "import sys; from reader.store import Library\n"
        "with Library(sys.argv[1]) as lib:\n"
        "    print(len(lib.notes('a1')), lib.backup is not None)\n"
    )
    processes = [
        subprocess.Popen(
            [PYTHON, "-c", code, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        for _ in range(3)
    ]
    outputs = [process.communicate(timeout=120) for process in processes]
    assert all(process.returncode == 0 for process in processes), outputs
    assert all(out.split()[0] == "1" for out, _err in outputs), outputs
    assert integrity(path) == "ok"
    with Library(path) as library:
        assert library.db.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert [n.text for n in library.notes("a1")] == ["积案清零是重点"]
    backups = sorted(tmp_path.glob("library.v1-backup-*.sqlite3"))
    assert backups, "no backup taken"
    for backup in backups:
        assert integrity(backup) == "ok"
    record("concurrent openers of a v1 library", len(processes))
