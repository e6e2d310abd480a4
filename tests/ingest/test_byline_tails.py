"""A byline cut off at a role word (`□记者 林帆 通讯员`) whose tail (`杜蕾 报道`), dateline
and lead the extractor printed after another article: the tail finishes the byline, and the
lead opens the article's body, before the text that followed the cut byline.

A page written for this test (no sample or real article text), in the order pdfminer.six
prints a column's boxes when it takes a column's foot before its head."""

from reader.ingest import parse_page
from reader.ingest.bylinetails import rejoin_byline_tails
from reader.ingest.lines import read_lines
from reader.ingest.text import compact
from tests.ingest.accounting import assert_every_line_once

PAGE = """\
阳谷县城市书房扩建工程完工

□记者 林帆 通讯员

新增阅览座位二百个，藏书
增加到三万册。

莘县改造农村公路四十公里

□记者 韩冰 报道

本报莘县讯 莘县今年改造
农村公路四十公里。

杜蕾 报道

本报阳谷讯 阳谷县城市书
房近日扩建完工，
"""


def test_a_cut_off_byline_tail_and_its_lead_join_the_byline():
    page = parse_page(PAGE, "page.txt")
    assert [a.headline for a in page.articles] == [
        "阳谷县城市书房扩建工程完工",
        "莘县改造农村公路四十公里",
    ]
    first = page.articles[0]
    assert first.byline == "记者 林帆 通讯员 杜蕾"
    assert compact("".join(block.text for block in first.body)) == (
        "本报阳谷讯阳谷县城市书房近日扩建完工，新增阅览座位二百个，藏书增加到三万册。"
    )
    assert_every_line_once(page, PAGE)


def test_names_with_no_dateline_under_them_are_no_tail():
    # `杜蕾 报道` over plain text: a credit line of its own, not the cut byline's tail
    page = PAGE.replace("本报阳谷讯 阳谷县城市书", "阳谷县城市书")
    lines = [line for line in read_lines(page) if line.text.strip()]
    assert [line.no for line in rejoin_byline_tails(lines)] == [line.no for line in lines]
