"""Reading benchmark: next/previous and the grouped tree on a big library, CPU time.

    .venv/bin/python tests/bench/bench_reading.py [--articles 20000] [--cache DIR]

Prints, on a library of --articles copies of the sample pages (several cities, so "by county"
has its city level), the process CPU time of: reading the county tree's top level (cities in
official order); 200 steps of next article through the tree (fetching groups as it goes);
200 steps back; saving and reading a reading position. CPU time, not wall time: the machine is
shared. The library is built as tests/bench/bench_ui.py builds it, and cached.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ui import build_library

STEPS = 200


def cpu(function, *args):
    start = time.process_time()
    result = function(*args)
    return time.process_time() - start, result


def walk(sidebar, session, steps: int, step: int) -> int:
    moved = 0
    for _ in range(steps):
        article_id = sidebar.neighbour_id(session.article, step)
        if article_id is None or not session.open_article(article_id):
            break
        moved += 1
    return moved


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--cache", default=tempfile.gettempdir())
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    db = Path(args.cache) / f"reader-bench-{args.articles}.sqlite3"
    if not db.exists():
        build_library(db, args.articles)

    from PySide6.QtWidgets import QApplication

    from reader.store import Library
    from reader.ui.session import Session
    from reader.ui.sidebar import Sidebar

    app = QApplication.instance() or QApplication([])
    with Library(db) as library:
        print(f"library: {library.count_articles()} articles, {len(library.files())} files")
        seconds, sidebar = cpu(Sidebar, library, "county")
        print(
            f"county tree, top level ({sidebar.model.rowCount()} cities): {seconds * 1000:.1f} ms"
        )
        session = Session(library)
        session.open_article(sidebar.model.article_id(sidebar.model.first_article()))
        seconds, moved = cpu(walk, sidebar, session, STEPS, 1)
        print(f"next article x{moved}: {seconds / max(moved, 1) * 1000:.2f} ms a step")
        seconds, moved = cpu(walk, sidebar, session, STEPS, -1)
        print(f"previous article x{moved}: {seconds / max(moved, 1) * 1000:.2f} ms a step")
        article_id = session.article.id
        seconds, _ = cpu(lambda: [library.set_reading_position(article_id, n) for n in range(50)])
        print(f"save a reading position: {seconds / 50 * 1000:.2f} ms")
    del app


if __name__ == "__main__":
    main()
