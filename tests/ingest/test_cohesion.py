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


def test_a_short_opening_paragraph_coheres_with_the_long_one_after_it():
    # a brief's short first paragraph (its place and subject) after another brief's long
    # close: the windows on either side of the break under it hold two long paragraphs of
    # words found nowhere else, and dilute what the two paragraphs beside it share
    close = {"园区", "招商", "项目", "落地", "投资", "厂房", "订单", "物流", "出口", "产值"}
    before = {"研发", "专利", "人才", "孵化", "基金", "路演", "高校", "院所", "转化", "成果"}
    opening = {"古城镇", "书院", "修缮"}
    after = {"古城镇", "书院", "修缮", "楹联", "碑刻", "匾额", "廊柱", "青砖", "彩绘", "讲堂"}
    further = {"志愿者", "讲解", "游客", "预约", "研学", "课程", "学生", "周末", "开放", "活动"}
    paragraphs = [before, close, opening, after, further]
    cohesion = break_cohesion(paragraphs, paragraphs)
    assert cohesion[3] > 0.3  # the brief runs on from its opening paragraph
    assert cohesion[2] < 0.1  # two briefs meet here
