"""Bad inputs for `reader import` (reader.cli.main, real library files in tmp_path).

Every case: one clear `reader: ...` line per bad path on stderr (no traceback), exit code 3
for a refused file or a library that cannot be used, 2 for a path that is not there (0 when
all imported; docs/DESIGN.md), `PRAGMA integrity_check` ok afterwards, and the
tags and notes already in the library unchanged.

Cases: refused files (empty, whitespace, binary, ELF, PDF, PNG, NUL noise, an SQLite file),
good files in other encodings (GB18030, GBK with CRLF, UTF-16 with and without BOM), a path
that vanished (dangling link), a file deleted or replaced by a folder during the import, an
unreadable file (chmod 000, run without CAP_DAC_OVERRIDE when root), a folder of 2,000 pages,
a 50 MB page (refused by size), and a library file that is read-only, locked by
another process, or corrupt.
"""

from __future__ import annotations

import os
import stat
import subprocess
import time

import pytest

from reader.importing import import_paths
from reader.store import Library, LibraryBusy
from tests.robustness.conftest import PYTHON, integrity, read_only_value, record, scaled, snapshot
from tests.robustness.helpers import (
    BAD_INPUTS,
    GOOD_ENCODINGS,
    SAMPLE_TEXT,
    LockHolder,
    assert_clear_stderr,
    can_drop_dac,
    child_env,
    cli,
    make_folder,
    small_page,
    without_dac,
)


def article_count(path) -> int:
    return read_only_value(path, "SELECT count(*) FROM articles")


def assert_intact(path, before: dict) -> None:
    assert integrity(path) == "ok"
    after = snapshot(path)
    assert after == before, "earlier tags or notes changed"


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_refused_file_gets_one_clear_line(name, seeded_library, tmp_path, capsys):
    make, reason = BAD_INPUTS[name]
    page = tmp_path / name
    page.write_bytes(make())
    before, articles = snapshot(seeded_library), article_count(seeded_library)
    code, out, err = cli(capsys, "import", page, "--db", seeded_library)
    record("bad inputs tried (cli)")
    assert code == 3
    (line,) = assert_clear_stderr(err, expected_lines=1)
    assert str(page) in line and reason.lower() in line.lower(), line
    assert "1 failed" in out
    assert_intact(seeded_library, before)
    assert article_count(seeded_library) == articles


@pytest.mark.parametrize("name", sorted(GOOD_ENCODINGS))
def test_other_encodings_import(name, seeded_library, tmp_path, capsys):
    page = tmp_path / name
    page.write_bytes(GOOD_ENCODINGS[name])
    before, articles = snapshot(seeded_library), article_count(seeded_library)
    code, out, err = cli(capsys, "import", page, "--db", seeded_library)
    record("bad inputs tried (cli)")
    assert code == 0, err
    assert_clear_stderr(err, expected_lines=0)
    assert "1 added" in out
    assert_intact(seeded_library, before)
    assert article_count(seeded_library) > articles
    with Library(seeded_library) as library:
        titles = {row.title for row in library.article_rows() if row.file_name == name}
    assert any(title and "\ufffd" not in title for title in titles), titles


def test_mixed_call_imports_the_good_and_names_each_bad(seeded_library, tmp_path, capsys):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, (make, _reason) in BAD_INPUTS.items():
        (folder / name).write_bytes(make())
    (folder / "good.txt").write_text(SAMPLE_TEXT.replace("本报", "本报 "), encoding="utf-8")
    missing = tmp_path / "missing.txt"
    before = snapshot(seeded_library)
    code, out, err = cli(capsys, "import", folder, missing, "--db", seeded_library)
    record("bad inputs tried (cli)", len(BAD_INPUTS) + 1)
    assert code == 2
    lines = assert_clear_stderr(err, expected_lines=len(BAD_INPUTS) + 1)
    for name in BAD_INPUTS:
        assert sum(str(folder / name) in line for line in lines) == 1, name
    assert any(str(missing) in line and "no such file" in line for line in lines)
    assert "1 added" in out
    assert_intact(seeded_library, before)


