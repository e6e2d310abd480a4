"""The sample pages against their hand-checked answers, field by field.

Floors (from the issue): article boundaries F1 >= 0.97, headline lines exactly right for
>= 95% of articles, county right for >= 95%, every listed figure cleaned, every line accounted for.
"""

from collections import Counter

import pytest

from reader.ingest import parse_file
from tests.ingest.gold import SEEDS_DIR, gold_pages, headline_text, match_articles, norm

GOLD = gold_pages()


@pytest.fixture(scope="module")
def parsed():
    return {page["file"]: parse_file(SEEDS_DIR / page["file"]).to_dict() for page in GOLD}


def _pairs(parsed):
    return [pair for gold in GOLD for pair in match_articles(parsed[gold["file"]], gold).matched]


def _share(pairs, same) -> float:
    total = sum(len(g["articles"]) for g in GOLD)
    return sum(1 for expected, article in pairs if same(expected, article)) / total


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["file"])
def test_article_boundaries(parsed, gold):
    assert match_articles(parsed[gold["file"]], gold).boundary_f1 >= 0.97


def test_headlines_at_least_95_percent(parsed):
    pairs = _pairs(parsed)
    assert _share(pairs, lambda g, a: headline_text(a) == norm("".join(g["headlines"]))) >= 0.95


def test_county_at_least_95_percent(parsed):
    pairs = _pairs(parsed)
    assert _share(pairs, lambda g, a: a["county"] == g["county"]) >= 0.95


@pytest.mark.parametrize("field", ["kind", "city", "dateline"])
def test_plain_fields(parsed, field):
    pairs = _pairs(parsed)
    wrong = [(g["title"], g[field], a[field]) for g, a in pairs if a[field] != g[field]]
    assert not wrong


def test_bylines(parsed):
    wrong = [
        (g["byline"], a["byline"])
        for g, a in _pairs(parsed)
        if norm(a["byline"]) != norm(g["byline"])
    ]
    assert not wrong


def test_paragraph_counts_and_section_heads(parsed):
    pairs = _pairs(parsed)
    paragraphs = _share(
        pairs, lambda g, a: sum(b["type"] == "paragraph" for b in a["body"]) == g["paragraphs"]
    )
    heads_wrong = [
        (g["title"], g["section_heads"])
        for g, a in pairs
        if [norm(b["text"]) for b in a["body"] if b["type"] == "heading"]
        != [norm(h) for h in g["section_heads"]]
    ]
    assert paragraphs >= 0.9
    assert not heads_wrong


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["file"])
def test_every_listed_figure_is_cleaned_and_found(parsed, gold):
    page = parsed[gold["file"]]
    text = "".join(norm(b["text"]) for a in page["articles"] for b in a["body"])
    figures = [norm(f["text"]) for a in page["articles"] for f in a["figures"]]
    missing = [
        f for f in gold["figures"] if norm(f) not in text or not any(norm(f) in t for t in figures)
    ]
    assert not missing


@pytest.mark.parametrize("path", sorted(SEEDS_DIR.glob("*.txt")), ids=lambda p: p.name)
def test_every_line_lands_exactly_once(path):
    page = parse_file(path).to_dict()
    raw = path.read_bytes().decode("utf-8-sig")
    seen = Counter()
    for article in page["articles"]:
        for low, high in article["source_lines"]:
            seen.update(range(low, high + 1))
    seen.update(item["line"] for item in page["leftover"])
    non_blank = [no for no, line in enumerate(raw.splitlines(), 1) if line.strip()]
    assert all(seen[no] == 1 for no in non_blank)
    assert set(seen) - set(range(1, len(raw.splitlines()) + 1)) == set()
