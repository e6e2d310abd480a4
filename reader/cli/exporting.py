"""`reader export`: notes and tags with their sources, as Markdown, CSV, JSON or JSON lines.

    export [--format md|csv|json | --nl] [-o FILE [--force]] [--county X] [--tag T] [--article ID]
           [--figures]

The format is `--format`, else `--nl` (one note per line), else inferred from `-o`'s
extension (.md, .csv, .json, .jsonl/.ndjson). To stdout, or atomically to `-o FILE` (never the
library itself; an existing file only with --force). A failed write leaves an earlier FILE as
it was and names FILE (exit 3).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reader.cli import exits
from reader.cli.exits import UsageError
from reader.cli.library import add_command, add_filters, article_id, scope
from reader.cli.outfile import check_target, write_atomically
from reader.cli.output import fail, nl_text, shown, write_stdout

FORMATS = ("md", "csv", "json")
EXTENSIONS = {
    ".md": "md",
    ".markdown": "md",
    ".csv": "csv",
    ".json": "json",
    ".jsonl": "nl",
    ".ndjson": "nl",
}


def register(commands) -> None:
    parser = add_command(
        commands,
        "export",
        "export notes and tags with their sources",
        run_export,
        description="Export the notes and tagged articles with their file, headline, byline, "
        "county and quoted passage, as Markdown, CSV (UTF-8 with BOM) or JSON.",
    )
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--format", choices=FORMATS, help="default: from -o's extension")
    shape.add_argument("--nl", action="store_true", help="one JSON object per note and line")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write to FILE")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    add_filters(parser)
    parser.add_argument("--article", metavar="ID", help="only this article")
    parser.add_argument(
        "--figures", action="store_true", help="list the figures of each noted passage"
    )


def export_format(args) -> str:
    """md, csv, json or nl, from the options or `-o`'s extension."""
    if args.nl:
        return "nl"
    if args.format:
        return args.format
    if args.output is not None and args.output.suffix.lower() in EXTENSIONS:
        return EXTENSIONS[args.output.suffix.lower()]
    raise UsageError(
        "which format? give --format md|csv|json (or --nl), or -o FILE ending in "
        ".md, .csv, .json or .jsonl"
    )


def run_export(library, args) -> int:
    fmt = export_format(args)
    if args.output is not None:
        check_target(args.output, library.path, args.force)
    text = _export_text(library, args, fmt)
    if args.output is None:
        write_stdout(text)
        return exits.OK
    try:
        write_atomically(args.output, text)
    except OSError as error:
        reason = error.strerror or str(error)
        return fail(f"{shown(args.output)}: cannot write the export ({reason})", exits.FAILURE)
    print(f"wrote {shown(args.output)}", file=sys.stderr)
    return exits.OK


def _export_text(library, args, fmt: str) -> str:
    found_id = article_id(library, args.article) if args.article else None
    asked = "json" if fmt == "nl" else fmt
    text = library.export_notes(asked, found_id, scope(library, args), args.figures)
    return nl_text(json.loads(text)["notes"]) if fmt == "nl" else text
