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

EXCLAIMING_AFTER = """\
  □记者 陆川 报道
  本报阳谷讯 阳谷县今年新建的冷库群
全部投用，果蔬储存能力翻了一番。

阳谷冷库储存能力翻番！

  □记者 程远 报道
  本报临清讯 临清市举办首届运河
龙舟赛，二十支队伍同场竞渡。

百舸争流 鼓声阵阵！

临清首届运河龙舟赛开赛
"""

ASKING_BEFORE = """\
旧家电怎么处理？
  东昌府区开通旧家电上门回收热线，
居民预约后工作人员两天内上门。

冠县果园用上水肥一体化
  冠县果农安装滴灌设施，浇水施肥
一次完成，省水又省工。
"""

CASES = [
    pytest.param(
        FURNITURE,
        ["冠县农产品检测站投入使用", "莘县乡村学校添置图书三万册"],
        ["2021年5月12日", "星期三", "城乡新闻", "第6版", "■县域快讯", "综合新闻·基层一线"],
        id="furniture-without-colon",
    ),
    pytest.param(
        EXCLAIMING_AFTER,
        ["阳谷冷库储存能力翻番！", "百舸争流 鼓声阵阵！ 临清首届运河龙舟赛开赛"],
        [],
        id="headline-and-kicker-ending-in-exclamation",
    ),
    pytest.param(
        ASKING_BEFORE,
        ["旧家电怎么处理？", "冠县果园用上水肥一体化"],
        [],
        id="headline-ending-in-question-before-body",
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
