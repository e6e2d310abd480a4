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
