"""What the commands print: one-line failures, aligned tables, JSON, plurals, safe text.

    fail(message, code) -> code        `reader: message` on stderr
    shown(path) -> str                 a path that prints whatever its bytes (U+FFFD for non-UTF-8)
    plural(n, word, many=None) -> str  "1 file", "2 files", "3 matches"
    table(rows) -> list[str]           columns padded to the widest cell by display width
                                       (a Chinese character takes two columns), two spaces apart
    print_table(rows); print_lines(lines)   the table, or lines, on stdout in one write
    write_utf8_lines(data)             lines joined as UTF-8 bytes, in the console's encoding
    print_json(value)                  indented JSON, non-ASCII kept
    print_nl(records)                  one JSON object per line (as sqlite-utils --nl)
    write_stdout(text)                 text as is (a CSV's BOM only on a UTF-8 console)
    reader_left() -> 0                 after a BrokenPipeError: stdout to /dev/null
    tolerate_unencodable_output()      stdout/stderr replace what their encoding cannot write

Text that cannot be shown never stops a command: an emoji on a GBK console is replaced, and
file names that are not UTF-8 (what unzip makes of a Chinese zip) print with U+FFFD.
"""

from __future__ import annotations

import codecs
import functools
import io
import itertools
import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Sequence

COLUMN_GAP = "  "


def fail(message: str, code: int) -> int:
    """Print `reader: message` on stderr and return `code`."""
    print(f"reader: {message}", file=sys.stderr)
    return code


def note(message: str) -> None:
    """Print `reader: message` on stderr: something the user should know, not a failure."""
    print(f"reader: {message}", file=sys.stderr)


def replaced_note(name: str, count: int) -> str:
    """`page.txt: 6 characters could not be read and were replaced` (bytes no encoding reads)."""
    verb = "was" if count == 1 else "were"
    return f"{name}: {plural(count, 'character')} could not be read and {verb} replaced"


def shown(path: str | os.PathLike) -> str:
    """A path for a message: bytes that are not UTF-8 (kept by Python as lone surrogates)
    become U+FFFD, so printing it can never raise."""
    return os.fsencode(path).decode("utf-8", "replace")


def plural(count: int, word: str, many: str | None = None) -> str:
    """`1 file`, `2 files`; `many` for the irregular ones (`match` -> `matches`)."""
    return f"{count} {word if count == 1 else many or word + 's'}"


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters (CJK) take two, combining marks none."""
    if text.isascii():  # ids, file names: one column a character
        return len(text)
    return sum(map(_char_width, text))


@functools.lru_cache(maxsize=8192)  # a listing repeats a few thousand characters at most
def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def table(rows: Iterable[Sequence[str]]) -> list[str]:
    """The rows as lines, every column but the last padded to its widest cell."""
    columns = [_one_line(column) for column in zip(*rows, strict=True)]
    if not columns:
        return []
    padded = [*map(_padded, columns[:-1]), columns[-1]]
    return [line.rstrip() for line in map(COLUMN_GAP.join, zip(*padded, strict=True))]


def _one_line(column: tuple) -> Sequence[str]:
    """The column's cells as text on one line each (the list of 100,000 articles is checked
    in one pass: nearly always nothing breaks a line)."""
    try:
        cells, joined = column, "".join(column)
    except TypeError:  # not all text: a count
        cells = tuple(map(str, column))
        joined = "".join(cells)
    if joined.isprintable():
        return cells  # no line break (nor anything else splitlines() breaks at)
    return [" ".join(cell.splitlines()) for cell in cells]


def _padded(column: Sequence[str]) -> Sequence[str]:
    """Each cell padded with spaces to the widest one's display width; a listing repeats a
    few counties and files, so each distinct cell is measured and padded once."""
    distinct = set(column)
    if "".join(distinct).isascii():  # ids: a column as wide as it is long
        return list(map(str.ljust, column, itertools.repeat(max(map(len, distinct)))))
    widths = {cell: display_width(cell) for cell in distinct}
    widest = max(widths.values())
    padding = {cell: cell + " " * (widest - own) for cell, own in widths.items()}
    return list(map(padding.__getitem__, column))


def padded_cells(values: Iterable[str]) -> dict[str, str]:
    """{value: its cell}: printable on one line (`shown`), padded to the widest one's display
    width: a column's distinct values, for a table laid out elsewhere (`reader list`'s)."""
    distinct = list(dict.fromkeys(values))
    printable = tuple(distinct) if _is_utf8(distinct) else tuple(map(shown, distinct))
    return dict(zip(distinct, _padded(_one_line(printable)), strict=True))


def _is_utf8(texts: list[str]) -> bool:
    """None of `texts` holds a lone surrogate (`shown` would change it): thousands of file
    names checked in one pass."""
    try:
        "".join(texts).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def write_lines(text: str) -> None:
    """Lines already joined, ended with a newline (nothing for an empty text)."""
    if text:
        sys.stdout.write(text + "\n")


def write_utf8_lines(data: bytes) -> None:
    """`write_lines` for lines already joined as UTF-8: written as they are to a UTF-8
    stdout (decoding 10 MB only to encode it again costs as much as making it), decoded
    for any other (`PYTHONIOENCODING=gbk`: what it cannot write is replaced)."""
    if not data:
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or not _utf8_console():
        write_lines(data.decode("utf-8", "replace"))
        return
    sys.stdout.flush()
    buffer.write(data)  # (not data + b"\n": a copy of 10 MB costs thousands of page faults)
    buffer.write(b"\n")
    buffer.flush()


def _utf8_console() -> bool:
    """stdout writes UTF-8 (as Python names the encoding: `utf-8`, `UTF8`, `utf_8_sig`...)."""
    try:
        return codecs.lookup(sys.stdout.encoding or "ascii").name in ("utf-8", "utf-8-sig")
    except LookupError:
        return False


def reader_left() -> int:
    """`reader ... | head`: the reader of our output left, which is no failure. Standard
    output goes to /dev/null so nothing written later fails again; exit 0."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def print_lines(lines: list[str]) -> None:
    """The lines in one write (100,000 `print` calls cost a tenth of a second)."""
    if lines:
        sys.stdout.write("\n".join(lines) + "\n")


def print_table(rows: Iterable[Sequence[str]]) -> None:
    print_lines(table(rows))


def print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def print_nl(records: Iterable[dict]) -> None:
    sys.stdout.write(nl_text(records))


def nl_text(records: Iterable[dict]) -> str:
    """Newline-delimited JSON: one object per line, nothing around them."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def write_stdout(text: str) -> None:
    """The BOM that tells Excel a CSV is UTF-8 is dropped for a console in another encoding."""
    if not _utf8_console():
        text = text.removeprefix("\ufeff")
    sys.stdout.write(text)


def tolerate_unencodable_output() -> None:
    """stdout and stderr replace what their encoding cannot write instead of raising
    (`PYTHONIOENCODING=gbk` and an emoji in a headline gave a traceback and no output)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            stream.reconfigure(errors="replace")
