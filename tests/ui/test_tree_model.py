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
    for row, county in zip(shown, counties, strict=True):
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


@pytest.fixture
def with_placeless(library, tmp_path):
    """The sample pages plus a page whose two articles name no city and no county."""
    from reader.importing import import_paths
    from tests.store.helpers import placeless_page

    assert import_paths(library, [placeless_page(tmp_path)]).ok
    return library


def _sql_counts(library) -> dict[tuple, int]:
    rows = library.db.conn.execute(
        "SELECT city, county, count(*) FROM articles GROUP BY city, county"
    ).fetchall()
    return {(city, county): count for city, county, count in rows}


def test_articles_naming_no_place_are_a_group_of_their_own(qtmodeltester, with_placeless):
    model = LibraryTreeModel(with_placeless, BY_COUNTY)
    qtmodeltester.check(model, force_py=True)
    counts = _sql_counts(with_placeless)
    assert counts[(None, None)] == 2 and any(c and k is None for c, k in counts)
    shown = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        scope = model.scope(group)
        shown[(scope.city, scope.county)] = int(group.data().rsplit("(", 1)[1].rstrip(")"))
        articles = sum(model.rowCount(file) for file in _opened_files(model, group))
        assert articles == shown[(scope.city, scope.county)], group.data()
    assert shown == counts
    placeless = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.scope(model.index(row, 0)).placeless
    )
    assert placeless.data() == "(no place)  (2)"
    listed = [
        model.index(row, 0, file).data(ArticleIdRole)
        for file in _opened_files(model, placeless)
        for row in range(model.rowCount(file))
    ]
    places = {
        with_placeless.db.conn.execute(
            "SELECT city, county FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        for article_id in listed
    }
    assert len(listed) == 2 and places == {(None, None)}


def _opened_files(model, group):
    """The file nodes under a county node, each with all its articles fetched."""
    labels(model, group)
    files = [model.index(row, 0, group) for row in range(model.rowCount(group))]
    for file in files:
        while model.canFetchMore(file):
            model.fetchMore(file)
    return files
