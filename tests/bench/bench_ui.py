"""Window benchmark: a 100,000-article library against a one-page library.

    .venv/bin/python tests/bench/bench_ui.py [--articles 100000] [--cache DIR]

Prints, for each library, the time from opening the library to the first article shown in the
window and the process memory (RSS) once the window has settled, with the ratio big/small
(the figure that matters: at most 1.5x), then the time to switch between articles in the big
one.

Each measurement runs in a fresh process (`--measure DB`), so import costs and memory start
equal; each figure is the median of --runs processes. "First article" is the first paint of
the reading pane; the window fills its tree right after ("tree filled"). The big library is
built through the store (`Library.store_page`) from the sample pages parsed once and stored
again and again under new names; it is cached in --cache (default: the system temp folder)
so a second run skips the build.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SWITCHES = 60
FLOOR = 1.5


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def build_library(path: Path, articles: int) -> int:
    """Fill `path` with copies of the parsed sample pages until it holds `articles`."""
    from reader.importing import parse, parser_fingerprint, read
    from reader.resources import bundled_seeds_dir
    from reader.store import Library

    fingerprint = parser_fingerprint()
    pages = [parse(read(p), fingerprint) for p in sorted(bundled_seeds_dir().glob("*.txt"))]
    total, copy = 0, 0
    with Library(path) as library:
        while total < articles:
            for page in pages:
                if total >= articles:
                    break
                copy += 1
                name = f"{copy:06d}_{page.name}"
                clone = dataclasses.replace(
                    page, name=name, path=Path("/bench") / name, sha256=f"{copy:064x}"
                )
                total += library.store_page(clone).articles
        return library.count_articles()


def one_page_library(path: Path) -> int:
    from reader.importing import import_paths
    from reader.resources import bundled_seeds_dir
    from reader.store import Library

    with Library(path) as library:
        import_paths(library, [sorted(bundled_seeds_dir().glob("*.txt"))[0]])
        return library.count_articles()


def paint_clock():
    from PySide6.QtCore import QEvent, QObject

    class Clock(QObject):
        """Notes when the reading pane is first painted (the article is on screen)."""

        at = None

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.perf_counter()
            return False

    return Clock()


def measure(db: str, switches: int) -> dict:
    """In this (fresh) process: open the window on `db`, time the first article, then switch."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.store import Library
    from reader.ui.window import MainWindow

    app = QApplication.instance() or QApplication([])
    painted = paint_clock()
    settings_dir = tempfile.mkdtemp()
    settings = QSettings(str(Path(settings_dir) / "bench.ini"), QSettings.Format.IniFormat)
    start = time.perf_counter()
    library = Library(db)
    window = MainWindow(library, settings, db)
    window.pane.browser.viewport().installEventFilter(painted)
    window.show()
    while painted.at is None or not window.sidebar.model.loaded:
        app.processEvents()
    first = painted.at - start
    tree = time.perf_counter() - start
    assert window.session.article is not None, "no article shown"
    # memory once the window has settled: suggested tags (jieba) loaded in both cases
    done = []
    window.suggester.ready.connect(lambda *_: done.append(1))
    window.suggester.request(window.session.article.id)
    while not done:
        app.processEvents()
        time.sleep(0.01)
    memory = rss_mb()
    count = library.count_articles()
    rng = random.Random(4)
    ids = [
        library.article_rows(limit=1, offset=rng.randrange(count))[0].id for _ in range(switches)
    ]
    times = []
    for article_id in ids:
        begin = time.perf_counter()
        window.session.open_article(article_id)
        app.processEvents()
        times.append(time.perf_counter() - begin)
    window.close()
    library.close()
    times.sort()
    return {
        "articles": count,
        "first_s": first,
        "tree_s": tree,
        "rss_mb": memory,
        "switch_median_ms": 1000 * times[len(times) // 2],
        "switch_max_ms": 1000 * times[-1],
    }


def run_measure(db: Path, runs: int) -> dict:
    """The median of each figure over `runs` fresh processes (one run is noisy at ~30 ms)."""
    rows = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, __file__, "--measure", str(db)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        rows.append(json.loads(output.strip().splitlines()[-1]))
    return {key: sorted(row[key] for row in rows)[len(rows) // 2] for key in rows[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--runs", type=int, default=5, help="processes per library (median)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, SWITCHES)))
        return 0
    big = args.cache / f"reader-bench-ui-{args.articles}.sqlite3"
    small = args.cache / "reader-bench-ui-one-page.sqlite3"
    if not big.exists():
        started = time.perf_counter()
        partial = big.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        built = build_library(partial, args.articles)
        partial.rename(big)
        print(f"built {built} articles in {time.perf_counter() - started:.0f} s ({big})")
    if not small.exists():
        one_page_library(small)
    results = {"one page": run_measure(small, args.runs), "big": run_measure(big, args.runs)}
    report(results)
    return 0


def report(results: dict) -> None:
    small, big = results["one page"], results["big"]
    print(f"{'library':<12}{'articles':>10}{'first article':>16}{'tree filled':>14}{'RSS':>10}")
    for name, row in results.items():
        print(
            f"{name:<12}{row['articles']:>10,}{row['first_s'] * 1000:>13.0f} ms"
            f"{row['tree_s'] * 1000:>11.0f} ms{row['rss_mb']:>7.0f} MB"
        )
    time_ratio = big["first_s"] / small["first_s"]
    memory_ratio = big["rss_mb"] / small["rss_mb"]
    tree_ratio = big["tree_s"] / small["tree_s"]
    print(
        f"ratio big/one page: first article {time_ratio:.2f}x (tree filled {tree_ratio:.2f}x), "
        f"memory {memory_ratio:.2f}x "
        f"(floor {FLOOR}x: {'ok' if max(time_ratio, memory_ratio) <= FLOOR else 'OVER'})"
    )
    print(
        f"switching articles ({SWITCHES} random, big library): median "
        f"{big['switch_median_ms']:.1f} ms, max {big['switch_max_ms']:.1f} ms"
    )


if __name__ == "__main__":
    sys.exit(main())
