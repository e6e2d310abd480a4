"""`reader figures`: the figures ledger, every number of the library with what it counts.

    figures [--county X] [--tag T] [--kind money|count|percent|date|other] [--measure W]
            [--search Q] [--totals] [--json | --csv]

A table (county, kind, the full value with its unit, what it counts, headline, article id),
or `--json`/`--csv` (each row with its provenance: file, headline, byline, county, sentence;
CSV in UTF-8 with BOM, Excel-safe); `--totals` prints the sum per county instead (a count
where no measure word is given, since only figures of one unit add up). `--search Q` keeps
the figures of the articles the search finds. Exit 1 when no figure matches.
"""

from __future__ import annotations

import io

from reader.cli import exits
from reader.cli.library import add_command, add_filters, scope
from reader.cli.output import fail, print_json, table, write_stdout
from reader.cli.reading import CITY_WIDE_LABEL

KINDS = ("money", "count", "percent", "date", "other")


def register(commands) -> None:
    parser = add_command(
        commands,
        "figures",
        "the figures ledger: every number with what it counts",
        run_figures,
        description="List the figures of the library (money in 元, counts with their measure "
        "word, percentages, dates) with what each counts and where it comes from.",
    )
    add_filters(parser)
    parser.add_argument("--kind", choices=KINDS, help="only figures of this kind")
    parser.add_argument("--measure", metavar="W", help="only this unit or measure word (户, 元)")
    parser.add_argument("--search", metavar="Q", help="only in the articles this search finds")
    parser.add_argument(
        "--totals", action="store_true", help="the sum (or, without --measure, count) per county"
    )
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print JSON with provenance")
    shape.add_argument("--csv", action="store_true", help="print CSV with provenance")


def run_figures(library, args) -> int:
    from reader.store.ledger import Narrowing

    place = scope(library, args)
    found_ids = _searched(library, args.search, place) if args.search else None
    narrowing = Narrowing(kind=args.kind, measure=args.measure, article_ids=found_ids)
    if args.totals:
        return _print_totals(library, place, narrowing, args)
    if args.json or args.csv:
        write_stdout(library.export_figures("json" if args.json else "csv", place, narrowing))
        return exits.OK if library.figure_count(place, narrowing) else exits.NOTHING
    rows = library.figures(place, narrowing)
    if not rows:
        return fail("no figures", exits.NOTHING)
    for line in table(_cells(rows)):
        print(line)
    return exits.OK


def _searched(library, query: str, place) -> tuple[str, ...]:
    total = library.search_count(query, place)
    return tuple(hit.article_id for hit in library.search(query, place, limit=max(total, 1)))


def _cells(rows):
    for row in rows:
        yield (
            row.county or CITY_WIDE_LABEL,
            row.kind,
            row.shown or row.printed,
            row.label or "",
            row.headline,
            row.article_id,
        )


def _print_totals(library, place, narrowing, args) -> int:
    how = "sum" if args.measure else "count"
    totals = library.figure_totals(place, narrowing, how)
    records = [{"city": t.city, "county": t.county, how: t.total, "rows": t.rows} for t in totals]
    if args.json:
        print_json(records)
    elif args.csv:
        write_stdout(_totals_csv(records, how))
    else:
        cells = [
            (r["county"] or CITY_WIDE_LABEL, f"{r[how]:,.6g}", str(r["rows"])) for r in records
        ]
        for line in table(cells):
            print(line)
    return exits.found(records)


def _totals_csv(records: list[dict], how: str) -> str:
    """UTF-8 with BOM, CRLF, a county name defused as every export's cells are."""
    import csv

    from reader.store.export import csv_cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["city", "county", how, "rows"])
    for r in records:
        writer.writerow([csv_cell(r["city"]), csv_cell(r["county"]), r[how], r["rows"]])
    return "\ufeff" + out.getvalue()
