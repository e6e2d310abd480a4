"""The sidebar's model: file → county → article (or county → file → article, with a city
level above when the library holds several cities), loaded lazily.

In: a `reader.store.Library` (only its read methods: files, counties, count_articles,
article_rows). Out: a QAbstractItemModel for a QTreeView.

Counties follow the official order of their city (`reader.lexicon.divisions`), the city-wide
group first. A county node stands for one (city, county) pair: "济南市 (全市)" lists only
济南市's city-wide articles, never 聊城市's, and every count and listing under it is narrowed
by that city too.
The articles that name neither a city nor a county are a group of their own, "(no place)"
(`Scope(placeless=True)`), which holds none of any city's city-wide articles.

Every node lives in one flat list; an index's internal id is the node's position in that list
and each node knows its parent's id and its own row, so `parent()` is O(1). Children are read
from the store when a node opens (`canFetchMore`/`fetchMore`), articles in batches, so a library
of 100,000 articles costs one small query per top-level node to show. Display strings are made
when a node is fetched: `data()` only looks them up. Each group node holds the `Scope` it
stands for (its file, its city and county, or both); filtering happens in SQL through that
scope's `tag` and `to_check` and the store's `title_filter`, never through a proxy model.
An article to check carries a mark: ✎ when a hand correction made or changed it, ? when its
headline is doubtful (`Scope.to_check`).
"""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from reader.store.scope import EVERYTHING, Scope
from reader.ui.icons import kind_icons
from reader.ui.render import display_title
from reader.ui.tree_nodes import (
    BY_COUNTY,
    BY_FILE,
    NO_PARENT,
    Node,
    file_items,
    levels,
    matches,
    path,
    place_scope,
    sort_places,
)

__all__ = ["BY_COUNTY", "BY_FILE", "ArticleIdRole", "LibraryTreeModel", "place_scope"]

ARTICLE_BATCH = 500
TOP_BATCH = 200
ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
NodeKindRole = Qt.ItemDataRole.UserRole + 2
CORRECTED_MARK = " ✎"
DOUBTFUL_MARK = " ?"


