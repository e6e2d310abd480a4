"""The sidebar: a filter field, the grouping switch and the library tree.

In: the library. Out: `article_selected(article_id)` when the user picks an article,
`scope_changed(Scope)` when the tree position or the filter's `#tag` changes;
`scope()` gives the `Scope` (file, city, county, tag, to_check) the user is looking at, to
narrow search and export; `set_to_check(on)` keeps only the articles to check;
`neighbour_id(article, step)` the article after or before it in the tree's order.
The filter narrows as the user types: a plain word keeps the articles whose title or one of
whose tags contains it; `#name` keeps those tagged exactly `name`. Both go to the store (SQL),
the model reloads; nothing is filtered in Python. A filter that matches up to
`FILTER_EXPAND_MAX` articles opens every group down to them, so the matches are in sight.
A tag change reloads a filtered tree (`tags_changed`), since what the filter matches has
changed.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.store.scope import Scope
from reader.ui.tree_model import LibraryTreeModel, NodeKindRole
from reader.ui.tree_nodes import BY_COUNTY, BY_FILE
from reader.ui.tree_walk import neighbour

FILTER_DELAY_MS = 200
FILTER_EXPAND_MAX = 300  # a filter matching more articles opens only the top level


def parse_filter(text: str) -> tuple[str | None, str | None]:
    """'#tag' -> (None, 'tag'); anything else -> (title words, None)."""
    text = text.strip()
    if text.startswith("#"):
        return None, text[1:].strip() or None
    return text or None, None


class Sidebar(QWidget):
    article_selected = Signal(str)
    scope_changed = Signal(object)
    context_menu = Signal(QMenu)  # on an article (opened first): slots add their actions

    def __init__(
        self, library, grouping: str = BY_FILE, parent: QWidget | None = None, load: bool = True
    ):
        super().__init__(parent)
        self.model = LibraryTreeModel(library, grouping, self, load=load)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter by title or tag (#tag: exactly)"))
        self.filter.setClearButtonEnabled(True)
        self._tag_names = QStringListModel(self)
        completer = QCompleter(self._tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.setCompleter(completer)  # typing "#" offers the tags in use
        self.grouping = QComboBox(self)
        self.grouping.addItem(self.tr("By file"), BY_FILE)
        self.grouping.addItem(self.tr("By county"), BY_COUNTY)
        self.grouping.setCurrentIndex(0 if grouping == BY_FILE else 1)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setExpandsOnDoubleClick(True)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.grouping)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.filter.textChanged.connect(lambda _text: self._timer.start())
        self.grouping.currentIndexChanged.connect(
            lambda _i: self.set_grouping(self.grouping.currentData())
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._scope_moved)
        self._revealing = False

    def apply_filter(self) -> None:
        self._timer.stop()
        title, tag = parse_filter(self.filter.text())
        self.model.set_filter(title_filter=title, tag=tag)
        if title or tag:
            self._expand_matches()
        self._scope_moved()

    def filtering(self) -> bool:
        return parse_filter(self.filter.text()) != (None, None) or self.model.to_check

    def set_to_check(self, on: bool) -> None:
        """Show only the articles to check (View ▸ Only articles to check), or all again."""
        self.model.set_to_check(on)
        if on:
            self._expand_matches()
        self._scope_moved()

    def tags_changed(self) -> None:
        """Tags were added, removed, renamed: a filtered tree may now hold other articles."""
        if self.filtering():
            self.model.reload()
            self._expand_matches()

    def set_grouping(self, grouping: str) -> None:
        self.grouping.setCurrentIndex(0 if grouping == BY_FILE else 1)
        self.model.set_grouping(grouping)

    def reload(self) -> None:
        self.model.reload()

    def set_tag_names(self, names) -> None:
        self._tag_names.setStringList([f"#{name}" for name in names])

    def scope(self) -> Scope:
        """What the current tree position and the filter's `#tag` fix."""
        scope = self.model.scope(self.view.currentIndex())
        _title, tag = parse_filter(self.filter.text())
        scope = dataclasses.replace(scope, tag=tag) if tag else scope
        return dataclasses.replace(scope, to_check=True) if self.model.to_check else scope

    def reveal(self, article) -> bool:
        """Select an article (its id, file_id, city, county) in the tree, opening its groups,
        without re-emitting it."""
        if not self.model.loaded:
            return False
        index = self.model.find_article(article)
        if not index.isValid():
            return False
        self._revealing = True
        try:
            parent = self.model.parent(index)
            while parent.isValid():
                self.view.expand(parent)
                parent = self.model.parent(parent)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        finally:
            self._revealing = False
        return True

    def neighbour_id(self, article, step: int) -> str | None:
        """The article after (step > 0) or before `article` in the tree as it is grouped and
        filtered; from an article the tree does not show, its first article."""
        if not self.model.loaded:
            self.reload()
        index = self.model.find_article(article) if article is not None else QModelIndex()
        if not index.isValid():
            return self.model.article_id(self.model.first_article())
        is_leaf = lambda i: i.data(NodeKindRole) == "article"  # noqa: E731
        return self.model.article_id(neighbour(self.model, index, step, is_leaf))

    def menu_at(self, index: QModelIndex) -> QMenu | None:
        """The context menu of an article row (made current, so it is the open article)."""
        if not self.model.article_id(index):
            return None
        self.view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu.emit(menu)
        return menu

    def _show_menu(self, pos) -> None:
        menu = self.menu_at(self.view.indexAt(pos))
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(pos))

    def _expand_matches(self) -> None:
        """Open the groups down to the matching articles when they are few, else the top."""
        top = [self.model.index(row, 0) for row in range(self.model.rowCount())]
        matched = sum(self.model.group_total(index) for index in top)
        self._expand(top, deep=matched <= FILTER_EXPAND_MAX)

    def _expand(self, groups, deep: bool) -> None:
        for group in groups:
            self.view.expand(group)
            if not deep:
                continue
            while self.model.canFetchMore(group):
                self.model.fetchMore(group)
            inner = [self.model.index(row, 0, group) for row in range(self.model.rowCount(group))]
            self._expand([i for i in inner if i.data(NodeKindRole) != "article"], deep)

    def _scope_moved(self) -> None:
        self.scope_changed.emit(self.scope())

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        self._scope_moved()
        article_id = self.model.article_id(index)
        if article_id and not self._revealing:
            self.article_selected.emit(article_id)
