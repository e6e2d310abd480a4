"""`reader fix`: correct a reconstruction by hand, and keep the correction.

    fix merge ID ID                          two neighbours on one page become one (the first id)
    fix split ID --before-paragraph N [--title T | --headline-line M]
                                             the second part starts at paragraph N, headed
                                             by T or by line M of the page (default: none)
    fix headline ID --line N                 line N of its page becomes its headline
    fix headline ID --swap OTHER             two articles of one page swap headlines
    fix leftover ID --line N                 line N leaves the article for the leftovers
    fix take ID --line N                     leftover line N joins the article
    fix county ID NAME|none                  another county, or city-wide
    fix kind ID news|brief|photo
    fix list [--file F] [--json]             every correction, applied and stale (1: none)
    fix page ID [--json]                     the article's page line by line: number, the
                                             article holding it (or leftover), role, text:
                                             the N that --line takes
    fix undo                                 remove the newest correction (1: none left)

A correction is stored with the file and re-applied after every re-import (a re-wrapped
copy, a newer parser); one that no longer applies is kept, listed as stale. A correction that
cannot be made as asked (not neighbours, no such paragraph, a county that names nothing)
exits 2 and changes nothing.
"""

from __future__ import annotations

import argparse
import dataclasses

from reader.cli import exits
from reader.cli.exits import UsageError
from reader.cli.library import CITY_WIDE, DB_HELP, add_command, article_id, county_name
from reader.cli.output import plural, print_json, table
from reader.cli.reading import add_json_options

KINDS = ("news", "brief", "photo")
WHAT_CHARS = 12  # of an anchor's text in `fix list`


def register(commands) -> None:
    parser = add_command(
        commands,
        "fix",
        "correct an article by hand (merge, split, headline, county, kind, leftover, take),"
        " list or undo corrections",
        run_fix,
        lambda args: "read" if args.action in ("list", "page") else "write",
        description="Correct the reconstruction by hand. Corrections are kept with the file "
        "and re-applied after every re-import; one that no longer applies is listed as stale.",
    )
    actions = parser.add_subparsers(
        dest="action",
        metavar="ACTION",
        required=True,
        help="merge, split, headline, county, kind, leftover, take, list, page, undo",
    )
    merge = actions.add_parser("merge", help="merge two neighbouring articles (keeps the first id)")
    merge.add_argument("ids", nargs=2, metavar="ID", help="the two articles")
    split = actions.add_parser("split", help="split an article before a paragraph")
    split.add_argument("id", metavar="ID", help="the article to split")
    split.add_argument(
        "--before-paragraph", type=int, required=True, metavar="N", help="where part 2 starts"
    )
    heading = split.add_mutually_exclusive_group()
    heading.add_argument("--title", help="the second part's headline (default: none)")
    heading.add_argument(
        "--headline-line", type=int, metavar="M", help="line M of the page heads the second part"
    )
    headline = actions.add_parser("headline", help="give an article a line as headline, or swap")
    headline.add_argument("id", metavar="ID", help="the article")
    which = headline.add_mutually_exclusive_group(required=True)
    which.add_argument("--line", type=int, metavar="N", help="a line number of its page")
    which.add_argument("--swap", metavar="OTHER", help="swap headlines with this article")
    leftover = actions.add_parser("leftover", help="send a line of an article to the leftovers")
    take = actions.add_parser("take", help="take a leftover line into an article")
    for action in (leftover, take):
        action.add_argument("id", metavar="ID", help="the article")
        action.add_argument(
            "--line", type=int, required=True, metavar="N", help="a line number of its page"
        )
    county = actions.add_parser("county", help="set the county (`none`: city-wide)")
    county.add_argument("id", metavar="ID", help="the article")
    county.add_argument("name", metavar="NAME|none", help="a county, or `none` (city-wide)")
    kind = actions.add_parser("kind", help="set the kind: news, brief or photo")
    kind.add_argument("id", metavar="ID", help="the article")
    kind.add_argument("kind", choices=KINDS, help="news, brief or photo")
    listing = actions.add_parser("list", help="list the corrections, applied and stale")
    listing.add_argument("--file", metavar="F", help="only this file's (its name or number)")
    add_json_options(listing, nl=False)
    page = actions.add_parser("page", help="the article's page line by line (the N of --line)")
    page.add_argument("id", metavar="ID", help="an article of the page")
    add_json_options(page, nl=False)
    undo = actions.add_parser("undo", help="remove the newest correction and re-apply the rest")
    for action in (merge, split, headline, county, kind, leftover, take, listing, page, undo):
        action.add_argument("--db", default=argparse.SUPPRESS, metavar="FILE", help=DB_HELP)


