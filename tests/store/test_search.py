"""Search over the sample pages finds exactly the articles whose text holds the words."""

from __future__ import annotations

import pytest

from reader.importing import import_paths
from reader.store import Scope
from tests.store.helpers import corpus_text

WORDS = ["信访", "供热", "乡村振兴", "东昌府区"]


def _scan(library, word: str) -> set[str]:
    return {
        row.id for row in library.article_rows() if word in corpus_text(library.article(row.id))
    }


@pytest.mark.parametrize("word", WORDS)
def test_search_matches_a_scan_of_the_text(seeds_library, word):
    hits = seeds_library.search(word, limit=10_000)
    assert hits and {hit.article_id for hit in hits} == _scan(seeds_library, word)
    assert [hit.rank for hit in hits] == sorted(hit.rank for hit in hits)
    for hit in hits:
        assert "<b>" in hit.snippet or word in hit.title


@pytest.mark.parametrize("word", WORDS)
def test_search_narrowed_by_county_and_file(seeds_library, word):
    everything = {hit.article_id for hit in seeds_library.search(word, limit=10_000)}
    for county in seeds_library.counties():
        narrowed = seeds_library.search(word, _county_scope(county.county), limit=10_000)
        assert {hit.article_id for hit in narrowed} == {
            article_id
            for article_id in everything
            if seeds_library.article(article_id).county == county.county
        }
    for file in seeds_library.files():
        narrowed = seeds_library.search(word, Scope(file_id=file.id), limit=10_000)
        assert {hit.file_name for hit in narrowed} <= {file.name}


@pytest.mark.parametrize("query", ['"', "AND (", '信访 "', "OR OR", "(((", "*:", "供热 NOT"])
def test_syntax_from_users_never_raises(seeds_library, query):
    assert isinstance(seeds_library.search(query), list)


def test_limit(seeds_library):
    assert len(seeds_library.search("工作", limit=3)) <= 3


def test_adding_notes_does_not_change_what_the_text_matches(library):
    from tests.store.conftest import SEEDS

    import_paths(library, sorted(SEEDS.glob("004_*.txt")))
    before = {hit.article_id for hit in library.search("宋瑜", limit=100)}
    for article_id in before:
        library.add_note(article_id, "读后记")
    assert before and {hit.article_id for hit in library.search("宋瑜", limit=100)} == before


def _county_scope(county: str | None) -> Scope:
    return Scope(county=county) if county else Scope(city_wide=True)
