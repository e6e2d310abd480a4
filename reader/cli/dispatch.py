"""The `reader` parser and the dispatch: argv in, one command run, its exit code out.

    main(argv=None) -> int       `reader` alone opens the window; `reader COMMAND ...` runs it
    build_parser() -> ArgumentParser

Every failure is one line on stderr (`reader: ...`), never a traceback, with an exit code of
`reader.cli.exits`; a bug of ours says where its traceback was saved (`reader.cli.crash`).
A mistyped command gets a suggestion ("did you mean `list`?", exit 2); `reader help COMMAND`
is `reader COMMAND --help`. The command modules import nothing heavy
at the top (no store, parser, segmenter or Qt): each command loads what it uses.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from reader import __version__
from reader.cli import (
    annotating,
    crash,
    exits,
    exporting,
    figures,
    fixing,
    importing,
    parse,
    reading,
    window,
)
from reader.cli.exits import UsageError
from reader.cli.library import DB_HELP
from reader.cli.output import fail, reader_left, shown, tolerate_unencodable_output

COMMAND_MODULES = (importing, reading, annotating, fixing, exporting, figures, parse, window)
GLOBAL_OPTIONS_WITH_VALUE = ("--db",)


def main(argv: list[str] | None = None) -> int:
    tolerate_unencodable_output()
    parser = build_parser()
    try:
        _check_command_name(parser, argv)
        args = parser.parse_args(argv)
        _check_text_arguments(args)
        _check_library_folder(getattr(args, "db", None))
        if args.command is None:
            return window.open_window(args)
        return args.handler(args)
    except UsageError as error:
        return fail(str(error), exits.USAGE)
    except KeyboardInterrupt:
        return fail("interrupted", exits.INTERRUPTED)
    except BrokenPipeError:  # `reader parse ... | head`
        return reader_left()
    except Exception as error:  # a bug of ours: one line, the traceback kept in a file
        if crash.debugging():
            raise
        return fail(crash.summary(error, crash.report(error)), exits.FAILURE)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read and annotate local-newspaper pages offline. With no command, "
        "open the window.",
        epilog="exit codes: 0 done, 1 found nothing, 2 usage, 3 library or file failure, "
        "130 interrupted. `reader help COMMAND` for a command's options.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--db", metavar="FILE", help=DB_HELP)
    parser.set_defaults(command=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    _add_help(commands, parser)
    return parser


def command_names(parser: argparse.ArgumentParser) -> list[str]:
    return list(_subcommands(parser))


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _add_help(commands, parser) -> None:
    helper = commands.add_parser(
        "help", help="show a command's help", description="Show the help of COMMAND (or all)."
    )
    helper.add_argument("topic", nargs="?", metavar="COMMAND", help="the command to explain")
    helper.set_defaults(handler=lambda args: _run_help(parser, args.topic))


def _run_help(parser, topic: str | None) -> int:
    if topic is None:
        parser.print_help()
        return exits.OK
    _check_name(parser, topic)
    _subcommands(parser)[topic].print_help()
    return exits.OK


def _check_command_name(parser, argv: list[str] | None) -> None:
    """The first word that is not an option must be a command; a typo gets a suggestion."""
    words = list(sys.argv[1:] if argv is None else argv)
    while words:
        word = words.pop(0)
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            words = words[1:]
        elif not word.startswith("-"):
            _check_name(parser, word)
            return


def _check_name(parser, name: str) -> None:
    names = command_names(parser)
    if name in names:
        return
    close = difflib.get_close_matches(name, names, n=1)
    hint = f"; did you mean `{close[0]}`?" if close else " (`reader --help` lists them)"
    raise UsageError(f"{shown(name)!r} is not a reader command{hint}")


def _check_text_arguments(args) -> None:
    """Text arguments (tags, notes, queries, ids) must be text: undecodable argument bytes
    arrive as lone surrogates, which SQLite cannot store. Paths may hold any bytes."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if name != "db" and isinstance(item, str) and _has_surrogates(item):
                raise UsageError(f"{shown(item)!r} is not valid UTF-8 text (check the encoding)")


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in text)


def _check_library_folder(db: str | None) -> None:
    """`--db a/b.sqlite3` where `a` (or any folder above) is a file cannot work: say so
    before Qt or SQLite turn it into a FileExistsError."""
    if not db:
        return
    for folder in Path(db).absolute().parents:
        if folder.exists():
            if not folder.is_dir():
                raise UsageError(f"{shown(folder)} is a file, not a folder (check --db)")
            return
