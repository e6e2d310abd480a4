"""The sidebar model on a real library: structure, counts, lazy batches, SQL filtering."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QModelIndex

from reader.store import Scope
from reader.ui import tree_model
from reader.ui.tree_model import (
    BY_COUNTY,
    BY_FILE,
    ArticleIdRole,
    LibraryTreeModel,
    NodeKindRole,
    place_scope,
)

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]


def labels(model, parent=QModelIndex()):
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]


@pytest.mark.parametrize("grouping", [BY_FILE, BY_COUNTY])
def test_model_passes_qtmodeltester(qtmodeltester, library, grouping):
    model = LibraryTreeModel(library, grouping)
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qtmodeltester_with_small_batches(qtmodeltester, library, monkeypatch):
    monkeypatch.setattr(tree_model, "ARTICLE_BATCH", 2)
    model = LibraryTreeModel(library)
    model.set_filter(title_filter="县")
    qtmodeltester.check(model, force_py=True)


def test_files_then_counties_with_counts(qapp, library):
    model = LibraryTreeModel(library, BY_FILE)
    files = library.files()
    assert labels(model) == [f"{f.name}  ({f.article_count})" for f in files]
    first = model.index(0, 0)
    counties = library.counties(Scope(file_id=files[0].id))
    shown = labels(model, first)
    assert len(shown) == len(counties)
    for row, county in zip(shown, counties):
        assert row.endswith(f"({county.article_count})")
        assert (county.county or county.city) in row


def test_counties_then_files(qapp, library):
    model = LibraryTreeModel(library, BY_COUNTY)
    counties = library.counties()
    assert len(labels(model)) == len(counties)
    first = model.index(0, 0)
    files = labels(model, first)
    total = sum(int(label.rsplit("(", 1)[1].rstrip(")")) for label in files)
    assert total == counties[0].article_count


def test_articles_load_in_batches(qapp, library, monkeypatch):
    monkeypatch.setattr(tree_model, "ARTICLE_BATCH", 2)
    model = LibraryTreeModel(library, BY_COUNTY)
    counties = library.counties()
    row = max(range(len(counties)), key=lambda i: counties[i].article_count)
    county = model.index(row, 0)
    model.fetchMore(county)
    group = model.index(0, 0, county)
    place = place_scope(counties[row].city, counties[row].county)
    expected = library.count_articles(dataclasses.replace(place, file_id=library.files()[0].id))
    assert model.rowCount(group) == 0 and model.canFetchMore(group)
    model.fetchMore(group)
    assert model.rowCount(group) == min(2, expected)
    while model.canFetchMore(group):
        model.fetchMore(group)
    assert model.rowCount(group) == library.count_articles(
        dataclasses.replace(place, file_id=model.scope(group).file_id)
    )
    article = model.index(0, 0, group)
    assert article.data(NodeKindRole) == "article"
    assert model.parent(article) == group and model.parent(group) == county


def test_filter_by_title_and_tag_in_sql(qapp, library):
    rows = library.article_rows()
    word = rows[0].title[:2]
    model = LibraryTreeModel(library)
    model.set_filter(title_filter=word)
    shown = sum(int(label.rsplit("(", 1)[1].rstrip(")")) for label in labels(model))
    assert shown == library.count_articles(title_filter=word) < len(rows) + 1
    library.tag_article(rows[3].id, "测试")
    model.set_filter(tag="测试")
    assert labels(model) == [f"{rows[3].file_name}  (1)"]
    index = model.first_article()
    assert index.data(ArticleIdRole) == rows[3].id
    model.set_filter(title_filter="不会出现的标题词")
    assert model.rowCount() == 0 and not model.hasChildren()


def test_find_article_reaches_deep_rows(qapp, library, monkeypatch):
    monkeypatch.setattr(tree_model, "ARTICLE_BATCH", 1)
    model = LibraryTreeModel(library)
    target = library.article_rows()[-1]
    index = model.find_article(target)
    assert index.isValid() and index.data(ArticleIdRole) == target.id


def test_top_level_arrives_in_batches(qtmodeltester, library, monkeypatch):
    monkeypatch.setattr(tree_model, "TOP_BATCH", 2)
    model = LibraryTreeModel(library)
    files = library.files()
    assert model.rowCount() == 2 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == min(4, len(files))
    last = library.article_rows()[-1]
    assert model.find_article(last).isValid()
    assert model.rowCount() == len(files) and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(LibraryTreeModel(library), force_py=True)
