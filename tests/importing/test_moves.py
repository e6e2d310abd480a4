"""Corrections that move whole lines (headline, swap, leftover out and in, split with a
headline line) as pure edits: lines found by their text on a page with other line numbers,
every line still in exactly one article or the leftovers, stale when the lines are gone."""

from __future__ import annotations

import pytest

from reader.importing.anchoring import article_anchor
from reader.importing.corrections import anchors_of, apply
from reader.importing.line_edits import cut
from reader.importing.moves import line_anchor
from reader.importing.spans import flat, numbers
from reader.store.records import ArticleRecord, BodyBlock, Correction

PAGE = "甲标题\n  第一段甲甲甲。\n第3版\n  第二段乙乙乙。\n丙标题\n  丙的正文。\n"
# the same page with a blank line more at the top and the first paragraph wrapped in two
MOVED = "\n甲标题\n  第一段甲\n甲甲。\n第3版\n  第二段乙乙乙。\n丙标题\n  丙的正文。\n"


def record(article_id, title, paragraphs, lines) -> ArticleRecord:
    body = [BodyBlock("paragraph", text) for text in paragraphs]
    return ArticleRecord(
        article_id,
        "ac".index(article_id),
        "news",
        None,
        title,
        None,
        None,
        None,
        None,
        None,
        body,
        [],
        0.9,
        lines,
    )


def page() -> list[ArticleRecord]:
    return [
        record("a", "甲标题", ["第一段甲甲甲。", "第二段乙乙乙。"], [[1, 2], [4, 4]]),
        record("c", "丙标题", ["丙的正文。"], [[5, 6]]),
    ]


def moved() -> list[ArticleRecord]:
    return [
        record("a", "甲标题", ["第一段甲\n甲甲。", "第二段乙乙乙。"], [[2, 4], [6, 6]]),
        record("c", "丙标题", ["丙的正文。"], [[7, 8]]),
    ]


def on_line(kind, number, payload=None, paragraph=None) -> Correction:
    lines = PAGE.splitlines()
    anchors = anchors_of(kind, page(), ["a"], paragraph)
    anchors["headline" if kind == "split" else "line"] = line_anchor(
        lines, flat(lines[number - 1]), number
    )
    return Correction(1, kind, anchors, payload or {})


def leftovers(articles, text) -> set[int]:
    held = [numbers(a.source_lines) for a in articles]
    assert sum(map(len, held)) == len(set().union(*held))  # no line in two articles
    everything = {n for n, line in enumerate(text.splitlines(), 1) if line.strip()}
    return everything - set().union(*held)


def test_a_leftover_line_becomes_the_headline_and_the_old_headline_a_leftover():
    (a, c), statuses = apply(page(), [on_line("headline", 3)], PAGE)
    assert statuses == {1: "applied"}
    assert (a.title, a.headline_confidence, a.corrected) == ("第3版", 1.0, True)
    assert leftovers([a, c], PAGE) == {1} and not c.corrected


def test_another_articles_headline_moves_with_its_line():
    (a, c), _ = apply(page(), [on_line("headline", 5)], PAGE)
    assert (a.title, c.title) == ("丙标题", None)
    assert c.source_lines == [[6, 6]] and c.corrected
    assert leftovers([a, c], PAGE) == {1, 3}


def test_own_first_paragraph_becomes_the_headline():
    (a, c), _ = apply(page(), [on_line("headline", 2)], PAGE)
    assert a.title == "第一段甲甲甲。" and [b.text for b in a.body] == ["第二段乙乙乙。"]
    assert leftovers([a, c], PAGE) == {1, 3}


def test_swap_exchanges_headlines_and_their_lines():
    swap = Correction(1, "headline", anchors_of("headline", page(), ["a", "c"]), {"swap": True})
    (a, c), statuses = apply(page(), [swap], PAGE)
    assert statuses == {1: "applied"}
    assert (a.title, c.title) == ("丙标题", "甲标题")
    assert (a.source_lines, c.source_lines) == ([[2, 2], [4, 5]], [[1, 1], [6, 6]])
    assert leftovers([a, c], PAGE) == {3}


@pytest.mark.parametrize(
    ("direction", "number", "paragraphs", "lines", "left"),
    [
        ("out", 4, ["第一段甲甲甲。"], [[1, 2]], {3, 4}),
        ("out", 1, ["第一段甲甲甲。", "第二段乙乙乙。"], [[2, 2], [4, 4]], {1, 3}),
        ("in", 3, ["第一段甲甲甲。", "第3版", "第二段乙乙乙。"], [[1, 4]], set()),
    ],
)
def test_a_line_leaves_for_the_leftovers_or_joins_from_them(
    direction, number, paragraphs, lines, left
):
    (a, c), statuses = apply(page(), [on_line("leftover", number, {"direction": direction})], PAGE)
    assert statuses == {1: "applied"}
    assert ([b.text for b in a.body], a.source_lines) == (paragraphs, lines)
    assert leftovers([a, c], PAGE) == left


