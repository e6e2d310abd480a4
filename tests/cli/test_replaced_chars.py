"""A page with bytes that could not be read is imported and parsed, and the command says how
many characters were replaced (one line on stderr; `replaced_chars` in the JSON)."""

from __future__ import annotations

import json

from reader.cli import exits
from tests.cli.conftest import run
from tests.store.helpers import damaged_page

NOTE = "damaged.txt: 3 characters could not be read and were replaced"


def test_import_says_how_many_characters_were_replaced(capsys, library, tmp_path):
    page = damaged_page(tmp_path)
    code, out, err = run(capsys, "--db", library, "import", page)
    assert code == exits.OK
    assert f"reader: {NOTE}" in err.splitlines()
    assert "1 added" in out
    code, _out, err = run(capsys, "--db", library, "import", page)
    assert code == exits.OK and "replaced" not in err  # unchanged: not read again


def test_import_json_carries_the_count(capsys, library, tmp_path):
    code, out, _err = run(capsys, "--db", library, "import", "--json", damaged_page(tmp_path))
    assert code == exits.OK
    assert [f["replaced_chars"] for f in json.loads(out)["files"]] == [3]


def test_a_clean_import_says_nothing_of_the_kind(capsys, library, tmp_path):
    page = tmp_path / "clean.txt"
    page.write_bytes(damaged_page(tmp_path).read_bytes().replace(b"\xff", b""))
    code, _out, err = run(capsys, "--db", library, "import", page)
    assert code == exits.OK and "replaced" not in err


def test_parse_notes_the_count_on_stderr(capsys, tmp_path):
    code, out, err = run(capsys, "parse", damaged_page(tmp_path))
    assert code == exits.OK
    assert err.splitlines() == [f"reader: {NOTE}"]
    assert out.startswith("damaged.txt: ")
