"""Render the screenshots of the search scope chips and the import report (offscreen, in
Chinese) on a fresh library of the sample pages.

    PYTHONPATH=. python docs/screenshots.py [OUT_FOLDER]   (default: docs/)

Writes search-scope.png (the search dialog narrowed to the open article's file and county,
shown as removable chips, over a query with hits) and import-report.png (an import of the
sample pages with two files that are no pages, its report opened from the status bar).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer


def wait_for(app, condition, limit_ms: int = 120_000) -> None:
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start()
    QTimer.singleShot(limit_ms, loop.quit)
    loop.exec()


def search_scope(app, window, out: Path) -> Path:
    from reader.ui import actions
    from reader.ui.app import take_screenshot

    library = window.session.library
    detail = next(library.article(r.id) for r in library.article_rows() if r.county)
    window.session.open_article(detail.id)
    window.populate_tree()
    dialog = actions.show_search(window.session)
    dialog.resize(640, 520)
    dialog.narrow.click()
    dialog.chips.removed.emit("file_id")  # as a click on the file chip's ×
    dialog.query.setText(detail.county)
    dialog.run_search()
    wait_for(app, lambda: dialog.model.rowCount() > 0)
    return take_screenshot(dialog, out / "search-scope.png")


def import_report(app, window, out: Path, folder: Path) -> Path:
    from reader.resources import bundled_seeds_dir
    from reader.ui.app import take_screenshot

    pages = folder / "pages"
    pages.mkdir()
    for seed in sorted(bundled_seeds_dir().glob("*.txt"))[:2]:
        (pages / seed.name).write_bytes(seed.read_bytes())
    (pages / "扫描件.txt").write_bytes(b"%PDF-1.4 a scan, not a page")
    (pages / "空白.txt").write_bytes(b"\n")
    job = window.session.import_paths([pages])
    finished = []
    job.finished.connect(lambda _report: finished.append(1))
    wait_for(app, lambda: bool(finished))
    dialog = window.readout.open_report()
    dialog.resize(720, 300)
    return take_screenshot(dialog, out / "import-report.png")


def main(out: Path) -> None:
    from reader.importing import import_paths
    from reader.resources import bundled_seeds_dir
    from reader.store import Library
    from reader.ui.app import make_app
    from reader.ui.i18n import install_translators
    from reader.ui.warmup import warmup
    from reader.ui.window import MainWindow

    app = make_app()
    keep = install_translators(app, "zh_CN")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "library.sqlite3"
        library = Library(path)
        import_paths(library, sorted(bundled_seeds_dir().glob("*.txt"))[2:])
        settings = QSettings(str(folder / "shots.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings, path)
        window.show()
        warmup().wait(120)
        print(search_scope(app, window, out))
        print(import_report(app, window, out, folder))
        window.close()
        library.close()
    for translator in keep:
        app.removeTranslator(translator)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
