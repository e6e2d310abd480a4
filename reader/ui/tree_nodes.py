"""The sidebar tree's nodes and levels: what a group stands for and how groups nest.

    levels(grouping, cities) -> tuple of kinds   ("file", "county"), ("county", "file"), or
                                                 ("city", "county", "file") for a library of
                                                 several cities grouped by county
    place_scope(city, county) -> Scope            one county node's scope
    file_items(files) -> [(file row, page)]       a file's group items: one per page of a
                                                 PDF of several pages (page None: the file)
    path(levels, file_id, city, county, page) -> keys   the group nodes leading to an article
    matches(node, key) -> bool                    does a node stand for that key
    sort_places(rows) -> rows                     counties in official order (`lexicon.divisions`)

A node is a plain record in the model's flat list (see `reader.ui.tree_model`); its kind is
"city", "county", "file" or "article", and a group of the last level holds articles. A PDF of
several pages stands in the tree as one "file" group per page, `file › 第N版`, whose scope
names the page.
"""

from __future__ import annotations

from reader.lexicon.divisions import place_order
from reader.store.scope import EVERYTHING, Scope

BY_FILE = "file"
BY_COUNTY = "county"
NO_PARENT = -1


class Node:
    __slots__ = (
        "article",
        "children",
        "complete",
        "icon",
        "kind",
        "label",
        "parent",
        "row",
        "scope",
        "total",
    )

    def __init__(
        self, kind, parent, row, label, total=0, scope=EVERYTHING, article=None, icon=None
    ):
        self.kind, self.parent, self.row, self.label = kind, parent, row, label
        self.total, self.scope, self.article, self.icon = total, scope, article, icon
        self.children: list[int] = []
        self.complete = kind == "article"

    @property
    def article_id(self) -> str | None:
        return self.article.id if self.article is not None else None


def levels(grouping: str, cities: int) -> tuple[str, ...]:
    """The group kinds from the top down; a city level only when there is a choice of city."""
    if grouping == BY_FILE:
        return ("file", "county")
    return ("city", "county", "file") if cities > 1 else ("county", "file")


def place_scope(city: str | None, county: str | None) -> Scope:
    """The scope of one county node: a county of a city, the city's city-wide articles, or
    (neither named) the articles that name no place."""
    if county:
        return Scope(city=city, county=county)
    return Scope(city=city, city_wide=True) if city else Scope(placeless=True)


def sort_places(rows) -> list:
    """County rows (city, county) in official order: a city's units never scattered."""
    return sorted(rows, key=lambda row: place_order(row.city, row.county))


def file_items(files) -> list[tuple]:
    """(file row, page) for each group a file gives: its pages for a PDF of several pages,
    else the file itself (page None)."""
    return [
        (row, page)
        for row in files
        for page in (range(1, row.pages + 1) if row.pages > 1 else (None,))
    ]


def path(kinds: tuple[str, ...], file_id, city, county, page=None) -> list[tuple]:
    """The keys of the groups from the top to the one holding such an article; an article of
    no city skips the city level (its county node sits at the top)."""
    keys = {
        "file": ("file", (file_id, page)),
        "county": ("county", place_scope(city, county)),
        "city": ("city", city),
    }
    return [keys[kind] for kind in kinds if kind != "city" or city is not None]


def matches(node: Node, key: tuple) -> bool:
    """key: ("file", (file_id, page)), ("city", name) or ("county", place scope)."""
    kind, value = key
    if node.kind != kind:
        return False
    if kind == "file":
        file_id, page = value
        return node.scope.file_id == file_id and node.scope.page in (None, page)
    if kind == "city":
        return node.scope.city == value
    fields = ("city", "county", "city_wide", "placeless")
    return all(getattr(node.scope, name) == getattr(value, name) for name in fields)
