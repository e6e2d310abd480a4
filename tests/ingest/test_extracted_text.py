"""Text as PDF extractors print a typeset page (`pdftotext -raw`, pdfminer.six): one failure
class a row.

Every page here was written for this test (no sample, corpus or real article text). Each row
gives the page, the headlines its articles must carry in page order, and the lines that must
end up in the page's leftovers; every non-blank line lands exactly once.
"""

import pytest

from reader.ingest import parse_page
from tests.ingest.accounting import assert_every_line_once

# `-raw`: no blank line and no indent; a paragraph's first line is only shorter by the indent
FLUSH_BRIEFS = """\
东昌湖冬泳节开幕
昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁。
古楼街区开设夜市
古楼街区夜市本周
五正式开张，首批入驻
摊位八十个，营业到晚
上十一点。
"""

# a jump line closes an article, mid-page, and another opens with a repeated headline
JUMPS = """\
东昌湖冬泳节开幕
昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁。
（下转第3版）
古楼街区开设夜市
古楼街区夜市本周
五正式开张，首批入驻
摊位八十个。
"""

# `-raw`: a question headline a narrow column wraps (`…该怎` / `么办？`) after a closing credit
WRAPPED_QUESTION = """\
东昌湖冬泳节开幕
昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁，最小的刚满
十八岁，比赛持续了两
个多小时。(林木)
雪天出行路滑该
怎么办？
交警部门提醒市民
雪天出行放慢车速
保持车距，遇到结冰路
段请提前绕行，必要时
可拨打电话求助。
"""

# pdfminer: a top row of headlines drawn first, blank lines everywhere, no indent; one brief
# has its own headline set above it, and the brief run on after it is headed from the top row
TOP_ROW = """\
东昌湖冬泳节开幕

古楼街区开设夜市

湖西社区新添图书角

昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁，最小的刚满
十八岁。

雪天出行路滑该
怎么办？

交警部门提醒市民
出行放慢车速，保持车
距，遇到结冰路段请提
前绕行，注意安全。

古楼街区夜市本周
五正式开张，首批入驻
摊位八十个，营业到晚
上十一点，市民可以步
行前往。

湖西社区把闲置的
活动室改成图书角，摆
放图书两千多册，居民
凭卡就能免费借阅。
"""

# pdfminer: an article stops mid-sentence at a column's foot (`…，供`), a brief follows, and
# the rest (`参赛者上岸后取用。…`) fills the column after a finished sentence: no paragraph opens so
RESUMED = """\
东昌湖冬泳节开幕

昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁。

冬泳协会安排了医
护人员在岸边值守，还
准备了姜汤和热水，供

古楼街区开设夜市

古楼街区夜市本周
五正式开张，首批入驻
摊位八十个。

夜市设有停车场，
营业时间到晚上十一点
，市民可以步行前往。

参赛者上岸后取用。比
赛共持续两个多小时。

主办方表示明年还
将继续举办这项比赛，
欢迎更多市民参加。
"""

# `-raw`: one block holds the headline printed under one article and the headline printed over
# the next one's byline; with no blank line anywhere, nothing glues the two lines together
SHARED_BLOCK = """\
□记者 林木 报道
本报东阿讯 东阿县近日开
通两条城乡公交专线，沿线
十二个村的群众坐车进城只
需半小时。
公交公司还在沿线增设候车
亭二十个，方便群众候车。
东阿开通城乡公交专线
临清新建三座口袋公园
□记者 王川 报道
本报临清讯 临清市今年利
用城区边角地新建口袋公园
三座，配建健身步道和座椅
，居民出门就能见绿。
公园由社区负责日常管护，
夜间开放到晚上十点。
□记者 周青 报道
本报冠县讯 冠县今年为全
县中小学配齐校医，学生在
校看病不用再出校门。
冠县中小学配齐校医
"""

# pdfminer, no column to measure: a dateline's short lines under a byline, ending at a blank,
# look like a headline block; a dateline opens text, never heads it
DATELINE_RUN = """\
冠县校园食堂明厨亮灶

□记者 林木 报道

本报冠县讯 冠县近日
完成全县中小学食堂改
造，家长用手机就能看到

后厨操作，学生吃得更
放心。

东阿绿道串起城区风景

□记者 王川 报道

本报东阿讯 东阿县近日完
成环城绿道提升工程，绿道全长
五公里，沿线新增休息座椅。
"""

# `-raw`: a bylined article's section head over a paragraph whose indent is restored from its
# width; the dateline paragraph above it was set as indented too, so no other article starts
SECTION_HEAD_RAW = """\
东阿县新建蔬菜大棚三百座
□记者 林木 报道
本报东阿讯 今年以来，
东阿县新建蔬菜大棚三百
座，带动周边农户增收致
富，蔬菜远销京津等地。
订单种植稳销路
县里组织合作社与超
市签订收购合同，农户种
什么种多少心里都有数，
收入稳步提高。
临清轴承产业产值增长两成
□记者 王川 报道
本报临清讯 今年以来，
临清市轴承产业集群规模
不断扩大，全年产值增长
两成，带动就业三千多人。
全市还将新建三个
轴承产业园，引进上下游
配套企业二十多家。
"""

