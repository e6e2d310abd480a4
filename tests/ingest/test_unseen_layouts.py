"""Pages laid out as the samples are not: one failure class of issue 10 per row.

Every page here was written for this test (no sample or real article text). Each row gives
the page, the headlines the articles must carry in page order, and the lines that must end
up in the page's leftovers.
"""

import pytest

from reader.ingest import parse_page
from tests.ingest.accounting import assert_every_line_once

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

NO_BYLINE_AFTER_ANOTHER = """\
  □记者 陆川 报道
  本报冠县讯 冠县今年新修乡村公路
八十公里，沿线村民出行更加方便。

冠县新修乡村公路八十公里

  东昌府区的社区图书角近日开放，
居民在家门口就能借书还书。

东昌府区社区图书角开放
"""

DOUBLE_SPACED = """\
  □记者 陆川 报道

  本报高唐讯 高唐县的蔬菜育苗

基地今年培育种苗两千万株，供应

周边县区的种植户，带动百余户增

收致富。

高唐蔬菜育苗基地供苗两千万株

  □记者 程远 报道

  本报阳谷讯 阳谷县新开通三条城

乡公交线路，沿线二十个村庄的村

民坐车进城只需一元。

阳谷新开三条城乡公交线路
"""

SHORT_FIRST_LINES = """\
东阿县建成智慧农业示范园

今年以来，东阿县在示范园内
安装土壤墒情监测设备一百余套，
农户在手机上就能查看地块数据，
浇水施肥更加精准。

园区还请来农技专家
定期授课，帮助种植户掌握新技
术，提高管理水平。

莘县开展农机安全检查

近日，莘县农机部门深入乡镇，
对拖拉机、收割机等农机具开展
安全检查，发现问题当场整改。
"""

GROUPED_BRIEFS = """\
  莘县的蔬菜冷链物流园近日投入运营，
日吞吐生鲜五百吨。（黎明）

  阳谷县的电缆企业获得省级技术中心
认定，研发投入逐年增加。

  冠县的“金果贷”今年放款两千万元，
果农扩种积极。（韦青）

莘县冷链物流园投入运营

“金果贷”助冠县果农扩种

阳谷电缆企业获省级技术中心认定
"""


def _double_space(text: str) -> str:
    """What some extractors print: a blank after every line, so a real gap is two blanks."""
    return "".join(f"{line}\n\n" for line in text.splitlines())


# headlines before bodies, no indents: paragraphs and articles are told apart by blank lines only
NOT_INDENTED = """\
冠县建成果蔬冷链中心

本报冠县讯 冠县的果蔬冷链中心
近日建成投用，可储存鲜果三千
吨，辐射周边六个乡镇。

中心配备分拣线两条，
果农当天采摘，当天入库，
损耗明显下降。

阳谷新开三条城乡公交线路

本报阳谷讯 阳谷县新开通三条城
乡公交线路，沿线村民坐车进城
只需一元。
"""


# mixed pages (articles of two make-ups on one page): a non-indented article with a byline,
# then an indented one without, its headline after it
INDENT_CHANGE = """\
□记者 陆川 报道
本报冠县讯 冠县今年新修乡村公路八十公里，
沿线村民出行更加方便。

冠县新修乡村公路八十公里

  东昌府区的社区图书角近日开放，
居民在家门口就能借书还书。

东昌府区社区图书角开放

□记者 程远 报道
本报莘县讯 莘县今年为乡村学校添置图书
三万册，学生借阅更加方便。

莘县乡村学校添置图书三万册
"""
# articles without bylines, headlines before them, above bylined ones
UNBYLINED_RUN = """\
东昌府区社区图书角开放

东昌府区的社区图书角近日开放，
居民在家门口就能借书还书。

阳谷新开三条城乡公交线路

阳谷县新开通三条城乡公交线路，
沿线村民坐车进城只需一元。

冠县新修乡村公路八十公里

□记者 陆川 报道
本报冠县讯 冠县今年新修乡村公路八十公里，
沿线村民出行更加方便。

莘县乡村学校添置图书三万册

□记者 程远 报道
本报莘县讯 莘县今年为乡村学校添置图书
三万册，学生借阅更加方便。
"""
# briefs with no byline, dateline or credit, paragraphs and briefs alike blank-separated, not
# indented: only the headlines grouped at the page end say where one brief ends
GROUPED_PLAIN_BRIEFS = """\
阳谷县石门宋乡新建的蔬菜大棚近日全部投用，首批黄瓜已经上市。

大棚采用滴灌和智能温控，每亩节水三成，菜农收入明显增加。

临清市运河沿岸今年栽植垂柳两万株，形成十公里绿色长廊。

市民傍晚沿河散步骑行，运河两岸成了新的休闲去处。

冠县梨园举办赏花节，游客在花海中拍照留念。

赏花节期间，冠县梨农直播带货，鸭梨预订量比去年翻了一番。

冠县梨园赏花节开幕

阳谷石门宋乡蔬菜大棚投用

临清运河沿岸栽植垂柳两万株
"""

