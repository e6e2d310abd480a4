"""Small inline pages, one layout rule each."""

from reader.ingest import parse_page


def _titles(page):
    return [a.headline for a in page.articles]


def _paragraphs(article):
    return [b.text for b in article.body if b.type == "paragraph"]


AFTER = """\
  □记者 王一 通讯员 李二 报道
  本报东阿讯 东阿县今年新建蔬菜大棚
三百座，带动农户增收致富。
  大棚蔬菜远销京津等地，群众
收入稳步提高。

东阿县新建蔬菜大棚三百座

  □记 者 张 三
   通讯员 赵四 报道
  本报临清讯 临清市轴承产业集群规模
不断扩大，今年产值增长两成。

临清轴承产业集群产值增长两成
"""


def test_headlines_after_their_bodies():
    page = parse_page(AFTER, "after.txt")
    assert _titles(page) == ["东阿县新建蔬菜大棚三百座", "临清轴承产业集群产值增长两成"]
    first, second = page.articles
    assert first.byline == "记者 王一 通讯员 李二"
    assert second.byline == "记者 张三 通讯员 赵四"
    assert (first.dateline, first.county, second.county) == ("东阿", "东阿县", "临清市")
    assert _paragraphs(first) == [
        "本报东阿讯\u3000东阿县今年新建蔬菜大棚三百座，带动农户增收致富。",
        "大棚蔬菜远销京津等地，群众收入稳步提高。",
    ]
    assert page.leftover == []


GROUPED = """\
  □记者 王一 报道
  本报冠县讯 冠县的“金果贷”今年放款
两千万元，果农扩种积极。

  □记者 李二 报道
  本报莘县讯 莘县的蔬菜冷链物流园
投入运营，日吞吐生鲜五百吨。

  □记者 张三 报道
  本报阳谷讯 阳谷县的电缆企业获得
省级技术中心认定，研发投入增加。

莘县冷链物流园投入运营

阳谷电缆企业获省级技术中心认定

“金果贷”助果农扩种
"""


def test_grouped_headlines_are_matched_by_content_not_order():
    page = parse_page(GROUPED, "grouped.txt")
    by_county = {a.county: a.headline for a in page.articles}
    assert by_county == {
        "冠县": "“金果贷”助果农扩种",
        "莘县": "莘县冷链物流园投入运营",
        "阳谷县": "阳谷电缆企业获省级技术中心认定",
    }
    assert all(0 <= a.headline_confidence <= 1 for a in page.articles)


WEB = """\
全市推进农村公路建设,新修道路三百公里

今年以来,全市新修农村公路300公里,改造危桥20座,群众出行更加便利。

高唐县:小庭院种出大产业

高唐县引导农户发展庭院经济,种植蔬菜瓜果,户均增收三千元。(王五)
"""


def test_web_pages_put_headlines_first_and_end_briefs_with_a_name():
    page = parse_page(WEB, "web.txt")
    assert _titles(page) == ["全市推进农村公路建设，新修道路三百公里", "高唐县：小庭院种出大产业"]
    brief = page.articles[1]
    assert (brief.kind, brief.byline, brief.county) == ("brief", "王五", "高唐县")
    assert _paragraphs(brief)[-1].endswith("户均增收三千元。")
    assert page.articles[0].figures[0].text == "300公里"


SECTIONS = """\
□王六

临朐县持续推进教育惠民，办好人民满
意的教育。

课后服务

学校开设特色社团，帮助孩子发掘潜能
和特长。

午餐午休

全县中小学实现午餐午休服务全覆盖。

临朐县教育惠民见实效
"""


def test_section_heads_stay_inside_their_article():
    page = parse_page(SECTIONS, "sections.txt")
    assert _titles(page) == ["临朐县教育惠民见实效"]
    article = page.articles[0]
    assert [b.type for b in article.body] == [
        "paragraph",
        "heading",
        "paragraph",
        "heading",
        "paragraph",
    ]
    assert article.byline == "王六"


COLUMN_BREAK = """\
  □记者 王一 报道
  本报聊城讯 聊城市召开供热工作会议。9

月1 日，全市供热企业参加调度会，安排
工作任务。

  □记者 李二 通讯员 赵四 报道
  11 月8日，东昌府区村民正在晾晒手工挂面，入冬后挂面迎来销售旺季。

聊城部署今冬供热工作
"""


