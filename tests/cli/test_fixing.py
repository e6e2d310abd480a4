"""`reader fix` (issue 12), through `reader.cli.main` on a real library: corrections (merge,
split, county, kind, a headline moved, a byline line sent to the leftovers) are kept across a
re-import of the page re-wrapped at another width, with the tags and notes where the user left
them and `corrected` in every export; a correction whose lines vanished is listed as stale,
never lost; `list --to-check` keeps the corrected and the doubtful."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.cli.conftest import run
from tests.ingest.rewrap import rewrap
from tests.store.helpers import SEEDS

PAGE = SEEDS / "000_4238dc173f1c1006.txt"


@pytest.fixture
def page(tmp_path, monkeypatch):
    monkeypatch.delenv("READER_DB", raising=False)
    path = tmp_path / "page.txt"
    path.write_text(PAGE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def cli(capsys, db, *argv) -> tuple[int, str]:
    code, out, err = run(capsys, *argv, "--db", db)
    assert code in (0, 1), err
    return code, out


def articles(capsys, db) -> list[dict]:
    return json.loads(cli(capsys, db, "list", "--json")[1])


def shown(capsys, db, article_id) -> dict:
    return json.loads(cli(capsys, db, "show", article_id, "--json")[1])


def corrections(capsys, db) -> list[dict]:
    return json.loads(run(capsys, "fix", "list", "--json", "--db", db)[1])


def test_corrections_tags_and_notes_survive_a_rewrapped_reimport(page, tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    first, second, third, fourth, fifth, sixth = (row["id"] for row in articles(capsys, db)[:6])
    passage = shown(capsys, db, fourth)["body"][2]["text"][:16]
    cli(capsys, db, "tag", second, "乙")
    cli(capsys, db, "note", fourth, "第三段", "--quote", passage)

    cli(capsys, db, "fix", "merge", first, second)
    cli(capsys, db, "fix", "split", fourth, "--before-paragraph", "3")
    cli(capsys, db, "fix", "county", third, "东阿县")
    cli(capsys, db, "fix", "kind", first, "brief")
    moved = shown(capsys, db, sixth)["title"]
    cli(capsys, db, "fix", "headline", fifth, "--line", headline_line(capsys, db, sixth))
    byline = next(n for n, text in shown(capsys, db, third)["raw_lines"] if "□" in text)
    cli(capsys, db, "fix", "leftover", third, "--line", byline)  # furniture, in no article
    part = _part_after(capsys, db, fourth)
    cli(capsys, db, "tag", part, "丙")
    cli(capsys, db, "tag", fifth, "丁")
    before = _state(capsys, db, first, third, fourth, part, fifth, sixth)

    page.write_text(rewrap(PAGE.read_text(encoding="utf-8"), 17), encoding="utf-8")
    assert page.read_text(encoding="utf-8") != PAGE.read_text(encoding="utf-8")
    cli(capsys, db, "import", page)

    assert _state(capsys, db, first, third, fourth, part, fifth, sixth) == before
    assert [c["status"] for c in corrections(capsys, db)] == ["applied"] * 6
    assert second not in {row["id"] for row in articles(capsys, db)}
    merged = shown(capsys, db, first)
    assert merged["corrected"] and merged["kind"] == "brief" and "乙" in merged["tags"]
    assert shown(capsys, db, third)["county"] == "东阿县"
    assert shown(capsys, db, third)["byline"] is None
    assert (shown(capsys, db, fifth)["title"], shown(capsys, db, sixth)["title"]) == (moved, None)
    assert "丁" in shown(capsys, db, fifth)["tags"]
    [note] = shown(capsys, db, part)["notes"]
    assert (note["quote"], note["article_id"]) == (passage, part)
    untouched = articles(capsys, db)[-1]["id"]
    cli(capsys, db, "tag", untouched, "戊")
    for flags in exported_flags(capsys, db).values():
        assert (flags[first], flags[fifth], flags[untouched]) == (True, True, False)


def exported_flags(capsys, db) -> dict[str, dict[str, bool]]:
    """{format: {article id: its `corrected` flag}} in each export format."""
    data = json.loads(cli(capsys, db, "export", "--format", "json")[1])
    rows = csv.DictReader(io.StringIO(cli(capsys, db, "export", "--format", "csv")[1][1:]))
    markdown = cli(capsys, db, "export", "--format", "md")[1]
    sections = re.findall(r"- Article: `(\w+)`\n- Corrected: (true|false)", markdown)
    return {
        "json": {a["id"]: a["corrected"] for a in data["articles"]},
        "csv": {r["article_id"]: r["corrected"] == "1" for r in rows if r["article_id"]},
        "md": {article_id: flag == "true" for article_id, flag in sections},
    }


def headline_line(capsys, db, article_id) -> int:
    """The page line the article's title was read from."""
    article = shown(capsys, db, article_id)
    title = "".join(article["title"].split())
    return next(n for n, text in article["raw_lines"] if "".join(text.split()) == title)


