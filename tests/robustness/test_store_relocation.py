"""Re-import never moves a note into another story, never rewrites the user's quote, and
says what it did; an edited page reached by another path spelling replaces its old copy.

The county pages are built here: two county articles whose sentences differ only in their
numbers (东阿县 and 阳谷县), then the page again without 东阿's article.
"""

from __future__ import annotations

import shutil

from reader.importing import import_paths
from reader.store import Library, Relocation, Scope
from tests.store.helpers import SEEDS, article, store_page

DONGE_QUOTE = "全县10个乡镇全部完成化解任务，群众满意率达到98%"
DONGE = (
    f"本报东阿讯 今年以来，东阿县扎实开展信访积案化解攻坚行动，{DONGE_QUOTE}。下一步将巩固成果。"
)
YANGGU = (
    "本报阳谷讯 今年以来，阳谷县扎实开展信访积案化解攻坚行动，"
    "全县18个乡镇全部完成化解任务，群众满意率达到95%。下一步将巩固成果。"
)
HEATING = "本报讯 城区集中供热今起试运行，供热公司保障居民温暖过冬。"


def _page(with_donge: bool):
    articles = [article("yg", "阳谷县化解信访积案", YANGGU, "阳谷县", 1)]
    articles.append(article("heat", "集中供热试运行", HEATING, None, 2))
    if with_donge:
        articles.insert(0, article("da", "东阿县化解信访积案", DONGE, "东阿县", 0))
    return articles


def test_a_note_never_moves_to_the_neighbouring_county(tmp_path):
    with Library(tmp_path / "library.sqlite3") as library:
        store_page(library, tmp_path / "page.txt", _page(with_donge=True))
        long_note = library.add_note("da", "东阿的数字", quote=DONGE_QUOTE)
        short_note = library.add_note("da", "群众二字", quote="群众")
        outcome = store_page(library, tmp_path / "page.txt", _page(with_donge=False))
        for note_id in (long_note.id, short_note.id):
            kept = library.note(note_id)
            assert kept.orphaned and kept.article_id is None
        assert library.note(long_note.id).quote == DONGE_QUOTE
        assert library.notes("yg") == [] and library.notes("heat") == []
        assert outcome.orphaned_notes == 2
        assert sorted(outcome.relocations, key=lambda r: r.note_id) == [
            Relocation(long_note.id, "da", None, "orphaned"),
            Relocation(short_note.id, "da", None, "orphaned"),
        ]


def test_a_changed_passage_keeps_the_users_quote_beside_the_new_anchor(tmp_path):
    with Library(tmp_path / "library.sqlite3") as library:
        store_page(library, tmp_path / "page.txt", _page(with_donge=True))
        note = library.add_note("da", "东阿的数字", quote=DONGE_QUOTE)
        edited = _page(with_donge=True)
        edited[0] = article("da2", "东阿县化解信访积案", DONGE.replace("98%", "99%"), "东阿县", 0)
        outcome = store_page(library, tmp_path / "page.txt", edited)
        moved = library.note(note.id)
        assert moved.article_id == "da2" and moved.quote == DONGE_QUOTE
        assert moved.anchor_quote == DONGE_QUOTE.replace("98%", "99%") and moved.relocated
        assert library.article("da2").text[moved.start : moved.end] == moved.anchor_quote
        assert outcome.relocations == [Relocation(note.id, "da", "da2", "similar")]


def test_an_edited_page_under_another_path_spelling_is_the_same_page(tmp_path, monkeypatch):
    pages = tmp_path / "pagesB"
    pages.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, pages / seed.name)
    monkeypatch.chdir(tmp_path)
    with Library(tmp_path / "library.sqlite3") as library:
        first = import_paths(library, ["pagesB"])
        assert first.ok and [o.status for o in first.imported] == ["added", "added"]
        before = library.count_articles()
        edited = pages / first.imported[0].name
        article_id = library.article_rows(Scope(file_id=first.imported[0].file_id))[0].id
        library.tag_article(article_id, "跟进")
        note = library.add_note(article_id, "记下")
        with edited.open("a", encoding="utf-8") as page:
            page.write("\n本报讯 一行新加的文字。\n")
        monkeypatch.chdir(pages)
        again = import_paths(library, ["."])
        assert again.ok
        assert sorted(o.status for o in again.imported) == ["replaced", "unchanged"]
        assert len(library.files()) == 2
        assert library.count_articles() <= before + 1
        assert library.note(note.id).article_id is not None
        assert library.count_articles(Scope(tag="跟进")) == 1
        assert {f.path for f in library.files()} == {str(p.resolve()) for p in pages.iterdir()}
