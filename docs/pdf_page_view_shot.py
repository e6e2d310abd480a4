"""Render docs/pdf-page-view.png: a four-page PDF of the corpus imported into a fresh library,
an article of its first page open and the page view showing the PDF page itself (offscreen,
in Chinese).

    PYTHONPATH=. python docs/pdf_page_view_shot.py [OUT.png]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from reader.importing import import_paths
from reader.store import Library, Scope
from reader.ui.i18n import install_translators
from reader.ui.window import MainWindow

HERE = Path(__file__).resolve().parent
EDITION = HERE.parent / "tests" / "layouts" / "pdf" / "out" / "09_edition.pdf"


def settle(app: QApplication) -> None:
    for _ in range(50):
        app.processEvents()


def main(out: Path) -> None:
    app = QApplication(sys.argv)
    translators = install_translators(app, "zh_CN")  # noqa: F841  (kept alive)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "聊城日报-2026-09-19.pdf"
        shutil.copy(EDITION, pdf)
        library = Library(Path(folder) / "library.sqlite3")
        import_paths(library, [pdf], workers=1)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(library, settings, Path(folder) / "library.sqlite3")
        window.resize(1500, 900)
        window.show()
        settle(app)
        rows = library.article_rows(Scope(file_id=library.files()[0].id, page=1))
        window.session.open_article(rows[1].id)
        window.actions["page_view"].trigger()
        settle(app)
        window.resizeDocks([window.page_dock], [620], Qt.Orientation.Horizontal)
        settle(app)
        window.grab().save(str(out))
        window.close()
        library.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "pdf-page-view.png")
