"""Walking a lazily fetched tree in reading order: the article after or before another.

    neighbour(model, index, step) -> QModelIndex   the next (+1) or previous (-1) article
                                                   row, fetching groups as it goes; invalid
                                                   past either end

Works on any QAbstractItemModel whose leaves are the article rows (`is_leaf(index)`), so
next/previous follows exactly what the tree shows: its grouping, filter and order.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def neighbour(
    model: QAbstractItemModel,
    index: QModelIndex,
    step: int,
    is_leaf: Callable[[QModelIndex], bool],
) -> QModelIndex:
    """The leaf after (step > 0) or before (step < 0) `index` in depth-first order."""
    node = index
    while node.isValid():
        sibling = _sibling(model, node, step)
        while sibling.isValid():
            leaf = _edge_leaf(model, sibling, step, is_leaf)
            if leaf.isValid():
                return leaf
            sibling = _sibling(model, sibling, step)  # an empty group: skip it
        node = model.parent(node)
    return QModelIndex()


def _sibling(model, index: QModelIndex, step: int) -> QModelIndex:
    parent = model.parent(index)
    row = index.row() + (1 if step > 0 else -1)
    if row >= model.rowCount(parent) and model.canFetchMore(parent):
        model.fetchMore(parent)
    if not 0 <= row < model.rowCount(parent):
        return QModelIndex()
    return model.index(row, 0, parent)


def _edge_leaf(model, index: QModelIndex, step: int, is_leaf) -> QModelIndex:
    """The first (step > 0) or last leaf at or under `index`."""
    while not is_leaf(index):
        _fetch(model, index, everything=step < 0)
        count = model.rowCount(index)
        if count == 0:
            return QModelIndex()
        index = model.index(0 if step > 0 else count - 1, 0, index)
    return index


def _fetch(model, index: QModelIndex, everything: bool) -> None:
    """Fetch a group's first batch, or all of it (its last row is wanted)."""
    if model.rowCount(index) == 0 or everything:
        while model.canFetchMore(index):
            model.fetchMore(index)
            if not everything:
                break
