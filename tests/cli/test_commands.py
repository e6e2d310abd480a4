"""The command line as git and sqlite-utils users expect it (issue 16), through `reader.cli.main`:
id prefixes, help and typos, note editing, JSON and JSON lines, plurals, aligned columns and
the export's formats."""

from __future__ import annotations

import csv
import io
import json

import pytest

from reader.cli.dispatch import build_parser, command_names
from reader.cli.output import display_width, plural, table
from tests.cli.conftest import run
from tests.store.helpers import SEEDS


def ids(capsys, db) -> list[str]:
    return [row["id"] for row in json.loads(run(capsys, "list", "--db", db, "--json")[1])]


# -- ids as git takes them --------------------------------------------------------------------


def test_a_unique_prefix_works_everywhere_an_id_does(library, capsys, tmp_path):
    first = ids(capsys, library)[0]
    short = first[:8]
    assert run(capsys, "show", short, "--db", library)[0] == 0
    assert run(capsys, "tag", short, "甲", "--db", library)[1].startswith(f"{first}: 甲")
    assert run(capsys, "untag", short, "甲", "--db", library)[0] == 0
    assert run(capsys, "note", short, "看过", "--db", library)[1] == f"note 1 added to {first}\n"
    code, out, _ = run(capsys, "export", "--format", "json", "--article", short, "--db", library)
    assert code == 0 and json.loads(out)["articles"][0]["id"] == first
    assert run(capsys, "notes", "--article", short, "--db", library, "--json")[0] == 0


def test_an_ambiguous_prefix_lists_the_candidates(library, capsys):
    every = ids(capsys, library)
    start = next(a[0] for a in every if sum(b.startswith(a[0]) for b in every) > 1)
    code, _, err = run(capsys, "show", start, "--db", library)
    assert code == 2 and len(err.splitlines()) == 1 and "ambiguous" in err
    shown = [a for a in every if a.startswith(start)][:10]
    assert all(candidate in err for candidate in shown)


# -- help and typos ---------------------------------------------------------------------------


def test_version_and_help(capsys):
    code, out, _ = run(capsys, "-V")
    assert code == 0 and out.startswith("reader ")
    code, out, _ = run(capsys, "help", "note")
    assert code == 0 and "--attach N ID" in out and "--edit N TEXT" in out
    code, out, _ = run(capsys, "help")
    assert code == 0 and "exit codes" in out


@pytest.mark.parametrize("typo, meant", [("lst", "list"), ("serach", "search"), ("tga", "tag")])
def test_a_mistyped_command_gets_a_suggestion(capsys, typo, meant):
    code, out, err = run(capsys, "--db", "x.sqlite3", typo)
    assert code == 2 and out == ""
    assert err == f"reader: {typo!r} is not a reader command; did you mean `{meant}`?\n"


def test_every_command_and_positional_argument_is_explained():
    parser = build_parser()
    commands = {name: sub for name, sub in parser._subparsers._group_actions[0].choices.items()}
    assert set(command_names(parser)) >= {"import", "list", "show", "notes", "help", "window"}
    for name, sub in commands.items():
        assert sub.description, name
        for action in sub._actions:
            if not action.option_strings:
                assert action.help, f"{name} {action.metavar}"


# -- notes ------------------------------------------------------------------------------------


def test_edit_delete_and_refuse_empty_notes(library, capsys):
    first = ids(capsys, library)[0]
    run(capsys, "note", first, "第一稿", "--db", library)
    assert run(capsys, "note", "--edit", "1", "第二稿", "--db", library)[1] == "note 1 changed\n"
    [note] = json.loads(run(capsys, "notes", "--json", "--db", library)[1])
    assert note["note"] == "第二稿" and note["quote"] is None
    assert run(capsys, "note", "--edit", "1", " \n", "--db", library)[0] == 2
    assert run(capsys, "note", first, "", "--db", library)[0] == 2
    assert run(capsys, "note", "--delete", "1", "--db", library)[1] == "note 1 deleted\n"
    assert run(capsys, "notes", "--db", library)[0] == 1