CONTINUED = """\
东昌湖冬泳节开幕
（上接第1版）
比赛分为五十米和一百
米两个组别，冬泳协会
还安排了医护人员。
"""

# pdfminer: a headline drawn inside the text of the brief before it, mid-sentence
HEADLINE_INSIDE = """\
冠县非遗进校园

冠县把柳编、剪纸等
非遗项目请进中小学课
堂，每周安排一节手工
课。

学生的作品将在县文
化馆展出，展期一个月
欢迎市民前往参观。

阳谷新建冷库六座

阳谷县今年新建冷库
六座，果蔬储存能力翻
了一番，果农不再担心
卖不上价。

冷库由合作社统一管
理，收费标准向社会公
开，接受群众监督。

临清开通夜间公交

临清市开通三条夜间
公交线路，末班车延至
晚上十点，市民夜间出
行更方便。

公交公司还在沿线增
设了十二处候车亭，方
便市民等车避雨。

东昌府区为老人装上呼叫器

东昌府区为独居老人
免费安装紧急呼叫设备
老人遇到紧急情况时，

莘县香瓜错峰上市

按下按钮，网格员十分
钟内上门。(韩露)

莘县大棚香瓜提前
上市，首批五万斤销往
京津等地。
"""

# `-raw`: a paragraph's first line over a line the typesetter justified by letter-spacing it
# (fewer characters spread across the column): the first line is still short of the column
LETTER_SPACED = """\
东昌湖冬泳节开幕
昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁。
古楼街区开设夜市
古楼街区夜市本周
五 正 式 开 张 了
首批入驻摊位八十个，
营业到晚上十一点。
"""

# `-raw`: a two-line paragraph (its first line has no full line under it, only its last) and
# a two-line brief after it: the first lines are measured against the full lines above
TWO_LINE_PARAGRAPHS = """\
东昌湖冬泳节开幕
昨天上午，东昌湖畔迎来了三百
多名冬泳爱好者，年龄最大的已经
七十岁，最小的只有十二岁，大家
在湖面上游了一个来回。
组委会在岸边设置了热水和姜
茶供应点。
古楼街区开设夜市
古楼街区夜市本周五开张，首
批摊位八十个。
"""

# `-raw`, headlines before their bodies but the last one drawn after it (the page reads as
# headline-after): a block over a brief closing on a credit, and a block right after such a
# credit, start articles; neither is a section head of the text before
CREDITED_BRIEFS = """\
临清新建三座口袋公园
□记者 程远 报道
本报临清讯 临清市今年
在老城区新建三座口袋公
园，栽种乔木两百余棵，
附近居民多了散步的去处。
公园由街道统一管护，
夜间开放到十点。
冠县开展冬季防火检查
冠县消防大队走进学
校和商场，检查消防通道
和灭火器材。(陆川)
阳谷新添十个图书角
阳谷县各社区新添图书
角十个，居民可免费借阅。
□记者 石磊 报道
本报莘县讯 莘县今年
改造农村公路四十公里，
沿线新栽行道树，村民出
行更加方便。
莘县改造农村公路四十公里
"""

# pdfminer: the open end is a line justified by letter-spacing (`准 备 了 姜 汤 和`), on a small
# page with only two paragraphs seen opening short by the indent
RESUMED_SPACED = """\
东昌湖冬泳节开幕

昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁。

冬泳协会安排了医
护人员在岸边值守，还
准 备 了 姜 汤 和

古楼街区开设夜市

古楼街区夜市本周
五正式开张，首批入驻
摊位八十个。

夜市设有停车场，
营业时间一直到晚上十
一点。

热水，供参赛者上岸后
取用，比赛共持续了两
个多小时。
"""

# pdfminer printed a column's foot first: the end of the second article's sentence
# (`五正式开张…`) comes before its head, which stops open at the page's end
FOOT_FIRST = """\
东昌湖冬泳节开幕

昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁。

冬泳协会安排了医
护人员在岸边值守，还
准备了姜汤和热水。

比赛持续了两个多
小时，参赛者都顺利完
成了比赛。

五正式开张，首批入驻
摊位八十个，营业到晚
上十一点。

古楼街区开设夜市

古楼街区夜市将
在老城区东门外开业，
由街道统一管理，本周

莘县香瓜上市

莘县大棚香瓜提前
上市，首批五万斤销往
京津等地。
"""

# pdfminer: a brief's first line breaks a clause (`…十个，居民`) over a lone short tail that
# ends the sentence (`可免费借阅。`): the line is text, not a second headline line
TAIL_BELOW = """\
冠县开展冬季防火检查

冠县消防大队近日走进学校和商场，

检查消防通道和灭火器材。(陆川)

阳谷新添十个图书角

阳谷县各社区新添图书角十个，居民

可免费借阅。
"""

