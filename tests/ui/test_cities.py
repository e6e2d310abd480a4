"""Two cities in one library: every county node, reveal, search scope and export keep to its
city (济南市's city-wide articles never appear under 聊城市 (全市), nor the other way round)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from reader.store import Library, Scope
from reader.ui import actions
from reader.ui.export import ExportDialog
from reader.ui.tree_model import ArticleIdRole, LibraryTreeModel
from reader.ui.tree_nodes import BY_COUNTY, BY_FILE, place_scope
from tests.store.helpers import article, store_page

pytestmark = pytest.mark.gui

# (id, title, city, county): both cities have city-wide articles and a county named 东城区
ROWS = [
    ("lc-all", "聊城全市供热", "聊城市", None),
    ("lc-dong", "聊城东城区新闻", "聊城市", "东城区"),
    ("lc-ea", "东阿县医保", "聊城市", "东阿县"),
    ("jn-all", "济南全市供热", "济南市", None),
    ("jn-dong", "济南东城区新闻", "济南市", "东城区"),
]


def build(path) -> None:
    articles = []
    for index, (article_id, title, city, county) in enumerate(ROWS):
        made = article(article_id, title, f"本报讯 {title}，今日刊发。", county=county, index=index)
        made.city = city
        articles.append(made)
    with Library(path) as library:
        store_page(library, path.parent / "a.txt", articles[:4])
        store_page(library, path.parent / "b.txt", articles[4:])
        library.add_note("jn-all", "济南的笔记")
        library.add_note("lc-all", "聊城的笔记")


@pytest.fixture
def two_cities(tmp_path):
    path = tmp_path / "two.sqlite3"
    build(path)
    with Library(path) as library:
        yield library, path


def fetch_all(model, parent=QModelIndex()):
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    return [model.index(row, 0, parent) for row in range(model.rowCount(parent))]


def articles_under(model, index) -> set[str]:
    found = set()
    for child in fetch_all(model, index):
        if child.data(ArticleIdRole):
            found.add(child.data(ArticleIdRole))
        else:
            found |= articles_under(model, child)
    return found


def city_of(article_id: str) -> str:
    return next(city for aid, _title, city, _county in ROWS if aid == article_id)


@pytest.mark.parametrize("grouping", [BY_COUNTY, BY_FILE])
def test_a_county_node_lists_only_its_own_city(qapp, two_cities, grouping):
    library, _path = two_cities
    model = LibraryTreeModel(library, grouping)
    seen = set()
    for top in fetch_all(model):
        places = fetch_all(model, top)  # a city's counties, or a file's
        for place in places:
            scope = model.scope(place)
            under = articles_under(model, place)
            seen |= under
            assert {city_of(a) for a in under} == {scope.city}, (place.data(), under)
            count = int(place.data().rsplit("(", 1)[1].rstrip(")"))
            assert count == len(under)
    assert seen == {row[0] for row in ROWS}


def test_city_wide_labels_name_their_city(qapp, two_cities):
    library, _path = two_cities
    model = LibraryTreeModel(library, BY_COUNTY)
    cities = fetch_all(model)
    assert [index.data() for index in cities] == ["济南市  (2)", "聊城市  (3)"]
    labels = [index.data() for city in cities for index in fetch_all(model, city)]
    assert any(label.startswith("济南市 (") and label.endswith("(1)") for label in labels)
    assert any(label.startswith("聊城市 (") and label.endswith("(1)") for label in labels)


@pytest.mark.parametrize("grouping", [BY_COUNTY, BY_FILE])
@pytest.mark.parametrize("article_id", ["jn-all", "lc-all", "jn-dong", "lc-dong"])
def test_find_article_goes_to_its_own_city(qapp, two_cities, grouping, article_id):
    library, _path = two_cities
    model = LibraryTreeModel(library, grouping)
    detail = library.article(article_id)
    index = model.find_article(detail)
    assert index.isValid() and index.data(ArticleIdRole) == article_id
    assert model.scope(index).city == detail.city


def test_window_reveal_search_and_export_keep_to_the_city(qtbot, open_window, two_cities, tmp_path):
    _library, path = two_cities
    window = open_window(path)
    window.sidebar.set_grouping(BY_COUNTY)
    assert window.session.open_article("jn-all")
    current = window.sidebar.view.currentIndex()
    assert current.data(ArticleIdRole) == "jn-all"
    scope = window.sidebar.scope()
    assert (scope.city, scope.county, scope.city_wide) == ("济南市", None, True)
    assert "济南市" in scope.label()
    dialog = actions.show_search(window.session)
    dialog.query.setText("供热")
    dialog.run_search()
    assert {hit.article_id for hit in dialog.model.hits()} == {"jn-all", "lc-all"}
    dialog.narrow.click()
    assert [hit.article_id for hit in dialog.model.hits()] == ["jn-all"]
    dialog.close()

    export = ExportDialog([], None, "jn-all", "t", place_scope("济南市", None), window)
    export.county.setChecked(True)
    _fmt, article_id, chosen = export.choice()
    assert (article_id, chosen) == (None, Scope(city="济南市", city_wide=True))
    assert "济南市" in export.county.text()
    out = tmp_path / "county.json"
    assert actions.export_to(window.session, out, "json", article_id, chosen)
    text = out.read_text("utf-8")
    assert "济南的笔记" in text and "聊城的笔记" not in text
    export.close()
