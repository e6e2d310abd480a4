"""Search pieces: the result markup, the terms to mark, a query the store rejects."""

from __future__ import annotations

import pytest

from reader.store import SearchHit
from reader.ui.search import SearchDialog, _hit_html, hit_terms

pytestmark = pytest.mark.gui


def hit(title="题目", snippet="前<b>医保</b>后", county="冠县", file_name="a.txt", terms=()):
    return SearchHit("id", title, county, file_name, snippet, 1.0, tuple(terms))


def test_result_markup_escapes_the_title_and_keeps_the_snippet_bold():
    markup = _hit_html(hit(title='<img src=x onerror="alert(1)">', file_name="<a>.txt"))
    assert "<img" not in markup and "&lt;img src=x" in markup and "&lt;a&gt;.txt" in markup
    assert "<b>医保</b>" in markup


@pytest.mark.parametrize(
    ("query", "matched", "terms"),
    [
        ("医保", [("医保",)], ["医保"]),
        ("医保帮扶", [("医保", "帮扶")], ["医保帮扶", "医保", "帮扶"]),
        ("x", [("<b>",)], ["<b>", "x"]),
    ],
)
def test_terms_to_mark(query, matched, terms):
    assert sorted(hit_terms(query, [hit(terms=m) for m in matched])) == sorted(terms)


def test_store_hits_carry_the_words_they_matched(library):
    from reader.store.search import query_terms

    hits = library.search("乡村振兴 聊城")
    assert hits and all(h.terms == tuple(query_terms("乡村振兴 聊城")) for h in hits)
    assert any(f"<b>{h.terms[0]}</b>" in h.snippet for h in hits)


@pytest.mark.parametrize("query", ['"', "AND (", "*", "NEAR(", "医保 OR"])
def test_odd_queries_never_crash(qtbot, library, query):
    dialog = SearchDialog(library)
    qtbot.addWidget(dialog)
    dialog.query.setText(query)
    dialog.run_search()
    assert dialog.model.rowCount() >= 0