# a narrow column cuts a trailing credit like any text: `…(韩` / `露)` still ends the brief
WRAPPED_CREDIT = """\
东昌府区社区图书角开放

  东昌府区的社区图书角近日开放，居民在家门口就能借书还书。(韩
露)

阳谷新开三条城乡公交线路

  阳谷县新开通三条城乡公交线路，沿线村民坐车进城只需一元。
"""

# no bylines: headlines stand between blank lines, section heads are set tight in the text
TIGHT_SECTION_HEADS = """\
东昌府区社区图书角开放

  东昌府区的社区图书角近日开放，
居民在家门口就能借书还书，图书
角每周更换新书。

阳谷新开三条城乡公交线路

  阳谷县新开通三条城乡公交线路，
沿线村民坐车进城只需一元。
乘车票价优惠
  老年人凭卡免费乘车，学生半价。
班次加密
  早晚高峰每十分钟发一班车。
"""

# headlines after their bodies, no bylines: a section head heads the text after it and shares
# no word with the text before it, so it is not that text's headline
AFTER_SECTION_HEAD = """\
东昌府区的社区图书角近日开放，居民在家门口就能借书还书，
图书角每周更换新书。

东昌府区社区图书角开放

阳谷县今年新开通三条城乡公交线路，沿线村民坐车进城只需
一元。

乘车票价优惠

老年人凭卡免费乘车，学生买票享受半价优惠，
票价全年不变。

阳谷新开三条城乡公交线路
"""

# headlines after their bodies; one article's three section heads are written in parallel
# (same length) and each shares a word with the text above it as well as below
PARALLEL_SECTION_HEADS = """\
东昌府区的社区图书角近日开放，居民在家门口就能借书还书，
图书角每周更换新书。

东昌府区社区图书角开放

阳谷县今年持续改善乡村交通，新开通三条城乡公交线路。

公交线路延伸到村

新线路延伸到三十个村庄，村民坐车进城只需一元。

乘车票价优惠到人

老年人凭卡免费乘车，学生乘车享受半价优惠，票价全年不变。

车站服务贴心到家

车站设立便民服务点，为乘客提供热水和雨伞。

阳谷新开三条城乡公交线路
"""

# pdfminer prints paragraphs flush and a blank where a column ends (here mid-sentence): a
# short first line under a headline opens the paragraph, the headline block ends above it
PDFMINER_FLUSH = """\
阳谷新建冷库投入使用

今年以来，阳谷县
新建冷库六座，全县果
蔬储存能力翻了一番，
带动周边三百多户农户
就近务工，增收致富。

县农业部门组建技
术服务队，定期上门开
展储存保鲜指导，帮助
农户减少损耗。

临清运河沿岸栽柳

近日，临清市沿
运河两岸新栽垂柳两万
株，市民散步多了一处

好去处。(田甜)
"""

