"""Export of notes and tags: every format carries each note with its provenance."""

from __future__ import annotations

import csv
import io
import json

import pytest

from reader.store import LibraryError, Scope
from reader.store.relocate import KEPT_TAGS_TEXT
from tests.store.helpers import article, store_page

TEXT_A = "本报东阿讯 东阿县持续巩固提升信访积案化解成果，全县信访形势持续平稳。\n第二段，含有“引号”和逗号,以及换行。"  # noqa: E501
TEXT_B = "本报讯 城区集中供热今起试运行，供热公司保障群众温暖过冬。"


@pytest.fixture
def annotated(library, tmp_path):
    store_page(
        library,
        tmp_path / "page.txt",
        [
            article("a", "信访积案化解机制", TEXT_A, "东阿县", 0, byline="记者 胡磊"),
            article("b", "集中供热试运行", TEXT_B, None, 1, byline=None),
            article("c", "没有笔记的文章", "本报讯 无笔记。", "茌平区", 2),
        ],
    )
    library.tag_article("a", "信访", "民 生")
    library.tag_article("c", "存档")
    first = library.add_note("a", "积案清零\n第二行", quote="信访积案化解成果")
    library.tag_note(first.id, "重点")
    library.add_note("a", '含"引号",逗号', quote="“引号”和逗号,以及换行")
    library.add_note("b", "整篇笔记")
    return library


def _expected(library, no_quote=""):
    notes = [note for article_id in ("a", "b") for note in library.notes(article_id)]
    return [(n.id, n.article_id, n.text, n.quote or no_quote, n.tags) for n in notes]


def test_json_round_trips(annotated):
    data = json.loads(annotated.export_notes("json"))
    got = [
        (n["note_id"], n["article_id"], n["note"], n["quote"], n["note_tags"])
        for n in data["notes"]
    ]
    assert got == _expected(annotated, no_quote=None)  # null, as `reader show --json`
    first = data["notes"][0]
    assert (first["file"], first["headline"], first["byline"], first["county"]) == (
        "page.txt",
        "信访积案化解机制",
        "记者 胡磊",
        "东阿县",
    )
    assert first["article_tags"] == ["信访", "民 生"]
    assert [a["id"] for a in data["articles"]] == ["a", "b", "c"]


def test_csv_round_trips_with_a_bom(annotated):
    text = annotated.export_notes("csv")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text[1:], newline="")))
    got = [
        (
            int(r["note_id"]),
            r["article_id"],
            r["note"],
            r["quote"],
            [t for t in r["note_tags"].split("; ") if t],
        )
        for r in rows
        if r["note_id"]
    ]
    assert got == _expected(annotated)
    assert rows[0]["file"] == "page.txt" and rows[0]["byline"] == "记者 胡磊"
    assert rows[2]["county"] == "" and rows[0]["article_tags"] == "信访; 民 生"
    noteless = rows[-1]  # article c: a tag, no note, one row with an empty note (as md and json)
    assert (noteless["article_id"], noteless["note"], noteless["article_tags"]) == ("c", "", "存档")
    assert noteless["headline"] == "没有笔记的文章" and noteless["county"] == "茌平区"


def test_markdown_has_a_section_per_article_with_quotes(annotated):
    text = annotated.export_notes("md")
    assert text.count("\n## ") == 3
    assert "## 信访积案化解机制" in text and "- File: page.txt" in text
    assert "- County: 东阿县" in text and "#民-生" in text and "#重点" in text
    assert "> 信访积案化解成果" in text and "积案清零\n第二行" in text


@pytest.mark.parametrize(
    "filters, expected",
    [
        ({"article_id": "b"}, {"整篇笔记"}),
        ({"scope": Scope(city_wide=True)}, {"整篇笔记"}),
        ({"scope": Scope(county="东阿县")}, {"积案清零\n第二行", '含"引号",逗号'}),
        ({"scope": Scope(tag="重点")}, {"积案清零\n第二行"}),
        ({"scope": Scope(tag="信访")}, {"积案清零\n第二行", '含"引号",逗号'}),
        ({"scope": Scope(county="茌平区")}, set()),
    ],
)
def test_filters_agree_across_formats(annotated, filters, expected):
    as_json = {n["note"] for n in json.loads(annotated.export_notes("json", **filters))["notes"]}
    as_csv = {
        r["note"]
        for r in csv.DictReader(
            io.StringIO(annotated.export_notes("csv", **filters)[1:], newline="")
        )
        if r["note_id"]
    }
    markdown = annotated.export_notes("md", **filters)
    assert as_json == as_csv == expected
    assert all(note in markdown for note in expected)


def test_orphans_are_exported_with_their_provenance(annotated, tmp_path):
    store_page(annotated, tmp_path / "page.txt", [article("z", "新", "全新的内容。", None)])
    data = json.loads(annotated.export_notes("json"))
    orphans = [n for n in data["notes"] if n["orphaned"]]
    kept_tags = {n["note"]: n["note_tags"] for n in orphans if n["note"] == KEPT_TAGS_TEXT}
    assert {n["note"] for n in orphans} == {
        "积案清零\n第二行",
        '含"引号",逗号',
        "整篇笔记",
        KEPT_TAGS_TEXT,
    }
    assert kept_tags == {KEPT_TAGS_TEXT: ["存档"]}  # article c had a tag and no note
    assert {(n["file"], n["headline"]) for n in orphans} >= {
        ("page.txt", "信访积案化解机制"),
        ("page.txt", "没有笔记的文章"),
    }
    assert "## Orphaned notes" in annotated.export_notes("md")


def test_unknown_article_and_format(annotated):
    with pytest.raises(LibraryError, match="no article"):
        annotated.export_notes("json", article_id="nope")
    with pytest.raises(LibraryError, match="format"):
        annotated.export_notes("xlsx")


def test_markdown_keeps_markup_as_characters(library, tmp_path):
    hostile = "本报讯 页面里有<img src=x onerror=alert(1)>字样。"
    store_page(library, tmp_path / "hostile.txt", [article("h", "<a href=x>标题</a>", hostile)])
    library.add_note("h", "<script>笔记</script>", quote="<img src=x onerror=alert(1)>")
    markdown = library.export_notes("md")
    assert "<img" not in markdown and "<script>" not in markdown and "<a href" not in markdown
    assert "&lt;img src=x onerror=alert(1)&gt;" in markdown
    assert "&lt;script&gt;笔记&lt;/script&gt;" in markdown