def test_vanished_path(seeded_library, tmp_path, capsys):
    link = tmp_path / "gone.txt"
    target = tmp_path / "target.txt"
    target.write_text(small_page(1), encoding="utf-8")
    link.symlink_to(target)
    target.unlink()
    before = snapshot(seeded_library)
    code, _out, err = cli(capsys, "import", link, "--db", seeded_library)
    record("bad inputs tried (cli)")
    assert code == 2
    (line,) = assert_clear_stderr(err, expected_lines=1)
    assert str(link) in line
    assert_intact(seeded_library, before)


@pytest.mark.parametrize("how", ["deleted", "replaced by a folder"])
def test_file_vanishes_during_import(how, seeded_library, tmp_path):
    """The store's import (what the CLI and the window call): the next file goes mid-run."""
    paths = make_folder(tmp_path / "pages", 6)
    victim = paths[3]

    def progress(done, total, name):
        if done == 2 and victim.exists():
            victim.unlink()
            if how == "replaced by a folder":
                victim.mkdir()

    before = snapshot(seeded_library)
    with Library(seeded_library) as library:
        report = import_paths(library, [tmp_path / "pages"], progress=progress, workers=0)
    record("bad inputs tried (store)")
    assert [str(victim)] == [path for path, _message in report.errors]
    assert report.errors[0][1] and "Traceback" not in report.errors[0][1]
    assert len(report.imported) == 5
    assert_intact(seeded_library, before)


@pytest.mark.skipif(not can_drop_dac(), reason="root without setpriv: chmod 000 cannot block reads")
def test_unreadable_file(seeded_library, tmp_path):
    good, locked = tmp_path / "good.txt", tmp_path / "locked.txt"
    good.write_text(small_page(7), encoding="utf-8")
    locked.write_text(small_page(8), encoding="utf-8")
    locked.chmod(0)
    before = snapshot(seeded_library)
    result = subprocess.run(
        without_dac(
            [PYTHON, "-m", "reader", "import", str(good), str(locked), "--db", str(seeded_library)]
        ),
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
    )
    record("bad inputs tried (cli)")
    assert result.returncode == 3, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert str(locked) in line and "ermission" in line
    assert "1 added" in result.stdout
    assert_intact(seeded_library, before)


@pytest.mark.slow
def test_folder_of_two_thousand_pages(seeded_library, tmp_path, capsys):
    count = scaled(2000, 10000)
    make_folder(tmp_path / "many", count)
    before, articles = snapshot(seeded_library), article_count(seeded_library)
    started = time.perf_counter()
    code, out, err = cli(capsys, "import", tmp_path / "many", "--db", seeded_library)
    elapsed = time.perf_counter() - started
    record("folder import files", count)
    record("folder import ms", int(elapsed * 1000))
    assert code == 0, err
    assert_clear_stderr(err, expected_lines=0)
    assert f"{count} files: {count} added" in out
    assert article_count(seeded_library) >= articles + count
    assert_intact(seeded_library, before)
    code, out, _err = cli(capsys, "import", tmp_path / "many", "--db", seeded_library)
    assert code == 0 and f"{count} unchanged" in out


def test_fifty_megabyte_page(seeded_library, tmp_path, capsys):
    """Refused by size before it is read (reader/importing/files.py MAX_PAGE_BYTES); before
    that limit it was parsed: 196 s, 2.0-2.6 GB peak, 37,230 "articles". The file is sparse
    (50 MB of holes): the refusal names its size, and the import's CPU time stays far below
    what reading and decoding 50 MB costs."""
    page = tmp_path / "fifty.txt"
    with page.open("wb") as out:
        out.write(SAMPLE_TEXT.encode("utf-8"))
        out.truncate(50_000_000)
    before, articles = snapshot(seeded_library), article_count(seeded_library)
    started = time.process_time()
    code, _out, err = cli(capsys, "import", page, "--db", seeded_library)
    cpu = time.process_time() - started
    record("50 MB page import CPU ms", int(cpu * 1000))
    record("bad inputs tried (cli)")
    assert code == 3
    (line,) = assert_clear_stderr(err, expected_lines=1)
    assert str(page) in line and "50 MB" in line and "refused" in line, line
    assert cpu < 2.0  # reading 50 MB through the decoder alone takes several CPU seconds
    assert_intact(seeded_library, before)
    assert article_count(seeded_library) == articles


