"""Library subcommands (import, list, show, tag, untag, note, search, export, tags).

`reader tags` lists tags with counts; `--rename OLD NEW` renames (onto an existing tag: merges)
and `--delete NAME` removes a tag from every article and note.

Each one opens the library (`--db FILE`, before or after the subcommand, else READER_DB, else
the user data folder), makes one call into `reader.store`, and prints the result. Errors:
one line on stderr, exit code 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import html
import json
import os
import re
import sys
from pathlib import Path

EXIT_USER_ERROR = 2
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
    from reader.store import Library, LibraryError, default_library_path

    path = Path(args.db) if getattr(args, "db", None) else default_library_path()
    try:
        with Library(path) as library:
            return handler(library, args)
    except LibraryError as error:
        return _fail(str(error))
    except BrokenPipeError:
        # `reader export ... | head`: the reader of our output left; not the library's fault.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        return _fail(f"{error.filename or path}: {error.strerror or error}")


def _fail(message: str) -> int:
    print(f"reader: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def _county(library, value: str | None):
    """Ellipsis for no filter, None for city-wide, else the county name (a unique prefix works)."""
    from reader.store import LibraryError

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
    raise LibraryError(
        f"no county {value!r} in the library"
        + (f" (did you mean {', '.join(matches)}?)" if matches else "")
    )


def _import(library, args) -> int:
    from tqdm import tqdm

    bar = None

    def progress(done: int, total: int, name: str) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, unit="file", file=sys.stderr, disable=None, leave=False)
        bar.set_postfix_str(name, refresh=False)
        bar.update(done - bar.n)

    try:
        report = library.import_paths(args.paths, progress=progress)
    finally:
        if bar is not None:
            bar.close()
    for path, message in report.errors:
        print(f"reader: {path}: {message}", file=sys.stderr)
    print(_import_summary(report))
    return EXIT_USER_ERROR if report.errors else 0


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


def _list(library, args) -> int:
    rows = library.article_rows(county=_county(library, args.county), tag=args.tag)
    if args.json:
        _print_json([dataclasses.asdict(row) for row in rows])
        return 0
    for row in rows:
        print(f"{row.id}  {row.county or '(city-wide)'}  {row.file_name}  {row.title}")
    return 0


def _show(library, args) -> int:
    article = library.article(args.id)
    notes = library.notes(args.id)
    if args.json:
        _print_json(
            {**dataclasses.asdict(article), "notes": [dataclasses.asdict(note) for note in notes]}
        )
        return 0
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
    return 0


def _tag(library, args) -> int:
    if args.note:
        note_id = _note_number(args.id)
        for tag in args.tags:
            library.tag_note(note_id, tag)
        print(f"note {note_id}: {', '.join(library.note(note_id).tags)}")
        return 0
    library.tag_article(args.id, *args.tags)
    print(f"{args.id}: {', '.join(library.article(args.id).tags)}")
    return 0


def _untag(library, args) -> int:
    if args.note:
        note_id = _note_number(args.id)
        library.untag_note(note_id, args.tag)
        print(f"note {note_id}: {', '.join(library.note(note_id).tags) or '(no tags)'}")
        return 0
    library.untag_article(args.id, args.tag)
    print(f"{args.id}: {', '.join(library.article(args.id).tags) or '(no tags)'}")
    return 0


def _note_number(text: str) -> int:
    from reader.store import LibraryError

    if not text.isdigit():
        raise LibraryError(f"{text!r} is not a note number (see `reader show ID`)")
    return int(text)


def _note(library, args) -> int:
    note = library.add_note(args.id, args.text, quote=args.quote)
    print(f"note {note.id} added to {args.id}")
    return 0


def _search(library, args) -> int:
    hits = library.search(
        " ".join(args.query), county=_county(library, args.county), tag=args.tag, limit=args.limit
    )
    if args.json:
        _print_json([dataclasses.asdict(hit) for hit in hits])
        return 0
    for hit in hits:
        print(f"{hit.article_id}  {hit.title}  ({hit.county or 'city-wide'}, {hit.file_name})")
        print(f"    {_plain(hit.snippet)}")
    if not hits:
        print("no matches", file=sys.stderr)
    return 0


def _plain(snippet: str) -> str:
    """Snippet HTML for a terminal: hits in 【】, entities decoded."""
    marked = snippet.replace("<b>", "【").replace("</b>", "】")
    return html.unescape(re.sub(r"<[^>]+>", "", marked))


def _export(library, args) -> int:
    text = library.export_notes(
        args.format, article_id=args.article, county=_county(library, args.county), tag=args.tag
    )
    if args.output is None:
        sys.stdout.write(text)
        return 0
    args.output.write_text(text, encoding="utf-8", newline="")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


def _tags(library, args) -> int:
    if args.rename:
        library.rename_tag(*args.rename)
    elif args.delete:
        library.delete_tag(args.delete)
    for row in library.tags():
        print(f"{row.name}\t{row.article_count} articles\t{row.note_count} notes")
    return 0


def _print_json(value) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
