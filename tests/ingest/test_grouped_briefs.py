"""Where briefs end on a page whose headlines are grouped at its end: a paragraph that carries
on the one before (a word pointing back, an item of a list) never opens a brief, and a title
and subtitle set as two blank-parted lines do not cut their brief in two.

Pages written for this test (no sample or real article text)."""

import pytest

from reader.ingest import parse_page
from tests.ingest.accounting import assert_every_line_once

# indented briefs parted by blank lines, headlines grouped at the end; the first brief goes on
# with `本次会议…` and a list of three `“一X办”…` items
CARRIED_ON = """\
  本报冠县讯 冠县近日召开政务服务推进会，部署全年
政务服务改革任务。

  本次会议明确，全县将围绕企业和群众办事需求，推出
三项便民措施。

  “一窗办”全受理，窗口统一收件，群众少跑腿。

  “一网办”全覆盖，事项全部上网，办事不出门。

  “一次办”全兑现，材料一次讲清，当场能办结。

  本报阳谷讯 阳谷县今年新建城市书房五处，市民可以免
费借阅图书，书房全天开放。

  书房由社区统一管理，周末还举办亲子阅读活动。

  本报莘县讯 莘县今年改造农村公路四十公里，沿线新栽
行道树，村民出行更加方便。

冠县推出政务服务三项便民措施

阳谷新建城市书房五处

莘县改造农村公路四十公里
"""

# a brief that opens with a quoted `“一站式”…`: one such paragraph alone is no list
LONE_ITEM = """\
  本报冠县讯 冠县近日召开政务服务推进会，部署全年
政务服务改革任务。

  “一站式”服务中心在阳谷启用，群众办理社保、医保等
业务只需跑一个地方。

  中心设有十二个综合窗口，周末也有人值班。

  本报莘县讯 莘县今年改造农村公路四十公里，沿线新栽
行道树，村民出行更加方便。

冠县部署全年政务服务改革任务

阳谷一站式服务中心启用

莘县改造农村公路四十公里
"""


def test_paragraphs_pointing_back_or_listing_stay_in_their_brief():
    page = parse_page(CARRIED_ON, "page.txt")
    assert [a.headline for a in page.articles] == [
        "冠县推出政务服务三项便民措施",
        "阳谷新建城市书房五处",
        "莘县改造农村公路四十公里",
    ]
    assert [len(a.body) for a in page.articles] == [5, 2, 1]
    assert_every_line_once(page, CARRIED_ON)


def test_a_lone_quoted_numeral_still_opens_a_brief():
    page = parse_page(LONE_ITEM, "page.txt")
    opening = {a.body[0].text[:5]: a.headline for a in page.articles}
    assert opening["“一站式”"] == "阳谷一站式服务中心启用"
    assert_every_line_once(page, LONE_ITEM)


# a title and a subtitle parted by a blank line in the grouped block; the brief's second
# paragraph shares most of the subtitle's words, but its first shares them all, and the title's
SPLIT_HEADLINE = """\
本报冠县讯 冠县近日召开乡村振兴现场会，推广“果蔬进城”
直供模式，这一模式已带动全县农户增收。

会上，清泉街道介绍了“果蔬进城”直供模式的做法，合作社
每天收购农户的蔬菜，配送到城区超市。

本报阳谷讯 阳谷县今年新建城市书房五处，市民可以免费借
阅图书，书房全天开放。

书房由社区统一管理，周末还举办亲子阅读活动。

本报莘县讯 莘县今年改造农村公路四十公里，沿线新栽行道
树，村民出行更加方便。

冠县召开乡村振兴现场会

“果蔬进城”直供模式带动农户增收

阳谷新建城市书房五处

莘县改造农村公路四十公里
"""


def test_a_title_and_subtitle_parted_by_a_blank_head_one_brief():
    page = parse_page(SPLIT_HEADLINE, "page.txt")
    assert [a.headline for a in page.articles] == [
        "冠县召开乡村振兴现场会 “果蔬进城”直供模式带动农户增收",
        "阳谷新建城市书房五处",
        "莘县改造农村公路四十公里",
    ]
    assert [len(a.body) for a in page.articles] == [2, 2, 1]
    assert_every_line_once(page, SPLIT_HEADLINE)


# no byline, no dateline, every paragraph parted by a blank line, the first brief's section
# heads set apart by blank lines too; the grouped block gives two briefs a place-only kicker
# (it ties on every paragraph of its brief) over their title, in shuffled order
HEADS_APART = """\
今年以来，阳谷县把城市书房建设列为民生实事，在城区新建
书房五处，市民可以免费借阅图书。

书房全天开放

每处书房配备图书三千册，市民刷身份证即可入内，晚上十点
才闭馆，不少上班族下班后来这里看书。

社区统一管理

书房由所在社区统一管理，周末还举办亲子阅读活动，志愿者
为孩子们讲绘本故事。

近日，莘县交通运输局组织力量改造农村公路，今年计划完成
四十公里，目前已完工二十公里。

莘县在改造中同步拓宽路面、新栽行道树，沿线村民出行更加
方便，农产品运输也更快了。

冠县卫生健康局日前为全县乡村医生开展培训，两百余名村医
参加学习，内容包括慢病管理和急救技能。

培训结束后，冠县还将组织村医到县医院跟班学习一个月。

冠县

村医培训提升基层诊疗能力

阳谷新建城市书房五处

莘县

农村公路改造完成过半
"""


# the same page with a section head set over two blank-parted lines (a head and its
# second line): still far fewer parts than the closing block of five
HEAD_IN_TWO_PARTS = HEADS_APART.replace("书房全天开放\n", "书房全天开放\n\n晚上十点才闭馆\n")


@pytest.mark.parametrize("text", [HEADS_APART, HEAD_IN_TWO_PARTS])
def test_section_heads_set_apart_do_not_hide_headlines_grouped_at_the_end(text):
    page = parse_page(text, "page.txt")
    assert [a.headline for a in page.articles] == [
        "阳谷新建城市书房五处",
        "莘县 农村公路改造完成过半",
        "冠县 村医培训提升基层诊疗能力",
    ]
    assert [len(a.body) for a in page.articles] == [5, 2, 2]
    assert_every_line_once(page, text)
