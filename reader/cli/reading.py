"""The read commands: `list`, `show`, `search`. None writes, none creates a library.

    list   [--county X] [--tag T] [--json | --nl]        id, county, file, title; 1 if empty
    show   ID [--json]                                    one article, its tags and notes
    search QUERY... [--county X] [--tag T] [--limit N] [--json | --nl]   1 with no hit

`list` and `show` never load the segmenter; `search` loads only it (to cut the query as the
index was cut).
"""

from __future__ import annotations

import dataclasses
import html
import re
import sys

from reader.cli import exits
from reader.cli.exits import UsageError
from reader.cli.library import add_command, add_filters, article_id, scope
from reader.cli.output import (
    COLUMN_GAP,
    fail,
    padded_cells,
    print_json,
    print_lines,
    print_nl,
    shown,
    table,
    write_lines,
    write_utf8_lines,
)

CITY_WIDE_LABEL = "(city-wide)"


def register(commands) -> None:
    for add in (_add_list, _add_show, _add_search):
        add(commands)


def add_json_options(parser, nl: bool = True) -> None:
    """--json (one JSON list) and, for listings, --nl (one JSON object per line)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="print JSON")
    if nl:
        group.add_argument("--nl", action="store_true", help="print one JSON object per line")


def _add_list(commands) -> None:
    parser = add_command(
        commands,
        "list",
        "list the articles in the library",
        run_list,
        description="List the articles (id, county, file, title), by file and reading order.",
    )
    add_filters(parser)
    add_json_options(parser)


def _add_show(commands) -> None:
    parser = add_command(commands, "show", "print one article with its tags and notes", run_show)
    parser.add_argument("id", metavar="ID", help="the article's id, or a unique start of it")
    add_json_options(parser, nl=False)


def _add_search(commands) -> None:
    parser = add_command(
        commands,
        "search",
        "search headlines, bodies and notes",
        run_search,
        description="Search headlines, bodies and notes for words (every word must occur), "
        "best match first.",
    )
    parser.add_argument("query", nargs="+", metavar="QUERY", help="the words to look for")
    add_filters(parser)
    parser.add_argument("--limit", type=int, default=50, help="at most this many hits (50)")
    add_json_options(parser)


def print_records(args, records: list[dict], rows) -> int:
    """`--json`, `--nl` or an aligned table of `rows(records)`; NOTHING when empty."""
    if args.json:
        print_json(records)
    elif getattr(args, "nl", False):
        print_nl(records)
    else:
        print_lines(table(rows(records)))
    return exits.found(records)


def run_list(library, args) -> int:
    if args.json or args.nl:
        rows = library.article_rows(scope(library, args))
        # ArticleRow holds plain values only: its fields as they are, without asdict's deep copy
        return print_records(args, [dict(vars(row)) for row in rows], None)
    narrowed = scope(library, args)
    joined = library.listing_bytes(narrowed, padded_cells, CITY_WIDE_LABEL, COLUMN_GAP)
    if joined is None:  # a title with a line break in it, or a library opened read-only
        text = "\n".join(table(_article_cells(library.listing(narrowed))))
        write_lines(text)
        return exits.found(text)
    write_utf8_lines(joined)
    return exits.found(joined)


def _article_cells(listed: list[tuple[str, str | None, str, str]]) -> list[tuple]:
    """(id, county, file, title) cells; a file's name is made printable once for all its
    articles."""
    names = {name: shown(name) for name in {row[2] for row in listed}}
    return [
        (article_id, county or CITY_WIDE_LABEL, names[name], title)
        for article_id, county, name, title in listed
    ]


def run_show(library, args) -> int:
    found_id = article_id(library, args.id)
    article = library.article(found_id)
    notes = library.notes(found_id)
    if args.json:
        notes_json = [dataclasses.asdict(note) for note in notes]
        print_json({**dataclasses.asdict(article), "notes": notes_json})
        return exits.OK
    _print_article(article, notes)
    return exits.OK


def _print_article(article, notes) -> None:
    print(article.headline or "(untitled)")
    fields = (
        ("file", article.file_name),
        ("county", article.county or CITY_WIDE_LABEL),
        ("byline", article.byline),
        ("kind", article.kind),
        ("id", article.id),
        ("tags", ", ".join(article.tags)),
    )
    for label, value in fields:
        if value:
            print(f"{label}: {value}")
    print()
    print("\n\n".join(block["text"] for block in article.body))
    for note in notes:
        print(f"\n[note {note.id}] {note.text}")
        if note.quote:
            print(f"  > {note.quote}")


def run_search(library, args) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    place = scope(library, args)
    hits = library.search(" ".join(args.query), place, limit=args.limit)
    records = [dataclasses.asdict(hit) for hit in hits]
    if args.json or args.nl:
        return print_records(args, records, None)
    if not hits:
        return fail("no matches", exits.NOTHING)
    _print_hits(records)
    if len(hits) == args.limit:
        _say_if_cut(library, args, place)
    return exits.OK


def _print_hits(records: list[dict]) -> None:
    """One aligned line per hit (id, county, file, title), its snippet indented below."""
    cells = [
        (hit["article_id"], hit["county"] or CITY_WIDE_LABEL, shown(hit["file_name"]), hit["title"])
        for hit in records
    ]
    for line, hit in zip(table(cells), records, strict=True):
        print(line)
        print(f"    {_plain(hit['snippet'])}")


def _say_if_cut(library, args, place) -> None:
    """`50 of 640 shown, --limit N for more` on stderr when the limit cut the hits."""
    total = library.search_count(" ".join(args.query), place)
    if total > args.limit:
        print(f"reader: {args.limit} of {total} shown, --limit N for more", file=sys.stderr)


def _plain(snippet: str) -> str:
    """Snippet HTML for a terminal: hits in 【】, entities decoded, one line."""
    marked = snippet.replace("<b>", "【").replace("</b>", "】")
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", marked)).splitlines())
