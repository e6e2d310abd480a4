"""Search pieces: the result markup, the terms to mark, a query the store rejects."""

from __future__ import annotations

import pytest

from reader.store import SearchHit
from reader.ui.search import SearchDialog, _hit_html, hit_terms

pytestmark = pytest.mark.gui


def hit(title="题目", snippet="前<b>医保</b>后", county="冠县", file_name="a.txt"):
    return SearchHit("id", title, county, file_name, snippet, 1.0)


def test_result_markup_escapes_the_title_and_keeps_the_snippet_bold():
    markup = _hit_html(hit(title='<img src=x onerror="alert(1)">', file_name="<a>.txt"))
    assert "<img" not in markup and "&lt;img src=x" in markup and "&lt;a&gt;.txt" in markup
    assert "<b>医保</b>" in markup


@pytest.mark.parametrize(("query", "snippets", "terms"), [
    ("医保", ["前<b>医保</b>后"], ["医保"]),
    ("医保 帮扶", ["<b>医保</b>和<b>帮扶</b>"], ["医保", "帮扶"]),
    ("x", ["<b>&lt;b&gt;</b>"], ["<b>", "x"]),
])
def test_terms_to_mark(query, snippets, terms):
    assert sorted(hit_terms(query, [hit(snippet=s) for s in snippets])) == sorted(terms)


@pytest.mark.parametrize("query", ['"', "AND (", "*", "NEAR(", "医保 OR"])
def test_odd_queries_never_crash(qtbot, library, query):
    dialog = SearchDialog(library, {}, "")
    qtbot.addWidget(dialog)
    dialog.query.setText(query)
    dialog.run_search()
    assert dialog.model.rowCount() >= 0