def test_column_breaks_join_and_captions_have_no_headline():
    page = parse_page(COLUMN_BREAK, "caption.txt")
    news, photo = page.articles
    assert _paragraphs(news) == [
        "本报聊城讯\u3000聊城市召开供热工作会议。9月1日，全市供热企业参加调度会，安排工作任务。"
    ]
    assert news.headline == "聊城部署今冬供热工作"
    assert (photo.kind, photo.title, photo.county) == ("photo", None, "东昌府区")


def test_dateline_names_the_reporter():
    page = parse_page("本报聊城9月16日讯(记者张同建) 9月16日,会议召开。\n\n聊城召开会议\n", "d.txt")
    assert [(a.byline, a.dateline) for a in page.articles] == [("记者 张同建", "聊城")]


def test_home_province_setting_decides_ambiguous_short_names(monkeypatch):
    from reader.ingest.county import resolve_place

    assert resolve_place("市中") is None  # 济南 and 枣庄 both have a 市中区
    assert resolve_place("和平") is None  # outside the home province: an ordinary word
    monkeypatch.setenv("READER_HOME_PROVINCE", "广东")
    assert resolve_place("和平").name == "和平县"
    monkeypatch.setenv("READER_HOME_PROVINCE", "火星")
    assert resolve_place("东阿").name == "东阿县"  # unknown setting falls back to 山东省


FURNITURE = """\
2022年11月21日 星期一  第3版
  □记者 王一 报道
  本报冠县讯 冠县新建标准化厂房十万平方米，
吸引企业入驻。

冠县新建标准化厂房

责任编辑：李四  美编：赵五
"""


def test_page_furniture_goes_to_leftovers():
    page = parse_page(FURNITURE, "furniture.txt")
    assert [a.headline for a in page.articles] == ["冠县新建标准化厂房"]
    assert [item.line for item in page.leftover] == [1, 8]


HEADLINE_FIRST_WITH_BYLINES = """\
东阿县推进阿胶产业升级

□记者 王一 报道
本报东阿讯 东阿县今年投入资金两亿元，推进阿胶产业升级。

莘县蔬菜远销海外

□记者 李二 报道
本报莘县讯 莘县今年出口蔬菜十万吨，远销日韩等国。
"""


def test_headlines_before_bodies_with_bylines():
    page = parse_page(HEADLINE_FIRST_WITH_BYLINES, "web-bylines.txt")
    assert [(a.headline, a.byline, a.county) for a in page.articles] == [
        ("东阿县推进阿胶产业升级", "记者 王一", "东阿县"),
        ("莘县蔬菜远销海外", "记者 李二", "莘县"),
    ]


DOUBLE_SPACED = """\
□王六

临邑县坚持把人民利益作为工作的根本

出发点和落脚点，主动听民声、解民忧

、行民盼。

坚持问题导向，突出为民创新，在下沉

服务、创新机制上不断创新，积极打造

为民服务新亮点，今年成效明显好转。

一是解决群众诉求有创新，面向全县低

收入人口开展活动，逐一认领心愿。

临邑县靶向发力
"""


def test_double_spaced_columns_break_paragraphs_only_at_short_lines():
    page = parse_page(DOUBLE_SPACED, "double.txt")
    (article,) = page.articles
    assert [p[:6] for p in _paragraphs(article)] == ["临邑县坚持把", "坚持问题导向"]


NO_BYLINE_AFTER = """\
  □记者 王一 报道
  本报冠县讯 冠县新建标准化厂房十万平方
米，吸引企业入驻。

冠县新建标准化厂房

  本报莘县讯 莘县蔬菜出口十万吨，远销日
韩等国。

莘县蔬菜远销海外
"""


def test_a_dateline_after_a_headline_opens_an_article_without_byline():
    page = parse_page(NO_BYLINE_AFTER, "no-byline.txt")
    assert [(a.headline, a.county, a.byline) for a in page.articles] == [
        ("冠县新建标准化厂房", "冠县", "记者 王一"),
        ("莘县蔬菜远销海外", "莘县", None),
    ]