def _part_after(capsys, db, article_id) -> str:
    ids = [row["id"] for row in articles(capsys, db)]
    return ids[ids.index(article_id) + 1]


def _state(capsys, db, *ids) -> dict:
    """What the user sees of these articles: title, text, county, kind, tags, notes'
    passages."""
    state = {}
    for article_id in ids:
        article = shown(capsys, db, article_id)
        notes = [(n["text"], article["text"][n["start"] : n["end"]]) for n in article["notes"]]
        state[article_id] = (
            article["title"],
            "".join(article["text"].split()),
            article["county"],
            article["kind"],
            article["tags"],
            notes,
            article["corrected"],
        )
    return state


def test_a_correction_whose_lines_vanished_is_listed_as_stale(page, tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    rows = articles(capsys, db)
    cli(capsys, db, "fix", "kind", rows[0]["id"], "photo")
    cli(capsys, db, "fix", "county", rows[2]["id"], "none")
    gone = shown(capsys, db, rows[0]["id"])["raw_lines"]
    lines = PAGE.read_text(encoding="utf-8").splitlines()
    dropped = {number for number, _text in gone}
    page.write_text("\n".join(t for n, t in enumerate(lines, 1) if n not in dropped) + "\n")
    code, out, _err = run(capsys, "import", page, "--db", db)
    assert code == 0
    assert [c["status"] for c in corrections(capsys, db)] == ["stale", "applied"]
    code, out, _err = run(capsys, "fix", "list", "--db", db)
    assert code == 0 and "stale" in out and "applied" in out


def test_undo_removes_the_newest_correction_and_reapplies_the_rest(page, tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    rows = articles(capsys, db)
    cli(capsys, db, "fix", "merge", rows[0]["id"], rows[1]["id"])
    cli(capsys, db, "fix", "kind", rows[2]["id"], "photo")
    assert run(capsys, "fix", "undo", "--db", db)[0] == 0
    assert [c["kind"] for c in corrections(capsys, db)] == ["merge"]
    assert shown(capsys, db, rows[2]["id"])["kind"] != "photo"
    assert len(articles(capsys, db)) == len(rows) - 1
    assert run(capsys, "fix", "undo", "--db", db)[0] == 0
    assert len(articles(capsys, db)) == len(rows)
    assert run(capsys, "fix", "undo", "--db", db)[0] == 1
    assert run(capsys, "fix", "list", "--db", db)[0] == 1


@pytest.mark.parametrize(
    "argv",
    [
        ("merge", 0, 2),  # not neighbours
        ("merge", 0, 0),
        ("split", 0, "--before-paragraph", "1"),
        ("split", 0, "--before-paragraph", "99"),
        ("county", 0, "没有这个县"),
        ("kind", 0, "poem"),
        ("merge", "nosuchid", 0),
        ("headline", 0, "--line", "9999"),
        ("headline", 0, "--swap", 0),
        ("headline", 0),  # no line, no swap
        ("take", 0, "--line", "1"),  # not a leftover: article 0's byline
        ("leftover", 1, "--line", "1"),  # not in article 1
        ("split", 0, "--before-paragraph", "2", "--headline-line", "0"),
    ],
)
def test_a_correction_that_cannot_be_made_exits_2_and_changes_nothing(page, tmp_path, capsys, argv):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    ids = [row["id"] for row in articles(capsys, db)]
    words = [ids[w] if isinstance(w, int) else w for w in argv]
    code, _out, err = run(capsys, "fix", *words, "--db", db)
    assert code == 2 and err.splitlines()[-1].startswith("reader")  # one line, no traceback
    assert run(capsys, "fix", "list", "--db", db)[0] == 1


def test_list_to_check_shows_the_corrected_and_the_doubtful_headlines(page, tmp_path, capsys):
    from reader.store.scope import CHECK_BELOW

    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    rows = articles(capsys, db)
    cli(capsys, db, "fix", "county", rows[1]["id"], "none")
    details = [shown(capsys, db, row["id"]) for row in rows]
    expected = {
        a["id"]
        for a in details
        if a["corrected"] or (a["kind"] != "photo" and a["headline_confidence"] < CHECK_BELOW)
    }
    code, out = cli(capsys, db, "list", "--to-check", "--json")
    assert code == 0 and rows[1]["id"] in expected
    assert {row["id"] for row in json.loads(out)} == expected != {row["id"] for row in rows}