class LibraryTreeModel(QAbstractItemModel):
    """Groups of articles with their counts; article nodes carry the article id."""

    def __init__(
        self, library, grouping: str = BY_FILE, parent: QObject | None = None, load: bool = True
    ):
        super().__init__(parent)
        self._library = library
        self._grouping = grouping
        self._title_filter: str | None = None
        self._tag: str | None = None
        self.to_check = False
        self._nodes: list[Node] = []
        self._top: list[int] = []
        self._pending: list[tuple] = []
        self._levels = levels(grouping, 0)
        self._icons = kind_icons()
        self._city_wide = self.tr("city-wide")
        self._placeless = self.tr("no place")
        self.loaded = False
        if load:
            self._load_top()

    # -- public API ---------------------------------------------------------------------------

    @property
    def grouping(self) -> str:
        return self._grouping

    def set_grouping(self, grouping: str) -> None:
        if grouping != self._grouping:
            self._grouping = grouping
            self.reload()

    def set_filter(self, title_filter: str | None = None, tag: str | None = None) -> None:
        title_filter, tag = title_filter or None, tag or None
        if (title_filter, tag) != (self._title_filter, self._tag):
            self._title_filter, self._tag = title_filter, tag
            self.reload()

    def set_to_check(self, on: bool) -> None:
        """Show only the articles to check (and the groups holding some), or all again."""
        if on != self.to_check:
            self.to_check = on
            self.reload()

    def reload(self) -> None:
        """Forget every node and read the top level again (after an import or a filter change)."""
        self.beginResetModel()
        self._nodes, self._top, self._pending = [], [], []
        self._load_top()
        self.endResetModel()

    def article_id(self, index: QModelIndex) -> str | None:
        if not index.isValid():
            return None
        return self._nodes[index.internalId()].article_id

    def scope(self, index: QModelIndex) -> Scope:
        """The file and place an index lies in (an article: its group's); no tag."""
        if index.isValid() and self._nodes[index.internalId()].kind == "article":
            index = self.parent(index)
        return self._nodes[index.internalId()].scope if index.isValid() else EVERYTHING

    def group_total(self, index: QModelIndex) -> int:
        """The (filtered) count of articles under a group node."""
        return self._nodes[index.internalId()].total if index.isValid() else 0

    def find_article(self, article, max_rows: int = 5000) -> QModelIndex:
        """The index of an article (a row or detail: its id, file_id, city and county),
        fetching its group's rows (up to `max_rows`) to reach it."""
        group = self._group_index(
            article.file_id, article.city, article.county, getattr(article, "page", 1)
        )
        if not group.isValid():
            return QModelIndex()
        node = self._nodes[group.internalId()]
        while True:
            for child in node.children:
                if self._nodes[child].article_id == article.id:
                    return self.createIndex(self._nodes[child].row, 0, child)
            if node.complete or len(node.children) >= max_rows:
                return QModelIndex()
            self.fetchMore(group)

    def first_article(self) -> QModelIndex:
        """The first article of the tree, opening the first groups as needed."""
        index = QModelIndex()
        for _level in range(len(self._levels) + 1):
            if self.rowCount(index) == 0 and self.canFetchMore(index):
                self.fetchMore(index)
            if self.rowCount(index) == 0:
                return QModelIndex()
            index = self.index(0, 0, index)
            if self._nodes[index.internalId()].kind == "article":
                return index
        return QModelIndex()

    # -- Qt model interface -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        children = self._children(parent)
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._nodes[index.internalId()].parent
        if parent_id == NO_PARENT:
            return QModelIndex()
        return self.createIndex(self._nodes[parent_id].row, 0, parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 1

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return bool(self._top or self._pending)
        if parent.column() > 0:
            return False
        node = self._nodes[parent.internalId()]
        return node.kind != "article" and node.total > 0

    def canFetchMore(self, parent: QModelIndex) -> bool:
        if not parent.isValid():
            return bool(self._pending)
        if parent.column() > 0:
            return False
        return not self._nodes[parent.internalId()].complete

    def fetchMore(self, parent: QModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        if not parent.isValid():
            self._fetch_top()
            return
        node_id = parent.internalId()
        node = self._nodes[node_id]
        if self._holds_articles(node):
            rows = self._fetch_articles(node)
        else:
            rows = self._fetch_groups(node)
        first = len(node.children)
        if rows:
            self.beginInsertRows(parent, first, first + len(rows) - 1)
            for offset, child in enumerate(rows):
                child.parent, child.row = node_id, first + offset
                node.children.append(self._add(child))
            self.endInsertRows()
        if not self._holds_articles(node) or len(node.children) >= node.total or not rows:
            node.complete = True

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.DecorationRole:
            return node.icon
        if role == Qt.ItemDataRole.ToolTipRole and node.kind == "article":
            # Asked only on hover, so made here; <p> makes Qt read it as rich text, in which
            # the title's own markup must be characters.
            return f"<p>{html.escape(node.label)}</p>"
        if role == ArticleIdRole:
            return node.article_id
        if role == NodeKindRole:
            return node.kind
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return ITEM_FLAGS

    # -- loading ------------------------------------------------------------------------------

    def _children(self, parent: QModelIndex) -> list[int]:
        if not parent.isValid():
            return self._top
        return self._nodes[parent.internalId()].children

    def _add(self, node: Node) -> int:
        self._nodes.append(node)
        return len(self._nodes) - 1

    def _listing(self, scope: Scope) -> Scope:
        scope = dataclasses.replace(scope, tag=self._tag) if self._tag else scope
        return dataclasses.replace(scope, to_check=True) if self.to_check else scope

    def _filtering(self) -> bool:
        return self._title_filter is not None or self._tag is not None or self.to_check

    def _load_top(self) -> None:
        """Read the top-level rows; nodes are made a batch at a time (8,000 files are many)."""
        if self._grouping == BY_FILE:
            self._levels = levels(BY_FILE, 0)
            self._pending = [("file", item) for item in file_items(self._library.files())]
        else:
            places = sort_places(self._library.counties())
            cities = list(dict.fromkeys(row.city for row in places if row.city is not None))
            self._levels = levels(self._grouping, len(cities))
            self._pending = self._top_places(places, cities)
        self._pending.reverse()  # pop() from the end is O(1)
        self._top = self._make_top()
        self.loaded = True

    def _top_places(self, places, cities) -> list[tuple]:
        """County nodes, or city nodes (with their counts) then the counties of no city."""
        if self._levels[0] == "county":
            return [("county", row) for row in places]
        totals = {city: 0 for city in cities}
        for row in places:
            if row.city is not None:
                totals[row.city] += row.article_count
        cityless = [("county", row) for row in places if row.city is None]
        return [("city", item) for item in totals.items()] + cityless

    def _make_top(self) -> list[int]:
        made: list[int] = []
        while self._pending and len(made) < TOP_BATCH:
            kind, item = self._pending.pop()
            node = self._group_node(NO_PARENT, len(self._top) + len(made), kind, item, None)
            if node is not None:
                made.append(self._add(node))
        return made

    def _fetch_top(self) -> None:
        made = self._make_top()
        if made:
            first = len(self._top)
            self.beginInsertRows(QModelIndex(), first, first + len(made) - 1)
            self._top.extend(made)
            self.endInsertRows()

    def _group_node(self, parent_id, row, kind, item, outer: Node | None):
        """A city, county or file node with its (filtered) count, or None when it is empty."""
        scope = outer.scope if outer is not None else EVERYTHING
        if kind == "file":
            file_row, page = item
            name = file_row.name
            if page is not None:
                name = f"{name} › {self._page_label(page)}"
            scope = dataclasses.replace(scope, file_id=file_row.id, page=page, file_name=name)
            total = file_row.article_count
            if page is not None:
                total = self._library.count_articles(scope)
        elif kind == "city":
            (name, total), scope = item, dataclasses.replace(scope, city=item[0])
        else:
            place = place_scope(item.city, item.county)
            fields = ("city", "county", "city_wide", "placeless")
            scope = dataclasses.replace(scope, **{f: getattr(place, f) for f in fields})
            name, total = self._place_name(item), item.article_count
        if self._filtering() or (outer is not None and kind == "file"):
            total = self._library.count_articles(self._listing(scope), self._title_filter)
        if total == 0:
            return None
        return Node(kind, parent_id, row, f"{name}  ({total})", total, scope)

    def _page_label(self, page: int) -> str:
        return self.tr("page %1").replace("%1", str(page))

    def _place_name(self, county_row) -> str:
        if county_row.county:
            return county_row.county
        if county_row.city:
            return f"{county_row.city} ({self._city_wide})"
        return f"({self._placeless})"

    def _holds_articles(self, node: Node) -> bool:
        return node.kind == self._levels[-1]

    def _fetch_groups(self, node: Node) -> list:
        inner = self._levels[self._levels.index(node.kind) + 1]
        if inner == "county":
            rows = sort_places(self._library.counties(node.scope))
        else:
            rows = file_items(self._library.files())
        made = (self._group_node(0, 0, inner, row, node) for row in rows)
        return [child for child in made if child is not None]

    def _fetch_articles(self, node: Node) -> list:
        rows = self._library.article_rows(
            self._listing(node.scope),
            self._title_filter,
            limit=ARTICLE_BATCH,
            offset=len(node.children),
        )
        return [self._article_node(row) for row in rows]

    def _article_node(self, row) -> Node:
        label = display_title(row.title, None)
        if getattr(row, "corrected", False):
            label += CORRECTED_MARK  # flagged for checking: a correction made or changed it
        elif getattr(row, "to_check", False):
            label += DOUBTFUL_MARK  # flagged for checking: a rival headline came close
        return Node("article", 0, 0, label, article=row, icon=self._icons.get(row.kind))

    def _group_index(self, file_id, city, county, page=1) -> QModelIndex:
        """The innermost group node holding articles of this file (page) and (city, county)."""
        group = QModelIndex()
        for key in path(self._levels, file_id, city, county, page):
            if group.isValid() and self.canFetchMore(group):
                self.fetchMore(group)
            group = self._match_child(group, key)
            if not group.isValid():
                break
        return group

    def _match_child(self, parent: QModelIndex, key: tuple) -> QModelIndex:
        start = 0
        while True:
            children = self._children(parent)
            for row in range(start, len(children)):
                if matches(self._nodes[children[row]], key):
                    return self.createIndex(row, 0, children[row])
            start = len(children)
            if parent.isValid() or not self.canFetchMore(parent):
                return QModelIndex()
            self.fetchMore(parent)
