"""Run by tests/ui/test_warmup.py in a fresh process (the segmenter not loaded yet): open the
window, add a note and close the window at once, before the segmenter has loaded. Prints one
JSON object: whether the note waited, and the notes the library holds afterwards.

    python -m tests.ui.close_early LIBRARY SETTINGS.ini
"""

from __future__ import annotations

import json
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def main(library_path: str, settings_path: str) -> dict:
    from reader.lexicon import segment
    from reader.store import Library
    from reader.ui.warmup import warmup
    from reader.ui.window import MainWindow

    # the segmenter's load is held back (its lock taken) until the note is written: loading
    # takes a tenth of a second now, less than the window takes to open
    segment._lock.acquire()
    app = QApplication.instance() or QApplication([])
    library = Library(library_path)
    window = MainWindow(library, QSettings(settings_path, QSettings.Format.IniFormat), library_path)
    window.show()
    window.populate_tree()
    window.open_first_article()
    article_id = window.session.article.id
    window.session.add_note("关窗前写的笔记")
    waited = not warmup().is_ready and bool(window.session._pending)
    segment._lock.release()
    window.close()
    library.close()
    app.processEvents()
    with Library(library_path) as reopened:
        notes = [note.text for note in reopened.notes(article_id)]
    return {"waited": waited, "notes": notes}


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:3]), ensure_ascii=False))
