"""The reading pane's HTML, built without Qt: escaping, figure spans, values, marks."""

from __future__ import annotations

import html
from types import SimpleNamespace

import pytest

from reader.ui.render import (
    FIGURE_COLOURS,
    Labels,
    block_offsets,
    display_title,
    figure_tooltip,
    find_marks,
    format_value,
    render_article,
)


def article(body, figures=(), **fields):
    base = dict(
        kicker=None,
        title="标题",
        subtitle=None,
        byline=None,
        dateline=None,
        city="聊城市",
        county=None,
    )
    base.update(fields)
    blocks = [{"type": kind, "text": text} for kind, text in body]
    return SimpleNamespace(
        body=blocks, figures=list(figures), text="\n".join(b["text"] for b in blocks), **base
    )


@pytest.mark.parametrize(
    ("kind", "value", "shown"),
    [
        ("count", 279600, "279,600"),
        ("count", 279600.0, "279,600"),
        ("money", 240000, "240,000"),
        ("money", 2.5e8, "250,000,000"),
        ("percent", 12.5, "12.5%"),
        ("percent", 100, "100%"),
        ("other", 0.125, "0.125"),
        ("date", "2023-09-01", "2023-09-01"),
        ("count", None, ""),
    ],
)
def test_format_value(kind, value, shown):
    assert format_value(kind, value) == shown


def test_tooltip_names_kind_and_value():
    figure = {"text": "27.96万人次", "kind": "count", "value": 279600}
    assert figure_tooltip(figure, Labels()) == "count: 279,600"


@pytest.mark.parametrize(
    ("title", "text", "shown"),
    [
        ("题目", "正文", "题目"),
        (None, "11月8日，聊城市东昌府区斗虎屯镇北夏村村民", "11月8日，聊城市东昌府区斗虎屯…"),
        ("", "短", "短"),
        (None, "", "…"),
    ],
)
def test_display_title(title, text, shown):
    assert display_title(title, text) == shown


@pytest.mark.parametrize(
    ("text", "terms", "spans"),
    [
        ("医保医保帮扶", ["医保"], [(0, 4)]),
        ("医保帮扶", ["医保", "保帮"], [(0, 3)]),
        ("医保和医保", ["医保"], [(0, 2), (3, 5)]),
        ("医保帮扶", ["", " "], []),
        ("abc", ["x"], []),
    ],
)
def test_find_marks(text, terms, spans):
    assert find_marks(text, terms) == spans


def test_block_offsets_follow_joined_text():
    body = [{"text": "ab"}, {"text": ""}, {"text": "cde"}]
    assert block_offsets(body) == [0, 3, 4]


@pytest.mark.parametrize(
    "hostile",
    [
        "<img src=x onerror=alert(1)>",
        '<a href="http://example.com/">点我</a>',
        "<script>alert(1)</script>",
        '"><b>x</b>&amp;',
    ],
)
def test_every_field_is_escaped(hostile):
    doc = article(
        [("paragraph", f"前{hostile}后"), ("heading", hostile)],
        kicker=hostile,
        title=hostile,
        subtitle=hostile,
        byline=hostile,
        dateline=hostile,
        county=hostile,
    )
    markup = render_article(doc)
    assert (
        "<img" not in markup
        and "<script" not in markup
        and "href" not in markup.replace(html.escape("href"), "")
    )
    assert markup.count(html.escape(hostile)) >= 7


def test_figures_are_wrapped_with_kind_colour_and_value():
    doc = article(
        [("paragraph", "共有27.96万人次享受，报销24万元。")],
        figures=[
            {
                "text": "27.96万人次",
                "block": 0,
                "start": 2,
                "end": 10,
                "kind": "count",
                "value": 279600,
            },
            {
                "text": "24万元",
                "block": 0,
                "start": 15,
                "end": 19,
                "kind": "money",
                "value": 240000,
            },
        ],
    )
    markup = render_article(doc)
    assert (
        f'background-color:{FIGURE_COLOURS["count"]}" title="count: 279,600">27.96万人次<' in markup
    )
    assert 'title="money: 240,000">24万元<' in markup


def test_section_heads_are_set_apart():
    markup = render_article(article([("paragraph", "段落"), ("heading", "小标题")]))
    assert "<h3" in markup and "小标题</h3>" in markup


def test_notes_and_hits_are_marked():
    doc = article([("paragraph", "第一段文字"), ("paragraph", "第二段文字")])
    markup = render_article(doc, notes=[(6, 9)], marks=[(1, 2)])
    assert 'title="note">第二段<' in markup
    assert '<a name="hit0"></a>' in markup and "font-weight:bold" in markup


def test_tooltip_carries_the_ledgers_full_value_and_label():
    figure = {
        "text": "2.0689亿元",
        "kind": "money",
        "value": 206_890_000,
        "shown": "206,890,000 元",
        "label": "投入资金",
    }
    assert figure_tooltip(figure, Labels()) == "money: 206,890,000 元 · 投入资金"
    day = {"text": "3月5日", "kind": "date", "value": None, "shown": "2024-03-05"}
    assert figure_tooltip(day, Labels()) == "date: 2024-03-05"
