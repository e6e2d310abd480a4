"""The foot of a column that pdfminer.six printed before its head, as boxes of one line each,
goes back behind the sentence its article leaves open, even where that article's headline
(set below it, wider than a column) stands right under the open sentence.

A page written for this test (no sample or real article text), laid out as pdfminer.six
prints a narrow-column page: no indents (a paragraph's first line, here each dateline's, falls
short of the ten-character column by them), blank lines between boxes. The second article's
`…在各镇新建卫生室十二` stops mid-sentence over its own headline; the rest of its sentence
(`处，培训…` / `余名，…` / `了。`) was printed after the first article, where old code read
it as that article's last paragraph."""

from reader.ingest import parse_page
from reader.ingest.text import compact
from tests.ingest.accounting import assert_every_line_once

PAGE = """\
高唐夜市昨晚开张

□记者 王强 报道

本报高唐讯 高唐
县城东新建的夜市昨晚
开张，四十多个摊位摆
出小吃和日用品，吸引
不少市民前来。

处，培训乡村医生二百

余名，群众看病更方便

了。

东阿河道清淤完工

□记者 李红 报道

本报东阿讯 东阿
县城区三条河道的清淤
工程近日完工，河水变
得清澈了。

□记者 张伟 报道

本报茌平讯 今年
以来，茌平区卫生部门
在各镇新建卫生室十二

茌平十二处乡村卫生室建成
"""


def _body(article) -> str:
    return compact("".join(block.text for block in article.body))


def _by_dateline(page, place: str):
    return next(a for a in page.articles if a.dateline == place)


def test_the_foot_rejoins_the_open_sentence():
    page = parse_page(PAGE, "foot.txt")
    assert _body(_by_dateline(page, "茌平")).endswith(
        "十二处，培训乡村医生二百余名，群众看病更方便了。"
    )


def test_the_article_printed_over_the_foot_keeps_its_own_end():
    page = parse_page(PAGE, "foot.txt")
    assert _body(_by_dateline(page, "高唐")).endswith("吸引不少市民前来。")
    assert _body(_by_dateline(page, "东阿")).endswith("河水变得清澈了。")


def test_three_articles_every_line_once():
    page = parse_page(PAGE, "foot.txt")
    titles = {a.dateline: a.title for a in page.articles}
    assert titles == {
        "高唐": "高唐夜市昨晚开张",
        "东阿": "东阿河道清淤完工",
        "茌平": "茌平十二处乡村卫生室建成",
    }
    assert_every_line_once(page, PAGE)
