"""Hypothesis property of the line corrections on a sample page: whatever mix of headlines
given from lines, headline swaps, lines sent to the leftovers and taken from them is made
(each anchored on the page as it stands after the ones before, as `reader fix` anchors
them), re-applying them all never raises, every line stays in at most one article, and a
line an article holds has its text in that article (headline, byline or body): nothing is
half moved, nothing is lost. Corrections that cannot apply are stale."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.importing.anchoring import article_anchor
from reader.importing.corrections import apply
from reader.importing.moves import line_anchor
from reader.importing.pages import article_record
from reader.importing.spans import flat, numbers
from reader.ingest import parse_page
from reader.store.records import Correction
from tests.robustness.conftest import SEEDS, record, scaled

TEXT = (SEEDS / "000_4238dc173f1c1006.txt").read_text(encoding="utf-8")
LINES = TEXT.splitlines()
PARSED = [article_record(article) for article in parse_page(TEXT, "page.txt").articles]
TEXT_LINES = [n for n, line in enumerate(LINES, 1) if line.strip()]
MOVES = ("headline", "swap", "out", "in")

PROPERTY_SETTINGS = settings(
    deadline=None,
    max_examples=scaled(25, 400),
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

move = st.tuples(
    st.sampled_from(MOVES),
    st.integers(0, len(PARSED) - 1),
    st.integers(0, len(PARSED) - 1),
    st.sampled_from(TEXT_LINES),
)


def correction(number: int, articles, kind, i, j, line) -> Correction:
    article, other = articles[i % len(articles)], articles[j % len(articles)]
    anchors = {"article": article_anchor(article)}
    if kind == "swap":
        return Correction(number, "headline", {**anchors, "other": article_anchor(other)}, {})
    anchors["line"] = line_anchor(LINES, flat(LINES[line - 1]), line)
    if kind == "headline":
        return Correction(number, "headline", anchors, {})
    return Correction(number, "leftover", anchors, {"direction": kind})


def unmarked(text: str) -> str:
    """A line's whitespace-free text without a byline's marks (□ … 报道), which the stored
    byline leaves out."""
    return flat(text).lstrip("□■").removesuffix("报道")


@PROPERTY_SETTINGS
@given(st.lists(move, min_size=1, max_size=6))
def test_line_corrections_move_whole_lines_and_lose_none(moves):
    made: list[Correction] = []
    for number, (kind, i, j, line) in enumerate(moves, 1):
        current, _ = apply(PARSED, made, TEXT)
        made.append(correction(number, current, kind, i, j, line))
    articles, statuses = apply(PARSED, made, TEXT)
    record("line corrections tried", len(made))
    record("line corrections stale", sum(s == "stale" for s in statuses.values()))
    assert_whole_lines(articles)


def assert_whole_lines(articles) -> None:
    held = [numbers(article.source_lines) for article in articles]
    assert sum(map(len, held)) == len(set().union(*held))  # no line in two articles
    for article, lines in zip(articles, held, strict=True):
        content = flat(" ".join(filter(None, (article.headline, article.byline, article.text))))
        assert all(unmarked(LINES[n - 1]) in content for n in lines if LINES[n - 1].strip())


def test_the_parsed_page_holds_every_line_text_in_its_article():
    """The property's baseline: the parser's own articles pass it."""
    assert_whole_lines(PARSED)
