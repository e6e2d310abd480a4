"""Words a headline shares with its body, as the assignment counts them (headlines.py).

Pages written for this test (no sample or real article text)."""

from reader.ingest import parse_page
from tests.ingest.accounting import assert_every_line_once

# a subtitle punning with two quoted characters (`“冷”…“链”…`: 冷链) between a headline-after
# article's title and the next article's headline-first title
QUOTED_PUN = """\
  本报冠县讯 冠县今年在村头建起冷库六座，
冷链物流通到乡村，果农的鲜果能卖到城里。
  合作社统一管理冷库，收费标准公开。

冠县

冷库建到村头

“冷”暖相知 “链”接城乡

阳谷新建城市书房五处

  本报阳谷讯 阳谷县新建城市书房五处，
市民可以免费借阅图书，书房全天开放，
周末还举办亲子阅读活动。

莘县改造农村公路四十公里

  本报莘县讯 莘县今年改造农村公路四十公里，
沿线新栽行道树，村民出行更加方便。

临清开通三条夜间公交

  本报临清讯 临清市开通三条夜间公交线路，
末班车延至晚上十点，市民夜间出行更方便。
"""


def test_characters_quoted_one_by_one_count_as_the_word_they_make():
    page = parse_page(QUOTED_PUN, "page.txt")
    assert [a.headline for a in page.articles] == [
        "冠县 冷库建到村头 “冷”暖相知 “链”接城乡",
        "阳谷新建城市书房五处",
        "莘县改造农村公路四十公里",
        "临清开通三条夜间公交",
    ]
    assert_every_line_once(page, QUOTED_PUN)
