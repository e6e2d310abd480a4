"""`reader fix headline|leftover|take` and `split --headline-line` through `reader.cli.main`
on a real library: the lines move, every line stays in one article or the leftovers, the
corrections survive a re-wrapped re-import, and each one is undone on its own."""

from __future__ import annotations

import json

import pytest

from reader.store import Library
from tests.cli.test_fixing import PAGE, articles, cli, corrections, headline_line, page, shown
from tests.ingest.rewrap import rewrap

__all__ = ["page"]  # the fixture, used by name


def flat(text: str | None) -> str:
    return "".join((text or "").split())


def leftover_lines(db) -> set[int]:
    """The numbers of the page's lines that are in no article."""
    library = Library(db)
    try:
        rows = library.page_lines(library.files()[0].id)
    finally:
        library.close()
    return {row.number for row in rows if row.role == "leftover"}


def reimport_rewrapped(capsys, db, page) -> None:
    page.write_text(rewrap(PAGE.read_text(encoding="utf-8"), 19), encoding="utf-8")
    cli(capsys, db, "import", page)
    assert {c["status"] for c in corrections(capsys, db)} == {"applied"}


def test_swap_headlines_then_reimport_rewrapped(page, tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    a, b = (row["id"] for row in articles(capsys, db)[2:4])
    titles = shown(capsys, db, a)["title"], shown(capsys, db, b)["title"]
    cli(capsys, db, "fix", "headline", a, "--swap", b)
    cli(capsys, db, "tag", a, "换")
    reimport_rewrapped(capsys, db, page)
    assert (shown(capsys, db, b)["title"], shown(capsys, db, a)["title"]) == titles
    assert shown(capsys, db, a)["corrected"] and shown(capsys, db, a)["tags"] == ["换"]
    assert leftover_lines(db) == set()


def test_a_line_sent_to_the_leftovers_is_taken_back(page, tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    article = articles(capsys, db)[2]["id"]
    before = shown(capsys, db, article)
    body = [(n, text) for n, text in before["raw_lines"] if flat(text) in flat(before["text"])]
    number, text = body[-1]  # the last line of its last paragraph
    cli(capsys, db, "fix", "leftover", article, "--line", number)
    sent = shown(capsys, db, article)
    assert leftover_lines(db) == {number}
    assert flat(text) not in flat(sent["text"]) and flat(sent["text"]) in flat(before["text"])
    cli(capsys, db, "fix", "take", article, "--line", number)
    taken = shown(capsys, db, article)
    assert leftover_lines(db) == set() and taken["text"] == before["text"]  # back in place
    assert [c["payload"]["direction"] for c in corrections(capsys, db)] == ["out", "in"]
    cli(capsys, db, "fix", "undo")
    assert leftover_lines(db) == {number}


def test_a_headline_from_the_leftovers_survives_a_rewrapped_reimport(page, tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    first, second = (row["id"] for row in articles(capsys, db)[4:6])
    line, old = headline_line(capsys, db, first), headline_line(capsys, db, second)
    title = shown(capsys, db, first)["title"]
    cli(capsys, db, "fix", "headline", second, "--line", line)
    assert shown(capsys, db, first)["title"] is None
    assert leftover_lines(db) == {old}  # the second's own headline went to the leftovers
    cli(capsys, db, "fix", "headline", first, "--line", old)
    reimport_rewrapped(capsys, db, page)
    assert shown(capsys, db, second)["title"] == title
    assert shown(capsys, db, first)["title"] is not None and leftover_lines(db) == set()


@pytest.mark.parametrize("headline", [True, False])
def test_split_with_a_headline_line(page, tmp_path, capsys, headline):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    rows = articles(capsys, db)
    article, donor = rows[0]["id"], rows[6]["id"]
    line = headline_line(capsys, db, donor)
    title = shown(capsys, db, donor)["title"]
    extra = ["--headline-line", line] if headline else []
    cli(capsys, db, "fix", "split", article, "--before-paragraph", "3", *extra)
    ids = [row["id"] for row in articles(capsys, db)]
    part = shown(capsys, db, ids[1])
    assert part["title"] == (title if headline else None) and part["corrected"]
    assert (shown(capsys, db, donor)["title"] is None) == headline
    reimport_rewrapped(capsys, db, page)
    assert shown(capsys, db, ids[1])["title"] == part["title"]


def test_a_headline_wrapped_on_two_lines_moves_whole(page, tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    rows = articles(capsys, db)
    donor, article = shown(capsys, db, rows[7]["id"]), rows[8]["id"]
    parts = [
        n for n, text in donor["raw_lines"] if flat(text) and flat(text) in flat(donor["title"])
    ]
    assert len(parts) == 2  # the title is read from two lines
    cli(capsys, db, "fix", "headline", article, "--line", parts[1])
    assert shown(capsys, db, article)["title"] == donor["title"]
    assert shown(capsys, db, donor["id"])["title"] is None


def test_fix_page_numbers_every_line_with_its_article(page, tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    cli(capsys, db, "import", page)
    article = articles(capsys, db)[2]["id"]
    number = shown(capsys, db, article)["raw_lines"][0][0]
    cli(capsys, db, "fix", "leftover", article, "--line", number)
    rows = json.loads(cli(capsys, db, "fix", "page", article, "--json")[1])
    text = PAGE.read_text(encoding="utf-8").splitlines()
    assert [(row["number"], row["text"]) for row in rows] == list(enumerate(text, 1))
    assert rows[number - 1]["role"] == "leftover" and rows[number - 1]["article_id"] is None
    own = {n for n, _text in shown(capsys, db, article)["raw_lines"]}
    assert {row["number"] for row in rows if row["article_id"] == article} == own
    shown_lines = cli(capsys, db, "fix", "page", article)[1].splitlines()
    assert len(shown_lines) == len(text)
    assert {n for n, line in enumerate(shown_lines, 1) if ">" + article[:8] in line} == own
    assert "leftover" in shown_lines[number - 1]
