"""Run by tests/ui/test_warmup.py in a fresh process (the segmenter not loaded yet): open
the window, at once search and add a note, and measure how the GUI thread fared until both
were done. Prints one JSON object.

    python -m tests.ui.first_search LIBRARY SETTINGS.ini QUERY
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 10
GIVE_UP_MS = 120_000


def main(library_path: str, settings_path: str, query: str) -> dict:
    from reader.lexicon import segment
    from reader.store import Library
    from reader.ui import actions
    from reader.ui.warmup import warmup
    from reader.ui.window import MainWindow

    # the segmenter's load is held back (its lock taken) until the search and the note are
    # asked for: it takes a tenth of a second now, less than the window takes to open
    segment._lock.acquire()
    app = QApplication.instance() or QApplication([])
    library = Library(library_path)
    window = MainWindow(library, QSettings(settings_path, QSettings.Format.IniFormat), library_path)
    window.show()
    window.populate_tree()  # the tree's own first fill is not the wait measured here
    loaded_before = "rjieba" in sys.modules and warmup().is_ready
    ticks: list[float] = []
    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    dialog = actions.show_search(window.session)
    dialog.query.setText(query)
    dialog.run_search()
    search_status = dialog.status.text()
    window.session.add_note("第一条笔记")
    note_status = window.statusBar().currentMessage()
    segment._lock.release()
    loop = QEventLoop()
    done = lambda: dialog.model.rowCount() > 0 and window.session.notes  # noqa: E731
    check = QTimer(interval=TICK_MS)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    QTimer.singleShot(GIVE_UP_MS, loop.quit)
    loop.exec()
    finished = time.perf_counter()
    gaps = [b - a for a, b in zip([started, *ticks], [*ticks, finished], strict=True)]
    result = {
        "loaded_before": loaded_before,
        "search_status": search_status,
        "note_status": note_status,
        "hits": dialog.model.rowCount(),
        "notes": [n.text for n in window.session.notes],
        "pending_seconds": finished - started,
        "longest_gap_seconds": max(gaps),
        "ticks": len(ticks),
    }
    window.close()
    library.close()
    app.processEvents()
    return result


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:4]), ensure_ascii=False))
