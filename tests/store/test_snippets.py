"""A snippet made from a packed text, inflated only in part, is the snippet of the whole text."""

from __future__ import annotations

import zlib

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.store import packing
from reader.store.snippets import hit_pattern, packed_snippet, snippet

# pieces of a text: Chinese words, ASCII in both cases, what HTML escapes, line breaks
PIECES = ["信访", "信访局", "供热", "工作", "发展", "的", "。", "COVID", "covid", "a<b", "&", "\n"]
# long fillers push the first hit past the first bytes inflated, or past a later step
FILLERS = ["甲" * 40, "乙丙" * 150, "x" * 700, "丁" * 1000]
# a long term holding a shorter one: cut off after the shorter one, it would hide its start
LONG_TERM = "甲乙" * 60 + "信访" + "甲乙" * 60


# terms longer than the window too (an English query word can be): the first hit must not
# be taken before the text inflated shows whether a longer term begins earlier
TERMS = [*PIECES[:-1], "甲乙", "丁丁", "x" * 120, LONG_TERM]


def _texts():
    return st.lists(st.sampled_from([*PIECES, *FILLERS, LONG_TERM]), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
# the first bytes inflated end inside LONG_TERM, after the 信访 it holds
@example(text="乙丙" * 300 + "甲" * 220 + LONG_TERM, terms=["信访", LONG_TERM])
@given(text=_texts(), terms=st.lists(st.sampled_from(TERMS), max_size=3))
def test_a_packed_snippet_is_the_snippet_of_the_whole_text(text, terms):
    pattern = hit_pattern(terms)
    if pattern is None:
        return
    found, inflated = packed_snippet(packing.pack(text), pattern)
    assert found == snippet(text, terms)
    assert text.startswith(inflated)
    if found is None:
        assert inflated == text


def test_a_hit_near_the_start_inflates_only_the_opening():
    text = "开头说信访工作。" + "后文" * 20_000
    found, inflated = packed_snippet(packing.pack(text), hit_pattern(["信访"]))
    assert found is not None and "<b>信访</b>" in found and found.endswith("…")
    assert len(inflated) < len(text) // 10


def test_a_damaged_blob_ends_without_a_snippet():
    blob = packing.pack("信访" + "文字" * 5000)[:-40]
    found, inflated = packed_snippet(blob, hit_pattern(["供热"]))
    assert found is None and inflated.startswith("信访")


def test_an_empty_text_has_no_snippet():
    assert packed_snippet(b"", hit_pattern(["信访"])) == (None, "")
    assert packed_snippet(zlib.compress(b""), hit_pattern(["信访"])) == (None, "")
