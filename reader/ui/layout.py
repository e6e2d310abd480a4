"""The main window's layout: tree | reading pane | tags over notes, in splitters, and the
page view docked on the right; the splitters' sizes saved in and restored from QSettings.

In: the window with its panes made (`sidebar`, `pane`, `tag_editor`, `notes_box`,
`page_dock`). Out: `build(window)` sets `window.splitter` and `window.side_splitter` and the
central widget; `save_splitters` / `restore_splitters` keep their sizes across restarts.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QGroupBox, QMainWindow, QSplitter, QVBoxLayout, QWidget

translate = QCoreApplication.translate  # lupdate knows this name
WINDOW_SIZE = (1300, 820)
TREE_PANE_SIDE = [300, 700, 280]  # tree, text, side panels: the text column gets the rest
TAGS_NOTES = [260, 540]


def build(window: QMainWindow) -> None:
    window.side_splitter = splitter(
        window,
        Qt.Orientation.Vertical,
        [
            boxed(window, translate("MainWindow", "Tags"), window.tag_editor),
            boxed(window, translate("MainWindow", "Notes"), window.notes_box),
        ],
        TAGS_NOTES,
    )
    window.splitter = splitter(
        window,
        Qt.Orientation.Horizontal,
        [window.sidebar, window.pane, window.side_splitter],
        TREE_PANE_SIDE,
    )
    window.setCentralWidget(window.splitter)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.page_dock)
    window.page_dock.hide()
    window.resize(*WINDOW_SIZE)


def boxed(parent: QWidget, title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title, parent)
    QVBoxLayout(box).addWidget(widget)
    return box


def splitter(parent: QWidget, orientation, widgets, sizes) -> QSplitter:
    made = QSplitter(orientation, parent)
    for widget in widgets:
        made.addWidget(widget)
    made.setStretchFactor(1, 1)
    made.setSizes(sizes)
    return made


def splitters(window) -> dict[str, QSplitter]:
    """The settings key of each splitter whose sizes the user may change."""
    return {
        "window/splitter": window.splitter,
        "window/side_splitter": window.side_splitter,
        "reading/splitter": window.pane.splitter,
    }


def restore_splitters(window, settings: QSettings) -> None:
    if settings.value("window/geometry") is not None:
        window.restoreGeometry(QByteArray(settings.value("window/geometry")))
    for key, made in splitters(window).items():
        if settings.value(key) is not None:
            made.restoreState(QByteArray(settings.value(key)))


def save_splitters(window, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    for key, made in splitters(window).items():
        settings.setValue(key, made.saveState())
