"""`reader figures`: the ledger on the command line, its filters and its three shapes."""

from __future__ import annotations

import csv
import io
import json

from tests.cli.conftest import run


def _json(capsys, library, *options) -> list[dict]:
    code, out, err = run(capsys, "figures", "--db", library, "--json", *options)
    assert code in (0, 1), err
    return json.loads(out)["figures"]


def test_every_row_carries_its_provenance(capsys, library):
    rows = _json(capsys, library)
    assert rows
    for row in rows:
        assert row["file"] and row["headline"] and row["article_id"]
        assert row["printed"] in row["sentence"]


def test_kind_and_county_filters(capsys, library):
    money = _json(capsys, library, "--kind", "money")
    assert money and {row["kind"] for row in money} == {"money"}
    assert all(row["unit"] == "元" and row["value"] >= 1 for row in money)
    county = next(row["county"] for row in money if row["county"])
    there = _json(capsys, library, "--kind", "money", "--county", county)
    assert there == [row for row in money if row["county"] == county]


def test_search_keeps_the_figures_of_the_articles_found(capsys, library):
    _code, out, _ = run(capsys, "search", "--db", library, "--json", "--limit", "500", "供热")
    found = {hit["article_id"] for hit in json.loads(out)}
    rows = _json(capsys, library, "--search", "供热")
    assert rows and {row["article_id"] for row in rows} <= found


def test_csv_is_excel_safe_with_a_bom(capsys, library):
    code, out, _ = run(capsys, "figures", "--db", library, "--csv")
    assert code == 0 and out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out[1:])))
    assert len(rows) == len(_json(capsys, library))
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row.values())


def test_totals_equal_the_rows(capsys, library):
    rows = _json(capsys, library, "--kind", "money", "--measure", "元")
    code, out, _ = run(
        capsys,
        "figures",
        "--db",
        library,
        "--kind",
        "money",
        "--measure",
        "元",
        "--totals",
        "--json",
    )
    expected: dict = {}
    for row in rows:
        expected[(row["city"], row["county"])] = (
            expected.get((row["city"], row["county"]), 0) + row["value"]
        )
    assert code == 0
    assert {(t["city"], t["county"]): t["sum"] for t in json.loads(out)} == expected


def test_the_table_shows_full_values(capsys, library):
    code, out, _ = run(capsys, "figures", "--db", library, "--kind", "money")
    assert code == 0 and " 元" in out
