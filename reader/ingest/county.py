"""Which city and county-level unit an article is about.

    locate(dateline, headline_words, body_words) -> (city, county)
    fill_page_city(articles)     an article naming no city takes the page's

A dateline naming a county-level unit wins (resolved nationally when the home province has no
such place: `本报保康讯`); then a unit named in the headline; then the unit the body names more
often than it names the city as a whole (`聊城市`, `全市`). A city name directly followed by
one of its counties (`聊城市东昌府区`) counts for the county only, and one inside a proper
noun (`聊城湖畔公园`, `聊城东站广场`) not at all.
"""

from __future__ import annotations

import itertools
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.lexicon.gazetteer import Place, gazetteer, home_province

if TYPE_CHECKING:
    from reader.ingest.model import Article

_CITY_WIDE = ("全市",)
# how a proper noun ends in Chinese (a park, a square, a station, a road, an institution): a
# city name within PROPER_NOUN_REACH words before one of these names the thing, not the city
PROPER_NOUN_HEADS = (
    "公园", "广场", "站", "路", "街", "大道", "机场", "港", "大学", "学院", "中学", "小学",
    "医院", "公司", "集团", "银行", "宾馆", "酒店", "馆", "剧院", "市场", "桥",
)  # fmt: skip
PROPER_NOUN_REACH = 2


def resolve_place(name: str) -> Place | None:
    return _resolve_in(name, home_province())


@lru_cache(maxsize=65536)
def _resolve_in(name: str, province: str) -> Place | None:
    place = gazetteer(province).resolve(name, province)
    if place is None:
        return None
    if place.province != province and name != place.name:
        return None  # a short form outside the home province is more likely an ordinary word
    return place


def locate(
    dateline: str | None, headline_words: list[str], body_words: list[str]
) -> tuple[str | None, str | None]:
    province = home_province()
    dateline_place = _resolve_dateline(dateline, province) if dateline else None
    headline_places = _places(headline_words, province)
    body_resolved = _resolved(body_words, province)  # resolved once for both readings
    body_places = _places(body_words, province, resolved=body_resolved)
    city_wide = _places(body_words, province, in_names=False, resolved=body_resolved)
    county = _county(dateline_place, headline_places, body_places, city_wide, body_words)
    city = (county.city if county else None) or _city(dateline_place, headline_places + body_places)
    return city, county.name if county else None


@lru_cache(maxsize=4096)
def _resolve_dateline(name: str, province: str) -> Place | None:
    """A dateline's slot holds a place by construction, so a short form outside the home
    province (`保康`) is a place there, not an ordinary word."""
    return _resolve_in(name, province) or gazetteer(province).resolve(name, province)


def _resolved(words: list[str], province: str) -> list[Place | None]:
    known = {word: _resolve_in(word, province) for word in set(words)}  # a text repeats words
    return [known[word] for word in words] + [None]


def _places(
    words: list[str],
    province: str,
    in_names: bool = True,
    resolved: list[Place | None] | None = None,
) -> list[Place]:
    """Places named in order; a city right before one of its counties counts for the county.
    `in_names=False` also drops a city inside a proper noun (`聊城湖畔公园`): that still says
    which city, but not that the article is about the city as a whole. `resolved`: the
    words' `_resolved`, when already made."""
    if resolved is None:
        resolved = _resolved(words, province)
    found = []
    for k, (place, follower) in enumerate(itertools.pairwise(resolved)):
        if place is None:
            continue
        if not in_names and place.level == "city" and _names_a_thing(words, k):
            continue
        if (
            place.level == "city"
            and follower
            and follower.level == "county"
            and follower.city == place.name
        ):
            continue
        found.append(place)
    return found


def _names_a_thing(words: list[str], k: int) -> bool:
    """Does words[k] open a proper noun (`聊城` `湖畔` `公园`)? Punctuation ends the search."""
    for word in words[k + 1 : k + 1 + PROPER_NOUN_REACH]:
        if not word or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            return False
        if word.endswith(PROPER_NOUN_HEADS):
            return True
    return False


def _county(
    dateline_place: Place | None,
    headline: list[Place],
    body: list[Place],
    city_wide_places: list[Place],
    body_words: list[str],
) -> Place | None:
    if dateline_place and dateline_place.level == "county":
        return dateline_place
    headline_counties = [p for p in headline if p.level == "county"]
    if headline_counties:
        return Counter(headline_counties).most_common(1)[0][0]
    counties = Counter(p for p in body if p.level == "county")
    if not counties:
        return None
    top, mentions = counties.most_common(1)[0]
    city_wide = sum(1 for p in city_wide_places if p.level == "city" and p.name == top.city)
    city_wide += sum(1 for word in body_words if word in _CITY_WIDE)
    return top if mentions > city_wide else None


def _city(dateline_place: Place | None, places: list[Place]) -> str | None:
    if dateline_place:
        return dateline_place.city
    cities = Counter(p.city for p in places if p.city)
    return cities.most_common(1)[0][0] if cities else None


def fill_page_city(articles: list[Article]) -> None:
    """An article that names no city is about the city most of the page's articles name."""
    cities = Counter(a.city for a in articles if a.city)
    if not cities:
        return
    page_city = cities.most_common(1)[0][0]
    for article in articles:
        if article.city is None:
            article.city = page_city
