"""The corrections as pure edits of article records: anchors that survive other line breaks,
merge/split/county/kind, and stale ones reported, never raised."""

from __future__ import annotations

import pytest

from reader.importing.corrections import anchors_of, apply, flat, stable_id
from reader.store.records import ArticleRecord, BodyBlock, Correction

PAGE = "甲标题\n  第一段甲甲甲。\n  第二段乙乙乙。\n丙标题\n  丙的正文。\n"


def record(article_id, title, paragraphs, lines, county=None) -> ArticleRecord:
    body = [BodyBlock("paragraph", text) for text in paragraphs]
    return ArticleRecord(
        article_id,
        0,
        "news",
        None,
        title,
        None,
        None,
        None,
        "聊城市",
        county,
        body,
        [],
        0.9,
        lines,
    )


def page() -> list[ArticleRecord]:
    return [
        record("a", "甲标题", ["第一段甲甲甲。", "第二段乙乙乙。"], [[1, 3]], "东阿县"),
        record("c", "丙标题", ["丙的正文。"], [[4, 5]]),
    ]


def correction(kind, ids, payload=None, paragraph=None, of=None) -> Correction:
    return Correction(1, kind, anchors_of(kind, of or page(), ids, paragraph), payload or {})


def test_an_anchor_ignores_line_breaks_and_spaces():
    wrapped = [
        record("x", "甲标题", ["第一段甲\n甲甲。", "第二段 乙乙乙。"], [[1, 5]]),
        page()[1],
    ]
    made = correction("kind", ["a"], {"kind": "brief"})
    articles, statuses = apply(wrapped, [made], PAGE)
    assert statuses == {1: "applied"} and articles[0].kind == "brief" and articles[0].corrected


def test_merge_keeps_the_first_id_and_both_texts_in_reading_order():
    [merged], statuses = apply(page(), [correction("merge", ["a", "c"])], PAGE)
    assert statuses == {1: "applied"}
    assert merged.id == "a" and merged.source_lines == [[1, 5]]
    assert [b.type for b in merged.body] == ["paragraph", "paragraph", "heading", "paragraph"]


def test_split_gives_the_second_part_a_stable_id_and_its_lines():
    made = correction("split", ["a"], {"title": None}, paragraph=2)
    (first, second, _c), statuses = apply(page(), [made], PAGE)
    assert statuses == {1: "applied"}
    assert (first.id, first.source_lines, second.source_lines) == ("a", [[1, 2]], [[3, 3]])
    assert second.id == stable_id("第二段乙乙乙。") and second.title is None
    assert [a.index for a in (first, second, _c)] == [0, 1, 2]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"county": None}, (None, "聊城市")),
        ({"county": "阳谷县", "city": "聊城市"}, ("阳谷县", "聊城市")),
    ],
)
def test_county_sets_a_county_or_city_wide(payload, expected):
    articles, _ = apply(page(), [correction("county", ["a"], payload)], PAGE)
    assert (articles[0].county, articles[0].city) == expected


def test_a_correction_whose_article_is_gone_is_stale_and_the_rest_apply():
    gone = correction("kind", ["c"], {"kind": "photo"})
    kept = Correction(2, "kind", anchors_of("kind", page(), ["a"]), {"kind": "brief"})
    articles, statuses = apply(page()[:1], [gone, kept], PAGE)
    assert statuses == {1: "stale", 2: "applied"} and articles[0].kind == "brief"


def test_flat_removes_every_kind_of_space():
    assert flat("甲 乙\n丙\u3000丁") == "甲乙丙丁"