CASES = [
    pytest.param(
        TAIL_BELOW,
        ["冠县开展冬季防火检查", "阳谷新添十个图书角"],
        [],
        id="line-over-a-sentence-tail-is-no-headline",
    ),
    pytest.param(
        FOOT_FIRST,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市", "莘县香瓜上市"],
        [],
        id="column-foot-printed-before-its-head-rejoins-it",
    ),
    pytest.param(
        RESUMED_SPACED,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市"],
        [],
        id="sentence-resumed-after-a-letter-spaced-open-end",
    ),
    pytest.param(
        CREDITED_BRIEFS,
        [
            "临清新建三座口袋公园",
            "冠县开展冬季防火检查",
            "阳谷新添十个图书角",
            "莘县改造农村公路四十公里",
        ],
        [],
        id="blocks-by-a-credited-brief-are-headlines-on-a-headline-after-page",
    ),
    pytest.param(
        TWO_LINE_PARAGRAPHS,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市"],
        [],
        id="two-line-paragraphs-measured-against-the-lines-above",
    ),
    pytest.param(
        LETTER_SPACED,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市"],
        [],
        id="first-line-over-a-letter-spaced-line-opens-the-body",
    ),
    pytest.param(
        FLUSH_BRIEFS,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市"],
        [],
        id="flush-briefs-told-apart-by-their-first-lines",
    ),
    pytest.param(
        JUMPS,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市"],
        ["（下转第3版）"],
        id="jump-line-closes-an-article-mid-page",
    ),
    pytest.param(
        WRAPPED_QUESTION,
        ["东昌湖冬泳节开幕", "雪天出行路滑该怎么办？"],
        [],
        id="wrapped-question-headline-after-a-credit",
    ),
    pytest.param(
        TOP_ROW,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市", "湖西社区新添图书角", "雪天出行路滑该怎么办？"],
        [],
        id="top-row-of-headlines-claims-the-brief-after-a-headed-one",
    ),
    pytest.param(
        RESUMED,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市"],
        [],
        id="sentence-resumed-after-a-column-break-rejoins-its-article",
    ),
    pytest.param(
        SHARED_BLOCK,
        ["东阿开通城乡公交专线", "临清新建三座口袋公园", "冠县中小学配齐校医"],
        [],
        id="raw-block-of-two-articles-headlines-is-split-between-them",
    ),
    pytest.param(
        DATELINE_RUN,
        ["冠县校园食堂明厨亮灶", "东阿绿道串起城区风景"],
        [],
        id="dateline-lines-never-make-a-headline-block",
    ),
    pytest.param(
        SECTION_HEAD_RAW,
        ["东阿县新建蔬菜大棚三百座", "临清轴承产业产值增长两成"],
        [],
        id="raw-section-head-under-a-dateline-paragraph-stays-in-its-article",
    ),
    pytest.param(
        CONTINUED,
        ["东昌湖冬泳节开幕"],
        ["（上接第1版）"],
        id="continued-article-opens-with-its-headline-and-a-jump-line",
    ),
    pytest.param(
        HEADLINE_INSIDE,
        [
            "冠县非遗进校园",
            "阳谷新建冷库六座",
            "临清开通夜间公交",
            "东昌府区为老人装上呼叫器",
            "莘县香瓜错峰上市",
        ],
        [],
        id="headline-drawn-inside-the-text-before-it",
    ),
]


@pytest.mark.parametrize(("text", "headlines", "leftover"), CASES)
def test_extracted_page(text, headlines, leftover):
    page = parse_page(text, "page.txt")
    # a title broken over two lines is shown with a space between them: not judged here
    assert [a.headline.replace(" ", "") for a in page.articles] == headlines
    left = [item.text for item in page.leftover]
    assert all(line in left for line in leftover), left
    assert_every_line_once(page, text)


def test_a_column_foot_printed_first_follows_the_open_sentence():
    page = parse_page(FOOT_FIRST, "page.txt")
    market = page.articles[1]
    assert market.body[-1].text.endswith("本周五正式开张，首批入驻摊位八十个，营业到晚上十一点。")
    assert not any("开张" in block.text for block in page.articles[0].body)


def test_resumed_text_follows_the_open_sentence():
    body = "".join(b.text for b in parse_page(RESUMED, "page.txt").articles[0].body)
    assert "热水，供参赛者上岸后取用。" in body


@pytest.mark.parametrize(
    ("text", "continued"), [(JUMPS, ["next", None]), (CONTINUED, ["previous"])]
)
def test_jump_lines_mark_the_article_continued(text, continued):
    page = parse_page(text, "page.txt")
    assert [a.continued for a in page.articles] == continued
    assert "continued" in page.articles[0].to_dict()