def test_an_orphaned_note_is_listed_and_attached_again(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("READER_DB", raising=False)
    db, page = str(tmp_path / "library.sqlite3"), tmp_path / "page.txt"
    page.write_text((SEEDS / "000_4238dc173f1c1006.txt").read_text(encoding="utf-8-sig"))
    assert run(capsys, "import", page, "--db", db)[0] == 0
    first = ids(capsys, db)[0]
    run(capsys, "note", first, "跟进", "--db", db)
    page.write_text((SEEDS / "004_1a993628d7218c32.txt").read_text(encoding="utf-8-sig"))
    code, out, _ = run(capsys, "import", page, "--db", db)
    assert code == 0 and "1 note orphaned" in out
    code, out, _ = run(capsys, "notes", "--orphaned", "--db", db)
    assert code == 0 and out.startswith("1  (orphaned)") and "跟进" in out
    target = ids(capsys, db)[0]
    code, out, _ = run(capsys, "note", "--attach", "1", target[:6], "--db", db)
    assert (code, out) == (0, f"note 1 attached to {target}\n")
    assert run(capsys, "notes", "--orphaned", "--db", db)[0] == 1


# -- output -----------------------------------------------------------------------------------


def test_json_on_tags_and_import(library, capsys, tmp_path):
    code, out, _ = run(capsys, "import", "--json", SEEDS, "--db", library)
    report = json.loads(out)
    assert code == 0 and {f["status"] for f in report["files"]} == {"unchanged"}
    assert report["errors"] == [] and report["articles"] == len(ids(capsys, library))
    run(capsys, "tag", ids(capsys, library)[0], "甲", "--db", library)
    code, out, _ = run(capsys, "tags", "--json", "--db", library)
    assert (code, json.loads(out)) == (0, [{"name": "甲", "articles": 1, "notes": 0}])


@pytest.mark.parametrize(
    "argv",
    [["list"], ["search", "信访"], ["notes"]],
    ids=lambda argv: argv[0],
)
def test_nl_is_one_object_per_line_as_json_gives(library, capsys, argv):
    run(capsys, "note", ids(capsys, library)[0], "信访笔记", "--db", library)
    as_json = json.loads(run(capsys, *argv, "--json", "--db", library)[1])
    lines = run(capsys, *argv, "--nl", "--db", library)[1].splitlines()
    assert as_json and [json.loads(line) for line in lines] == as_json


def test_export_nl_gives_the_notes_one_per_line(library, capsys):
    first = ids(capsys, library)[0]
    run(capsys, "note", first, "一", "--db", library)
    run(capsys, "note", first, "二", "--db", library)
    lines = run(capsys, "export", "--nl", "--db", library)[1].splitlines()
    assert [json.loads(line)["note"] for line in lines] == ["一", "二"]


def test_plurals(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("READER_DB", raising=False)
    db = str(tmp_path / "library.sqlite3")
    code, out, _ = run(capsys, "import", SEEDS / "004_1a993628d7218c32.txt", "--db", db)
    assert code == 0 and out.startswith("1 file: 1 added")
    assert [plural(n, "file") for n in (0, 1, 2)] == ["0 files", "1 file", "2 files"]
    assert plural(3, "match", "matches") == "3 matches"


def test_one_table_printer_aligns_by_display_width():
    lines = table([("a1", "东阿县", "x"), ("b22", "聊城高新技术产业开发区", "y")])
    assert [
        display_width(line[: line.index(last)]) for line, last in zip(lines, "xy", strict=True)
    ] == [29, 29]
    assert display_width("东阿abc") == 7


def test_list_and_search_columns_line_up(library, capsys):
    rows = json.loads(run(capsys, "list", "--json", "--db", library)[1])
    lines = run(capsys, "list", "--db", library)[1].splitlines()
    starts = {
        display_width(line[: line.index(row["file_name"])])
        for line, row in zip(lines, rows, strict=True)
    }
    assert len(starts) == 1
    hits = json.loads(run(capsys, "search", "发展", "--json", "--db", library)[1])
    lines = run(capsys, "search", "发展", "--db", library)[1].splitlines()[::2]
    starts = {
        display_width(line[: line.index(hit["file_name"])])
        for line, hit in zip(lines, hits, strict=True)
    }
    assert len(hits) > 1 and len(starts) == 1


# -- export -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, check",
    [
        ("notes.md", lambda text: text.startswith("# reader notes")),
        ("notes.csv", lambda text: text.startswith("\ufeffnote_id,")),
        ("notes.json", lambda text: set(json.loads(text)) == {"articles", "notes"}),
        ("notes.jsonl", lambda text: json.loads(text.splitlines()[0])["note"] == "看过"),
    ],
)
def test_the_format_follows_the_extension(library, capsys, tmp_path, name, check):
    run(capsys, "note", ids(capsys, library)[0], "看过", "--db", library)
    assert run(capsys, "export", "-o", tmp_path / name, "--db", library)[0] == 0
    assert check((tmp_path / name).read_text(encoding="utf-8"))


def test_json_quote_is_null_and_csv_keeps_tagged_articles_without_notes(library, capsys):
    first, second = ids(capsys, library)[:2]
    run(capsys, "note", first, "没有引文", "--db", library)
    run(capsys, "tag", second, "待读", "--db", library)
    exported = json.loads(run(capsys, "export", "--format", "json", "--db", library)[1])
    shown = json.loads(run(capsys, "show", first, "--json", "--db", library)[1])
    assert exported["notes"][0]["quote"] is None and shown["notes"][0]["quote"] is None
    text = run(capsys, "export", "--format", "csv", "--db", library)[1]
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert {(r["article_id"], r["note"], r["article_tags"]) for r in rows} == {
        (first, "没有引文", ""),
        (second, "", "待读"),
    }
