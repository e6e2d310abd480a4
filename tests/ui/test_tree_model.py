"""The sidebar model on a real library: structure, counts, lazy batches, SQL filtering."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from reader.store import Scope
from reader.ui import tree_model, tree_source
from reader.ui.tree_model import ArticleIdRole, LibraryTreeModel, NodeKindRole
from reader.ui.tree_nodes import BY_COUNTY, BY_FILE, sort_places

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
    monkeypatch.setattr(tree_source, "ARTICLE_BATCH", 2)
    model = LibraryTreeModel(library)
    model.set_filter(title_filter="县")
    qtmodeltester.check(model, force_py=True)


def test_files_then_counties_with_counts(qapp, library):
    model = LibraryTreeModel(library, BY_FILE)
    files = library.files()
    assert labels(model) == [f"{f.name}  ({f.article_count})" for f in files]
    first = model.index(0, 0)
    counties = sort_places(library.counties(Scope(file_id=files[0].id)))
    shown = labels(model, first)
    assert len(shown) == len(counties)
    for row, county in zip(shown, counties, strict=True):
        assert row.endswith(f"({county.article_count})")
        assert (county.county or county.city) in row


def count(label: str) -> int:
    return int(label.rsplit("(", 1)[1].rstrip(")"))


def test_cities_then_counties_in_official_order_then_files(qapp, library):
    model = LibraryTreeModel(library, BY_COUNTY)
    rows = library.counties()
    cities = {row.city for row in rows if row.city}
    assert len(cities) > 1  # the sample pages name several cities: a city level above
    shown = labels(model)
    tops = [model.index(row, 0) for row in range(model.rowCount())]
    city_nodes = [index for index in tops if index.data(NodeKindRole) == "city"]
    assert {model.scope(index).city for index in city_nodes} == cities
    assert len(shown) == len(cities) + sum(1 for row in rows if row.city is None)
    for city in city_nodes:
        name = model.scope(city).city
        own = [row for row in rows if row.city == name]
        assert count(city.data()) == sum(row.article_count for row in own)
        counties = labels(model, city)
        assert counties == [model.words.place_name(row) + f"  ({row.article_count})" for row in
                            sort_places(own)]  # fmt: skip
    liaocheng = next(i for i in city_nodes if model.scope(i).city == "聊城市")
    names = [label.split("  ")[0] for label in labels(model, liaocheng)]
    # the State Council's order (division codes), not the order of the characters
    assert names.index("东昌府区") < names.index("阳谷县") < names.index("东阿县")
    assert names.index("东阿县") < names.index("临清市") and names[0].startswith("聊城市 (")
    first = model.first_article()  # four levels down: city, county, file, article
    assert first.data(NodeKindRole) == "article"
    assert model.parent(model.parent(model.parent(model.parent(first)))) == QModelIndex()
    first = model.index(1, 0, liaocheng)
    files = labels(model, first)
    assert sum(count(label) for label in files) == count(first.data())


def test_one_city_has_no_city_level(qapp, tmp_path):
    from reader.store import Library
    from tests.store.helpers import article, store_page

    path = tmp_path / "one.sqlite3"
    with Library(path) as library:
        made = [article(f"a{i}", f"标题{i}", "正文", county=c, index=i)
                for i, c in enumerate(["临清市", "东昌府区", None])]  # fmt: skip
        store_page(library, tmp_path / "a.txt", made)
        model = LibraryTreeModel(library, BY_COUNTY)
        assert [label.split("  ")[0] for label in labels(model)] == [
            "聊城市 (city-wide)",
            "东昌府区",
            "临清市",
        ]


def test_articles_load_in_batches(qapp, library, monkeypatch):
    monkeypatch.setattr(tree_source, "ARTICLE_BATCH", 2)
    model = LibraryTreeModel(library, BY_FILE)
    files = library.files()
    row = max(range(len(files)), key=lambda i: files[i].article_count)
    file = model.index(row, 0)
    model.fetchMore(file)
    group = model.index(0, 0, file)
    place = model.scope(group)
    expected = library.count_articles(place)
    assert model.rowCount(group) == 0 and model.canFetchMore(group)
    model.fetchMore(group)
    assert model.rowCount(group) == min(2, expected)
    while model.canFetchMore(group):
        model.fetchMore(group)
    assert model.rowCount(group) == expected
    article = model.index(0, 0, group)
    assert article.data(NodeKindRole) == "article"
    assert model.parent(article) == group and model.parent(group) == file


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
    monkeypatch.setattr(tree_source, "ARTICLE_BATCH", 1)
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
    for group in _county_nodes(model):
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


def _county_nodes(model):
    """Every county node, at the top or under its city."""
    labels(model)
    tops = [model.index(row, 0) for row in range(model.rowCount())]
    found = [index for index in tops if index.data(NodeKindRole) == "county"]
    for city in (index for index in tops if index.data(NodeKindRole) == "city"):
        labels(model, city)
        found += [model.index(row, 0, city) for row in range(model.rowCount(city))]
    return found


def _opened_files(model, group):
    """The file nodes under a county node, each with all its articles fetched."""
    labels(model, group)
    files = [model.index(row, 0, group) for row in range(model.rowCount(group))]
    for file in files:
        while model.canFetchMore(file):
            model.fetchMore(file)
    return files
