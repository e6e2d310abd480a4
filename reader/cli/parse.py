"""`reader parse FILE... [--json]`: reconstruct the articles of page files, without a library.

Exit 2 if a path is missing, else 3 if a page could not be read, else 0. Good files are
printed even when others fail. Characters that could not be read (replaced) are noted on
stderr, one line per file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reader.cli import exits
from reader.cli.output import fail, note, plural, replaced_note, shown


def register(commands) -> None:
    summary = "reconstruct the articles of page files"
    parse = commands.add_parser(
        "parse",
        help=summary,
        description="Reconstruct the articles of page files and print them (nothing is stored).",
    )
    parse.add_argument("files", nargs="+", type=Path, metavar="FILE", help="a page file (.txt)")
    parse.add_argument("--json", action="store_true", help="print a JSON list of pages")
    parse.set_defaults(handler=run_parse)


def run_parse(args) -> int:
    from reader.ingest import UnreadablePage, parse_file

    pages, codes = [], {exits.OK}
    for path in args.files:
        try:
            pages.append(parse_file(path))
            if pages[-1].replaced_chars:
                note(replaced_note(shown(path.name), pages[-1].replaced_chars))
        except (OSError, UnreadablePage) as error:
            code = exits.USAGE if isinstance(error, FileNotFoundError) else exits.FAILURE
            codes.add(fail(f"{shown(path)}: {_reason(error)}", code))
    if args.json:
        json.dump([page.to_dict() for page in pages], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for page in pages:
            _print_page_summary(page)
    return exits.USAGE if exits.USAGE in codes else max(codes)


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def _print_page_summary(page) -> None:
    counts = (
        f"{plural(len(page.articles), 'article')}, {plural(len(page.leftover), 'leftover line')}"
    )
    print(f"{shown(page.file)}: {counts}")
    for article in page.articles:
        place = article.county or article.city or "-"
        print(f"  [{article.kind}] {article.headline or '(untitled)'}  ({place})")
