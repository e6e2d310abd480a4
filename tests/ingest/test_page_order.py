"""What may follow what on a page: headlines, bylines and bodies. Every page here was
written for this test (no sample or real article text).

In a page set headline-after, every headline but the last is followed by the next article's
dateline, just as in a page set headline-first; only the page's edges tell them apart. A
byline is followed by its text, never by a headline.
"""

from reader.ingest import parse_page
from tests.ingest.accounting import assert_every_line_once

# four dated articles, headlines after their bodies, one headline set over two blank-parted
# lines: read as headline-first, the last body took two blocks and a headline was lost
AFTER_DATED = """\
  本报阳谷讯 阳谷县今年新建冷库
六座，果蔬储存能力翻了一番，果农
不再担心卖不上价。
  冷库由合作社统一管理，收费公开。

阳谷六座新冷库投用

  本报冠县讯 冠县近日举办春季
招聘会，三十家企业提供岗位五百个，
不少村民在家门口找到了工作。
  县人社部门还开通了招工服务热线。

冠县招聘会

送岗位到村头

  本报莘县讯 莘县今年改造农村
公路四十公里，沿线新栽行道树，
村民出行更加方便。

莘县农村公路焕新颜

  本报临清讯 临清市新开放三处
口袋公园，配建健身步道和座椅，
傍晚时分散步的市民络绎不绝。

临清口袋公园迎客
"""


def test_a_headline_after_page_full_of_datelines_keeps_every_headline():
    page = parse_page(AFTER_DATED, "page.txt")
    assert [a.headline for a in page.articles] == [
        "阳谷六座新冷库投用",
        "冠县招聘会 送岗位到村头",
        "莘县农村公路焕新颜",
        "临清口袋公园迎客",
    ]
    assert page.leftover == []
    assert_every_line_once(page, AFTER_DATED)


# a double-spaced body under a byline: its first lines, each after a blank, look like headlines
UNDER_A_BYLINE = """\
  □记者 陆川 报道
  本报冠县讯 冠县今年新建冷库六座，
果蔬储存能力翻了一番。

冠县新建冷库六座

□程远 许亮

近年来，阳谷县坚持公交优先发展战

略，以群众满意为目标，持续

改善乘车条件，新开通三条城乡公交

线路，沿线村民进城只需一元。

阳谷新开三条公交线路
"""


def test_no_headline_block_starts_right_under_a_byline():
    page = parse_page(UNDER_A_BYLINE, "page.txt")
    assert [a.headline for a in page.articles] == ["冠县新建冷库六座", "阳谷新开三条公交线路"]
    assert page.articles[1].body[0].text.startswith("近年来")
    assert page.leftover == []
    assert_every_line_once(page, UNDER_A_BYLINE)
