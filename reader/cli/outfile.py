"""Writing a command's output file (`reader export -o FILE`) safely.

    check_target(target, library, force)   UsageError for the library itself (or its -wal,
                                           -shm, -journal) and, without force, any existing file
    write_atomically(target, text)         UTF-8 into a temporary file beside the target,
                                           fsynced, then os.replace: the target is either the
                                           old file or the whole new one, never a truncated mix

A write that fails (disk full, read-only folder) raises OSError and leaves the target and its
folder as they were.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from reader.cli.exits import UsageError
from reader.cli.output import shown

LIBRARY_COMPANIONS = ("", "-wal", "-shm", "-journal")


def check_target(target: Path, library: Path, force: bool) -> None:
    """Refuse to write over the library (or a file SQLite keeps beside it), and over an
    existing file unless `force`."""
    for suffix in LIBRARY_COMPANIONS:
        if _same_file(target, Path(f"{library}{suffix}")):
            raise UsageError(f"{shown(target)} is the library itself; choose another file")
    if target.is_dir():
        raise UsageError(f"{shown(target)} is a folder; give a file name")
    if target.exists() and not force:
        raise UsageError(f"{shown(target)} exists; add --force to replace it")


def _same_file(a: Path, b: Path) -> bool:
    """The same file by resolved path, or (both existing) by device and inode (hard links)."""
    if a.resolve() == b.resolve():
        return True
    with contextlib.suppress(OSError):
        return os.path.samefile(a, b)
    return False


def write_atomically(target: Path, text: str) -> None:
    """Replace `target` with `text` (UTF-8) in one rename; on failure nothing changes."""
    import tempfile  # (here: with shutil, bz2 and lzma, it costs every command's start 8 ms)

    folder = target.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets what `open()` would give it."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """fsync the folder so the rename itself survives a power cut (where the OS allows)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
