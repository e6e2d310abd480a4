"""`reader export -o FILE` through the real command line (subprocesses, real library files).

Onto the library file or its -wal/-shm: refused as usage (exit 2), the library byte-for-byte
the same and still a library. A write that fails (the file size limit of a full disk, a
read-only folder): exit 3, one line naming the output file (not the library), an earlier good
file at the target unchanged and no temporary file left behind.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import subprocess

import pytest

from reader.store import Library
from tests.robustness.conftest import PYTHON, integrity, record
from tests.robustness.helpers import assert_clear_stderr, can_drop_dac, child_env, without_dac


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reader(*args, preexec_fn=None, argv_prefix=()) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*argv_prefix, PYTHON, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
        preexec_fn=preexec_fn,
    )


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_export_onto_the_library_is_refused(suffix, seeded_library):
    with Library(seeded_library):  # a reader holds it open, so -wal and -shm exist
        before = digest(seeded_library)
        target = seeded_library.parent / (seeded_library.name + suffix)
        result = reader(
            "export", "--format", "json", "-o", target, "--force", "--db", seeded_library
        )
    record("hostile payloads tried")
    assert result.returncode == 2, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert "library" in line
    assert digest(seeded_library) == before
    assert integrity(seeded_library) == "ok"


def test_export_onto_the_library_by_another_spelling_is_refused(seeded_library, tmp_path):
    link = tmp_path / "link.sqlite3"
    link.symlink_to(seeded_library)
    before = digest(seeded_library)
    result = reader("export", "--format", "md", "-o", link, "--force", "--db", seeded_library)
    assert result.returncode == 2, result.stderr
    assert digest(seeded_library) == before and integrity(seeded_library) == "ok"


def test_an_existing_file_needs_force(seeded_library, tmp_path):
    target = tmp_path / "notes.json"
    target.write_text("keep me", encoding="utf-8")
    result = reader("export", "--format", "json", "-o", target, "--db", seeded_library)
    assert result.returncode == 2 and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    result = reader("export", "--format", "json", "-o", target, "--force", "--db", seeded_library)
    assert result.returncode == 0, result.stderr
    assert "早先的笔记" in target.read_text(encoding="utf-8")


def _file_size_limit(limit: int):
    """A child that can write at most `limit` bytes per file, as on a nearly full disk (EFBIG
    instead of the SIGXFSZ that would kill it)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_failed_write_keeps_the_earlier_file(seeded_library, tmp_path):
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    with Library(seeded_library) as library:  # an export larger than SQLite's 32 KB -shm
        article = library.article_rows(limit=1)[0].id
        library.add_note(article, "长笔记" * 20_000)
    good = reader("export", "--format", "md", "-o", target, "--db", seeded_library)
    assert good.returncode == 0, good.stderr
    earlier = target.read_bytes()
    with Library(seeded_library) as library:  # and one more than the limit allows
        library.add_note(article, "又一条" * 20_000)
    result = reader(
        "export", "--format", "md", "-o", target, "--force", "--db", seeded_library,
        preexec_fn=_file_size_limit(len(earlier) + 1000),
    )  # fmt: skip
    record("disk-full exports")
    assert result.returncode == 3, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert str(target) in line and str(seeded_library) not in line, line
    assert target.read_bytes() == earlier
    assert sorted(os.listdir(target.parent)) == ["notes.md"]  # no temporary file left
    assert integrity(seeded_library) == "ok"


@pytest.mark.skipif(
    not can_drop_dac(), reason="root without setpriv: a read-only folder is writable"
)
def test_a_read_only_folder_keeps_the_earlier_file(seeded_library, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "notes.csv"
    target.write_bytes(b"earlier good export")
    folder.chmod(0o555)
    try:
        result = reader(
            "export", "--format", "csv", "-o", target, "--force", "--db", seeded_library,
            argv_prefix=without_dac([]),
        )  # fmt: skip
    finally:
        folder.chmod(0o755)
    assert result.returncode == 3, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert str(target) in line and str(seeded_library) not in line, line
    assert target.read_bytes() == b"earlier good export"
