"""The library subcommands, run through `reader.cli.main` against a library in tmp_path."""

from __future__ import annotations

import csv
import io
import json
import shutil

import pytest

from reader.cli import main
from tests.store.helpers import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("READER_DB", raising=False)
    return str(tmp_path / "library.sqlite3")


@pytest.fixture
def imported(db, capsys):
    assert main(["--db", db, "import", str(SEEDS)]) == 0
    capsys.readouterr()
    return db


def _json(capsys, argv):
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def _first_article(db, capsys):
    rows = _json(capsys, ["list", "--db", db, "--json"])
    assert rows, "the parser gives no articles"
    return rows[0]


def test_import_reports_and_is_idempotent(db, capsys):
    assert main(["import", "--db", db, str(SEEDS)]) == 0
    first = capsys.readouterr().out
    assert f"{len(SEED_FILES)} added" in first
    assert main(["--db", db, "import", *map(str, SEED_FILES)]) == 0
    assert f"{len(SEED_FILES)} unchanged" in capsys.readouterr().out


def test_a_bad_file_is_one_line_and_exit_3(db, tmp_path, capsys):
    """A page that failed to import is a runtime failure (3, docs/DESIGN.md); the rest is kept."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.7")
    shutil.copy(SEED_FILES[0], tmp_path / "good.txt")
    assert main(["--db", db, "import", str(tmp_path / "good.txt"), str(bad)]) == 3
    captured = capsys.readouterr()
    [line] = [line for line in captured.err.splitlines() if "bad.txt" in line]
    assert line.startswith("reader: ") and "PDF" in line
    assert "1 added" in captured.out and "1 failed" in captured.out


def test_db_from_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("READER_DB", str(tmp_path / "env.sqlite3"))
    assert main(["import", str(SEED_FILES[0])]) == 0
    assert (tmp_path / "env.sqlite3").exists()


def test_list_show_tag_untag_note(imported, capsys):
    first = _first_article(imported, capsys)
    assert main(["list", "--db", imported]) == 0
    assert first["id"] in capsys.readouterr().out
    assert main(["tag", "--db", imported, first["id"], "信访", "重点"]) == 0
    assert "信访, 重点" in capsys.readouterr().out
    tagged = _json(capsys, ["list", "--db", imported, "--tag", "重点", "--json"])
    assert [row["id"] for row in tagged] == [first["id"]]
    assert main(["untag", "--db", imported, first["id"], "重点"]) == 0
    capsys.readouterr()
    detail = _json(capsys, ["show", "--db", imported, first["id"], "--json"])
    quote = max(detail["text"].split("\n"), key=len)[:12]
    assert main(["note", "--db", imported, first["id"], "我的笔记", "--quote", quote]) == 0
    assert "note 1 added" in capsys.readouterr().out
    assert main(["show", "--db", imported, first["id"]]) == 0
    shown = capsys.readouterr().out
    assert "我的笔记" in shown and quote in shown and "tags: 信访" in shown


def test_list_by_county(imported, capsys):
    rows = _json(capsys, ["list", "--db", imported, "--json"])
    for county in {row["county"] for row in rows if row["county"]}:
        got = _json(capsys, ["list", "--db", imported, "--county", county, "--json"])
        assert got == [row for row in rows if row["county"] == county]
    city_wide = _json(capsys, ["list", "--db", imported, "--county", "none", "--json"])
    assert city_wide == [row for row in rows if row["county"] is None]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["show", "nope"], "no article with id 'nope'"),
        (["tag", "nope", "x"], "no article with id 'nope'"),
        (["untag", "nope", "x"], "no article with id 'nope'"),
        (["note", "nope", "text"], "no article with id 'nope'"),
        (["export", "--format", "json", "--article", "nope"], "no article with id 'nope'"),
        (["list", "--county", "火星县"], "no county"),
    ],
)
def test_errors_are_one_line_and_exit_2(imported, capsys, argv, message):
    assert main([argv[0], "--db", imported, *argv[1:]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("reader: ") and message in err


def test_a_quote_not_in_the_article(imported, capsys):
    first = _first_article(imported, capsys)
    assert main(["note", "--db", imported, first["id"], "x", "--quote", "不可能出现的话"]) == 2
    assert "not in article" in capsys.readouterr().err


@pytest.mark.parametrize("query", ["信访", "供热", "乡村振兴", '"', "AND ("])
def test_search(imported, capsys, query):
    """Exit 0 with hits, 1 (found nothing, docs/DESIGN.md) without, in both outputs."""
    code = main(["search", "--db", imported, query, "--json"])
    hits = json.loads(capsys.readouterr().out)
    assert code == (0 if hits else 1)
    assert all({"article_id", "title", "snippet", "rank"} <= set(hit) for hit in hits)
    assert main(["search", "--db", imported, query]) == (0 if hits else 1)
    out = capsys.readouterr().out
    assert all(hit["article_id"] in out for hit in hits)
    assert "<b>" not in out


def test_export_to_a_file_in_every_format(imported, tmp_path, capsys):
    first = _first_article(imported, capsys)
    main(["tag", "--db", imported, first["id"], "导出"])
    main(["note", "--db", imported, first["id"], "导出的笔记"])
    capsys.readouterr()
    for fmt in ("md", "csv", "json"):
        out = tmp_path / f"notes.{fmt}"
        assert main(["export", "--db", imported, "--format", fmt, "-o", str(out)]) == 0
        assert "导出的笔记" in out.read_text(encoding="utf-8-sig")
    rows = list(
        csv.DictReader(
            io.StringIO((tmp_path / "notes.csv").read_text(encoding="utf-8-sig"), newline="")
        )
    )
    assert [(r["article_id"], r["note"], r["article_tags"]) for r in rows] == [
        (first["id"], "导出的笔记", "导出")
    ]
    assert (tmp_path / "notes.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    data = _json(capsys, ["export", "--db", imported, "--format", "json", "--tag", "导出"])
    assert [n["note"] for n in data["notes"]] == ["导出的笔记"]
    assert main(["export", "--db", imported, "--format", "md", "--article", first["id"]]) == 0
    assert "导出的笔记" in capsys.readouterr().out


def test_tags_command(imported, capsys):
    first = _first_article(imported, capsys)
    main(["tag", "--db", imported, first["id"], "甲", "乙"])
    capsys.readouterr()
    assert main(["tags", "--db", imported]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "乙  1 article  0 notes",
        "甲  1 article  0 notes",
    ]


def test_tags_rename_merge_and_delete(db, capsys):
    assert main(["import", "--db", db, str(SEEDS)]) == 0
    capsys.readouterr()
    first = _first_article(db, capsys)["id"]
    assert main(["tag", "--db", db, first, "信访", "稳定", "临时"]) == 0
    assert main(["tags", "--db", db, "--rename", "信访", "信访工作"]) == 0
    assert main(["tags", "--db", db, "--rename", "稳定", "信访工作"]) == 0  # merge
    assert main(["tags", "--db", db, "--delete", "临时"]) == 0
    capsys.readouterr()
    assert main(["tags", "--db", db]) == 0
    assert capsys.readouterr().out.splitlines() == ["信访工作  1 article  0 notes"]
    assert main(["tags", "--db", db, "--delete", "没有这个标签"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and len(err.strip().splitlines()) == 1


def test_notes_take_tags_too(db, capsys):
    assert main(["import", "--db", db, str(SEEDS)]) == 0
    capsys.readouterr()
    first = _first_article(db, capsys)["id"]
    assert main(["note", "--db", db, first, "值得跟进"]) == 0
    note_id = capsys.readouterr().out.split()[1]
    assert main(["tag", "--db", db, "--note", note_id, "跟进", "重点"]) == 0
    assert capsys.readouterr().out.strip() == f"note {note_id}: 跟进, 重点"
    assert main(["untag", "--db", db, "--note", note_id, "重点"]) == 0
    assert capsys.readouterr().out.strip() == f"note {note_id}: 跟进"
    assert main(["tag", "--db", db, "--note", "abc", "x"]) == 2
    assert "not a note number" in capsys.readouterr().err
