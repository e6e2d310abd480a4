"""Which library a command opens, and what `search` says it left out (real subprocesses).

Read commands (list, show, search, export, tags) never create a library: a typo'd
`--db /nonexistent/dir/lib.sqlite3` is one line, exit 2, and no folder or file appears. A
library on a read-only folder (a read-only mount, a shared copy) can still be listed,
searched and exported, and stays byte for byte the same. `search` that stops at its limit
says so on stderr (`50 of 640 shown, --limit N for more`); `--json` stays a clean list.
"""

from __future__ import annotations

import hashlib
import json
import subprocess

import pytest

from reader.store import Library
from tests.robustness.conftest import PYTHON, ROOT, record
from tests.robustness.helpers import assert_clear_stderr, can_drop_dac, child_env, without_dac

READ_COMMANDS = [
    ["list"],
    ["show", "abc"],
    ["search", "信访"],
    ["export", "--format", "json"],
    ["tags"],
]


def reader(*args, prefix=()) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*prefix, PYTHON, "-m", "reader", *map(str, args)],
        capture_output=True,
        text=True,
        env=child_env(),
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_never_create_a_library(command, tmp_path):
    typo = tmp_path / "nonexistent" / "dir" / "lib.sqlite3"
    result = reader(*command, "--db", typo)
    record("bad inputs tried (cli)")
    assert result.returncode == 2, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert "no library" in line and str(typo) in line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not can_drop_dac(), reason="root without setpriv: read-only is writable")
@pytest.mark.parametrize(
    "read_only_folder",
    [False, True],
    ids=["file", "folder"],
)
def test_a_read_only_library_can_be_read(read_only_folder, seeded_library):
    folder = seeded_library.parent
    with Library(seeded_library) as library:
        article = library.article_rows(limit=1)[0].id
    before = hashlib.sha256(seeded_library.read_bytes()).hexdigest()
    seeded_library.chmod(0o444)
    if read_only_folder:
        folder.chmod(0o555)
    try:
        results = {
            command[0]: reader(*command, "--db", seeded_library, prefix=without_dac([]))
            for command in (["list"], ["search", "信访"], ["export", "--format", "md"])
        }
        refused = reader("tag", article, "x", "--db", seeded_library, prefix=without_dac([]))
    finally:
        folder.chmod(0o755)
        seeded_library.chmod(0o644)
    record("bad inputs tried (cli)")
    for name, result in results.items():
        assert result.returncode == 0, (name, result.stderr)
        assert result.stdout.strip(), name
    assert refused.returncode == 3, refused.stderr
    assert_clear_stderr(refused.stderr, expected_lines=1)
    assert hashlib.sha256(seeded_library.read_bytes()).hexdigest() == before


def test_search_says_what_its_limit_left_out(seeded_library):
    with Library(seeded_library) as library:
        total = library.search_count("本报")
    assert total > 3
    result = reader("search", "本报", "--limit", "3", "--db", seeded_library)
    assert result.returncode == 0, result.stderr
    (line,) = assert_clear_stderr(result.stderr, expected_lines=1)
    assert line == f"reader: 3 of {total} shown, --limit N for more"
    as_json = reader("search", "本报", "--limit", "3", "--json", "--db", seeded_library)
    assert len(json.loads(as_json.stdout)) == 3 and as_json.stderr == ""
    everything = reader("search", "本报", "--limit", str(total), "--db", seeded_library)
    assert everything.returncode == 0 and everything.stderr == ""
