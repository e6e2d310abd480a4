"""`reader parse FILE... [--json | --text]`: reconstruct the articles of page files, without a
library.

A text page is one page; a PDF (told by its bytes, whatever its name) gives one page per PDF
page, read from its geometry (reader.ingest.pdf). `--json` prints a JSON list of pages (a PDF
page adds `page`, `width`, `height` in points and `regions`: article id -> boxes in points
from the page's top left); `--text` prints each page's text, the lines its `source_lines`
number (for a PDF, the text rendering of the page; a header line `==> FILE <==` or
`==> FILE 第N版 <==` when more than one page is printed).

Exit 2 if a path is missing, else 3 if a page could not be read, else 0. Good files are
printed even when others fail. Characters that could not be read (replaced) are noted on
stderr, one line per file.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reader.cli import exits
from reader.cli.output import fail, note, plural, replaced_note, shown


@dataclass
class Parsed:
    """One page to print: its articles, its text, and where it sits in a PDF."""

    page: object
    text: str
    number: int | None = None
    extra: dict = field(default_factory=dict)


def register(commands) -> None:
    summary = "reconstruct the articles of page files"
    parse = commands.add_parser(
        "parse",
        help=summary,
        description="Reconstruct the articles of page files and print them (nothing is stored).",
    )
    parse.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="a page file (.txt) or a PDF"
    )
    shape = parse.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print a JSON list of pages")
    shape.add_argument(
        "--text", action="store_true", help="print each page's text (what source_lines number)"
    )
    parse.set_defaults(handler=run_parse)


def run_parse(args) -> int:
    from reader.ingest import UnreadablePage

    parsed: list[Parsed] = []
    codes = {exits.OK}
    for path in args.files:
        try:
            parsed.extend(_read(path))
        except (OSError, UnreadablePage) as error:
            code = exits.USAGE if isinstance(error, FileNotFoundError) else exits.FAILURE
            codes.add(fail(f"{shown(path)}: {_reason(error)}", code))
    if args.json:
        pages = [{**item.page.to_dict(), **item.extra} for item in parsed]  # type: ignore[attr-defined]
        json.dump(pages, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.text:
        _print_texts(parsed)
    else:
        for item in parsed:
            _print_page_summary(item)
    return exits.USAGE if exits.USAGE in codes else max(codes)


def _read(path: Path) -> list[Parsed]:
    from reader.ingest import parse_page
    from reader.ingest.decode import decode
    from reader.ingest.pdf import is_pdf, read_pdf

    data = path.read_bytes()
    if is_pdf(data):
        return [
            Parsed(
                p.page,
                p.text,
                p.number,
                {"page": p.number, "width": p.width, "height": p.height, "regions": p.regions},
            )
            for p in read_pdf(data, path.name)
        ]
    page = parse_page(data, path.name)
    if page.replaced_chars:
        note(replaced_note(shown(path.name), page.replaced_chars))
    return [Parsed(page, decode(data).text)]


def _reason(error: Exception) -> str:
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return str(error)


def _title(item: Parsed) -> str:
    name = shown(item.page.file)  # type: ignore[attr-defined]
    return name if item.number is None else f"{name} 第{item.number}版"


def _print_texts(parsed: list[Parsed]) -> None:
    for item in parsed:
        if len(parsed) > 1:
            print(f"==> {_title(item)} <==")
        sys.stdout.write(item.text if item.text.endswith("\n") else item.text + "\n")


def _print_page_summary(item: Parsed) -> None:
    page = item.page
    counts = (
        f"{plural(len(page.articles), 'article')}, {plural(len(page.leftover), 'leftover line')}"  # type: ignore[attr-defined]
    )
    print(f"{_title(item)}: {counts}")
    for article in page.articles:  # type: ignore[attr-defined]
        place = article.county or article.city or "-"
        print(f"  [{article.kind}] {article.headline or '(untitled)'}  ({place})")
