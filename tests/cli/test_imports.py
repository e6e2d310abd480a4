"""Read commands load neither the parser nor scipy nor Qt nor jieba; `search` loads only the
segmenter (docs/DESIGN.md). Each command runs in a fresh interpreter, which then prints the
heavy modules it holds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("reader.ingest", "reader.importing", "scipy", "PySide6", "jieba", "rjieba", "numpy")
SCRIPT = (
    "import sys, json; from reader.cli import main\n"
    "try:\n    code = main(sys.argv[1:])\nexcept SystemExit as exit_:\n    code = exit_.code\n"
    f"heavy = sorted({{m for m in sys.modules for h in {HEAVY!r}"
    " if m == h or m.startswith(h + '.')});"
    "print(json.dumps([code, heavy]))"
)


def loaded(*argv) -> tuple[int, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *map(str, argv)], capture_output=True, text=True, timeout=120
    )
    code, heavy = json.loads(result.stdout.strip().splitlines()[-1])
    return code, set(heavy)


@pytest.fixture(scope="module")
def tagged(sample_template, tmp_path_factory):
    """The samples with a tag and a note, so `tags` and `export` have something to say."""
    from reader.cli import main

    path = tmp_path_factory.mktemp("imports") / "library.sqlite3"
    path.write_bytes(sample_template.read_bytes())
    first = json.loads(
        subprocess.check_output(
            [sys.executable, "-m", "reader", "--db", str(path), "list", "--json"], text=True
        )
    )[0]["id"]
    assert main(["--db", str(path), "tag", first, "信访"]) == 0
    assert main(["--db", str(path), "note", first, "看过"]) == 0
    return path, first


def test_building_the_parser_loads_nothing_heavy():
    """`reader --help` (every command registered) loads neither the store nor anything heavy."""
    code, heavy = loaded("--help")
    assert code == 0
    assert heavy == set()


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["list", "--json"],
        ["show", "{id}"],
        ["tags"],
        ["export", "--format", "md"],
        ["export", "--format", "csv"],
        ["notes"],
    ],
    ids=lambda argv: " ".join(argv),
)
def test_read_commands_load_nothing_heavy(tagged, argv):
    path, first = tagged
    code, heavy = loaded("--db", path, *[arg.format(id=first) for arg in argv])
    assert code == 0
    assert heavy == set()


def test_search_loads_only_the_segmenter(tagged):
    path, _ = tagged
    code, heavy = loaded("--db", path, "search", "信访")
    assert code == 0
    assert {module.split(".")[0] for module in heavy} <= {"rjieba"}, heavy  # and rjieba.rjieba


def test_the_listing_starts_light(tagged):
    """`reader list` prints 100,000 lines in a fraction of a second only if its start is
    light: it defines no row dataclass and loads no temporary-file or data-folder machinery."""
    path, _ = tagged
    script = (
        "import sys, json; from reader.cli import main; main(sys.argv[1:]);"
        "print(json.dumps(sorted(m for m in ('reader.store.rows', 'tempfile', 'platformdirs')"
        " if m in sys.modules)), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "--db", str(path), "list"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stderr.strip().splitlines()[-1]) == []
