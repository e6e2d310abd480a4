"""The window from the command line: `reader` (or `reader window`) opens it;
`reader screenshot OUT.png [--article ID] [--ledger]` saves a picture of it (or of the
figures ledger over the whole library).

The screenshot renders the real window offscreen (no display needed) on the library given by
`--db` (or the default one), with throwaway settings so the user's window state is untouched.
An empty library gets the bundled sample pages first, as on a first run. Exit codes: 2 for a
size or an article id that cannot be used, 3 when the library cannot be opened or there is
no display for the window.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from reader.cli import exits
from reader.cli.exits import UsageError
from reader.cli.library import DB_HELP, article_id
from reader.cli.output import fail


def register(commands) -> None:
    window = commands.add_parser(
        "window", help="open the window (as `reader` alone does)", description="Open the window."
    )
    window.add_argument("--db", default=argparse.SUPPRESS, metavar="FILE", help=DB_HELP)
    window.set_defaults(handler=open_window)
    shot = commands.add_parser(
        "screenshot",
        help="save a PNG of the window on the library",
        description="Render the window offscreen on the library and save it as a PNG.",
    )
    shot.add_argument("out", type=Path, metavar="OUT.png", help="the PNG file to write")
    shot.add_argument("--article", metavar="ID", help="the article to show (default: the first)")
    shot.add_argument("--size", default="1400x860", metavar="WxH", help="window size")
    shot.add_argument("--language", default=None, help="zh_CN (default) or en")
    shot.add_argument("--ledger", action="store_true", help="the figures ledger instead")
    shot.add_argument("--db", default=argparse.SUPPRESS, metavar="FILE", help=DB_HELP)
    shot.set_defaults(handler=run_screenshot)


def open_window(args) -> int:
    """The window, if there is a display to show it on (else Qt aborts with exit 134)."""
    if not _has_display():
        return fail(
            "no display to open the window on (set DISPLAY or WAYLAND_DISPLAY, or run a "
            "command: reader --help)",
            exits.FAILURE,
        )
    from reader.ui.app import run_window

    return run_window(db=getattr(args, "db", None))


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True  # Windows and macOS always have one
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return any(os.environ.get(name) for name in names)


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(value) for value in text.lower().split("x"))
    except ValueError:
        raise UsageError(f"--size {text!r}: give WIDTHxHEIGHT, such as 1400x860") from None
    return width, height


def run_screenshot(args) -> int:
    size = _size(args.size)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from reader.store import LibraryError
    from reader.ui.app import make_app, open_library
    from reader.ui.i18n import install_translators, resolve_language

    app = make_app()
    keep = install_translators(app, args.language or resolve_language(None))
    try:
        library, path = open_library(getattr(args, "db", None))
    except LibraryError as error:
        return fail(str(error), exits.FAILURE)
    import tempfile  # (here: every command's start would pay for it)

    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "screenshot.ini"), QSettings.Format.IniFormat)
        try:
            return _shoot(library, path, settings, args, size)
        finally:
            library.close()
            for translator in keep:
                app.removeTranslator(translator)


def _shoot(library, path, settings, args, size) -> int:
    from reader.importing import import_paths
    from reader.resources import bundled_seeds_dir
    from reader.ui.pictures import ledger_picture, staged_window, take_screenshot

    if library.is_empty():
        import_paths(library, [bundled_seeds_dir()])
    chosen = article_id(library, args.article) if args.article else None
    window = staged_window(library, path, settings, size, chosen)
    out = (
        ledger_picture(window, args.out, size) if args.ledger else take_screenshot(window, args.out)
    )
    window.close()
    window.deleteLater()
    print(out)
    return exits.OK
