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
