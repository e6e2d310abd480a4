"""Page files on disk: which files an import takes, and their bytes.

    expand(paths, recursive=False) -> (files, errors)   folders give their *.txt and *.pdf
                                                        files, sorted
    read(path) -> Source                                bytes, size and sha256 of one file

`read` refuses (OSError EFBIG) a text file over MAX_PAGE_BYTES, or a PDF over
MAX_PDF_BYTES, before reading it. Nothing here
decodes or parses; `Source` is what a worker process is sent.
"""

from __future__ import annotations

import errno
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reader.ingest.decode import MAX_PDF_BYTES

PAGE_SUFFIXES = (".txt", ".pdf")
MAX_PAGE_BYTES = 16 * 2**20  # a page is ~20 KB; a 50 MB file took minutes and gigabytes


@dataclass(frozen=True)
class Source:
    path: Path
    data: bytes
    sha256: str


def expand(
    paths: Iterable[str | Path], recursive: bool = False
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files to import, and (path, message) for paths that are neither a file nor a folder.
    A folder gives its page files sorted; with `recursive`, those of its subfolders too."""
    files: list[Path] = []
    errors: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(_pages_in(path, recursive))
        elif path.is_file():
            files.append(path)
        else:
            errors.append((str(path), "no such file or folder"))
    return files, errors


def _pages_in(folder: Path, recursive: bool) -> list[Path]:
    children = folder.rglob("*") if recursive else folder.iterdir()
    return sorted(
        child for child in children if child.is_file() and child.suffix.lower() in PAGE_SUFFIXES
    )


def read(path: Path) -> Source:
    """The bytes of a page file; OSError (EFBIG) for files too large to be one page."""
    size = path.stat().st_size
    limit = MAX_PDF_BYTES if path.suffix.lower() == ".pdf" else MAX_PAGE_BYTES
    if size > limit:
        raise OSError(
            errno.EFBIG,
            f"the file is {size / 1e6:.0f} MB; page files over "
            f"{limit // 2**20} MB are refused (split it into pages)",
            str(path),
        )
    data = path.read_bytes()
    return Source(path, data, hashlib.sha256(data).hexdigest())
