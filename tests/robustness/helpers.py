"""Shared helpers of the robustness suite: bad inputs, child processes, lock holders.

BAD_INPUTS                 name -> (bytes maker, expected reason fragment) of refused files
GOOD_ENCODINGS             name -> bytes of a sample page in that encoding
small_page(i) -> str       a short page with one article, unique per i
make_folder(path, n)       n small pages in a folder (fast: one write each)
LockHolder(path)           a child process holding BEGIN EXCLUSIVE on a library
run_child(args, ...)       a Python child process with the project on its path
without_dac(argv)          argv run as root without CAP_DAC_OVERRIDE (so chmod counts)
cli(capsys, *args)         reader.cli.main in-process -> (code, stdout, stderr)
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from pathlib import Path

from reader.cli import main
from tests.robustness.conftest import PYTHON, ROOT, SEEDS

SAMPLE_TEXT = (SEEDS / "004_1a993628d7218c32.txt").read_text(encoding="utf-8-sig")
_PDF = (
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\nstream\n\x00\x01\x02\x9c\xff"
    b"\nendstream\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)


def _random_binary() -> bytes:
    rng = random.Random(5)
    return bytes(rng.randrange(256) for _ in range(8192))


BAD_INPUTS = {
    "empty.txt": (lambda: b"", "empty"),
    "whitespace.txt": (lambda: b" \n\r\n\t\n  ", "empty"),
    "random-binary.txt": (_random_binary, "binary"),
    "elf.txt": (lambda: b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8, "program"),
    "scan.pdf.txt": (lambda: _PDF, "PDF"),
    "photo.png.txt": (lambda: b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
    "nul-noise.txt": (lambda: b"\x00\x01\x02\x03" * 500, "binary"),
    "library.sqlite3.txt": (lambda: b"SQLite format 3\x00" + bytes(4000), "SQLite"),
}

GOOD_ENCODINGS = {
    "gb18030.txt": SAMPLE_TEXT.encode("gb18030"),
    "gbk-crlf.txt": SAMPLE_TEXT.replace("\n", "\r\n").encode("gbk", "replace"),
    "utf16-bom.txt": SAMPLE_TEXT.encode("utf-16"),
    "utf16le-nobom.txt": SAMPLE_TEXT.encode("utf-16-le"),
    "utf16be-nobom.txt": SAMPLE_TEXT.encode("utf-16-be"),
    "utf8-bom.txt": SAMPLE_TEXT.encode("utf-8-sig"),
}


def small_page(i: int) -> str:
    return (
        f"第{i}号信访积案化解\n"
        f"□记者 胡磊 报道\n"
        f"  本报东阿讯 东阿县持续巩固提升信访积案化解成果，第{i}批共化解{i % 97 + 3}件，"
        f"投入资金{i % 50 + 1}万元。\n"
        f"  截至目前，全县{i % 9 + 1}个乡镇全部完成任务。\n"
    )


def make_folder(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"page-{i:05d}.txt"
        path.write_text(small_page(i), encoding="utf-8")
        paths.append(path)
    return paths


def child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run_child(args: list[str], timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PYTHON, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=child_env(),
        cwd=ROOT,
        **kwargs,
    )


def can_drop_dac() -> bool:
    return os.geteuid() != 0 or shutil.which("setpriv") is not None


def without_dac(argv: list[str]) -> list[str]:
    """As root, permissions are not checked; drop the two capabilities that skip them."""
    if os.geteuid() != 0:
        return argv
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *argv]


class LockHolder:
    """A child process that holds `BEGIN EXCLUSIVE` on a library until `release()`."""

    SCRIPT = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('BEGIN EXCLUSIVE')\n"
        "conn.execute('INSERT INTO tags (name) VALUES (\\'lock-holder\\')')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
        "conn.execute('ROLLBACK')\n"
    )

    def __init__(self, path: Path):
        self.process = subprocess.Popen(
            [PYTHON, "-c", self.SCRIPT, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=30)
        self.process.stdout.close()

    def __enter__(self) -> LockHolder:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def cli(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def assert_clear_stderr(err: str, expected_lines: int | None = None) -> list[str]:
    """No traceback; every line is one `reader: ...` message."""
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert all(line.startswith("reader: ") for line in lines), err
    if expected_lines is not None:
        assert len(lines) == expected_lines, err
    return lines
