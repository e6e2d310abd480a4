"""The sidebar's model: file → county → article (or county → file → article, with a city
level above when the library holds several cities), loaded lazily.

In: a `reader.store.Library` (read through `reader.ui.tree_source`). Out: a
QAbstractItemModel for a QTreeView.

Counties follow the official order of their city (`reader.lexicon.divisions`), the city-wide
group first. A county node stands for one (city, county) pair: "济南市 (全市)" lists only
济南市's city-wide articles, never 聊城市's, and every count and listing under it is narrowed
by that city too.
The articles that name neither a city nor a county are a group of their own, "(no place)"
(`Scope(placeless=True)`), which holds none of any city's city-wide articles.

Every node lives in one flat list; an index's internal id is the node's position in that list
and each node knows its parent's id and its own row, so `parent()` is O(1). Children are read
from the store when a node opens (`canFetchMore`/`fetchMore`), articles in batches, so a library
of 100,000 articles costs one small query per top-level node to show. Each group node holds the
`Scope` it stands for (its file, its city and county, or both); what the store gives, filtered
and labelled, comes from `TreeSource`.
"""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from reader.store.scope import EVERYTHING, Scope
from reader.ui.tree_nodes import BY_FILE, NO_PARENT, Node, levels, matches, path
from reader.ui.tree_source import TreeFilter, TreeSource, Words

TOP_BATCH = 200
ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
NodeKindRole = Qt.ItemDataRole.UserRole + 2


class LibraryTreeModel(QAbstractItemModel):
    """Groups of articles with their counts; article nodes carry the article id."""

    def __init__(
        self, library, grouping: str = BY_FILE, parent: QObject | None = None, load: bool = True
    ):
        super().__init__(parent)
        self._grouping = grouping
        self.words = Words(self.tr("city-wide"), self.tr("no place"), self.tr("page %1"))
        self._source = TreeSource(library, self.words)
        self._nodes: list[Node] = []
        self._top: list[int] = []
        self._pending: list[tuple] = []
        self._levels = levels(grouping, 0)
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

    @property
    def filter(self) -> TreeFilter:
        return self._source.filter

    @property
    def to_check(self) -> bool:
        return self._source.filter.to_check

    def set_filter(self, title_filter: str | None = None, tag: str | None = None) -> None:
        self._refilter(
            dataclasses.replace(self.filter, title=title_filter or None, tag=tag or None)
        )

    def set_to_check(self, on: bool) -> None:
        """Show only the articles to check (and the groups holding some), or all again."""
        self._refilter(dataclasses.replace(self.filter, to_check=on))

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
            rows = self._source.articles(node, len(node.children))
        else:
            rows = self._source.inner_groups(node, self._levels[self._levels.index(node.kind) + 1])
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

    def _refilter(self, wanted: TreeFilter) -> None:
        if wanted != self.filter:
            self._source.filter = wanted
            self.reload()

    def _load_top(self) -> None:
        """Read the top-level rows; nodes are made a batch at a time (8,000 files are many)."""
        self._levels, self._pending = self._source.top(self._grouping)
        self._pending.reverse()  # pop() from the end is O(1)
        self._top = self._make_top()
        self.loaded = True

    def _make_top(self) -> list[int]:
        made: list[int] = []
        while self._pending and len(made) < TOP_BATCH:
            kind, item = self._pending.pop()
            node = self._source.group(kind, item, None)
            if node is not None:
                node.row = len(self._top) + len(made)
                made.append(self._add(node))
        return made

    def _fetch_top(self) -> None:
        made = self._make_top()
        if made:
            first = len(self._top)
            self.beginInsertRows(QModelIndex(), first, first + len(made) - 1)
            self._top.extend(made)
            self.endInsertRows()

    def _holds_articles(self, node: Node) -> bool:
        return node.kind == self._levels[-1]

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
