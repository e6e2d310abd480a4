"""Ledger benchmark: how long the window's event loop is blocked by the figures ledger.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_ledger.py LIBRARY [--pages 5]

Opens the window on LIBRARY (a copy is used: the window may write its state), then Edit ›
Figures ledger for the whole library (twice: the first opening loads pyqtgraph), then
--pages pages of rows, then a change of kind. For each it prints the longest time the GUI
thread did not run its event loop (a 10 ms heartbeat timer measures the gaps) and the time
until the ledger showed the answer. A ledger that reads on the GUI thread blocks for as long
as its reads take; one that reads on its own thread blocks only while it shows rows.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HEARTBEAT_MS = 10


class Heartbeat:
    """Times between ticks of a GUI-thread timer: a long one is a frozen window."""

    def __init__(self):
        from PySide6.QtCore import QTimer

        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def measure(self, app, act, done) -> tuple[float, float]:
        """(longest block, time until `done()`) of `act()` and the event loop after it."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        check = QTimer()
        check.setInterval(HEARTBEAT_MS)
        check.timeout.connect(lambda: done() and loop.quit())
        self.timer.start()
        app.processEvents()
        start = time.perf_counter()
        self.ticks = [start]
        act()
        check.start()
        if not done():
            loop.exec()  # (a waiting loop, not a spinning one: the reader's thread gets the GIL)
        end = time.perf_counter()
        check.stop()
        self.timer.stop()
        stamps = [*self.ticks, end]
        return max(b - a for a, b in itertools.pairwise(stamps)), end - start


def idle(dialog) -> bool:
    """The ledger shows its answer (at once, for a ledger that reads on the GUI thread)."""
    busy = getattr(dialog, "busy", None)
    return busy is None or not busy()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--pages", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reader.store import Library
    from reader.store.scope import EVERYTHING
    from reader.ui.actions import show_ledger
    from reader.ui.window import MainWindow

    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite3"
        shutil.copyfile(args.library, path)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        library = Library(path)
        window = MainWindow(library, settings, path)
        window.show()
        while not window.sidebar.model.loaded:
            app.processEvents()
        window.session.set_scope(EVERYTHING)  # as the tree's "all" sets it
        beat = Heartbeat()
        for opening in ("open the ledger", "open it again (pyqtgraph loaded)"):
            holder: dict = {}
            block, took = beat.measure(
                app,
                lambda holder=holder: holder.setdefault("dialog", show_ledger(window.session)),
                lambda holder=holder: "dialog" in holder and idle(holder["dialog"]),
            )
            dialog = holder["dialog"]
            figures = f"{dialog.model.total:,} figures"
            print(f"{opening} ({figures}): blocked {block:.3f} s, shown after {took:.3f} s")
            if opening == "open the ledger":
                dialog.close()
        model = dialog.model
        for page in range(args.pages):
            if not model.canFetchMore():
                break
            rows = model.rowCount()
            block, took = beat.measure(
                app, model.fetchMore, lambda rows=rows: model.rowCount() > rows and idle(dialog)
            )
            print(f"page {page + 1}: blocked {block:.3f} s, rows after {took:.3f} s")
        block, took = beat.measure(
            app, lambda: dialog.kind.setCurrentIndex(0), lambda: idle(dialog)
        )
        print(
            f"all kinds ({model.total:,} figures): blocked {block:.3f} s, shown after {took:.3f} s"
        )
        dialog.close()
        window.close()
        app.processEvents()
        library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
