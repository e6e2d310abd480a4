"""A headline line that shares no word with any body goes where its rare characters lean:
the last line under a two-line headline in a grouped block stays with it, though the shape
prior (two two-line headlines before a three-line one and a single line) would make it the
next headline's kicker.

Pages written for this test (no sample or real article text)."""

from reader.ingest import parse_page
from reader.ingest.charhints import CharOverlap
from tests.ingest.accounting import assert_every_line_once

# four bylined briefs, headlines grouped at the end: `渡口…` names the first brief's ferry
# (`渡船`, `摆渡`) in no word the segmenter finds there
GROUPED = """\
  □记者 林帆 报道
  本报东阿讯 黄河岸边的老码头近日完成改造，新建候船
亭一座，添置救生设备二十套。
  每天清晨，渡船往返两岸，摆渡的村民比往年多了一倍。

  □记者 杜蕾 报道
  本报阳谷讯 阳谷县今年新建城市书房五处，市民可以免
费借阅图书，书房全天开放。
  书房由社区统一管理，周末还举办亲子阅读活动。

  □记者 韩冰 报道
  本报莘县讯 莘县今年改造农村公路四十公里，沿线新栽行道
树，村民出行更加方便。

  □记者 孔雪 报道
  本报冠县讯 冠县近日举办春季招聘会，二十六家企业提供岗
位四百余个，不少求职者当场签约。

东阿改造黄河老码头

候船亭救生设备全部到位

渡口早晚人来人往

阳谷新建城市书房五处

莘县改造农村公路四十公里

冠县春季招聘会提供岗位四百余个
"""


def test_a_line_sharing_only_characters_stays_with_its_headline():
    page = parse_page(GROUPED, "page.txt")
    assert [a.headline for a in page.articles] == [
        "东阿改造黄河老码头 候船亭救生设备全部到位 渡口早晚人来人往",
        "阳谷新建城市书房五处",
        "莘县改造农村公路四十公里",
        "冠县春季招聘会提供岗位四百余个",
    ]
    assert_every_line_once(page, GROUPED)


def test_only_characters_few_bodies_print_pull():
    overlap = CharOverlap({0: "渡船往返两岸，村民", 1: "书房全天开放，村民", 2: ""})
    assert overlap.pull("渡口", 0) > 0  # `渡` is printed in body 0 only
    assert overlap.pull("渡口", 1) == 0
    assert overlap.pull("村民", 0) < overlap.pull("渡口", 0)  # printed in both bodies
    assert overlap.pull("渡口", 2) == 0  # an empty body pulls nothing
