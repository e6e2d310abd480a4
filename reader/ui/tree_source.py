"""What the library gives the sidebar tree: its groups with their filtered counts and labels,
and its articles with their marks, made into `Node`s for `reader.ui.tree_model` to place.

In: a `reader.store.Library` (only its read methods: files, counties, count_articles,
article_rows), the `TreeFilter` the tree shows and the translated `Words` of its labels.

    TreeFilter(title, tag, to_check)         what the tree shows (`active()`, `listing(scope)`)
    Words(city_wide, placeless, page)        the labels' translated words
    TreeSource(library, words)               its `filter` a TreeFilter, set by the model
    TreeSource.top(grouping) -> (levels, [(kind, item)])   the group kinds from the top
                                            down, and the top level's groups still to make
    TreeSource.group(kind, item, outer) -> Node | None      a city, county or file node with
                                            its (filtered) count; None when it is empty
    TreeSource.inner_groups(node, kind) -> [Node]           a group's groups of the next level
    TreeSource.articles(node, offset) -> [Node]             the next batch of a group's articles

Filtering happens in SQL through the group's scope (`tag`, `to_check`) and the store's
`title_filter`, never through a proxy model. Display strings are made here, when a node is
fetched, so the model's `data()` only looks them up. An article to check carries a mark: ✎
when a hand correction made or changed it, ? when its headline is doubtful.
"""

from __future__ import annotations

import dataclasses

from reader.store.scope import EVERYTHING, Scope
from reader.ui.icons import kind_icons
from reader.ui.render import display_title
from reader.ui.tree_nodes import (
    BY_FILE,
    NO_PARENT,
    Node,
    file_items,
    levels,
    place_scope,
    sort_places,
)

ARTICLE_BATCH = 500
CORRECTED_MARK = " ✎"
DOUBTFUL_MARK = " ?"
PLACE_FIELDS = ("city", "county", "city_wide", "placeless")


@dataclasses.dataclass(frozen=True)
class TreeFilter:
    """What the tree shows: titles with these words, articles with this tag, only the
    articles to check; each None (or False) shows everything."""

    title: str | None = None
    tag: str | None = None
    to_check: bool = False

    def active(self) -> bool:
        return self.title is not None or self.tag is not None or self.to_check

    def listing(self, scope: Scope) -> Scope:
        """The scope narrowed by the tag and the to-check switch (the title words go apart)."""
        scope = dataclasses.replace(scope, tag=self.tag) if self.tag else scope
        return dataclasses.replace(scope, to_check=True) if self.to_check else scope


@dataclasses.dataclass(frozen=True)
class Words:
    """The labels' translated words, made by the model's own `tr` (its translation context)."""

    city_wide: str
    placeless: str
    page: str  # "page %1"

    def place_name(self, county_row) -> str:
        if county_row.county:
            return county_row.county
        if county_row.city:
            return f"{county_row.city} ({self.city_wide})"
        return f"({self.placeless})"

    def page_name(self, page: int) -> str:
        return self.page.replace("%1", str(page))


class TreeSource:
    """Nodes read from the library under the current filter."""

    def __init__(self, library, words: Words):
        self.library = library
        self.words = words
        self.filter = TreeFilter()
        self._icons = kind_icons()

    def top(self, grouping: str) -> tuple[tuple[str, ...], list[tuple]]:
        """The group kinds from the top down, and the top level's (kind, item) pairs in order."""
        if grouping == BY_FILE:
            return levels(BY_FILE, 0), [("file", item) for item in file_items(self.library.files())]
        places = sort_places(self.library.counties())
        cities = list(dict.fromkeys(row.city for row in places if row.city is not None))
        kinds = levels(grouping, len(cities))
        return kinds, _top_places(kinds, places, cities)

    def group(self, kind: str, item, outer: Node | None) -> Node | None:
        """A city, county or file node with its (filtered) count, or None when it is empty."""
        scope = outer.scope if outer is not None else EVERYTHING
        if kind == "file":
            name, total, scope = self._file_group(item, scope)
        elif kind == "city":
            (name, total), scope = item, dataclasses.replace(scope, city=item[0])
        else:
            place = place_scope(item.city, item.county)
            scope = dataclasses.replace(scope, **{f: getattr(place, f) for f in PLACE_FIELDS})
            name, total = self.words.place_name(item), item.article_count
        if self.filter.active() or (outer is not None and kind == "file"):
            total = self.library.count_articles(self.filter.listing(scope), self.filter.title)
        if total == 0:
            return None
        return Node(kind, NO_PARENT, 0, f"{name}  ({total})", total, scope)

    def inner_groups(self, node: Node, kind: str) -> list[Node]:
        """The groups of kind `kind` inside group `node`, the empty ones left out."""
        if kind == "county":
            rows = sort_places(self.library.counties(node.scope))
        else:
            rows = file_items(self.library.files())
        made = (self.group(kind, row, node) for row in rows)
        return [child for child in made if child is not None]

    def articles(self, node: Node, offset: int) -> list[Node]:
        """Up to ARTICLE_BATCH of the group's articles, from `offset` on."""
        rows = self.library.article_rows(
            self.filter.listing(node.scope), self.filter.title, limit=ARTICLE_BATCH, offset=offset
        )
        return [self._article(row) for row in rows]

    def _file_group(self, item, scope: Scope) -> tuple[str, int, Scope]:
        """A file's (or one page of a PDF's) name, count and scope."""
        file_row, page = item
        name = file_row.name
        if page is not None:
            name = f"{name} › {self.words.page_name(page)}"
        scope = dataclasses.replace(scope, file_id=file_row.id, page=page, file_name=name)
        total = file_row.article_count
        if page is not None:
            total = self.library.count_articles(scope)
        return name, total, scope

    def _article(self, row) -> Node:
        label = display_title(row.title, None)
        if getattr(row, "corrected", False):
            label += CORRECTED_MARK  # flagged for checking: a correction made or changed it
        elif getattr(row, "to_check", False):
            label += DOUBTFUL_MARK  # flagged for checking: a rival headline came close
        return Node("article", NO_PARENT, 0, label, article=row, icon=self._icons.get(row.kind))


def _top_places(kinds: tuple[str, ...], places, cities) -> list[tuple]:
    """County nodes, or city nodes (with their counts) then the counties of no city."""
    if kinds[0] == "county":
        return [("county", row) for row in places]
    totals = {city: 0 for city in cities}
    for row in places:
        if row.city is not None:
            totals[row.city] += row.article_count
    cityless = [("county", row) for row in places if row.city is None]
    return [("city", item) for item in totals.items()] + cityless
