"""Which city and county an article is about: one rule of issue 10 per row, each on a short
page written for this test (no sample article text)."""

import pytest

from reader.ingest import parse_page

OUTSIDE_HOME_PROVINCE = """\
  □记者 陆川 报道
  本报保康讯 初夏时节，当地高山茶园
迎来采摘旺季，茶农忙着分拣装箱。

高山春茶开采
"""

ZONE_WITH_FULL_CITY_NAME = """\
  □记者 程远 报道
  本报聊城讯 聊城市经济技术开发区近日
为区内企业开通用工服务专线。

企业用工有了专线
"""

CITY_INSIDE_PROPER_NOUNS = """\
  □记者 贺然 报道
  本报聊城讯 东昌府区近日完成一条滨河
步道的改造，步道连接聊城滨河公园和聊
城西站广场，市民可在聊城滨河公园骑行。

滨河步道改造完成
"""

CITY_AS_A_WHOLE = """\
  □记者 贺然 报道
  本报聊城讯 聊城市今年新建口袋公园
三十处，其中东昌府区五处，全市居民出
门就能见绿。

口袋公园遍布城乡
"""

PROPER_NOUN_STILL_SAYS_THE_CITY = """\
  聊城滨河公园近日新添一批健身器材，
附近居民早晚锻炼更加方便。

滨河公园添新器材
"""

CASES = [
    pytest.param(OUTSIDE_HOME_PROVINCE, ("襄阳市", "保康县"), id="dateline-outside-home"),
    pytest.param(
        ZONE_WITH_FULL_CITY_NAME, ("聊城市", "聊城经济技术开发区"), id="zone-full-city-name"
    ),
    pytest.param(CITY_INSIDE_PROPER_NOUNS, ("聊城市", "东昌府区"), id="city-in-proper-noun"),
    pytest.param(PROPER_NOUN_STILL_SAYS_THE_CITY, ("聊城市", None), id="proper-noun-gives-city"),
    pytest.param(CITY_AS_A_WHOLE, ("聊城市", None), id="city-as-a-whole-still-votes"),
]


@pytest.mark.parametrize(("text", "place"), CASES)
def test_county(text, place):
    (article,) = parse_page(text, "page.txt").articles
    assert (article.city, article.county) == place
