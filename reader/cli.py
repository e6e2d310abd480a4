"""The `reader` command line: `reader` alone opens the window; subcommands work headless.

Each subcommand is a thin call into `reader.ingest` or `reader.store`. Errors print one line
on stderr and exit with code 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader import __version__

EXIT_USER_ERROR = 2


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from reader.ui.app import run_window

        return run_window(db=getattr(args, "db", None))
    return args.handler(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--db", help="library file (default: READER_DB or the user data folder)")
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_parse_command(commands)
    from reader import library_commands
    from reader.ui import commands as window_commands

    library_commands.register(commands)
    window_commands.register(commands)
    return parser


def _add_parse_command(commands) -> None:
    parse = commands.add_parser("parse", help="reconstruct the articles of page files")
    parse.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parse.add_argument("--json", action="store_true", help="print a JSON list of pages")
    parse.set_defaults(handler=_run_parse)


def _run_parse(args) -> int:
    from reader.ingest import UnreadablePage, parse_file

    pages, failed = [], False
    for path in args.files:
        try:
            pages.append(parse_file(path))
        except (OSError, UnreadablePage) as error:
            print(f"reader: {path}: {_reason(error)}", file=sys.stderr)
            failed = True
    if args.json:
        json.dump([page.to_dict() for page in pages], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for page in pages:
            _print_page_summary(page)
    return EXIT_USER_ERROR if failed else 0


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def _print_page_summary(page) -> None:
    print(f"{page.file}: {len(page.articles)} articles, {len(page.leftover)} leftover lines")
    for article in page.articles:
        place = article.county or article.city or "-"
        print(f"  [{article.kind}] {article.headline or '(untitled)'}  ({place})")
