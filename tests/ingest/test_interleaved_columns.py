"""Two columns an extractor printed a line of each in turn (each line a box of its own, a
blank line after it) are read column by column: the lines whose words run on two lines down
follow each other.

A page written for this test (no sample or real article text), laid out as pdfminer.six
prints a narrow-column page: no indents, ten characters a line."""

from reader.ingest import parse_page
from reader.ingest.interleave import deinterleave
from reader.ingest.lines import read_lines
from reader.ingest.text import compact
from tests.ingest.accounting import assert_every_line_once

# the first brief's two columns alternate line by line: `…阳谷县城` / `书房实行…` /
# `市书房扩建…` (城市 split two lines apart), `…近日完` / … / `工，新增…` (完工)
PAGE = """\
阳谷县城市书房扩建工程完工

□记者 林帆 报道

本报阳谷讯 阳谷县城

书房实行全天开放，市

市书房扩建工程近日完

民刷身份证即可入馆借

工，新增阅览座位二百

阅，周末还举办亲子阅

个，藏书增加到三万册。

读和读书分享活动。

莘县改造农村公路四十公里

□记者 韩冰 报道

本报莘县讯 莘县今年
改造农村公路四十公里
沿线新栽行道树两千株
村民出行更加方便了。
"""

FIRST = (
    "本报阳谷讯阳谷县城市书房扩建工程近日完工，新增阅览座位二百个，藏书增加到三万册。"
    "书房实行全天开放，市民刷身份证即可入馆借阅，周末还举办亲子阅读和读书分享活动。"
)


def test_interleaved_columns_read_one_after_the_other():
    page = parse_page(PAGE, "page.txt")
    assert [a.headline for a in page.articles] == [
        "阳谷县城市书房扩建工程完工",
        "莘县改造农村公路四十公里",
    ]
    assert compact("".join(block.text for block in page.articles[0].body)) == FIRST
    assert_every_line_once(page, PAGE)


# one column double-spaced: its words run on straight down (`…县城` / `市书房…`)
STRAIGHT = """\
本报阳谷讯 阳谷县城

市书房扩建工程近日完

工，新增阅览座位二百

个，藏书增加到三万册。

书房实行全天开放，市

民刷身份证即可入馆借

阅，周末还举办亲子阅

读和读书分享活动。
"""


def test_a_double_spaced_column_keeps_its_order():
    lines = [line for line in read_lines(STRAIGHT) if line.text.strip()]
    assert [line.no for line in deinterleave(lines)] == [line.no for line in lines]


# three columns in turn; read straight down, two stray words cross line ends (`在冠` / `军嫂`:
# 冠军, `年均增` / `购，`: 增购), as many as read three lines down, where one of the two is a
# place (`在冠` / `县城区`: 冠县); the third column goes on from a sentence begun elsewhere
THREE = """\
本报冠县讯 在冠

军嫂认养，每处年均增

购，周末孩子们在这里

县城区，口袋公园由

收游客三千人次。

玩耍，居民休闲有去处。

本报莘县讯 莘县今年
改造农村公路四十公里
沿线新栽行道树两千株
村民出行更加方便了。
"""


def test_a_place_split_across_line_ends_outweighs_a_stray_word():
    lines = [line for line in read_lines(THREE) if line.text.strip()]
    assert [line.no for line in deinterleave(lines)][:6] == [1, 7, 3, 9, 5, 11]


# a short run: two columns of two lines each. Read straight down no word runs on across any
# line end; two lines down one does (`…为全` / `县二十…`: 全县), and that is enough
SHORT_RUN = """\
东阿送书进校园

东阿县图书馆为全

每校各得图书五百册，

县二十所小学送新书，

孩子们课间就能借阅。

本报莘县讯 莘县今年
改造农村公路四十公里
沿线新栽行道树两千株
路口还设了十个停车点
村民出行更加方便了。
"""


def test_a_short_run_with_nothing_running_on_straight_down_is_read_by_column():
    lines = [line for line in read_lines(SHORT_RUN) if line.text.strip()]
    assert [line.no for line in deinterleave(lines)][:5] == [1, 3, 7, 5, 9]
    page = parse_page(SHORT_RUN, "page.txt")
    body = compact("".join(block.text for block in page.articles[0].body))
    assert body == "东阿县图书馆为全县二十所小学送新书，每校各得图书五百册，孩子们课间就能借阅。"
    assert_every_line_once(page, SHORT_RUN)
