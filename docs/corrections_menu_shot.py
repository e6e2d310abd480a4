"""Render docs/corrections-menu.png: the window offscreen with the page view shown and the
更正 (Corrections) menu open over it, the menu painted onto the window's picture (an
offscreen popup is a window of its own, which a window grab leaves out).

    QT_QPA_PLATFORM=offscreen python docs/corrections_menu_shot.py [OUT.png]

The library is the bundled sample pages, imported into a temporary file; the open article is
the first page's second, so the menu's merge and split entries all apply.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QPainter

from reader.importing import import_paths
from reader.resources import bundled_seeds_dir
from reader.store import Library
from reader.ui.app import make_app
from reader.ui.i18n import install_translators
from reader.ui.window import MainWindow

SIZE = (1400, 860)


def shoot(out: Path, folder: Path) -> None:
    app = make_app()
    keep = install_translators(app, "zh_CN")
    library = Library(folder / "library.sqlite3")
    import_paths(library, [bundled_seeds_dir()])
    settings = QSettings(str(folder / "shot.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings, folder / "library.sqlite3")
    window.resize(*SIZE)
    window.show()
    window.session.open_article(library.article_rows()[1].id)
    window.populate_tree()
    window.actions["page_view"].trigger()
    menu = _corrections_menu(window)
    anchor = window.menuBar().actionGeometry(menu.menuAction()).bottomLeft()
    menu.popup(window.menuBar().mapToGlobal(anchor))
    app.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))), menu.grab())
    painter.end()
    picture.save(str(out))
    menu.close()
    window.close()
    library.close()
    del keep


def _corrections_menu(window):
    titles = {action.text(): action.menu() for action in window.menuBar().actions()}
    return next(menu for text, menu in titles.items() if "更正" in text)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/corrections-menu.png")
    with tempfile.TemporaryDirectory() as tmp:
        shoot(target, Path(tmp))
    print(target)
