"""Anchoring notes on passages: exact first, then fuzzy, never a wrong place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.store.anchors import CONTEXT, Anchor, anchor, locate

TEXT = (
    "东阿县高度重视“治重化积”专项工作，围绕“减存、控增、提质、防变”目标，聚焦“三有设定”，"
    "聚力“一个闭环”，以严实作风、用过硬办法，全力促成案结事了，有力推动了全县信访形势持续平稳。"
)


@pytest.mark.parametrize(
    "quote, start, expected_start",
    [
        ("三有设定", None, TEXT.index("三有设定")),
        ("“", None, TEXT.index("“")),
        ("“", 40, min((i for i, ch in enumerate(TEXT) if ch == "“"), key=lambda i: abs(i - 40))),
        ("信访形势", 0, TEXT.index("信访形势")),
    ],
)
def test_anchor_finds_the_nearest_occurrence(quote, start, expected_start):
    found = anchor(TEXT, quote, start)
    assert found.start == expected_start
    assert TEXT[found.start : found.end] == quote
    assert found.prefix == TEXT[max(0, found.start - CONTEXT) : found.start]
    assert found.suffix == TEXT[found.end : found.end + CONTEXT]


@pytest.mark.parametrize("quote", ["不在文中", "", "三有 设定"])
def test_anchor_of_a_missing_quote_is_none(quote):
    assert anchor(TEXT, quote) is None


def _moved(new_text: str, quote: str) -> Anchor | None:
    return locate(new_text, anchor(TEXT, quote))


@pytest.mark.parametrize(
    "new_text, quote, expected",
    [
        # unchanged text, and text with an insertion before the quote
        (TEXT, "全力促成案结事了", "全力促成案结事了"),
        ("本报讯 " + TEXT, "全力促成案结事了", "全力促成案结事了"),
        # the quote itself edited a little: fuzzy match keeps it near
        (
            TEXT.replace("全力促成案结事了", "全力推动案结事了"),
            "全力促成案结事了",
            "全力推动案结事了",
        ),
        (
            TEXT.replace("有力推动了全县信访形势持续平稳", "有力推动全县信访形势持续平稳"),
            "有力推动了全县信访形势持续平稳",
            "有力推动全县信访形势持续平稳",
        ),
    ],
)
def test_locate_follows_the_quote(new_text, quote, expected):
    found = _moved(new_text, quote)
    assert found is not None
    assert new_text[found.start : found.end] == found.quote
    assert (
        found.quote.strip("，。") == expected or expected in found.quote or found.quote in expected
    )


def test_locate_prefers_the_occurrence_whose_context_fits():
    text = "甲地开展信访工作。乙地开展信访工作。"
    second = anchor(text, "信访工作", start=text.rindex("信访工作"))
    again = locate("前言。" + text, second)
    assert again.start == len("前言。") + text.rindex("信访工作")


@pytest.mark.parametrize("new_text", ["", "完全无关的一段文字，讲的是别的事情。", TEXT[:20]])
def test_locate_gives_up_rather_than_guess(new_text):
    assert _moved(new_text, "全力促成案结事了，有力推动了全县信访形势") is None


def test_short_quotes_are_never_matched_fuzzily():
    assert _moved(TEXT.replace("三有设定", "三项设定"), "三有设定") is None


@given(st.text(min_size=0, max_size=80), st.integers(0, 79), st.integers(1, 12))
def test_locate_in_the_same_text_returns_the_same_place(text, start, size):
    quote = text[start : start + size]
    if not quote:
        return
    first = anchor(text, quote, start)
    again = locate(text, first)
    assert (again.start, again.end, again.quote) == (first.start, first.end, first.quote)
