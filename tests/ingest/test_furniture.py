"""Unmarked column labels (`综合新闻`) are page furniture when they stand apart.

Pages written for this test (no sample or real article text)."""

import pytest

from reader.ingest import parse_page
from reader.ingest.furniture import page_furniture
from reader.ingest.lines import read_lines
from tests.ingest.accounting import assert_every_line_once

LABEL_BETWEEN = """\
  □记者 陆川 报道
  本报冠县讯 冠县今年新建冷库六座，
果蔬储存能力翻了一番。

冠县新建冷库六座

{label}

  □记者 程远 报道
  本报阳谷讯 阳谷县开通三条夜间
公交线路，末班车延至晚上十点。

阳谷开通夜间公交
"""


@pytest.mark.parametrize("label", ["综合新闻", "政务资讯", "城乡快讯", "基层动态"])
def test_a_column_label_standing_apart_joins_no_headline(label):
    text = LABEL_BETWEEN.format(label=label)
    page = parse_page(text, "page.txt")
    assert [a.headline for a in page.articles] == ["冠县新建冷库六座", "阳谷开通夜间公交"]
    assert [item.text for item in page.leftover] == [label]
    assert_every_line_once(page, text)


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("正文结束。\n\n综合新闻\n\n下一篇", {3}),
        ("正文结束。\n\n综合新闻\n下一行紧接着", set()),  # set tight over a line: a headline's
        ("正文结束。\n\n莘县开通夜间公交\n\n下一篇", set()),
        ("正文结束。\n\n全县各乡镇发布新闻\n\n下一篇", set()),  # too long for a label
    ],
)
def test_only_a_short_label_between_blank_lines_is_furniture(text, furniture):
    assert page_furniture(read_lines(text)) == furniture


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        # a date strip split one item a line: the desk between its items, or after the date
        ("正文结束。\n2021年5月6日\n要闻\n第3版", {2, 3, 4}),
        ("正文结束。\n\n2021年5月6日\n\n乡村振兴\n\n下一篇标题", {3, 5}),
        # the desk first, under finished text or another piece of furniture
        ("正文结束。\n\n县域经济\n\n2021年5月6日\n\n星期四", {3, 5, 7}),
        ("■城乡快讯\n民生\n2021年5月6日", {1, 2, 3}),
        # a headline's last words on a line of their own, set tight or as its second part,
        # over a strip whose date comes first: they stay the headline's
        ("正文结束。\n\n冠县全力保障企业\n用工无忧\n2021年5月6日\n星期四", {5, 6}),
        ("正文结束。\n\n冠县全力保障企业\n\n用工无忧\n\n2021年5月6日", {7}),
    ],
)
def test_a_desk_name_is_furniture_beside_a_date_strip_but_no_headline_ending(text, furniture):
    assert page_furniture(read_lines(text)) == furniture


HEADLINE_OVER_STRIP = """\
  □记者 陆川 报道
  本报冠县讯 冠县开发区今年为企业
招工一千二百人，缺工岗位全部补齐。

冠县开发区全力保障企业

用工无忧

2021年5月6日

星期四

  □记者 程远 报道
  本报阳谷讯 阳谷县开通三条夜间
公交线路，末班车延至晚上十点。

阳谷开通夜间公交
"""


def test_a_headline_ending_in_a_short_phrase_over_a_date_strip_keeps_it():
    page = parse_page(HEADLINE_OVER_STRIP, "page.txt")
    assert [a.headline for a in page.articles] == [
        "冠县开发区全力保障企业 用工无忧",
        "阳谷开通夜间公交",
    ]
    assert [item.text for item in page.leftover] == ["2021年5月6日", "星期四"]
    assert_every_line_once(page, HEADLINE_OVER_STRIP)
