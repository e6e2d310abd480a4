"""Render the README's pictures of the window, offscreen and in Chinese, each on a fresh
library of the sample pages (a temporary file, throwaway settings).

    PYTHONPATH=. python tools/shots.py NAME... [--out FOLDER]
    PYTHONPATH=. python tools/shots.py --all [--out FOLDER]     (FOLDER: docs/ by default)

Each NAME is written as FOLDER/NAME.png:
    screenshot        the window 1400×860 as `reader screenshot` shows it, the article with
                      a tag and a tagged note
    ledger            the figures ledger over the library (`reader screenshot --ledger`)
    search-scope      search narrowed to the open article's file and county, shown as chips
                      that can be removed, over a query with hits
    import-report     an import of two sample pages and two files that are no pages, its
                      report opened from the status bar
    small-window      the window made 1000×650: the text keeps its column, the note panel
                      shows a tagged note, the Article toolbar (previous/next)
    dark              a dark palette, beside mode: a paragraph lights up its source lines
    page-view         the page view beside the first page's second article
    corrections-menu  the 更正 (Corrections) menu open over the page view, painted onto the
                      window's picture (an offscreen popup is a window of its own)
    pdf-page-view     a four-page PDF of the layout corpus, the page view showing the PDF page

Needs a CJK font (on Debian or Ubuntu: fonts-wqy-microhei); without one Chinese is drawn as
boxes, so it stops before drawing anything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from reader.importing import import_paths
from reader.resources import bundled_seeds_dir
from reader.store import Library, Scope
from reader.ui import actions
from reader.ui.app import make_app
from reader.ui.i18n import install_translators
from reader.ui.pictures import ledger_picture, staged_window, take_screenshot
from reader.ui.warmup import warmup
from reader.ui.window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
EDITION = ROOT / "tests" / "layouts" / "pdf" / "out" / "09_edition.pdf"
WINDOW = (1400, 860)
PAGE_DOCK = 620  # wide enough for a page's lines to be read whole
SEARCH_WAIT_MS = 120_000  # the segmenter loads once (about 1.4 s) before the first search
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


class Stage:
    """What every picture shares: the app, and a folder for its libraries and settings."""

    def __init__(self, app: QApplication, folder: Path):
        self.app, self.folder, self._made = app, folder, 0
        folder.mkdir(parents=True, exist_ok=True)

    def library(self, pages: list[Path] | None = None) -> Library:
        """A fresh library of `pages` (default: every sample page)."""
        self._made += 1
        library = Library(self.folder / f"library-{self._made}.sqlite3")
        import_paths(library, pages if pages is not None else [bundled_seeds_dir()])
        return library

    def settings(self) -> QSettings:
        name = str(self.folder / f"shots-{self._made}.ini")
        return QSettings(name, QSettings.Format.IniFormat)

    def window(self, library: Library, size: tuple[int, int] | None = None) -> MainWindow:
        """The window on `library`, shown (at `size`), no article open."""
        window = MainWindow(library, self.settings(), library.path)
        if size is not None:
            window.resize(*size)
        window.show()
        return window

    def staged(self, library: Library, size=WINDOW, article_id=None) -> MainWindow:
        """The window as `reader screenshot` stages it."""
        return staged_window(library, library.path, self.settings(), size, article_id)


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def wait_for(condition: Callable[[], bool], limit_ms: int = SEARCH_WAIT_MS) -> None:
    loop = QEventLoop()
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    poll.start()
    QTimer.singleShot(limit_ms, loop.quit)
    loop.exec()


def article_with_byline(library: Library):
    details = (library.article(row.id) for row in library.article_rows())
    return next(d for d in details if d.byline and d.county and len(d.body) >= 4)


def annotate(window: MainWindow, detail) -> None:
    """A tag on the open article and a tagged note quoting its first words."""
    window.session.add_tag("财政预算监管")
    window.session.add_note("引用：双监控的做法", (0, 20, detail.text[:20]))
    window.notes_box.view.setCurrentIndex(window.notes_box.model.index(0))
    window.notes_box.tag_field.setText("绩效, 论文引用")
    window.notes_box.tag_field.returnPressed.emit()


def shot_screenshot(stage: Stage, out: Path) -> Path:
    library = stage.library()
    detail = article_with_byline(library)
    window = stage.staged(library, WINDOW, detail.id)
    annotate(window, detail)
    window.load_suggestions()
    settle()
    return _close(window, library, take_screenshot(window, out))


def shot_ledger(stage: Stage, out: Path) -> Path:
    library = stage.library()
    window = stage.staged(library)
    return _close(window, library, ledger_picture(window, out, WINDOW))


def shot_search_scope(stage: Stage, out: Path) -> Path:
    library = stage.library(_seeds()[2:])
    window = stage.window(library)
    warmup().wait(120)
    detail = next(library.article(r.id) for r in library.article_rows() if r.county)
    window.session.open_article(detail.id)
    window.populate_tree()
    dialog = actions.show_search(window.session)
    dialog.resize(640, 520)
    dialog.narrow.click()
    dialog.chips.removed.emit("file_id")  # as a click on the file chip's ×
    dialog.query.setText(detail.county)
    dialog.run_search()
    wait_for(lambda: dialog.model.rowCount() > 0)
    return _close(window, library, take_screenshot(dialog, out))


def shot_import_report(stage: Stage, out: Path) -> Path:
    library = stage.library(_seeds()[2:])
    window = stage.window(library)
    pages = stage.folder / "pages"
    pages.mkdir(exist_ok=True)
    for seed in _seeds()[:2]:
        (pages / seed.name).write_bytes(seed.read_bytes())
    (pages / "扫描件.txt").write_bytes(b"%PDF-1.4 a scan, not a page")
    (pages / "空白.txt").write_bytes(b"\n")
    job = window.session.import_paths([pages])
    finished: list[int] = []
    job.finished.connect(lambda _report: finished.append(1))
    wait_for(lambda: bool(finished))
    dialog = window.readout.open_report()
    dialog.resize(720, 300)
    return _close(window, library, take_screenshot(dialog, out))


def annotated_window(stage: Stage):
    """A window 1300×820 on a fresh library, the article with a byline open, annotated."""
    library = stage.library()
    window = stage.window(library, (1300, 820))
    window.populate_tree()
    detail = article_with_byline(library)
    window.session.open_article(detail.id)
    annotate(window, detail)
    window.load_suggestions()
    return library, window, detail


def shot_small_window(stage: Stage, out: Path) -> Path:
    library, window, _detail = annotated_window(stage)
    window.resize(1000, 650)
    settle()
    return _close(window, library, take_screenshot(window, out))


def shot_dark(stage: Stage, out: Path) -> Path:
    style, palette = stage.app.style().name(), stage.app.palette()
    stage.app.setStyle("Fusion")
    stage.app.setPalette(_dark_palette())
    try:
        return _beside_lit(stage, out)
    finally:
        stage.app.setStyle(style)
        stage.app.setPalette(palette)


def _beside_lit(stage: Stage, out: Path) -> Path:
    """Beside mode, the mouse over the article's second paragraph."""
    library, window, detail = annotated_window(stage)
    window.set_mode("beside")
    window.pane.splitter.setSizes([520, 380])
    settle()
    document = window.pane.browser.document()
    block = document.findBlockByNumber(document.blockCount() - len(detail.body) + 1)
    window.pane.link_position(block.position() + 2)
    settle()
    return _close(window, library, take_screenshot(window, out))


