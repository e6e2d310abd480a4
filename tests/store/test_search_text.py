"""Query building and snippet display: pure helpers of reader.store.search."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.store.search import match_expression, snippet

PHRASE = "{title body notes people} : "


@pytest.mark.parametrize(
    "query, expected",
    [
        ("信访", '"信访"'),
        ("  供热 ", '"供热"'),
        ("信访 供热", '"信访" AND "供热"'),
        ("东昌府区", '"东昌府区"'),
        ("乡村振兴", PHRASE + '"乡村" + "振兴"'),
        ('"', None),
        ("AND (", '"AND"'),
        ("", None),
        ("，。！", None),
        ('a"b', PHRASE + '"a" + "b"'),
        ("NEAR(x y)", PHRASE + '"NEAR" + "x" AND "y"'),
    ],
)
def test_match_expression_quotes_every_token(query, expected):
    assert match_expression(query) == expected


def test_a_word_jieba_splits_becomes_a_phrase():
    expression = match_expression("治重化积")
    assert expression.startswith(PHRASE)
    assert " + " in expression


@pytest.mark.parametrize(
    "text, terms, shown",
    [
        ("全县信访形势持续平稳", ["信访"], "全县<b>信访</b>形势持续平稳"),
        ("推进乡村振兴战略", ["乡村", "振兴"], "推进<b>乡村振兴</b>战略"),
        ("COVID 19 与 covid", ["covid"], "<b>COVID</b> 19 与 <b>covid</b>"),
        ("a < b & c", ["c"], "a &lt; b &amp; <b>c</b>"),
        ("第一段\n第二段信访", ["信访"], "第一段 第二段<b>信访</b>"),
        (
            "甲" * 100 + "信访" + "乙" * 100,
            ["信访"],
            "…" + "甲" * 24 + "<b>信访</b>" + "乙" * 64 + "…",
        ),
        ("没有命中", ["信访"], None),
        ("没有词", [], None),
    ],
)
def test_snippet(text, terms, shown):
    assert snippet(text, terms) == shown


@pytest.fixture(scope="module")
def fts():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE search USING fts5(title, body, notes, people, extra, content='')"
    )
    conn.execute("INSERT INTO search VALUES ('标题', '全县 信访 形势 and or not', '', '胡 磊', '')")
    yield conn
    conn.close()


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("\"()*:^+-{} ANDORNEAR信访，。'\\x")), max_size=20)
    | st.text(max_size=20)
    | st.lists(st.sampled_from(["byline:", "title:", "Title:", ":", "信访", '"', " ", "*"])).map(
        "".join
    )
)
def test_no_query_text_breaks_fts5(fts, query):
    expression = match_expression(query)
    if expression is not None:
        fts.execute("SELECT rowid FROM search WHERE search MATCH ?", (expression,)).fetchall()
