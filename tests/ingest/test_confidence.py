"""`headline_confidence` is honest: a headline the parser may have got wrong says so (issue 10).

Pages written for this test (no sample article text)."""

import pytest

from reader.ingest import parse_page

CLEAN = """\
冠县果蔬冷链中心建成投用

  □记者 陆川 报道
  本报冠县讯 冠县的果蔬冷链中心近日建成
投用，可储存鲜果三千吨，冷链中心辐射周边
六个乡镇。

阳谷新开三条城乡公交线路

  □记者 程远 报道
  本报阳谷讯 阳谷县新开通三条城乡公交线
路，沿线村民坐车进城只需一元。
"""

# a column label set above the first headline, with nothing in common with the article
LABELLED = "城乡视点\n\n" + CLEAN


@pytest.mark.parametrize(("text", "first_is_trusted"), [(CLEAN, True), (LABELLED, False)])
def test_a_headline_line_sharing_no_word_with_the_body_lowers_confidence(text, first_is_trusted):
    first, second = parse_page(text, "page.txt").articles
    assert second.headline_confidence >= 0.9
    assert (first.headline_confidence >= 0.9) is first_is_trusted


# a headline-after article and a headline-first one share a block; the first's subtitle, a
# pun with no word of either body, could close the first headline or open the second
TORN = """\
  本报冠县讯 冠县今年引进优质肉羊品种，
建成标准化羊舍四十栋，带动三百户农户
养羊增收。
  合作社统一防疫、统一收购，养殖户不
愁销路。

冠县

肉羊产业带富一方

“羊”光大道 “富”满乡村

阳谷新建城市书房五处

  本报阳谷讯 阳谷县新建城市书房五处，
市民可以免费借阅图书，书房全天开放，
周末还举办亲子阅读活动。
"""


def test_a_headline_beside_a_line_another_took_without_evidence_is_doubted():
    """Whichever headline the pun went to, neither may be trusted: one lost a line or the
    other took one."""
    first, second = parse_page(TORN, "page.txt").articles
    assert first.headline_confidence < 0.5
    assert second.headline_confidence < 0.7
