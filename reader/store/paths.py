"""Where the library lives, and where a stored path points on disk.

    default_library_path() -> Path   `READER_DB` if set, else the user's data folder
                                     (platformdirs)
    disk_path(stored) -> Path        the file a stored `files.path` names (see below)

A stored path keeps the bytes of a name that are not UTF-8 (a GBK name unzipped on Linux) as
`\\xNN` escapes (`filing.stored_path`); `disk_path` turns them back into those bytes, so a PDF
with such a name can be opened again (the page view, corrections).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ENV_VARIABLE = "READER_DB"
FILE_NAME = "library.sqlite3"


def default_library_path() -> Path:
    configured = os.environ.get(ENV_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    import platformdirs  # (here: a command given --db never needs it)

    return Path(platformdirs.user_data_dir("reader", appauthor=False)) / FILE_NAME


_ESCAPED = re.compile(rb"\\x([0-9a-f]{2})")


def disk_path(stored: str) -> Path:
    """The file a stored path names: its `\\xNN` escapes made bytes again when that file
    exists (a literal `\\x41` in a name is left alone when it names nothing else)."""
    text = stored.encode("utf-8")
    raw = _ESCAPED.sub(lambda match: bytes([int(match.group(1), 16)]), text)
    if raw != text:
        candidate = Path(os.fsdecode(raw))
        if candidate.exists():
            return candidate
    return Path(stored)
