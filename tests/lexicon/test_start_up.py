"""What an import costs: each check runs in a fresh interpreter and reads sys.modules.

`import reader.store` (every read-only command) loads no segmenter, no scipy, no Qt and no
parser; `import reader.ingest` leaves scipy (HiGHS) for the first parse that solves.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLE = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]


_PROBE = """
import json, sys
{code}
loaded = [p for p in {packages!r} if any(m == p or m.startswith(p + ".") for m in sys.modules)]
print(json.dumps(sorted(loaded)))
"""


def _loaded(code: str, packages: tuple[str, ...]) -> list[str]:
    """Those of `packages` (a package or any submodule of it) imported by running `code`."""
    probe = _PROBE.format(code=code, packages=packages)
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_import_reader_store_loads_no_segmenter_scipy_or_qt():
    code = "import reader.store, reader.store.library, reader.store.search"
    assert _loaded(code, ("jieba", "rjieba", "scipy", "PySide6")) == []


def test_import_reader_store_loads_no_parser():
    packages = ("reader.ingest", "reader.importing", "numpy", "scipy", "jieba", "rjieba", "PySide6")
    assert _loaded("import reader.store, reader.store.library", packages) == []


def test_import_reader_ingest_leaves_scipy_until_a_parse():
    assert _loaded("import reader.ingest", ("scipy", "jieba", "rjieba")) == []
    parse = f"from reader.ingest import parse_file\nparse_file({str(SAMPLE)!r})"
    # scipy comes only with a page whose headline assignment HiGHS must settle (a tie or a
    # big cluster); the sample page needs none
    assert _loaded(parse, ("jieba", "rjieba")) == ["rjieba"]
