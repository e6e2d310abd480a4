"""The arrows of docs/DESIGN.md ("The house") only point down: read from the source, every
import statement (at the top or inside a function) of a lower package names no package above
it. `reader.ui` may import `reader.importing` but never `reader.cli`; `reader.store` and
`reader.ingest` import none of `reader.importing`, `reader.ui`, `reader.cli`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import reader

PACKAGE = Path(reader.__file__).parent

FORBIDDEN = [
    # package, the packages above it that it must not import
    ("ui", ("reader.cli",)),
    ("store", ("reader.importing", "reader.ui", "reader.cli")),
    ("ingest", ("reader.importing", "reader.ui", "reader.cli")),
    ("lexicon", ("reader.ingest", "reader.store", "reader.importing", "reader.ui", "reader.cli")),
]


def imported_names(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every absolute import in the file; `from reader import cli` counts
    as `reader.cli`."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append((node.lineno, node.module))
            names += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return names


def reaches(name: str, above: tuple[str, ...]) -> bool:
    return any(name == top or name.startswith(top + ".") for top in above)


@pytest.mark.parametrize(("package", "above"), FORBIDDEN, ids=[p for p, _ in FORBIDDEN])
def test_no_import_points_up(package, above):
    wrong = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for path in sorted((PACKAGE / package).rglob("*.py"))
        for line, name in imported_names(path)
        if reaches(name, above)
    ]
    assert wrong == []


def test_the_scan_sees_an_import_inside_a_function(tmp_path):
    source = tmp_path / "m.py"
    source.write_text("def f():\n    from reader.cli import exits\n", encoding="utf-8")
    assert (2, "reader.cli.exits") in imported_names(source)
