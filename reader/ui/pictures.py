"""Pictures of the window, rendered offscreen: what `reader screenshot` and `tools/shots.py`
share.

    staged_window(library, path, settings, size, article_id=None) -> MainWindow
                                        the window shown at `size` on the library, the article
                                        (else the tree's first) open, its tags suggested
    ledger_picture(window, path, size) -> Path   the figures ledger of the whole library,
                                        once its reading thread has read it
    take_screenshot(window, path) -> Path         renders a shown window into a PNG

`settings` are throwaway ones (a temporary INI file), so the user's window state is untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication


def staged_window(library, path, settings, size: tuple[int, int], article_id=None):
    """The window as a first look shows it: tree read, an article open, tags suggested."""
    from reader.ui.window import MainWindow

    window = MainWindow(library, settings, path)
    window.resize(*size)
    window.show()
    if article_id:
        window.session.open_article(article_id)
    else:
        window.open_first_article()
    window.populate_tree()
    window.load_suggestions()
    window.sidebar.view.setFocus()
    return window


def ledger_picture(window, path, size: tuple[int, int]) -> Path:
    """The 数据台账 of the whole library, as Edit › Figures ledger opens it."""
    from reader.store.scope import EVERYTHING
    from reader.ui.actions import show_ledger

    window.session.set_scope(EVERYTHING)
    dialog = show_ledger(window.session)
    dialog.resize(*size)
    if dialog.busy():
        loop = QEventLoop()
        dialog.reader.busy_changed.connect(lambda busy: busy or loop.quit())
        loop.exec()
    try:
        return take_screenshot(dialog, path)
    finally:
        dialog.close()


def take_screenshot(window, path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    if not window.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path