@pytest.mark.parametrize(
    ("kind", "number", "payload"),
    [
        ("headline", 3, {}),
        ("headline", 5, {}),
        ("leftover", 3, {"direction": "in"}),
        ("leftover", 4, {"direction": "out"}),
    ],
)
def test_a_line_correction_applies_to_a_page_with_other_line_numbers(kind, number, payload):
    here, _ = apply(page(), [on_line(kind, number, payload)], PAGE)
    there, statuses = apply(moved(), [on_line(kind, number, payload)], MOVED)
    assert statuses == {1: "applied"}
    assert [(a.title, flat(a.text)) for a in there] == [(a.title, flat(a.text)) for a in here]
    assert leftovers(there, MOVED) == {n + 1 + (n > 2) for n in leftovers(here, PAGE)}


def test_split_with_a_headline_line_takes_that_line():
    made = on_line("split", 3, {"title": None}, paragraph=2)
    (first, second, _c), statuses = apply(page(), [made], PAGE)
    assert statuses == {1: "applied"}
    assert second.title == "第3版" and second.text == "第二段乙乙乙。"
    assert second.source_lines == [[3, 4]] and first.source_lines == [[1, 2]]


@pytest.mark.parametrize(
    ("text", "kind", "number", "payload"),
    [
        (PAGE.replace("第3版", "第4版"), "headline", 3, {}),  # the line is gone
        (PAGE, "leftover", 5, {"direction": "in"}),  # held by another article
        (PAGE, "leftover", 5, {"direction": "out"}),
    ],
)
def test_a_line_correction_that_cannot_apply_is_stale(text, kind, number, payload):
    made = on_line(kind, number, payload)
    articles, statuses = apply(page(), [made], text)
    assert statuses == {1: "stale"} and articles == page()


def test_lines_already_where_the_correction_puts_them_count_as_applied():
    made = on_line("leftover", 3, {"direction": "out"})
    (a, _c), statuses = apply(page(), [made], PAGE)
    assert statuses == {1: "applied"} and a.corrected and a.text == page()[0].text


@pytest.mark.parametrize(
    ("value", "start", "end", "expected"),
    [("甲 乙丙", 1, 2, "甲 丙"), ("甲乙\n丙丁", 1, 3, "甲\n丁"), ("ＡＢ", 0, 1, "Ｂ")],
)
def test_cut_removes_the_characters_behind_a_whitespace_free_span(value, start, end, expected):
    assert cut(value, start, end) == expected


def test_an_article_anchor_is_its_text_without_spaces():
    assert article_anchor(moved()[0]) == article_anchor(page()[0])


def test_a_body_line_that_is_also_part_of_the_headline_leaves_the_body():
    text = "甲乙丙丁\n  丙丁\n  戊己庚。\n"
    article = record("a", "甲乙丙丁", ["丙丁", "戊己庚。"], [[1, 3]])
    anchors = {
        "article": article_anchor(article),
        "line": line_anchor(text.splitlines(), "丙丁", 2),
    }
    made = Correction(1, "leftover", anchors, {"direction": "out"})
    [moved_out], statuses = apply([article], [made], text)
    assert statuses == {1: "applied"}
    assert (moved_out.title, moved_out.text, moved_out.source_lines) == (
        "甲乙丙丁",
        "戊己庚。",
        [[1, 1], [3, 3]],
    )


def test_a_line_taken_back_rejoins_the_paragraph_it_left():
    text = "甲标题\n  第一段甲\n乙乙\n丙。\n  第二段。\n"
    original = record("a", "甲标题", ["第一段甲乙乙丙。", "第二段。"], [[1, 5]])
    lines = text.splitlines()

    def moved(article, direction):
        anchors = {"article": article_anchor(article), "line": line_anchor(lines, "乙乙", 3)}
        [result], statuses = apply(
            [article], [Correction(1, "leftover", anchors, {"direction": direction})], text
        )
        assert statuses == {1: "applied"}
        return result

    out = moved(original, "out")
    assert [b.text for b in out.body] == ["第一段甲丙。", "第二段。"]
    back = moved(out, "in")
    assert (back.body, back.source_lines) == (original.body, original.source_lines)
