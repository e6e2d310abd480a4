"""Library size and cold command times on a big library, each beside its floor, in one run.

    python tests/bench/bench_size.py [--articles 100000] [--runs 5] [--dir FOLDER]
                                     [--library FILE]

Builds a library of about `--articles` articles by storing the sample pages again and again
under new names (parsed once: this measures the store, not the parser), then prints
    size:     library file / UTF-8 size of the page text it holds (floor <= 2.5)
    commands: `reader list`, `show ID`, `tags`, `search 信访` as fresh processes, best of
              `--runs` wall times (floors: 0.4 s; search 0.7 s), with the bytecode of our
              modules cached as an installed package has it (`installed_like`)
`--library FILE` measures a library built before (by an earlier run with `--dir`) instead of
building one; the page text is then what its files hold.
The 200-page figures (import against jieba.lcut, size, search p95) are bench_store.py's.
This is a script that prints figures, not a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SIZE_FLOOR = 2.5
COMMANDS = {"list": 0.4, "show": 0.4, "tags": 0.4, "search": 0.7}


def build(path: Path, articles: int) -> tuple[int, int]:
    """(articles stored, UTF-8 bytes of the page text they came from)."""
    from reader.importing import parse, parser_fingerprint, read
    from reader.store import Library

    fingerprint = parser_fingerprint()
    pages = [parse(read(p), fingerprint) for p in sorted(SEEDS.glob("*.txt"))]
    total, text_bytes, copy = 0, 0, 0
    with Library(path) as library:
        while total < articles:
            for page in pages:
                copy += 1
                name = f"{copy:06d}_{page.name}"
                clone = dataclasses.replace(
                    page, name=name, path=Path("/bench") / name, sha256=f"{copy:064x}"
                )
                total += library.store_page(clone).articles
                text_bytes += len(page.text.encode("utf-8"))
        library.tag_article(library.article_rows(limit=1)[0].id, "信访")
    return total, text_bytes


def stored_text_bytes(path: Path) -> tuple[int, int]:
    """(articles, UTF-8 bytes of the page text) of a library built before."""
    from reader.store import Library, page_texts

    with Library(path, read_only=True) as library:
        conn = library.db.conn
        text = sum(
            len((page_texts.read(conn, file_id) or "").encode())
            for (file_id,) in conn.execute("SELECT id FROM files").fetchall()
        )
        return library.count_articles(), text


def best_wall(argv: list[str], runs: int, env: dict[str, str]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            argv, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
        )
        times.append(time.perf_counter() - start)
    return min(times)


def installed_like(bytecode: Path) -> dict[str, str]:
    """The environment of a command as a user's installation runs it: with its modules'
    bytecode cached (pip compiles a wheel's modules as it installs them). A machine that
    sets PYTHONDONTWRITEBYTECODE would otherwise compile every module on every start."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(bytecode)}


def command_times(db: Path, runs: int) -> dict[str, float]:
    from reader.store import Library

    with Library(db, read_only=True) as library:
        first = library.article_rows(limit=1)[0].id
    reader = [sys.executable, "-m", "reader"]
    argv = {
        "list": [*reader, "list", "--db", str(db)],
        "show": [*reader, "show", first, "--db", str(db)],
        "tags": [*reader, "tags", "--db", str(db)],
        "search": [*reader, "search", "信访", "--db", str(db)],
    }
    with tempfile.TemporaryDirectory() as bytecode:
        env = installed_like(Path(bytecode))
        for command in argv.values():  # compiles what each command imports, once
            best_wall(command, 1, env)
        return {name: best_wall(command, runs, env) for name, command in argv.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--library", type=Path, help="a library built before: measure it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.library:
            db = args.library
            stored, text_bytes = stored_text_bytes(db)
            print(f"library: {stored} articles in {db}")
        else:
            work = args.dir or Path(scratch)
            work.mkdir(parents=True, exist_ok=True)
            db = work / "big.sqlite3"
            db.unlink(missing_ok=True)
            start = time.perf_counter()
            stored, text_bytes = build(db, args.articles)
            print(f"built: {stored} articles in {time.perf_counter() - start:.0f} s")
        ratio = db.stat().st_size / text_bytes
        print(
            f"size : {db.stat().st_size / 1e6:.1f} MB file / {text_bytes / 1e6:.1f} MB page text"
            f" = {ratio:.2f}  (floor <= {SIZE_FLOOR})  {'OK' if ratio <= SIZE_FLOOR else 'MISSED'}"
        )
        for name, seconds in command_times(db, args.runs).items():
            floor = COMMANDS[name]
            print(
                f"reader {name:7}: {seconds:.2f} s best of {args.runs}  (floor <= {floor})"
                f"  {'OK' if seconds <= floor else 'MISSED'}"
            )


if __name__ == "__main__":
    main()
