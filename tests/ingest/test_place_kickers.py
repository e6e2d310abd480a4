"""A headline part that only names a place is a kicker: it heads the part below it, so on a
page whose headlines are grouped at its end it neither stands as a brief's headline alone
nor cuts a brief in two where a later paragraph names that place.

Pages written for this test (no sample or real article text)."""

import pytest

from reader.ingest import parse_page
from reader.ingest.placelabels import names_only_a_place
from tests.ingest.accounting import assert_every_line_once

# briefs with no byline, parted by blank lines; the second paragraph of the first brief names
# the place its kicker names, and no paragraph shares a word with the title after it
GROUPED = """\
近日，县农业农村局组织干部进村入户发放宣传页，讲解
农村人居环境整治的要求，引导群众自觉参与。

阳谷县各乡镇同步开展清洁行动，清理村内垃圾和杂物，
整治房前屋后的乱堆乱放，村容村貌明显改观。

今年以来，莘县新建城市书房五处，市民可以免费借阅
图书，书房全天开放。

书房由社区统一管理，周末还举办亲子阅读活动。

今年春天，冠县改造农村公路四十公里，沿线新栽行道树，
村民出行更加方便。

阳谷县

宣传整治进村入户

莘县新建城市书房五处

冠县改造农村公路四十公里
"""


def test_a_place_named_alone_heads_the_title_below_it():
    page = parse_page(GROUPED, "page.txt")
    assert [(a.kicker, a.title) for a in page.articles] == [
        ("阳谷县", "宣传整治进村入户"),
        (None, "莘县新建城市书房五处"),
        (None, "冠县改造农村公路四十公里"),
    ]
    assert [len(a.body) for a in page.articles] == [2, 2, 1]
    assert_every_line_once(page, GROUPED)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("阳谷县", True),  # a county the gazetteer knows
        ("莘县", True),
        ("阳谷开发区", True),  # a known place and a unit after it
        ("阳谷县古城镇", True),
        ("阳谷县推进清洁行动", False),  # a place, then what it did
        ("城市书房", False),
        ("阳谷公园", False),  # a place inside a proper noun
        ("“阳谷县”", False),  # quoted: not a bare label
    ],
)
def test_what_only_names_a_place(text, label):
    assert names_only_a_place(text) is label
