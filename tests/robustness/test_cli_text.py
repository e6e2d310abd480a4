"""Text the command line cannot take as it comes, through real `reader` subprocesses.

File names that are not UTF-8 (what unzip makes of a Chinese zip: GBK bytes), argument bytes
that are not UTF-8, note numbers that are not numbers SQLite can hold (`99999999999999999999`,
`²`), and a console that cannot show every character (`PYTHONIOENCODING=gbk` and an emoji):
each gives one clear `reader: ...` line and its exit code, or output with replacement
characters, never a traceback and never an empty output.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from reader.store import Library
from tests.robustness.conftest import PYTHON, ROOT, record
from tests.robustness.helpers import SAMPLE_TEXT, assert_clear_stderr, child_env

GBK_NAME = "东阿县信访.txt".encode("gbk")  # b'\xb6\xab\xb0\xa2...' is not UTF-8
EMOJI = "笔记😀"


def reader(*args, env_extra=None) -> subprocess.CompletedProcess:
    """`python -m reader ARGS` with bytes arguments passed through as bytes."""
    env = {**child_env(), **(env_extra or {})}
    argv = [os.fsencode(PYTHON), b"-m", b"reader"]
    argv += [arg if isinstance(arg, bytes) else os.fsencode(str(arg)) for arg in args]
    return subprocess.run(argv, capture_output=True, env=env, timeout=120, cwd=ROOT)


def first_article(path) -> str:
    with Library(path) as library:
        return library.article_rows(limit=1)[0].id


def test_gbk_named_files_import_and_print_safely(seeded_library, tmp_path):
    folder = tmp_path / "unzipped"
    folder.mkdir()
    (folder / "good.txt").write_text(SAMPLE_TEXT.replace("本报", "本报 "), encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), GBK_NAME), "wb") as out:
        out.write(SAMPLE_TEXT.encode("gb18030"))
    result = reader("import", folder, "--db", seeded_library)
    record("bad inputs tried (cli)")
    assert "Traceback" not in result.stderr.decode("utf-8", "replace")
    assert result.returncode == 0, result.stderr
    assert b"2 added" in result.stdout
    listing = reader("list", "--db", seeded_library)
    assert listing.returncode == 0 and "\ufffd".encode() in listing.stdout


def test_gbk_named_file_never_gives_a_traceback(seeded_library, tmp_path):
    folder = tmp_path / "unzipped"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), GBK_NAME), "wb") as out:
        out.write(SAMPLE_TEXT.encode("gb18030"))
    result = reader("import", folder, "--db", seeded_library)
    record("bad inputs tried (cli)")
    err = result.stderr.decode("utf-8")  # strict: what we print is valid UTF-8
    assert_clear_stderr(err)
    assert result.returncode in (0, 3), err


def test_argument_bytes_that_are_not_utf8(seeded_library):
    article = first_article(seeded_library)
    for args in (["tag", article, b"\xb6\xab\xb0\xa2"], ["note", article, b"\xff\xfe"]):
        result = reader(*args, "--db", seeded_library)
        record("bad inputs tried (cli)")
        err = result.stderr.decode("utf-8")
        assert result.returncode == 2, err
        (line,) = assert_clear_stderr(err, expected_lines=1)
        assert "UTF-8" in line


@pytest.mark.parametrize("number", ["99999999999999999999", "²", "-1", "1.5"])
def test_note_numbers_sqlite_cannot_hold(number, seeded_library):
    result = reader("tag", "--note", number, "标签", "--db", seeded_library)
    record("bad inputs tried (cli)")
    err = result.stderr.decode("utf-8")
    assert result.returncode == 2, err
    assert_clear_stderr(err, expected_lines=1)


@pytest.mark.parametrize("command", [["show", "{article}"], ["export", "--format", "md"]])
def test_a_gbk_console_and_an_emoji(command, seeded_library):
    article = first_article(seeded_library)
    with Library(seeded_library) as library:
        library.add_note(article, EMOJI)
    args = [part.format(article=article) for part in command]
    result = reader(*args, "--db", seeded_library, env_extra={"PYTHONIOENCODING": "gbk"})
    record("bad inputs tried (cli)")
    err = result.stderr.decode("gbk")
    assert result.returncode == 0, err
    assert_clear_stderr(err, expected_lines=0)
    out = result.stdout.decode("gbk")
    assert "笔记?" in out  # the emoji replaced, the rest as it was
