"""The PDF engine on every page of the committed corpus: real PDFs, real PDFium.

Every printed character is in the text rendering once; every line of it lands in exactly one
article or the leftovers; the articles are the gold's (boundaries and headlines); the regions
lie on the page and cover their article's lines.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from tests.ingest.accounting import assert_every_line_once
from tests.ingest.pdf.corpus import PDFS, every_page, gold, pages, sheets
from tests.layouts.score import matched, score_page

PAGES = every_page()


def _ids(case) -> str:
    pdf, k = case
    return f"{pdf.stem}-{k + 1}"


def _ink(text: str) -> Counter:
    return Counter(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.stem)
def test_one_page_per_printed_page_numbered_from_one(pdf):
    got = pages(pdf)
    assert [p.number for p in got] == list(range(1, len(sheets(pdf)) + 1))
    assert all(p.page.file == pdf.name and p.width > 0 and p.height > 0 for p in got)


@pytest.mark.parametrize("case", PAGES, ids=_ids)
def test_every_line_lands_once(case):
    pdf, k = case
    page = pages(pdf)[k]
    assert_every_line_once(page.page, page.text)


@pytest.mark.parametrize("case", PAGES, ids=_ids)
def test_the_text_holds_every_printed_character_once(case):
    pdf, k = case
    sheet = sheets(pdf)[k]
    printed = [*sheet.furniture]
    for story in sheet.stories:
        printed += [text for _, text in story.heads] + [text for _, text in story.blocks]
        printed += [story.byline_line or "", story.credit or ""]
    assert _ink(pages(pdf)[k].text) == _ink("".join(printed))


@pytest.mark.parametrize("case", PAGES, ids=_ids)
def test_articles_and_headlines_are_the_gold(case):
    pdf, k = case
    page = pages(pdf)[k]
    expected = gold(pdf, k + 1)
    parsed = page.page.to_dict()
    scores = score_page(parsed, expected, page.text)
    assert (scores["f1"], scores["head"]) == (1.0, 1.0), scores["misses"]
    assert (scores["byline"], scores["paras"]) == (1.0, 1.0)
    for want, got in matched(parsed, expected):
        heads = [b["text"] for b in got["body"] if b["type"] == "heading"]
        assert heads == want["section_heads"]


@pytest.mark.parametrize("case", PAGES, ids=_ids)
def test_regions_lie_on_the_page_around_their_lines(case):
    pdf, k = case
    page = pages(pdf)[k]
    assert set(page.regions) == {a.id for a in page.page.articles}
    lines = page.text.splitlines()
    for article in page.page.articles:
        boxes = page.regions[article.id]
        assert boxes and all(
            0 <= x0 < x1 <= page.width and 0 <= top < bottom <= page.height
            for x0, top, x1, bottom in boxes
        )
        owned = sum(hi - lo + 1 for lo, hi in article.source_lines)
        assert owned == sum(1 for lo, hi in article.source_lines for _ in lines[lo - 1 : hi])


def test_letter_spaced_lines_join_without_spaces():
    """03_below sets its bylines with 0.3 em tracking, 07_wide its date strip with 0.4 em."""
    below = next(p for p in PDFS if p.stem == "03_below")
    wide = next(p for p in PDFS if p.stem == "07_wide")
    text = pages(below)[0].text.splitlines()
    assert "□记者 孙伟 通讯员 张慧敏 报道" in text
    assert "星期五" in pages(wide)[0].text.splitlines()
    bylines = [a.byline for a in pages(below)[0].page.articles]
    assert "记者 孙伟 通讯员 张慧敏" in bylines


def test_a_story_run_over_two_pages_is_marked_on_both():
    front = next(p for p in PDFS if p.stem == "01_front")
    first, second = pages(front)
    sent = [a for a in first.page.articles if a.continued == "next"]
    brought = [a for a in second.page.articles if a.continued == "previous"]
    assert [a.title for a in sent] == [a.title for a in brought] == ["莘县新建高标准农田27.96万亩"]
    assert sent[0].id != brought[0].id  # marked, not merged
    jumps = {item.text for item in first.page.leftover + second.page.leftover}
    assert {"（下转第2版）", "（上接第1版）"} <= jumps


def test_furniture_and_captions_keep_the_text_paths_fields():
    front = next(p for p in PDFS if p.stem == "01_front")
    page = pages(front)[0].page
    leftover = [item.text for item in page.leftover]
    assert leftover[:4] == ["2024年5月9日", "星期四", "县域新闻", "第1版"]
    assert "责任编辑 刘 畅" in leftover and "美术编辑 王 蕾" in leftover
    (photo,) = [a for a in page.articles if a.kind == "photo"]
    assert photo.title is None and photo.byline == "记者 高原" and photo.county == "东阿县"
    lead = page.articles[0]
    assert (lead.kicker, lead.subtitle) == (
        "聚焦粮食安全 夯实增产根基",
        "——项目区灌溉保证率达到98%",
    )
    assert {f.text for f in lead.figures} >= {"27.96万亩", "1.2亿元", "98%"}
