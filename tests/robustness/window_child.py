"""The window in a child process (offscreen), for cases the test process cannot set up itself
(a read-only library when the tests run as root: the child runs without CAP_DAC_OVERRIDE).

    python window_child.py DB SETTINGS_INI PAGE

Opens the MainWindow on DB, imports PAGE through the window's import job, then adds a note
through the window, and prints one JSON line: {"import": "finished"|"failed",
"import_message", "import_errors", "note_error" (an exception escaping the window, or null),
"status"}.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from reader.store import Library
from reader.ui.window import MainWindow


def main(db: str, settings_path: str, page: str) -> None:
    app = QApplication(sys.argv[:1])
    library = Library(db)
    window = MainWindow(library, QSettings(settings_path, QSettings.Format.IniFormat), db)
    window.show()
    result: dict = {}
    loop = QEventLoop()
    job = window.session.import_paths([page])
    job.finished.connect(
        lambda report: (
            result.update(
                {"import": "finished", "import_errors": [list(e) for e in report.errors]}
            ),
            loop.quit(),
        )
    )
    job.failed.connect(
        lambda message: (
            result.update({"import": "failed", "import_message": message}),
            loop.quit(),
        )
    )
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    app.processEvents()
    try:
        window.session.add_note("只读库里的笔记")
        result["note_error"] = None
    except Exception as error:  # what would reach the excepthook's message box
        result["note_error"] = f"{type(error).__name__}: {error}"
    result["status"] = window.statusBar().currentMessage()
    print(json.dumps(result, ensure_ascii=False), flush=True)
    window.close()
    library.close()
    app.quit()


if __name__ == "__main__":
    main(*sys.argv[1:4])
