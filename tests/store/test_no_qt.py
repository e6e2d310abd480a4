"""The store is Qt-free: importing it (and its CLI commands) never loads PySide6."""

from __future__ import annotations

import subprocess
import sys


def test_import_reader_store_does_not_import_pyside6():
    code = (
        "import sys, reader.store, reader.store.library, reader.cli.library;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
