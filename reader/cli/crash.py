"""What the user sees when reader itself fails: one line, and the traceback kept in a file.

    report(error) -> Path | None    writes the traceback to the user log folder
                                    (`platformdirs.user_log_dir("reader")`) and returns the file,
                                    or None when no file could be written

A bug must not greet the user with a traceback, but it must not vanish either: the line names
the file to attach to a bug report. `READER_DEBUG=1` lets the exception through instead.
"""

from __future__ import annotations

import os
from pathlib import Path

DEBUG_SETTING = "READER_DEBUG"


def debugging() -> bool:
    return os.environ.get(DEBUG_SETTING, "") not in ("", "0")


def report(error: BaseException) -> Path | None:
    import datetime  # (here, as platformdirs: a command that runs well never needs them)
    import traceback

    from platformdirs import user_log_dir

    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    try:
        folder = Path(user_log_dir("reader"))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{stamp}.txt"
        path.write_text(text, encoding="utf-8", errors="backslashreplace")
    except OSError:
        return None
    return path


def summary(error: BaseException, path: Path | None) -> str:
    where = f"the details are in {path}" if path else "no crash report could be written"
    return f"internal error ({type(error).__name__}: {error}); {where}: please report it"
