"""Which groups of the library tree are open, kept across a reload (after an import).

In: the tree view and its `LibraryTreeModel`. Out: `opened(view, model)` the open groups,
each named by the path of scopes from the top (a scope names a file or a place; counts in
the labels change with an import, scopes do not); `reopen(view, model, paths)` opens them
again in the reloaded model, fetching each group's rows as it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex


def opened(view, model) -> set[tuple]:
    found: set[tuple] = set()
    _walk(view, model, QModelIndex(), (), found)
    return found


def reopen(view, model, paths: set[tuple]) -> None:
    prefixes = {path[:n] for path in paths for n in range(1, len(path) + 1)}
    _open(view, model, QModelIndex(), (), prefixes)


def _walk(view, model, parent: QModelIndex, path: tuple, found: set[tuple]) -> None:
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if view.isExpanded(index):
            here = (*path, model.scope(index))
            found.add(here)
            _walk(view, model, index, here, found)


def _open(view, model, parent: QModelIndex, path: tuple, prefixes: set[tuple]) -> None:
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        here = (*path, model.scope(index))
        if model.article_id(index) is None and here in prefixes:
            view.expand(index)
            _open(view, model, index, here, prefixes)
