"""Render the README's pictures of the window offscreen, on the bundled sample pages.

    python tools/window_shots.py [docs]

docs/small-window.png   the window made 1000×650: the text keeps its column, the note
                        panel shows a tagged note, the Article toolbar (previous/next)
docs/dark.png           a dark palette, beside mode: a paragraph lights up its source lines

Needs a CJK font (fonts-wqy-microhei). Writes to a temporary library and settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reader.importing import import_paths
from reader.resources import bundled_seeds_dir
from reader.store import Library
from reader.ui.app import make_app, take_screenshot
from reader.ui.i18n import install_translators
from reader.ui.window import MainWindow

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#353535",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#8a8a8a",
}


def window_on(library, path, folder) -> MainWindow:
    settings = QSettings(str(Path(folder) / "shots.ini"), QSettings.Format.IniFormat)
    window = MainWindow(library, settings, path)
    window.resize(1300, 820)
    window.show()
    window.populate_tree()
    return window


def article_with_byline(library):
    details = (library.article(row.id) for row in library.article_rows())
    return next(d for d in details if d.byline and d.county and len(d.body) >= 4)


def small_window(library, path, folder, out: Path) -> None:
    window = window_on(library, path, folder)
    detail = article_with_byline(library)
    window.session.open_article(detail.id)
    window.session.add_tag("财政预算监管")
    window.session.add_note("引用：双监控的做法", (0, 20, detail.text[:20]))
    window.notes_box.view.setCurrentIndex(window.notes_box.model.index(0))
    window.notes_box.tag_field.setText("绩效, 论文引用")
    window.notes_box.tag_field.returnPressed.emit()
    window.load_suggestions()
    window.resize(1000, 650)
    _settle()
    take_screenshot(window, out)
    window.close()


def dark(app, library, path, folder, out: Path) -> None:
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    window = window_on(library, path, folder)
    detail = article_with_byline(library)
    window.session.open_article(detail.id)
    window.load_suggestions()
    window.set_mode("beside")
    window.pane.splitter.setSizes([520, 380])
    _settle()
    block = window.pane.browser.document().findBlockByNumber(
        window.pane.browser.document().blockCount() - len(detail.body) + 1
    )
    window.pane.link_position(block.position() + 2)
    _settle()
    take_screenshot(window, out)
    window.close()


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main() -> None:
    docs = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    app = make_app()
    install_translators(app, "zh_CN")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite3"
        with Library(path) as library:
            import_paths(library, [bundled_seeds_dir()])
            small_window(library, path, folder, docs / "small-window.png")
            dark(app, library, path, folder, docs / "dark.png")
    print(docs / "small-window.png", docs / "dark.png")


if __name__ == "__main__":
    main()
