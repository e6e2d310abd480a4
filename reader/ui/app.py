"""Starting the window: the QApplication, translations, the error hook, the library.

    run_window(db=None) -> exit code       what `reader` with no subcommand runs
    make_app() -> QApplication             one per process; names set for QSettings

Errors never reach the user as a traceback: `install_excepthook` turns any uncaught
exception into a message box (the traceback goes to stderr for bug reports).
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui.citation import release_clipboard
from reader.ui.i18n import install_translators, resolve_language

_error_boxes: list[QMessageBox] = []
ORGANISATION = "reader"
APPLICATION = "reader"


def make_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Qt 6 scales for high DPI on its own; fractional factors (150 %) stay exact.
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        QApplication.setOrganizationName(ORGANISATION)
        QApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
        app.aboutToQuit.connect(release_clipboard)
    return app


def install_excepthook() -> None:
    def hook(kind, value, tb):
        traceback.print_exception(kind, value, tb, file=sys.stderr)
        message = str(value) or kind.__name__
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Something went wrong"),
            message,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and page text
        _error_boxes.append(box)  # a parentless box lives as long as Python holds it
        box.finished.connect(lambda _result, b=box: _error_boxes.remove(b))
        box.open()  # not exec(): a second error must not nest event loops
        if parent is not None and hasattr(parent, "show_status"):
            parent.show_status(message)

    sys.excepthook = hook


def open_library(db):
    """The library at `db` (or the default place), upgraded with a progress dialog if it is
    of an older schema; LibraryError if it cannot be opened."""
    from reader.store import Library, default_library_path
    from reader.ui.upgrade import UpgradeProgress

    path = Path(db) if db else Path(default_library_path())
    progress = UpgradeProgress()
    try:
        return Library(path, progress=progress), path
    finally:
        progress.close()


def run_window(db=None) -> int:
    from reader.store import LibraryError
    from reader.ui.window import MainWindow

    app = make_app()
    settings = QSettings()
    translators = install_translators(app, resolve_language(settings))
    install_excepthook()
    try:
        library, path = open_library(db)
    except LibraryError as error:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("App", "Cannot open the library"),
            str(error),
            QMessageBox.StandardButton.Ok,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the path
        box.exec()
        from reader import exits

        return exits.FAILURE
    window = MainWindow(library, settings, path)
    window.show()  # the session has started loading the segmenter (reader.ui.warmup)
    if library.backup is not None:
        from reader.ui.upgrade import backup_message

        window.show_status(backup_message(library.backup))
    if window.session.import_seeds_if_empty() is not None:
        window.readout.importing_first_pages()
    code = run_event_loop(app)
    window.close()
    library.close()
    for translator in translators:
        app.removeTranslator(translator)
    return code


def run_event_loop(app: QApplication) -> int:
    """app.exec(), apart so a test can stand in for the user."""
    return app.exec()
