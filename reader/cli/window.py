"""Window-related subcommands: `reader screenshot OUT.png [--article ID]`.

The screenshot renders the real window offscreen (no display needed) on the library given by
`--db` (or the default one), with throwaway settings so the user's window state is untouched.
An empty library gets the bundled sample pages first, as on a first run.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def register(commands) -> None:
    """Add the window subcommands to the `reader` parser."""
    shot = commands.add_parser("screenshot", help="save a PNG of the window on the library")
    shot.add_argument("out", type=Path, metavar="OUT.png")
    shot.add_argument("--article", metavar="ID", help="the article to show (default: the first)")
    shot.add_argument("--size", default="1400x860", metavar="WxH", help="window size")
    shot.add_argument("--language", default=None, help="zh_CN (default) or en")
    shot.set_defaults(handler=run_screenshot)


def run_screenshot(args) -> int:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from reader.store import LibraryError
    from reader.ui.app import make_app, open_library
    from reader.ui.i18n import install_translators, resolve_language

    app = make_app()
    keep = install_translators(app, args.language or resolve_language(None))
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
        library, path = open_library(getattr(args, "db", None))
    except (ValueError, LibraryError) as error:
        print(f"reader: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "screenshot.ini"), QSettings.Format.IniFormat)
        try:
            return _shoot(library, path, settings, args, (width, height))
        finally:
            library.close()
            for translator in keep:
                app.removeTranslator(translator)


def _shoot(library, path, settings, args, size) -> int:
    from reader.resources import bundled_seeds_dir
    from reader.ui.app import take_screenshot
    from reader.ui.window import MainWindow

    if library.is_empty():
        library.import_paths([bundled_seeds_dir()])
    window = MainWindow(library, settings, path)
    window.resize(*size)
    window.show()
    if args.article and not window.open_article(args.article):
        print(f"reader: no article with id {args.article!r}", file=sys.stderr)
        window.close()
        return 2
    if not args.article:
        window.open_first_article()
    window.populate_tree()
    window.load_suggestions()
    window.sidebar.view.setFocus()
    out = take_screenshot(window, args.out)
    window.close()
    window.deleteLater()
    print(out)
    return 0