# pdftotext -raw: no blanks, indents only restored; an unbylined brief closing on a credit
# after a bylined article is its own article, its headline no section head of the one above
CREDITED_BRIEF = """\
冠县新建三座冷库
□记者 陆川 报道
本报冠县讯 冠县今年
新建三座冷库，全县果蔬储
存能力翻了一番。
冷库由村集体统一管
理，收益按照股份给村
民分红。
阳谷公交开进十个村
□记者 程远 报道
本报阳谷讯 阳谷县新
开通两条城乡公交线路，十
个村的村民出门就能坐车。
新线路每天往返八
个班次，票价统一为每
人两元。
临清栽柳两万株
临清市在运河两岸栽
植垂柳两万株，新增绿地约
五十亩。(田甜)
"""

# pdftotext -raw: after a brief's closing credit, a short line naming what the text under it
# tells is the next brief's headline, not a paragraph whose indent the extractor dropped
RAW_AFTER_CREDIT = """\
冠县新建三座冷库
今年以来，冠县新建冷
库三座，全县果蔬储存能力翻
了一番，带动周边农户增收。
冷库由村集体统一管
理，收益按照股份给村民分
红，村民得到了实惠。(田甜)
阳谷开通两条夜间公交
为方便群众夜间出行，阳
谷县新开通两条夜间公交线
路，末班车延长至晚上十点。
(孟辰)
"""

# a bylined page printed flush (pdfminer): a block opening with a place heads a brief with no
# byline or dateline of its own; a block that names no place stays a section head
PLACE_HEADED_BRIEF = """\
冠县新建三座冷库

□记者 陆川 报道

本报冠县讯 冠县今年
新建冷库三座，全县果蔬储
存能力翻了一番。

统一管理见实效

冷库由村集体统一管
理，收益按照股份给村民分
红。

阳谷图书馆春节不闭馆

春节期间，图书馆照常
开放，并将举办猜灯谜、写
春联等活动。

莘县开通夜间公交

□记者 程远 报道

本报莘县讯 莘县新开通
两条夜间公交线路，末班车
延长至晚上十点。
"""

# headlines grouped at the page end, and a section head set tight inside one article: the
# page is still read as grouped, so the unbylined text after a bylined one is its own brief
GROUPED_WITH_SECTION_HEAD = """\
  □记者 陆川 报道
  本报冠县讯 冠县今年新修乡村公路
八十公里，沿线村民出行更加方便。
  新修公路连通二十个村庄。

  东昌府区的社区图书角近日开放，
居民在家门口就能借书还书。

  □记者 程远 报道
  本报阳谷讯 阳谷县新开通三条城乡
公交线路，沿线村民坐车进城只需一元。
乘车票价优惠
  老年人凭卡免费乘车，学生半价。

冠县新修乡村公路八十公里

东昌府区社区图书角开放

阳谷新开三条城乡公交线路
"""

# headlines grouped at the page end whose only word in common with their text is a term the
# segmenter cuts into single characters (冷/链, 瓜/蒌, 果/窖): the pair printed together counts
GROUPED_SPLIT_TERMS = """\
  □记者 陆川 报道
  本报冠县讯 冠县今年建起冷链仓库，
果农采摘后当天入库保鲜。

  □记者 程远 报道
  本报阳谷讯 阳谷县的瓜蒌种植面积
扩大到三千亩，带动农户增收。

  □记者 贺然 报道
  本报莘县讯 莘县果农挖建果窖两百
座，鲜果储存到来年春天。

果窖里藏着好收成

冷链进村 鲜果不愁

瓜蒌成了致富果
"""

# headlines grouped at the page end over indented briefs parted by blank lines: an indent
# alone opens a paragraph of the same brief (the second paragraph here names another
# brief's headline words); one headline is wrapped after a comma and is still a headline
GROUPED_INDENTED_WRAPPED = """\
  本报冠县讯 冠县今年建成果蔬冷链
中心，可储存鲜果三千吨。
  阳谷新开的三条城乡公交线路也通
到中心门口，方便果农运送鲜果。

  本报阳谷讯 阳谷县新开通三条城乡
公交线路，沿线村民坐车进城只需一元。
  新线路每天往返八个班次，票价统一
为每人两元。

  本报莘县讯 莘县今年为乡村学校添置
图书三万册，学生借阅更加方便。
  县教育部门还为学校配备了图书管理
员，图书角每周更换新书。

冠县果蔬冷链中心建成，
储存能力三千吨

阳谷新开三条城乡公交线路

莘县乡村学校添置图书三万册
"""

