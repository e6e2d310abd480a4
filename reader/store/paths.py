"""Where the library lives: `READER_DB` if set, else the user's data folder (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VARIABLE = "READER_DB"
FILE_NAME = "library.sqlite3"


def default_library_path() -> Path:
    configured = os.environ.get(ENV_VARIABLE)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir("reader", appauthor=False)) / FILE_NAME