def shot_page_view(stage: Stage, out: Path) -> Path:
    library = stage.library()
    window = stage.staged(library, (1600, 900), library.article_rows()[1].id)
    window.actions["page_view"].trigger()
    settle()
    window.resizeDocks([window.page_dock], [PAGE_DOCK], Qt.Orientation.Horizontal)
    settle()
    return _close(window, library, take_screenshot(window, out))


def shot_corrections_menu(stage: Stage, out: Path) -> Path:
    library = stage.library()
    window = stage.window(library, WINDOW)
    window.session.open_article(library.article_rows()[1].id)  # merge and split all apply
    window.populate_tree()
    window.actions["page_view"].trigger()
    titles = {action.text(): action.menu() for action in window.menuBar().actions()}
    menu = next(menu for text, menu in titles.items() if "更正" in text)
    anchor = window.menuBar().actionGeometry(menu.menuAction()).bottomLeft()
    menu.popup(window.menuBar().mapToGlobal(anchor))
    stage.app.processEvents()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))), menu.grab())
    painter.end()
    picture.save(str(out))
    menu.close()
    return _close(window, library, out)


def shot_pdf_page_view(stage: Stage, out: Path) -> Path:
    pdf = stage.folder / "聊城日报-2026-09-19.pdf"
    shutil.copy(EDITION, pdf)
    library = stage.library([pdf])
    window = stage.window(library, (1500, 900))
    settle(50)
    rows = library.article_rows(Scope(file_id=library.files()[0].id, page=1))
    window.session.open_article(rows[1].id)
    window.load_suggestions()  # now, not when a worker happens to finish
    window.actions["page_view"].trigger()
    settle(50)
    window.resizeDocks([window.page_dock], [PAGE_DOCK], Qt.Orientation.Horizontal)
    settle(50)
    return _close(window, library, take_screenshot(window, out))


SHOTS: dict[str, Callable[[Stage, Path], Path]] = {
    "screenshot": shot_screenshot,
    "ledger": shot_ledger,
    "search-scope": shot_search_scope,
    "import-report": shot_import_report,
    "small-window": shot_small_window,
    "dark": shot_dark,
    "page-view": shot_page_view,
    "corrections-menu": shot_corrections_menu,
    "pdf-page-view": shot_pdf_page_view,
}


def _seeds() -> list[Path]:
    return sorted(bundled_seeds_dir().glob("*.txt"))


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def _close(window: MainWindow, library: Library, picture: Path) -> Path:
    window.close()
    library.close()
    return picture


def has_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Render the README's pictures.")
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(SHOTS))
    parser.add_argument("--all", action="store_true", help="every picture")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder (docs/)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in SHOTS]
    if unknown or bool(args.names) == args.all:
        parser.error(f"name pictures ({', '.join(SHOTS)}) or give --all")
    return args


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    app = make_app()
    if not has_cjk_font():
        print("no CJK font: apt-get install fonts-wqy-microhei", file=sys.stderr)
        return 1
    keep = install_translators(app, "zh_CN")
    with tempfile.TemporaryDirectory() as folder:
        for name in SHOTS if args.all else args.names:
            print(SHOTS[name](Stage(app, Path(folder) / name), args.out / f"{name}.png"))
    for translator in keep:
        app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