# headlines grouped at the page end over flush briefs parted by blank lines: a paragraph of
# one brief shares a few words with another brief's headline, which the other brief's text
# matches far better, so that headline does not cut the first brief there
GROUPED_STRAY_MATCH = """\
东阿县阿胶文化节日前在阿胶城开幕，来自全国各地的客商前来洽谈，签约项目十二个。

活动期间，会场一角设了展台，讲解老旧小区供暖管网改造和燃气安全常识。

本届阿胶文化节持续到月底，其间还将举办阿胶养生论坛和非遗展演。

入冬以来，冠县对城区老旧小区供暖管网进行改造，同步开展燃气安全入户检查，确保群众温暖过冬。

冠县住建部门组织专班逐户排查燃气管道，已整改隐患三百余处。

莘县农民丰收节在燕塔广场举行，各乡镇带来的瓜果蔬菜摆满展台。

丰收节上，种粮大户和合作社代表受到表彰，现场还举办了农产品直播带货。

冠县老旧小区供暖管网改造完成

东阿阿胶文化节开幕

莘县举办农民丰收节
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
    pytest.param(
        NO_BYLINE_AFTER_ANOTHER,
        ["冠县新修乡村公路八十公里", "东昌府区社区图书角开放"],
        [],
        id="no-byline-no-dateline-after-another-article",
    ),
    pytest.param(
        DOUBLE_SPACED,
        ["高唐蔬菜育苗基地供苗两千万株", "阳谷新开三条城乡公交线路"],
        [],
        id="double-spaced",
    ),
    pytest.param(
        _double_space(NOT_INDENTED),
        ["冠县建成果蔬冷链中心", "阳谷新开三条城乡公交线路"],
        [],
        id="double-spaced-real-gaps-two-blanks",
    ),
    pytest.param(
        INDENT_CHANGE,
        ["冠县新修乡村公路八十公里", "东昌府区社区图书角开放", "莘县乡村学校添置图书三万册"],
        [],
        id="mixed-indentation-changes-between-articles",
    ),
    pytest.param(
        UNBYLINED_RUN,
        [
            "东昌府区社区图书角开放",
            "阳谷新开三条城乡公交线路",
            "冠县新修乡村公路八十公里",
            "莘县乡村学校添置图书三万册",
        ],
        [],
        id="mixed-unbylined-articles-on-a-bylined-page",
    ),
    pytest.param(
        SHORT_FIRST_LINES,
        ["东阿县建成智慧农业示范园", "莘县开展农机安全检查"],
        [],
        id="short-first-lines-of-paragraphs-are-text",
    ),
    pytest.param(
        GROUPED_BRIEFS,
        ["莘县冷链物流园投入运营", "阳谷电缆企业获省级技术中心认定", "“金果贷”助冠县果农扩种"],
        [],
        id="headlines-grouped-over-briefs-without-bylines",
    ),
    pytest.param(
        GROUPED_PLAIN_BRIEFS,
        ["阳谷石门宋乡蔬菜大棚投用", "临清运河沿岸栽植垂柳两万株", "冠县梨园赏花节开幕"],
        [],
        id="grouped-headlines-split-plain-briefs-by-their-words",
    ),
    pytest.param(
        WRAPPED_CREDIT,
        ["东昌府区社区图书角开放", "阳谷新开三条城乡公交线路"],
        [],
        id="trailing-credit-wrapped-over-two-lines",
    ),
    pytest.param(
        TIGHT_SECTION_HEADS,
        ["东昌府区社区图书角开放", "阳谷新开三条城乡公交线路"],
        [],
        id="section-heads-set-tight-on-a-page-without-bylines",
    ),
    pytest.param(
        AFTER_SECTION_HEAD,
        ["东昌府区社区图书角开放", "阳谷新开三条城乡公交线路"],
        [],
        id="section-head-sharing-words-only-with-what-follows",
    ),
    pytest.param(
        GROUPED_WITH_SECTION_HEAD,
        ["冠县新修乡村公路八十公里", "东昌府区社区图书角开放", "阳谷新开三条城乡公交线路"],
        [],
        id="grouped-headlines-on-a-page-with-a-section-head",
    ),
    pytest.param(
        PARALLEL_SECTION_HEADS,
        ["东昌府区社区图书角开放", "阳谷新开三条城乡公交线路"],
        [],
        id="parallel-section-heads-stay-in-their-article",
    ),
    pytest.param(
        PDFMINER_FLUSH,
        ["阳谷新建冷库投入使用", "临清运河沿岸栽柳"],
        [],
        id="flush-first-line-after-a-headline-opens-the-paragraph",
    ),
    pytest.param(
        CREDITED_BRIEF,
        ["冠县新建三座冷库", "阳谷公交开进十个村", "临清栽柳两万株"],
        [],
        id="headline-over-a-credited-brief-after-a-bylined-article",
    ),
    pytest.param(
        RAW_AFTER_CREDIT,
        ["冠县新建三座冷库", "阳谷开通两条夜间公交"],
        [],
        id="short-line-after-a-credit-is-a-headline-not-an-indent",
    ),
    pytest.param(
        PLACE_HEADED_BRIEF,
        ["冠县新建三座冷库", "阳谷图书馆春节不闭馆", "莘县开通夜间公交"],
        [],
        id="block-opening-with-a-place-heads-an-unbylined-brief",
    ),
    pytest.param(
        GROUPED_SPLIT_TERMS,
        ["冷链进村 鲜果不愁", "瓜蒌成了致富果", "果窖里藏着好收成"],
        [],
        id="grouped-headline-matched-by-a-term-the-segmenter-splits",
    ),
    pytest.param(
        GROUPED_INDENTED_WRAPPED,
        [
            "冠县果蔬冷链中心建成， 储存能力三千吨",
            "阳谷新开三条城乡公交线路",
            "莘县乡村学校添置图书三万册",
        ],
        [],
        id="grouped-headlines-over-blank-parted-indented-briefs-one-wrapped-at-a-comma",
    ),
    pytest.param(
        GROUPED_STRAY_MATCH,
        ["东阿阿胶文化节开幕", "冠县老旧小区供暖管网改造完成", "莘县举办农民丰收节"],
        [],
        id="grouped-headline-shared-by-a-stray-paragraph-does-not-cut-its-brief",
    ),
]


@pytest.mark.parametrize(("text", "headlines", "leftover"), CASES)
def test_unseen_layout(text, headlines, leftover):
    page = parse_page(text, "page.txt")
    assert [a.headline for a in page.articles] == headlines
    left = [item.text for item in page.leftover]
    assert all(line in left for line in leftover), left
    assert_every_line_once(page, text)


def test_double_spacing_keeps_the_paragraphs():
    single = parse_page(NOT_INDENTED, "single.txt")
    double = parse_page(_double_space(NOT_INDENTED), "double.txt")
    assert (
        [len(a.body) for a in double.articles] == [len(a.body) for a in single.articles] == [2, 1]
    )
    assert [a.id for a in double.articles] == [a.id for a in single.articles]


def test_one_blank_between_finished_paragraphs_still_parts_them():
    """One line a paragraph, one blank between them and two between articles: not double
    spacing (no blank cuts a sentence), so every blank still parts paragraphs."""
    text = (
        "冠县建成果蔬冷链中心\n\n本报冠县讯 冠县的果蔬冷链中心近日建成投用。\n\n"
        "中心配备分拣线两条，果农当天采摘当天入库。\n\n\n"
        "阳谷新开三条城乡公交线路\n\n本报阳谷讯 阳谷县新开通三条城乡公交线路。\n"
    )
    page = parse_page(text, "page.txt")
    assert [len(a.body) for a in page.articles] == [2, 1]


# An after-layout page as (kind, text) parts, rendered at any width: every line re-wrapped,
# the headlines and the byline too.
STORY = [
    ("byline", "□记者 程远 通讯员 陆川 贺然 报道"),
    ("para", "本报莘县讯 莘县今年在城区新建口袋公园十二处，配建健身步道和儿童游乐设施。"),
    ("para", "公园栽植以乡土树种为主，周边居民出门就能见绿。"),
    ("head", "莘县新建口袋公园十二处"),
    ("byline", "□记者 贺然 报道"),
    ("para", "本报阳谷讯 阳谷县今年为乡村学校添置图书三万册，学生借阅更加方便。"),
    ("head", "阳谷乡村学校添置图书三万册"),
]


def _render(width: int) -> str:
    out: list[str] = []
    for kind, text in STORY:
        if kind != "para":
            out.append("")
        indent = "  " if kind != "head" else ""
        room = width - len(indent) if kind == "para" else width
        chunks = [text[k : k + room] for k in range(0, len(text), room)]
        out.append(indent + chunks[0])
        out.extend(chunks[1:])
        if kind == "head":
            out.append("")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("width", [9, 12, 16, 40])
def test_wrapped_bylines_and_ids_survive_rewrapping(width):
    page = parse_page(_render(width), "wrapped.txt")
    wide = parse_page(_render(200), "wide.txt")
    assert [a.byline for a in page.articles] == ["记者 程远 通讯员 陆川 贺然", "记者 贺然"]
    assert [a.id for a in page.articles] == [a.id for a in wide.articles]
    assert page.leftover == []


# headlines grouped at the page end over more briefs than the assignment's usual reach
# (a dozen units either side): the block still heads the first briefs on the page
MANY_BRIEFS = [
    ("莘县", "莘县新建蔬菜冷链物流园", "莘县蔬菜冷链物流园近日建成，每天可周转蔬菜两千吨。"),
    ("冠县", "冠县乡村学校添置图书", "冠县今年为乡村学校添置图书三万册，学生借阅更加方便。"),
    ("阳谷", "阳谷县修缮景阳冈古建筑", "阳谷县启动景阳冈古建筑修缮，工期预计半年。"),
    ("东阿", "东阿县举办阿胶文化节", "东阿县阿胶文化节开幕，签约项目十二个。"),
    ("高唐", "高唐县书画展在文化馆开展", "高唐县书画展在县文化馆开展，展出作品两百幅。"),
    ("临清", "临清运河夜市人气渐旺", "临清运河夜市入夏以来人气渐旺，摊位一百六十个。"),
    ("茌平", "茌平区新修农村公路", "茌平区今年新修农村公路八十公里，连通三十个村庄。"),
    ("东昌府", "东昌府区改造老旧小区", "东昌府区改造老旧小区二十个，惠及居民五千户。"),
    ("莘县", "莘县举办农民丰收节", "莘县农民丰收节在燕塔广场举行，瓜果摆满展台。"),
    ("冠县", "冠县灵芝产业带动增收", "冠县灵芝种植大棚今年扩建，带动农户户均增收。"),
    ("阳谷", "阳谷县开展电线电缆质量抽检", "阳谷县市场监管部门抽检电线电缆样品六十批次。"),
    ("东阿", "东阿县黄河滩区迁建完工", "东阿县黄河滩区迁建社区完工，群众喜迁新居。"),
    ("高唐", "高唐县锦鲤养殖出口", "高唐县锦鲤养殖基地今年出口锦鲤三万尾。"),
    ("临清", "临清轴承企业开拓市场", "临清轴承企业参加展会，签下订单两亿元。"),
]
REPORTERS = ["陆川", "程远", "贺然", "龙宁"]


def _many_briefs() -> str:
    out = []
    for k, (place, _, body) in enumerate(MANY_BRIEFS):
        out += [f"  □记者 {REPORTERS[k % 4]} 报道", f"  本报{place}讯 {body}", ""]
    return "\n".join(out + [f"{head}\n" for _, head, _ in MANY_BRIEFS])


def test_grouped_headlines_reach_the_first_of_many_briefs():
    page = parse_page(_many_briefs(), "page.txt")
    assert [a.headline for a in page.articles] == [head for _, head, _ in MANY_BRIEFS]
