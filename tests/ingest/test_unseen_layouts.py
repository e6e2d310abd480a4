"""Pages laid out as the samples are not: one failure class of issue 10 per row.

Every page here was written for this test (no sample or real article text). Each row gives
the page, the headlines the articles must carry in page order, and the lines that must end
up in the page's leftovers.
"""

import pytest

from reader.ingest import parse_page

FURNITURE = """\
2021年5月12日
星期三
城乡新闻
第6版

■县域快讯

  □记者 陆川 报道
  本报冠县讯 冠县新建的农产品检测站
近日投入使用，每天可检测样品两百份。

冠县农产品检测站投入使用

综合新闻·基层一线

  □记者 程远 报道
  本报莘县讯 莘县今年为乡村学校添置
图书三万册，学生借阅更加方便。

莘县乡村学校添置图书三万册

责任编辑 贺 然  美术编辑 龙 宁
"""

CASES = [
    pytest.param(
        FURNITURE,
        ["冠县农产品检测站投入使用", "莘县乡村学校添置图书三万册"],
        ["2021年5月12日", "星期三", "城乡新闻", "第6版", "■县域快讯", "综合新闻·基层一线"],
        id="furniture-without-colon",
    ),
]


@pytest.mark.parametrize(("text", "headlines", "leftover"), CASES)
def test_unseen_layout(text, headlines, leftover):
    page = parse_page(text, "page.txt")
    assert [a.headline for a in page.articles] == headlines
    left = [item.text for item in page.leftover]
    assert all(line in left for line in leftover), left
    counted = sorted(
        [no for a in page.articles for lo, hi in a.source_lines for no in range(lo, hi + 1)]
        + [item.line for item in page.leftover]
    )
    assert counted == [no for no, raw in enumerate(text.splitlines(), 1) if raw.strip()]
