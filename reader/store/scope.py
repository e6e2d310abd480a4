"""`Scope`: which articles a listing, count, search, export or ledger covers.

    Scope()                                  the whole library
    Scope(county="东阿县", tag="信访")          one county's articles carrying a tag
    Scope(city="聊城市", city_wide=True)        the articles of a city that name no county
    Scope(city_wide=True)                     every article that names no county, whatever its
                                             city (placeless ones included)
    Scope(placeless=True)                     the articles that name no place: no city, no county
    Scope(file_id=3, page=2)                  the articles on page 2 of a PDF file
    Scope(to_check=True)                      the articles flagged for checking: corrected by
                                             hand, or (not a photo) headline_confidence below
                                             CHECK_BELOW
    scope.where("a") -> (sql, params)        a condition on `articles AS a` (and its tags)
    scope.label() -> str                     "聊城市 · 东阿县 · #信访", for chips and titles
    scope.parts() -> [(field, text)]         the same, one removable chip per field
    scope.without(field) -> Scope            the scope with one chip removed
    scope.is_everything                      True when nothing narrows it
    EVERYTHING                               Scope(), the default of every `scope=` argument
    to_check_sql("a") -> str                 the to-check condition alone (for a listing's
                                             flag column); its one parameter is CHECK_BELOW

A frozen value: one place builds the filter SQL that listings, search and export share, and no
sentinel (`...` for "any county") travels through signatures. `file_name` only labels the
file chip; two scopes that differ only in it are equal. `page` narrows a file to one of its
pages (a PDF's); it needs `file_id`, has no chip of its own (the file chip's `file_name`
names the page, "edition.pdf › 第2版") and goes with the file chip.

`city_wide` is "county IS NULL", narrowed by `city` when it is set; `placeless` is "city IS NULL
AND county IS NULL", a group of its own (the tree's "no place"), so it sets no city, no county
and no `city_wide` (ValueError otherwise).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

FIELDS = ("file_id", "city", "county", "city_wide", "placeless", "tag", "to_check")
FLAGS = ("city_wide", "placeless", "to_check")  # the fields that are True or False
# A headline's confidence is a logistic margin over its best rival (0.5: a tie); below this
# a rival came close enough that a reader should look. A photo has no headline by nature.
CHECK_BELOW = 0.6


@dataclass(frozen=True)
class Scope:
    file_id: int | None = None
    page: int | None = None
    city: str | None = None
    county: str | None = None
    city_wide: bool = False
    placeless: bool = False
    tag: str | None = None
    to_check: bool = False
    file_name: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.city_wide and self.county is not None:
            raise ValueError("a city-wide scope names no county")
        if self.placeless and (self.city or self.county or self.city_wide):
            raise ValueError("a placeless scope names no city and no county")
        if self.page is not None and self.file_id is None:
            raise ValueError("a page scope names its file")

    @property
    def is_everything(self) -> bool:
        return not any(
            (
                self.file_id is not None,
                self.city,
                self.county,
                self.city_wide,
                self.placeless,
                self.tag,
                self.to_check,
            )
        )

    def where(self, alias: str = "a") -> tuple[str, list]:
        """An SQL condition on the articles table named `alias` ("1" when nothing narrows)."""
        conditions: list[str] = []
        params: list[object] = []
        if self.file_id is not None:
            conditions.append(f"{alias}.file_id = ?")
            params.append(self.file_id)
        if self.page is not None:
            conditions.append(f"{alias}.page = ?")
            params.append(self.page)
        if self.city:
            conditions.append(f"{alias}.city = ?")
            params.append(self.city)
        if self.county:
            conditions.append(f"{alias}.county = ?")
            params.append(self.county)
        if self.city_wide:
            conditions.append(f"{alias}.county IS NULL")
        if self.placeless:
            conditions.append(f"{alias}.city IS NULL AND {alias}.county IS NULL")
        if self.tag:
            conditions.append(
                f"{alias}.id IN (SELECT at.article_id FROM article_tags at"
                " JOIN tags t ON t.id = at.tag_id WHERE t.name = ?)"
            )
            params.append(self.tag)
        if self.to_check:
            conditions.append(to_check_sql(alias))
            params.append(CHECK_BELOW)
        return " AND ".join(conditions) or "1", params

    def parts(
        self,
        city_wide_text: str = "city-wide",
        placeless_text: str = "no place",
        to_check_text: str = "to check",
    ) -> list[tuple[str, str]]:
        """(field, text) for each narrowing field, in the order a reader names them."""
        shown = []
        if self.file_id is not None:
            shown.append(("file_id", self.file_name or f"#{self.file_id}"))
        if self.city:
            shown.append(("city", self.city))
        if self.county:
            shown.append(("county", self.county))
        if self.city_wide:
            shown.append(("city_wide", city_wide_text))
        if self.placeless:
            shown.append(("placeless", placeless_text))
        if self.tag:
            shown.append(("tag", f"#{self.tag}"))
        if self.to_check:
            shown.append(("to_check", to_check_text))
        return shown

    def label(
        self,
        city_wide_text: str = "city-wide",
        everything: str = "",
        placeless_text: str = "no place",
        to_check_text: str = "to check",
    ) -> str:
        shown = self.parts(city_wide_text, placeless_text, to_check_text)
        return " · ".join(text for _field, text in shown) or everything

    def without(self, name: str) -> Scope:
        """This scope with the field `name` (one of FIELDS) no longer narrowing it."""
        if name not in FIELDS:
            raise ValueError(f"no scope field {name!r}")
        cleared: dict[str, Any] = {name: False if name in FLAGS else None}
        if name == "file_id":
            cleared["file_name"] = None
            cleared["page"] = None
        if name == "city":
            cleared["city_wide"] = False  # city-wide means "of this city"
        return dataclasses.replace(self, **cleared)


def to_check_sql(alias: str = "a") -> str:
    """True for an article to check; its one parameter is CHECK_BELOW."""
    return (
        f"({alias}.corrected = 1 OR ({alias}.kind != 'photo' AND {alias}.headline_confidence < ?))"
    )


EVERYTHING = Scope()  # a frozen value: one shared default for every `scope=` argument
