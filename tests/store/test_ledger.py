"""The figures ledger: rows written on import and after corrections, filters, sums, values."""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest

from reader.importing import fixes, import_paths
from reader.ingest import parse_file
from reader.ingest.figures import find_figures
from reader.store import Scope
from reader.store.figures import shown
from reader.store.ledger import Narrowing
from reader.store.scope import EVERYTHING
from tests.store.helpers import SEEDS, article, store_page


def with_figures(made):
    figures = [f for k, block in enumerate(made.body) for f in find_figures(block.text, k)]
    return dataclasses.replace(made, figures=figures)


def two_counties(library, tmp_path):
    store_page(
        library,
        tmp_path / "a.txt",
        [
            with_figures(article("x1", "一", "全县投入资金2.0689亿元。\n帮扶困难群众320户。")),
            with_figures(article("x2", "二", "新建道路3至5万元，约1200人受益。", index=1)),
            with_figures(article("x3", "三", "投入800万元，帮扶15户。", county="阳谷县", index=2)),
        ],
    )


def test_every_figure_the_reading_pane_highlights_is_in_the_ledger(seeds_library):
    pages = {path.name: parse_file(path) for path in sorted(SEEDS.glob("*.txt"))}
    parsed = {a.id: a for page in pages.values() for a in page.articles}
    checked = 0
    for row in seeds_library.article_rows():
        detail = seeds_library.article(row.id)
        ledger = seeds_library.figures(Scope(file_id=detail.file_id))
        mine = [r for r in ledger if r.article_id == row.id]
        assert len(mine) == len(detail.figures)
        for figure, found in zip(detail.figures, mine, strict=True):
            assert (found.printed, found.kind, found.value) == (
                figure["text"],
                figure["kind"],
                figure["value"],
            )
            assert detail.text[found.start : found.end] == figure["text"]
            assert found.shown == figure["shown"]  # the tooltip's full value is the ledger's
            model = parsed[row.id].figures[len([f for f in mine if f.id < found.id])]
            assert (found.value_high, found.unit, found.measure, found.approx) == (
                model.value_high,
                model.unit,
                model.measure,
                model.approx,
            )
            assert (found.date, found.label or "") == (model.date, model.label)
            checked += 1
    assert checked == sum(len(a.figures) for a in parsed.values()) > 100


def test_rows_carry_value_model_and_provenance(library, tmp_path):
    two_counties(library, tmp_path)
    rows = library.figures(Scope(county="东阿县"))
    money = next(r for r in rows if r.printed == "2.0689亿元")
    assert (money.value, money.unit, money.shown) == (206_890_000, "元", "206,890,000 元")
    assert (money.headline, money.byline, money.file_name) == ("一", "记者 张三", "a.txt")
    assert money.label == "全县投入资金"
    sentences = library.figure_sentences(rows)
    assert sentences[money.id] == "全县投入资金2.0689亿元。"
    ranged = next(r for r in rows if r.printed == "3至5万元")
    assert (ranged.value, ranged.value_high, ranged.shown) == (30_000, 50_000, "30,000–50,000 元")
    about = next(r for r in rows if r.printed == "1200人")
    assert (about.approx, about.shown) == ("约", "约 1,200 人")


@pytest.mark.parametrize(
    "scope, narrowing, printed",
    [
        (Scope(), Narrowing(kind="money"), ["2.0689亿元", "3至5万元", "800万元"]),
        (Scope(county="阳谷县"), Narrowing(), ["800万元", "15户"]),
        (Scope(), Narrowing(kind="count", measure="户"), ["320户", "15户"]),
        (Scope(), Narrowing(text="帮扶"), ["320户", "15户"]),
        (Scope(), Narrowing(text="三"), ["800万元", "15户"]),  # the headline
        (Scope(), Narrowing(article_ids=("x2",)), ["3至5万元", "1200人"]),
        (Scope(), Narrowing(article_ids=()), []),
        (Scope(), Narrowing(text="%"), []),  # LIKE's wildcards are plain characters
    ],
)
def test_filters(library, tmp_path, scope, narrowing, printed):
    two_counties(library, tmp_path)
    found = library.figures(scope, narrowing)
    assert sorted(r.printed for r in found) == sorted(printed)
    assert library.figure_count(scope, narrowing) == len(printed)


def test_a_tag_scope_takes_the_tagged_articles_figures(library, tmp_path):
    two_counties(library, tmp_path)
    library.tag_article("x3", "对比")
    assert {r.printed for r in library.figures(Scope(tag="对比"))} == {"800万元", "15户"}


