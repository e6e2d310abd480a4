"""`Scope.where()` selects exactly the articles a plain Python filter over all rows selects, on
the sample pages and a page whose articles name no place."""

from __future__ import annotations

import pytest

from reader.importing import import_paths
from reader.importing.fixes import fix
from reader.store.scope import CHECK_BELOW, FIELDS, Scope
from tests.store.helpers import SEEDS, placeless_page


@pytest.fixture(scope="module")
def tagged(tmp_path_factory):
    from reader.store import Library

    folder = tmp_path_factory.mktemp("scope")
    with Library(folder / "library.sqlite3") as library:
        assert import_paths(library, [SEEDS, placeless_page(folder)]).ok
        rows = library.db.conn.execute("SELECT id FROM articles ORDER BY key").fetchall()
        for (article_id,) in rows[::3]:
            library.tag_article(article_id, "甲")
        fix(library, "kind", [rows[1][0]], payload={"kind": "brief"})  # one corrected by hand
        yield library


def _all_rows(library):
    return library.db.conn.execute(
        "SELECT a.id, a.file_id, a.city, a.county,"
        " EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id"
        "         WHERE at.article_id = a.id AND t.name = '甲')"
        " FROM articles a"
    ).fetchall()


def _selected(library, scope: Scope) -> set[str]:
    where, params = scope.where("a")
    sql = f"SELECT a.id FROM articles a WHERE {where}"
    return {row[0] for row in library.db.conn.execute(sql, params)}


def _expected(
    rows, file_id=None, city=None, county=None, city_wide=False, placeless=False, tag=False
):
    return {
        article_id
        for article_id, f, c, k, tagged in rows
        if (file_id is None or f == file_id)
        and (city is None or c == city)
        and (county is None or k == county)
        and (not city_wide or k is None)
        and (not placeless or (c is None and k is None))
        and (not tag or tagged)
    }


def test_each_field_and_their_combinations_select_what_a_plain_filter_selects(tagged):
    rows = _all_rows(tagged)
    assert any(c is None and k is None for _i, _f, c, k, _t in rows)  # placeless ones exist
    assert any(c is not None and k is None for _i, _f, c, k, _t in rows)  # and city-wide ones
    file_id = rows[0][1]
    placeless_file = next(f for _i, f, c, k, _t in rows if c is None and k is None)
    city = next(c for _i, _f, c, _k, _t in rows if c)
    county = next(k for _i, _f, _c, k, _t in rows if k)
    cases = [
        {},
        {"file_id": file_id},
        {"city": city},
        {"county": county},
        {"city": city, "city_wide": True},
        {"city_wide": True},  # no city: every article naming no county, placeless included
        {"placeless": True},
        {"file_id": placeless_file, "placeless": True},
        {"file_id": file_id, "placeless": True},
        {"placeless": True, "tag": True},
        {"tag": True},
        {"file_id": file_id, "county": county, "tag": True},
    ]
    for case in cases:
        scope = Scope(**{**case, "tag": "甲" if case.get("tag") else None})
        expected = _expected(rows, **case)
        assert _selected(tagged, scope) == expected, case
    assert _selected(tagged, Scope(county="no such county")) == set()


def _flagged(library) -> set[str]:
    """The articles to check, by a plain filter: corrected, or a doubtful non-photo headline."""
    rows = library.db.conn.execute("SELECT id, corrected, kind, headline_confidence FROM articles")
    return {
        article_id
        for article_id, corrected, kind, confidence in rows
        if corrected or (kind != "photo" and confidence < CHECK_BELOW)
    }


def test_to_check_selects_the_corrected_and_the_doubtful_headlines(tagged):
    flagged = _flagged(tagged)
    corrected = {
        row[0] for row in tagged.db.conn.execute("SELECT id FROM articles WHERE corrected")
    }
    assert corrected and corrected < flagged  # a corrected one, and doubtful ones beside it
    assert _selected(tagged, Scope(to_check=True)) == flagged
    county = tagged.article(corrected.pop()).county
    assert _selected(tagged, Scope(county=county, to_check=True)) == flagged & _selected(
        tagged, Scope(county=county)
    )


@pytest.mark.parametrize(
    "fields",
    [
        {"county": "东阿县", "city_wide": True},
        {"placeless": True, "city": "聊城市"},
        {"placeless": True, "county": "东阿县"},
        {"placeless": True, "city_wide": True},
    ],
)
def test_a_scope_cannot_name_a_place_and_no_place(fields):
    with pytest.raises(ValueError):
        Scope(**fields)


@pytest.mark.parametrize(
    ("scope", "label"),
    [
        (Scope(), ""),
        (Scope(county="东阿县", tag="信访"), "东阿县 · #信访"),
        (Scope(city="聊城市", city_wide=True), "聊城市 · city-wide"),
        (Scope(placeless=True, tag="信访"), "no place · #信访"),
        (Scope(file_id=3, file_name="a.txt", county="莘县"), "a.txt · 莘县"),
        (Scope(tag="信访", to_check=True), "#信访 · to check"),
    ],
)
def test_labels_name_each_narrowing_field(scope, label):
    assert scope.label() == label


def test_removing_a_chip_clears_that_field_only():
    scope = Scope(file_id=3, file_name="a.txt", city="聊城市", county="莘县", tag="信访")
    assert scope.without("tag") == Scope(file_id=3, city="聊城市", county="莘县")
    assert scope.without("file_id").file_name is None
    assert Scope(city="聊城市", city_wide=True).without("city") == Scope()
    assert Scope(placeless=True, tag="信访").without("placeless") == Scope(tag="信访")
    assert not Scope(placeless=True).is_everything and not Scope(to_check=True).is_everything
    assert Scope(to_check=True, tag="信访").without("to_check") == Scope(tag="信访")
    assert all(Scope().without(name).is_everything for name in FIELDS)
    with pytest.raises(ValueError):
        scope.without("nothing")


def test_the_file_name_only_labels_and_never_tells_scopes_apart():
    assert Scope(file_id=1, file_name="x") == Scope(file_id=1)
    assert hash(Scope(file_id=1, file_name="x")) == hash(Scope(file_id=1))