# -- the library file itself ------------------------------------------------------------------


@pytest.mark.skipif(not can_drop_dac(), reason="root without setpriv: a read-only file is writable")
@pytest.mark.parametrize(
    "command",
    [
        ["import", "{page}"],
        pytest.param(["tag", "{article}", "新标签"], id="tag"),
        pytest.param(["note", "{article}", "新笔记"], id="note"),
    ],
)
def test_read_only_library(command, seeded_library, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(small_page(3), encoding="utf-8")
    with Library(seeded_library) as library:
        article = library.article_rows(limit=1)[0].id
    before = snapshot(seeded_library)
    seeded_library.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    argv = [part.format(page=page, article=article) for part in command]
    result = subprocess.run(
        without_dac([PYTHON, "-m", "reader", *argv, "--db", str(seeded_library)]),
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
    )
    record("bad inputs tried (cli)")
    seeded_library.chmod(0o644)
    assert result.returncode == 3
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert "read-only" in line, line
    assert_intact(seeded_library, before)


def test_locked_library_says_busy(seeded_library, tmp_path, capsys, monkeypatch):
    """READER_BUSY_TIMEOUT (seconds) shortens the 5 s wait for another process's write."""
    page = tmp_path / "page.txt"
    page.write_text(small_page(4), encoding="utf-8")
    before = snapshot(seeded_library)
    monkeypatch.setenv("READER_BUSY_TIMEOUT", "0.2")
    with LockHolder(seeded_library):
        code, _out, err = cli(capsys, "import", page, "--db", seeded_library)
    record("bad inputs tried (cli)")
    assert code == 3
    (line,) = assert_clear_stderr(err, expected_lines=1)
    assert "busy" in line
    assert_intact(seeded_library, before)
    code, out, err = cli(capsys, "import", page, "--db", seeded_library)
    assert code == 0 and "1 added" in out


def corrupt_variants(good: bytes) -> dict[str, bytes]:
    middle = bytearray(good)
    middle[8192 : 8192 + 16384] = os.urandom(16384)
    header = bytearray(good)
    header[:100] = bytes(range(100))
    return {
        "garbage": os.urandom(65536),
        "truncated": good[: len(good) // 2],
        "garbage-in-middle": bytes(middle),
        "garbage-header": bytes(header),
        "text": SAMPLE_TEXT.encode("utf-8"),
    }


@pytest.mark.parametrize(
    "variant", ["garbage", "truncated", "garbage-in-middle", "garbage-header", "text"]
)
@pytest.mark.parametrize(
    "command", [["import", "{page}"], ["list"], ["search", "信访"], ["export", "--format", "json"]]
)
def test_corrupt_library(variant, command, seeded_library, tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(small_page(5), encoding="utf-8")
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(corrupt_variants(seeded_library.read_bytes())[variant])
    kept = damaged.read_bytes()
    argv = [part.format(page=page) for part in command]
    code, _out, err = cli(capsys, *argv, "--db", damaged)
    record("bad inputs tried (cli)")
    assert "Traceback" not in err
    assert damaged.read_bytes() == kept, "the damaged library was changed"
    if code == 0:  # the damage missed every page the command read
        assert variant == "garbage-in-middle", err
        return
    assert code == 3
    (line,) = assert_clear_stderr(err, expected_lines=1)
    assert "damaged" in line or "not a library" in line


def test_busy_timeout_is_a_library_error_not_a_crash(seeded_library):
    """The store's own contract under a lock, with a short timeout: LibraryBusy, data kept."""
    before = snapshot(seeded_library)
    with LockHolder(seeded_library), Library(seeded_library, busy_timeout=0.2) as library:
        article = library.article_rows(limit=1)[0].id
        with pytest.raises(LibraryBusy):
            library.add_note(article, "等待中")
        with pytest.raises(LibraryBusy):
            library.tag_article(article, "等待")
        assert library.notes(article)  # reads still work under a writer's lock
    assert_intact(seeded_library, before)


def test_library_folder_is_a_file(tmp_path, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    code, _out, err = cli(capsys, "list", "--db", blocker / "library.sqlite3")
    record("bad inputs tried (cli)")
    assert code == 2
    assert_clear_stderr(err, expected_lines=1)