@pytest.mark.parametrize("how", ["sum", "count"])
def test_county_totals_equal_the_rows(library, tmp_path, how):
    two_counties(library, tmp_path)
    narrowing = Narrowing(kind="money", measure="元")
    rows = library.figures(Scope(), narrowing)
    expected: dict[str | None, float] = {}
    for row in rows:
        expected[row.county] = expected.get(row.county, 0) + (row.value if how == "sum" else 1)
    totals = library.figure_totals(Scope(), narrowing, how)
    assert {t.county: t.total for t in totals} == expected
    assert {t.county: t.rows for t in totals} == {"东阿县": 2, "阳谷县": 1}


def test_sorting_in_sql_and_paging(library, tmp_path):
    two_counties(library, tmp_path)
    values = [r.value for r in library.figures(Scope(), Narrowing(kind="money"), order="value")]
    assert values == sorted(values)
    top = library.figures(Scope(), Narrowing(), order="value", descending=True, limit=2)
    assert [r.printed for r in top] == ["2.0689亿元", "800万元"]
    rest = library.figures(Scope(), Narrowing(), order="value", descending=True, limit=50, offset=2)
    assert len(top) + len(rest) == library.figure_count()


def test_measures_most_frequent_first(library, tmp_path):
    two_counties(library, tmp_path)
    assert library.figure_measures(Scope(), "count") == [("户", 2), ("人", 1)]


def test_reimport_and_correction_rewrite_the_rows(library, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8"), encoding="utf-8")
    assert import_paths(library, [page]).ok
    before = library.figure_count()
    target = next(r for r in library.figures() if r.county)
    fixes.fix(library, "county", [target.article_id], payload={"county": None})
    assert library.figure_count() == before  # no row lost nor doubled
    moved = [r for r in library.figures() if r.article_id == target.article_id]
    assert moved and {r.county for r in moved} == {None}
    page.write_text(page.read_text(encoding="utf-8") + "\n新增一段，投入9999万元。\n", "utf-8")
    assert import_paths(library, [page]).ok
    assert library.figure_count() >= before
    assert library.figure_count() == sum(
        len(library.article(a.id).figures) for a in library.article_rows()
    )


@pytest.mark.parametrize(
    "fields, expected",
    [
        (("money", 206_890_000, None, "元", None, None), "206,890,000 元"),
        (("count", 100, None, "户", "余", None), "100余 户"),
        (("count", 3000, None, "人", "近", None), "近 3,000 人"),
        (("percent", 10, 20, "%", None, None), "10–20%"),
        (("percent", 15.3, None, "%", None, None), "15.3%"),
        (("date", 3, None, None, None, "2024-03-05"), "2024-03-05"),
        (("date", 3, None, None, None, None), "3"),
        (("other", None, None, None, None, None), ""),
    ],
)
def test_shown(fields, expected):
    assert shown(*fields) == expected


def test_ledger_csv_defuses_formulas_and_json_has_provenance(library, tmp_path):
    import csv
    import io
    import json

    store_page(
        library,
        tmp_path / "f.txt",
        [with_figures(article("f1", "=HYPERLINK(1)", "-投入300万元。", byline="@记者"))],
    )
    text = library.export_figures("csv")
    assert text.startswith("\ufeff")
    (row,) = csv.DictReader(io.StringIO(text[1:]))
    assert (row["headline"], row["byline"], row["sentence"]) == (
        "'=HYPERLINK(1)",
        "'@记者",
        "'-投入300万元。",
    )
    assert (row["value"], row["shown"]) == ("3000000", "3,000,000 元")
    (record,) = json.loads(library.export_figures("json"))["figures"]
    assert (record["headline"], record["file"], record["county"]) == (
        "=HYPERLINK(1)",
        "f.txt",
        "东阿县",
    )
    assert record["sentence"] == "-投入300万元。"


def test_notes_export_lists_the_figures_of_the_noted_passage(library, tmp_path):
    import json

    two_counties(library, tmp_path)
    text = library.article("x1").text
    start = text.index("帮扶")
    library.add_note("x1", "看这里", quote=text[start:])
    exported = json.loads(library.export_notes("json", figures=True))
    (note,) = exported["notes"]
    assert [(f["printed"], f["shown"]) for f in note["figures"]] == [("320户", "320 户")]
    assert "figures" not in json.loads(library.export_notes("json"))["notes"][0]
    assert "320户 = 320 户" in library.export_notes("csv", figures=True)
    assert "Figures: 320户 = 320 户" in library.export_notes("md", figures=True)


@pytest.mark.parametrize("kind", [None, "money", "count", "percent", "date", "other"])
def test_counts_and_measures_of_the_whole_library_agree_with_its_rows(seeds_library, kind):
    """(Counted on the figures alone, without their articles, when nothing narrows by them.)"""
    narrowing = Narrowing(kind=kind)
    found = seeds_library.figures(EVERYTHING, narrowing)
    assert seeds_library.figure_count(EVERYTHING, narrowing) == len(found) > 0
    measured = Counter(row.measure for row in found if row.measure)
    assert dict(seeds_library.figure_measures(EVERYTHING, kind)) == dict(measured)
