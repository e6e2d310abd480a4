"""Lexical cohesion across a paragraph break: paragraphs about one subject (one place) share
rare words; two briefs side by side share few.

Word sets written for this test (no sample or real article text)."""

from reader.ingest.cohesion import break_cohesion

PARAGRAPHS = [
    {"阳谷县", "书房", "借阅", "图书", "市民"},
    {"书房", "社区", "管理", "亲子", "阅读"},
    {"阳谷县", "书房", "开放", "市民", "夜间"},
    {"莘县", "公路", "改造", "行道树", "村民"},
    {"莘县", "公路", "运输", "农产品", "村民"},
]


def test_a_break_between_two_subjects_coheres_least():
    cohesion = break_cohesion(PARAGRAPHS, PARAGRAPHS)
    assert cohesion[0] == 0.0
    between = cohesion[3]
    assert between < min(cohesion[1], cohesion[2], cohesion[4])
    assert all(0.0 <= c <= 1.0 for c in cohesion)


def test_a_shared_place_name_weighs_more_than_a_shared_word():
    # as rare on the page as each other: only the place weight tells them apart
    place = [{"莘县", "冷库"}, {"莘县", "驿站"}]
    word = [{"公路", "书房"}, {"公路", "夜市"}]
    every = place + word
    assert break_cohesion(place, every)[1] > break_cohesion(word, every)[1]
