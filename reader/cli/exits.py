"""The command line's exit codes and the exception that ends a command with the usage code.

    OK, NOTHING, USAGE, FAILURE, INTERRUPTED   0, 1, 2, 3, 130: `reader.exits`, re-exported
    raise UsageError("one line")   the command prints `reader: one line` and exits 2
    found(rows)                    OK when a listing has rows, NOTHING when it is empty

The codes live in `reader/exits.py` so the window (`reader.ui`, below the command line) can
return them without importing `reader.cli`.
"""

from __future__ import annotations

from reader.exits import FAILURE, INTERRUPTED, NOTHING, OK, USAGE

__all__ = ["FAILURE", "INTERRUPTED", "NOTHING", "OK", "USAGE", "UsageError", "found"]


class UsageError(Exception):
    """The command as typed cannot be carried out (exit 2); `str()` is the one line."""


def found(rows) -> int:
    """OK when a listing has rows, NOTHING when it is empty."""
    return OK if rows else NOTHING
