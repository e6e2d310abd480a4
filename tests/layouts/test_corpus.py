"""The generated layout corpus is sound: deterministic, its gold accounts for every line, and
the parser keeps its line-accounting invariant on every page. Scores are the bench's job
(tests/bench/bench_layouts.py), not asserted here."""

from __future__ import annotations

import json

import pytest

from tests.ingest.gold import GOLD_DIR, SEEDS_DIR
from tests.layouts import freeze, score
from tests.layouts.frozen import FIXTURES, load_all, norm
from tests.layouts.variants import FAMILIES, corpus
from tests.layouts.wrap import wrap

CORPUS = corpus()
IN_ORDER = [v for v in CORPUS if not v.family.startswith("pdf_")]


def _lines(variant) -> list[int]:
    return [i for i, line in enumerate(variant.text.splitlines(), start=1) if line.strip()]


def test_the_same_seed_gives_the_same_corpus():
    again = corpus()
    assert [(v.name, v.data, v.gold) for v in again] == [(v.name, v.data, v.gold) for v in CORPUS]
    other = corpus(seed=11)
    assert [v.data for v in other] != [v.data for v in CORPUS]


def test_names_are_unique_and_every_family_is_present():
    assert len({v.name for v in CORPUS}) == len(CORPUS)
    assert {v.family for v in CORPUS} == set(FAMILIES)


@pytest.mark.parametrize("variant", CORPUS, ids=lambda v: v.name)
def test_gold_accounts_for_every_line_once(variant):
    owned = [no for a in variant.gold["articles"] for no in a["source_lines"]]
    owned += variant.gold["leftover"]
    assert sorted(owned) == _lines(variant)


# extractors interleave columns, so PDF pages' lines are out of text order: match.assign
# checks that their lines cover each printed text exactly once (test_pdf_gold_is_fresh...)
@pytest.mark.parametrize("variant", IN_ORDER, ids=lambda v: v.name)
def test_gold_bodies_are_in_the_lines_their_article_owns(variant):
    lines = variant.text.splitlines()
    for article in variant.gold["articles"]:
        text = norm("".join(lines[no - 1] for no in article["source_lines"]))
        assert norm(article["body_start"]) in text and norm(article["body_end"]) in text
        assert all(norm(head) in text for head in article["headlines"])


def test_gold_family_reproduces_the_sample_pages_and_their_gold():
    for variant in (v for v in CORPUS if v.family == "gold"):
        name = variant.name.split("-")[1] + ".txt"
        seed = (SEEDS_DIR / name).read_text(encoding="utf-8-sig")
        assert variant.text.rstrip("\n") == seed.rstrip("\n")
        expected = json.loads((GOLD_DIR / name.replace(".txt", ".json")).read_text("utf-8"))
        for made, gold in zip(variant.gold["articles"], expected["articles"], strict=True):
            assert {k: made[k] for k in gold} == gold
        assert sorted(variant.gold["figures"]) == sorted(expected["figures"])


def test_own_fixtures_are_fresh():
    for path in sorted(freeze.OWN.glob("*.txt")):
        data = freeze.freeze_own(path)
        committed = FIXTURES / ("own_" + path.name.replace(".txt", ".json"))
        assert freeze._dump(data) == committed.read_text(encoding="utf-8"), path.name


def test_fixtures_label_every_line():
    for page in load_all():
        for text, owner, role, _ in page.lines:
            assert (role == "blank") == (not text.strip())
            assert (owner < 0) == (role in ("blank", "furniture"))


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("一二三四五，六七", 5, ["一二三四五，", "六七"]),
        ("一二三四“五六七", 5, ["一二三四", "“五六七"]),
        ("一二三4567八九", 5, ["一二三", "4567八", "九"]),
        ("一二", 5, ["一二"]),
    ],
)
def test_wrap_keeps_the_trade_line_breaking_rules(text, width, lines):
    assert wrap(text, width) == lines


def test_parser_accounts_for_every_line_of_every_generated_page():
    from reader.ingest import parse_page

    failures = []
    for variant in CORPUS:
        parsed = parse_page(variant.data, variant.name).to_dict()
        missing, twice = score.line_accounting(parsed, variant.text)
        if missing or twice:
            failures.append((variant.name, missing[:5], twice[:5]))
    assert failures == []


def test_pdf_gold_is_fresh_from_the_page_sources():
    """The committed gold of each extracted PDF page is what matching its lines against the
    page source gives today (no browser needed: the extracted texts are committed)."""
    from tests.layouts.pdf import match, source
    from tests.layouts.pdf.load import OUT
    from tests.layouts.pdf.make_pdfs import PAGES

    checked = 0
    for path in sorted(PAGES.glob("*.txt")):
        for number, sheet in enumerate(source.parse(path), start=1):
            for tool in ("pdfminer", "raw"):
                name = f"{path.stem}-{number}.{tool}"
                text = (OUT / f"{name}.txt").read_text(encoding="utf-8")
                committed = json.loads((OUT / f"{name}.json").read_text(encoding="utf-8"))
                assert match.gold(sheet, text, f"{name}.txt", f"pdf_{tool}") == committed
                checked += 1
        assert (OUT / f"{path.stem}.pdf").stat().st_size < 300_000
    assert checked >= 16
