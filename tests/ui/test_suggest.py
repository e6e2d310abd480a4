"""Suggested tags skip the newspaper's generic words (resources/tag_stopwords.tsv), in the
store and in the window's suggestion buttons."""

from __future__ import annotations

import pytest

from reader.store import keywords

pytestmark = pytest.mark.gui


def test_the_list_names_its_source_and_holds_the_reported_words():
    from reader.resources import resource_path

    header = resource_path("tag_stopwords.tsv").read_text("utf-8").split("\n\n")[0]
    assert "Source:" in header and "tools/tag_stopword_candidates.py" in header
    assert {"工作", "全县", "设定"} <= keywords.generic_words()
    assert "脱贫" not in keywords.generic_words()  # a subject word stays suggestible


def test_generic_words_are_never_suggested(library):
    generic = keywords.generic_words()
    raw_hits = 0
    for row in library.article_rows():
        detail = library.article(row.id)
        text = f"{detail.headline}\n{detail.text}"
        unfiltered = keywords._tfidf().extract_tags(text, topK=5, allowPOS=keywords._ALLOWED)
        raw_hits += len(generic & set(unfiltered))
        suggested = library.suggested_tags(row.id)
        assert not generic & set(suggested), (row.title, suggested)
        assert len(suggested) == 5
    assert raw_hits > 0  # without the list some would have been offered


def test_the_window_offers_no_generic_word(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    generic = keywords.generic_words()
    for row in library.article_rows()[:8]:
        assert window.session.open_article(row.id)
        window.load_suggestions()
        offered = [b.property("tag") for b in window.tag_editor.suggestion_buttons()]
        assert offered and not generic & set(offered)