def run_fix(library, args) -> int:
    if args.action == "list":
        return _list(library, args)
    if args.action == "page":
        return _page(library, args)
    if args.action == "undo":
        return _undo(library)
    from reader.importing.fixes import FixRefused, fix

    kind, ids, paragraph, payload = _request(library, args)
    try:
        outcome = fix(library, kind, ids, paragraph, payload, _line(args))
    except FixRefused as error:
        raise UsageError(str(error)) from None
    print(
        f"{args.action}: {', '.join(ids)} ({outcome.name}, {plural(outcome.articles, 'article')})"
    )
    _say_stale(outcome.stale_corrections)
    return exits.OK


def _request(library, args) -> tuple[str, list[str], int | None, dict]:
    if args.action == "merge":
        return "merge", [article_id(library, i) for i in args.ids], None, {}
    found = [article_id(library, args.id)]
    if args.action == "split":
        return "split", found, args.before_paragraph, {"title": args.title}
    if args.action == "headline":
        other = [article_id(library, args.swap)] if args.swap else []
        return "headline", found + other, None, {"swap": True} if other else {}
    if args.action in ("leftover", "take"):
        return "leftover", found, None, {"direction": "out" if args.action == "leftover" else "in"}
    if args.action == "county":
        return "county", found, None, _place(library, args.name)
    return "kind", found, None, {"kind": args.kind}


def _line(args) -> int | None:
    """The page line the correction names (split: the second part's headline line)."""
    if getattr(args, "headline_line", None) is not None:
        return args.headline_line
    return getattr(args, "line", None)


def _place(library, name: str) -> dict:
    """{county, city} of a county the library or the gazetteer knows; None for city-wide."""
    if name.lower() in CITY_WIDE:
        return {"county": None, "city": None}
    cities = {row.county: row.city for row in library.counties() if row.county}
    if name in cities:
        return {"county": name, "city": cities[name]}
    from reader.lexicon.gazetteer import gazetteer, home_province

    place = gazetteer(home_province()).resolve(name)
    if place is not None and place.level == "county":
        return {"county": place.name, "city": place.city}
    county = county_name(library, name)  # a unique start of a known county, else UsageError
    return {"county": county, "city": cities[county]}


def _say_stale(count: int) -> None:
    if count:
        print(f"{plural(count, 'correction')} of this page no longer apply (see `reader fix list`)")


def _undo(library) -> int:
    from reader.importing.fixes import FixRefused, undo

    try:
        undone = undo(library)
    except FixRefused as error:  # its PDF moved or changed: nothing was undone
        raise UsageError(str(error)) from None
    if undone is None:
        print("no correction to undo")
        return exits.NOTHING
    print(f"undone: {undone.kind} #{undone.id} ({undone.file_name})")
    return exits.OK


def _list(library, args) -> int:
    rows = library.corrections(_file_id(library, args.file) if args.file else None)
    if args.json:
        print_json([dataclasses.asdict(row) for row in rows])
    else:
        for line in table(_cells(rows)):
            print(line)
    return exits.found(rows)


ROLE_MARKS = {"headline": "题", "byline": "署", "body": "", "leftover": "·", "blank": ""}
SHORT_ID = 8  # of an article id in `fix page`: a unique start, as git shortens commits


def _page(library, args) -> int:
    article = library.article(article_id(library, args.id))
    lines = library.page_lines(article.file_id, article.page)
    if args.json:
        print_json([dataclasses.asdict(line) for line in lines])
        return exits.OK
    for line in table(_page_cells(lines, article.id)):
        print(line)
    return exits.OK


def _page_cells(lines, open_id: str):
    for line in lines:
        owner = (line.article_id or "")[:SHORT_ID] or (
            "leftover" if line.role == "leftover" else ""
        )
        mark = ">" if line.article_id == open_id else " "
        yield (f"{line.number:>4}", mark + owner, ROLE_MARKS.get(line.role, ""), line.text)


def _file_id(library, value: str) -> int:
    for row in library.files():
        if value in (row.name, str(row.id), row.path):
            return row.id
    raise UsageError(f"no file {value!r} in the library (see `reader fix list`)")


def _cells(rows):
    for row in rows:
        yield (f"#{row.id}", row.file_name, row.kind, row.status, _what(row))


def _what(row) -> str:
    anchor = row.anchors.get("article") or row.anchors.get("first") or {}
    text = anchor.get("head", "")[:WHAT_CHARS] + "…"
    line = row.anchors.get("line") or row.anchors.get("headline")
    if line:
        text += f" «{line['text'][:WHAT_CHARS]}»"
    extra = {k: v for k, v in row.payload.items() if v is not None}
    return text + (f" {extra}" if extra else "")
