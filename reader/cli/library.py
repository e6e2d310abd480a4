"""Library subcommands (import, list, show, tag, untag, note, search, export, tags).

`reader tags` lists tags with counts; `--rename OLD NEW` renames (onto an existing tag: merges)
and `--delete NAME` removes a tag from every article and note.

Each one opens the library (`--db FILE`, before or after the subcommand, else READER_DB, else
the user data folder), makes one call into `reader.store`, and prints the result. Errors:
one line on stderr; exit codes as in `reader.exits` (2: not as typed, an unknown id; 3: the
library or a file could not be read or written; 1: a search or listing found nothing).
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import os
import re
import signal
import sys
from pathlib import Path

from reader.cli import exits
from reader.cli.dispatch import UsageError, fail, shown
from reader.cli.outfile import check_target, write_atomically

CITY_WIDE = ("none", "city", "city-wide", "全市", "-")


def register(commands) -> None:
    """Add the library subcommands to the `reader` parser."""
    for add in (
        _add_import,
        _add_list,
        _add_show,
        _add_tag,
        _add_untag,
        _add_note,
        _add_search,
        _add_export,
        _add_tags,
    ):
        add(commands)


def _parser(commands, name: str, help_text: str, handler):
    parser = commands.add_parser(name, help=help_text, description=help_text)
    parser.add_argument(
        "--db",
        default=argparse.SUPPRESS,
        metavar="FILE",
        help="library file (default: READER_DB or the user data folder)",
    )
    parser.set_defaults(handler=lambda args: _run(handler, args))
    return parser


def _add_filters(parser) -> None:
    parser.add_argument("--county", help="only this county (`none` for city-wide articles)")
    parser.add_argument("--tag", help="only articles with this tag")


def _add_import(commands) -> None:
    parser = _parser(commands, "import", "import page files or folders of them", _import)
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument(
        "-r", "--recursive", action="store_true", help="folders: their subfolders' pages too"
    )


def _add_list(commands) -> None:
    parser = _parser(commands, "list", "list the articles in the library", _list)
    _add_filters(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def _add_show(commands) -> None:
    parser = _parser(commands, "show", "print one article with its tags and notes", _show)
    parser.add_argument("id", metavar="ID")
    parser.add_argument("--json", action="store_true", help="print JSON")


def _add_tag(commands) -> None:
    parser = _parser(commands, "tag", "add tags to an article (or, with --note, to a note)", _tag)
    parser.add_argument("id", metavar="ID")
    parser.add_argument("tags", nargs="+", metavar="TAG")
    parser.add_argument("--note", action="store_true", help="ID is a note's number")


def _add_untag(commands) -> None:
    parser = _parser(commands, "untag", "remove a tag from an article (or a note)", _untag)
    parser.add_argument("id", metavar="ID")
    parser.add_argument("tag", metavar="TAG")
    parser.add_argument("--note", action="store_true", help="ID is a note's number")


def _add_note(commands) -> None:
    parser = _parser(commands, "note", "add a note to an article", _note)
    parser.add_argument("id", metavar="ID")
    parser.add_argument("text", metavar="TEXT")
    parser.add_argument("--quote", help="the exact passage of the article the note is about")


def _add_search(commands) -> None:
    parser = _parser(commands, "search", "search headlines, bodies and notes", _search)
    parser.add_argument("query", nargs="+", metavar="QUERY")
    _add_filters(parser)
    parser.add_argument("--limit", type=int, default=50, help="at most this many hits (50)")
    parser.add_argument("--json", action="store_true", help="print a JSON list")


def _add_export(commands) -> None:
    parser = _parser(commands, "export", "export notes and tags with their sources", _export)
    parser.add_argument("--format", required=True, choices=("md", "csv", "json"))
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    _add_filters(parser)
    parser.add_argument("--article", metavar="ID", help="only this article")


def _add_tags(commands) -> None:
    parser = _parser(commands, "tags", "list, rename, merge or delete tags", _tags)
    change = parser.add_mutually_exclusive_group()
    change.add_argument(
        "--rename",
        nargs=2,
        metavar=("OLD", "NEW"),
        help="rename a tag; onto an existing tag, merge the two",
    )
    change.add_argument("--delete", metavar="NAME", help="remove a tag from everything")


def _run(handler, args) -> int:
    """Open the library, run `handler(library, args)`; every failure becomes one line."""
    from reader.store import LibraryError

    path = Path(args.db) if getattr(args, "db", None) else _default_path()
    try:
        library = _open(path, _access(args))
    except LibraryError as error:
        return fail(_open_message(error), _open_failure(error))
    except OSError as error:
        return fail(_os_message(error), exits.FAILURE)
    try:
        with library:
            return handler(library, args)
    except LibraryError as error:
        return fail(str(error), _failure(error))
    except UnicodeEncodeError as error:  # a file name whose bytes are not UTF-8
        return fail(f"not UTF-8, cannot be stored: {_unencodable(error)}", exits.FAILURE)
    except BrokenPipeError:
        # `reader export ... | head`: the reader of our output left; not the library's fault.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return exits.OK
    except OSError as error:
        return fail(_os_message(error), exits.FAILURE)


def _default_path() -> Path:
    from reader.store import default_library_path

    return Path(default_library_path())


WRITE_COMMANDS = ("tag", "untag", "note")


def _access(args) -> str:
    """`create` (import), `write` (tag, untag, note, tags --rename/--delete) or `read`."""
    if args.command == "import":
        return "create"
    changes_tags = args.command == "tags" and (args.rename or args.delete)
    return "write" if args.command in WRITE_COMMANDS or changes_tags else "read"


def _open(path: Path, access: str):
    """Only `import` creates a library. A read that cannot open the file for writing (a
    read-only file, folder or mount) opens it read-only instead, so it can still be listed;
    a library that would need an upgrade then says so."""
    from reader.store import Library, LibraryBusy, LibraryError
    from reader.store.errors import LibraryNotFound

    if access == "create":
        return Library(path)
    try:
        return Library(path, create=False)
    except (LibraryNotFound, LibraryBusy):
        raise
    except LibraryError:
        if access != "read":
            raise
    return Library(path, create=False, read_only=True)


def _open_failure(error) -> int:
    """A library that is not there is a path typed wrong (2); any other is a failure (3)."""
    from reader.store.errors import LibraryNotFound

    return exits.USAGE if isinstance(error, LibraryNotFound) else exits.FAILURE


def _open_message(error) -> str:
    from reader.store.errors import LibraryNotFound

    if isinstance(error, LibraryNotFound):
        return f"{error} (check --db; `reader import` creates one)"
    return str(error)


def _failure(error) -> int:
    """3 when SQLite or the disk failed (busy, read-only, damaged, full); 2 when the library
    refused what was asked (an unknown id, a quote not in the article, an empty tag)."""
    import sqlite3

    from reader.store import LibraryBusy

    if isinstance(error, LibraryBusy) or isinstance(error.__cause__, (sqlite3.Error, OSError)):
        return exits.FAILURE
    return exits.USAGE


def _unencodable(error: UnicodeEncodeError) -> str:
    return shown(error.object) if isinstance(error.object, str) else "?"


def _os_message(error: OSError) -> str:
    reason = error.strerror or str(error)
    return f"{shown(error.filename)}: {reason}" if error.filename else reason


def _county(library, value: str | None):
    """Ellipsis for no filter, None for city-wide, else the county name (a unique prefix works)."""
    if value is None:
        return ...
    if value.lower() in CITY_WIDE:
        return None
    names = sorted({row.county for row in library.counties() if row.county})
    if value in names:
        return value
    matches = [name for name in names if name.startswith(value)]
    if len(matches) == 1:
        return matches[0]
    raise UsageError(
        f"no county {value!r} in the library"
        + (f" (did you mean {', '.join(matches)}?)" if matches else "")
    )


# -- import ------------------------------------------------------------------------------------


def _import(library, args) -> int:
    """Exit 2 if a path is missing, 3 if a page failed, 1 if the folders held no page, 130 on
    Ctrl+C (the files done are kept and counted), else 0."""
    empty = [folder for folder in args.paths if _without_pages(folder, args.recursive)]
    with _ProgressBar() as progress, _StopOnInterrupt() as stop:
        report = library.import_paths(
            args.paths, progress=progress, should_stop=stop, recursive=args.recursive
        )
    for path, message in report.errors:
        fail(f"{shown(path)}: {message}", exits.FAILURE)
    for folder in empty:
        fail(_empty_folder_message(folder, args.recursive), exits.NOTHING)
    if report.cancelled:
        return fail(f"interrupted, {len(report.imported)} files kept", exits.INTERRUPTED)
    print(_import_summary(report))
    return _import_code(args.paths, report, empty)


def _import_code(paths: list[Path], report, empty: list[Path]) -> int:
    if any(not path.exists() for path in paths):
        return exits.USAGE
    if report.errors:
        return exits.FAILURE
    if empty and not report.imported:
        return exits.NOTHING
    return exits.OK


def _without_pages(path: Path, recursive: bool) -> bool:
    from reader.store.importer import expand

    return path.is_dir() and not expand([path], recursive)[0]


def _empty_folder_message(folder: Path, recursive: bool) -> str:
    message = f"{shown(folder)}: no page files (*.txt) in this folder"
    if not recursive and not _without_pages(folder, True):
        message += "; its subfolders have some: add --recursive"
    return message


class _ProgressBar:
    """A tqdm bar on stderr (drawn only on a terminal); the object is the progress callback."""

    def __init__(self):
        self.bar = None

    def __enter__(self):
        return self

    def __call__(self, done: int, total: int, name: str) -> None:
        from tqdm import tqdm

        if self.bar is None:
            self.bar = tqdm(total=total, unit="file", file=sys.stderr, disable=None, leave=False)
        self.bar.set_postfix_str(shown(name), refresh=False)
        self.bar.update(done - self.bar.n)

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()


class _StopOnInterrupt:
    """While open, the first Ctrl+C asks the import to stop after the file in hand (the
    object is the `should_stop` callback); a second one interrupts at once."""

    def __init__(self):
        self.stopped = False
        self.previous = None

    def __enter__(self):
        self.previous = signal.signal(signal.SIGINT, self._on_interrupt)
        return self

    def _on_interrupt(self, _signum, _frame) -> None:
        if self.stopped:
            raise KeyboardInterrupt
        self.stopped = True

    def __call__(self) -> bool:
        return self.stopped

    def __exit__(self, *exc) -> None:
        signal.signal(signal.SIGINT, self.previous)


def _import_summary(report) -> str:
    statuses = [outcome.status for outcome in report.imported]
    articles = sum(outcome.articles for outcome in report.imported)
    orphaned = sum(outcome.orphaned_notes for outcome in report.imported)
    line = (
        f"{len(statuses)} files: {statuses.count('added')} added, "
        f"{statuses.count('replaced')} replaced, {statuses.count('unchanged')} unchanged; "
        f"{articles} articles"
    )
    if report.errors:
        line += f"; {len(report.errors)} failed"
    if orphaned:
        line += f"; {orphaned} notes orphaned (see them in the window)"
    return line


# -- reading -------------------------------------------------------------------------------------


def _list(library, args) -> int:
    rows = library.article_rows(county=_county(library, args.county), tag=args.tag)
    if args.json:
        _print_json([dataclasses.asdict(row) for row in rows])
    else:
        for row in rows:
            place = row.county or "(city-wide)"
            print(f"{row.id}  {place}  {shown(row.file_name)}  {row.title}")
    return exits.OK if rows else exits.NOTHING


def _show(library, args) -> int:
    article = library.article(args.id)
    notes = library.notes(args.id)
    if args.json:
        _print_json(
            {**dataclasses.asdict(article), "notes": [dataclasses.asdict(note) for note in notes]}
        )
        return exits.OK
    print(article.headline or "(untitled)")
    for label, value in (
        ("file", article.file_name),
        ("county", article.county or "(city-wide)"),
        ("byline", article.byline),
        ("kind", article.kind),
        ("id", article.id),
        ("tags", ", ".join(article.tags)),
    ):
        if value:
            print(f"{label}: {value}")
    print()
    print("\n\n".join(block["text"] for block in article.body))
    for note in notes:
        print(f"\n[note {note.id}] {note.text}")
        if note.quote:
            print(f"  > {note.quote}")
    return exits.OK


# -- tags and notes ------------------------------------------------------------------------------


def _tag(library, args) -> int:
    if args.note:
        note_id = _note_number(args.id)
        for tag in args.tags:
            library.tag_note(note_id, tag)
        print(f"note {note_id}: {', '.join(library.note(note_id).tags)}")
        return exits.OK
    library.tag_article(args.id, *args.tags)
    print(f"{args.id}: {', '.join(library.article(args.id).tags)}")
    return exits.OK


def _untag(library, args) -> int:
    if args.note:
        note_id = _note_number(args.id)
        library.untag_note(note_id, args.tag)
        print(f"note {note_id}: {', '.join(library.note(note_id).tags) or '(no tags)'}")
        return exits.OK
    library.untag_article(args.id, args.tag)
    print(f"{args.id}: {', '.join(library.article(args.id).tags) or '(no tags)'}")
    return exits.OK


MAX_NOTE_ID = 2**63 - 1  # SQLite's largest integer; past it the driver raises OverflowError


def _note_number(text: str) -> int:
    """A note id typed in ASCII digits (not `²`, not past SQLite's range), else UsageError."""
    if not (text.isascii() and text.isdigit()):
        raise UsageError(f"{text!r} is not a note number (see `reader show ID`)")
    if int(text) > MAX_NOTE_ID:
        raise UsageError(f"no note with id {text}")
    return int(text)


def _note(library, args) -> int:
    note = library.add_note(args.id, args.text, quote=args.quote)
    print(f"note {note.id} added to {args.id}")
    return exits.OK


# -- search and export ---------------------------------------------------------------------------


def _search(library, args) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    county = _county(library, args.county)
    hits = library.search(" ".join(args.query), county=county, tag=args.tag, limit=args.limit)
    if args.json:
        _print_json([dataclasses.asdict(hit) for hit in hits])
        return exits.OK if hits else exits.NOTHING
    for hit in hits:
        place = f"{hit.county or 'city-wide'}, {shown(hit.file_name)}"
        print(f"{hit.article_id}  {hit.title}  ({place})")
        print(f"    {_plain(hit.snippet)}")
    if not hits:
        return fail("no matches", exits.NOTHING)
    if len(hits) == args.limit:
        _say_if_cut(library, args, county)
    return exits.OK


def _say_if_cut(library, args, county) -> None:
    """`50 of 640 shown, --limit N for more` on stderr when the limit cut the hits."""
    total = library.search_count(" ".join(args.query), county=county, tag=args.tag)
    if total > args.limit:
        print(f"reader: {args.limit} of {total} shown, --limit N for more", file=sys.stderr)


def _plain(snippet: str) -> str:
    """Snippet HTML for a terminal: hits in 【】, entities decoded."""
    marked = snippet.replace("<b>", "【").replace("</b>", "】")
    return html.unescape(re.sub(r"<[^>]+>", "", marked))


def _export(library, args) -> int:
    """To stdout, or atomically to `-o FILE` (never the library itself; an existing file
    only with --force). A failed write leaves an earlier FILE as it was and names FILE."""
    if args.output is not None:
        check_target(args.output, library.path, args.force)
    text = library.export_notes(
        args.format, article_id=args.article, county=_county(library, args.county), tag=args.tag
    )
    if args.output is None:
        _write_stdout(text)
        return exits.OK
    try:
        write_atomically(args.output, text)
    except OSError as error:
        reason = error.strerror or str(error)
        return fail(f"{shown(args.output)}: cannot write the export ({reason})", exits.FAILURE)
    print(f"wrote {shown(args.output)}", file=sys.stderr)
    return exits.OK


def _write_stdout(text: str) -> None:
    """The BOM that tells Excel a CSV is UTF-8 is dropped for a console in another encoding."""
    if not (sys.stdout.encoding or "").lower().replace("-", "").startswith("utf8"):
        text = text.removeprefix("\ufeff")
    sys.stdout.write(text)


def _tags(library, args) -> int:
    if args.rename:
        library.rename_tag(*args.rename)
    elif args.delete:
        library.delete_tag(args.delete)
    for row in library.tags():
        print(f"{row.name}\t{row.article_count} articles\t{row.note_count} notes")
    return exits.OK


def _print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
