"""User text never becomes FTS5 syntax; exports carry hostile text through unchanged.

Search: operator-like queries (`"`, `AND (`, `NEAR(`, `*`, `col:term`, `-`, `^`, `+`...) and
hypothesis-generated queries return hits or nothing, never raise, through `Library.search`
and `reader search`; notes and tags made of FTS5 syntax are stored, found and exported as
text. Export: JSON round-trips hostile note text exactly; CSV too, except that a cell a
spreadsheet would run as a formula (= + - @ tab CR) gets a leading `'` (OWASP); Markdown
shows every page or user string as text (no HTML, link, heading, tag or `### Note` forged).
Labels: a file name or page string in a QLabel or message box shows as plain text.
File names: neither the store nor the window derives an export file name from a title or
tag (the window proposes `notes.<fmt>`; the command line writes where `-o` says), so there
is no name to make safe; test_default_export_name_is_fixed pins that, and must change if such
a function appears.

Window-side HTML safety is in test_window_robustness.py (hostile text shown as text).
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.store import Library, LibraryError
from tests.robustness.conftest import record, scaled
from tests.robustness.helpers import cli

OPERATOR_QUERIES = [
    '"',
    '""',
    '"信访',
    "AND (",
    "AND",
    "OR",
    "NOT",
    "NOT 信访",
    "信访 NOT",
    "NEAR(",
    "NEAR(信访 供热, 2)",
    "*",
    "信*",
    "*信访",
    "title:信访",
    "col:term",
    "body:",
    "-",
    "-信访",
    "信访 -供热",
    "^信访",
    "+",
    "信访 + 供热",
    "(",
    ")",
    "(((",
    "{title body}: 信访",
    "{",
    "}",
    ":",
    "'",
    "''",
    ";",
    "--",
    "' OR 1=1 --",
    "\\",
    "\x00",
    "\u200b",
    "信访\x00供热",
    "　",
    "",
    "   ",
    "%",
    "_",
    "[",
    "]",
    "@",
    "rank:",
    "rowid:1",
    "search:*",
    '"信访" AND "供热"',
    "信访 OR 供热",
    "MATCH",
    "bm25(",
    "highlight(search",
]
HOSTILE_NOTES = [
    "NEAR(信访 供热)",
    '"未闭合的引号',
    "title:注入 AND (",
    '=HYPERLINK("http://x")',
    "<img src=x onerror=alert(1)>",
    "-- 注释",
    "信访*",
    'a"b""c',
    "\t制表\r\n换行",
]


@pytest.fixture(scope="module")
def library(seeded_template, tmp_path_factory):
    import shutil

    path = tmp_path_factory.mktemp("security") / "library.sqlite3"
    shutil.copyfile(seeded_template, path)
    with Library(path) as opened:
        yield opened


@pytest.mark.parametrize("query", OPERATOR_QUERIES)
def test_operator_queries_never_raise(library, query):
    hits = library.search(query)
    record("search queries tried")
    assert isinstance(hits, list)
    for hit in hits:
        assert isinstance(hit.snippet, str)


@settings(
    deadline=None,
    max_examples=scaled(100, 2000),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    query=st.lists(
        st.one_of(
            st.sampled_from(OPERATOR_QUERIES),
            st.sampled_from(["信访", "供热", "乡村振兴", "东阿县", "2023"]),
            st.text(max_size=8),
        ),
        max_size=6,
    ).map(" ".join)
)
def test_generated_queries_never_raise(library, query):
    record("search queries tried")
    hits = library.search(query)
    assert isinstance(hits, list)


@pytest.mark.parametrize("query", ['"', "AND (", "NEAR(", "*", "col:term", "-", "信访 AND ("])
def test_cli_search_with_operators(library, query, capsys):
    code, out, err = cli(capsys, "search", query, "--db", library.path)
    record("search queries tried")
    assert "Traceback" not in err
    assert (code, err.strip()) in ((0, ""), (1, "reader: no matches")), err
    assert (code == 0) == bool(out.strip())


def test_operator_words_in_a_query_are_words(library):
    """`AND`/`OR`/`NOT` typed by a user are searched for, not obeyed: `信访 OR 供热` is no
    wider than `信访 供热` and `NOT` does not exclude."""
    both = {h.article_id for h in library.search("信访 供热")}
    either = {h.article_id for h in library.search("信访 OR 供热")}
    assert either <= both
    assert {h.article_id for h in library.search("信访 NOT 供热")} <= both


def test_hostile_notes_are_stored_found_and_exported_as_text(library):
    article = library.article_rows(limit=1)[0].id
    added = [library.add_note(article, text) for text in HOSTILE_NOTES]
    library.tag_article(article, "NEAR(标签", '"引号标签')
    for note in added:
        library.tag_note(note.id, "AND (")
    assert [library.note(n.id).text for n in added] == HOSTILE_NOTES
    assert {"NEAR(标签", '"引号标签', "AND ("} <= {row.name for row in library.tags()}
    assert article in {hit.article_id for hit in library.search("注入")}
    assert article in {hit.article_id for hit in library.search("HYPERLINK")}

    exported = json.loads(library.export_notes("json"))
    texts = json.dumps(exported, ensure_ascii=False)
    for text in HOSTILE_NOTES:
        assert json.dumps(text, ensure_ascii=False)[1:-1] in texts

    rows = list(csv.DictReader(io.StringIO(library.export_notes("csv").lstrip("\ufeff"))))
    csv_texts = {value for row in rows for value in row.values() if isinstance(value, str)}
    for text in HOSTILE_NOTES:
        shown = "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text
        assert shown in csv_texts or shown.replace("\r\n", "\n") in csv_texts, text
    library.export_notes("md")
    record("hostile notes round-tripped", len(HOSTILE_NOTES))


def test_tag_names_of_only_syntax_are_refused_or_kept_verbatim(library):
    article = library.article_rows(limit=1)[0].id
    for name in ['"', "*", "AND", "-", "NEAR(", "\x00", "  "]:
        try:
            library.tag_article(article, name)
        except LibraryError as error:
            assert str(error)
            continue
        assert any(row.name == name.strip() or row.name == name for row in library.tags())


def test_default_export_name_is_fixed():
    """No export name is derived from titles or tags (so nothing to sanitise): the window
    proposes notes.<fmt>. If that changes, a sanitiser and its tests (`../`, `/`, `\\`, `:`,
    NUL) are needed."""
    import inspect
    import re

    from reader.ui import actions

    source = inspect.getsource(actions)
    assert re.search(r"notes\.\{fmt\}", source), "the proposed export name changed"
    import reader.store.export as store_export

    assert not [
        name
        for name in dir(store_export)
        if "filename" in name.lower() or "file_name" in name.lower() or "safe" in name.lower()
    ]


# -- text that acts: CSV formulas, Markdown, labels ------------------------------------------

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile_library(tmp_path):
    """Headline, byline, file name, tags, quote and note each start like a formula or carry
    Markdown/HTML that would act."""
    from tests.store.helpers import article, store_page

    body = "[详情](javascript:alert(1)) 页面正文 <img src=x onerror=alert(1)>\n## 伪造的标题"
    with Library(tmp_path / "library.sqlite3") as library:
        hostile = article("h", '=HYPERLINK("http://x","点击")', body, byline="+SUM(1,2)")
        store_page(library, tmp_path / "@cmd.txt", [hostile])
        library.tag_article("h", "-2+3", "<img/src/onerror=alert(1)>")
        note = library.add_note(
            "h",
            "### Note 99\n## 伪造\n[链接](javascript:x)\n---",
            quote="[详情](javascript:alert(1))",
        )
        library.tag_note(note.id, "@提醒")
        library.add_note("h", "\t=1+1")
        yield library


def test_csv_cells_never_start_a_formula(hostile_library):
    text = hostile_library.export_notes("csv")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    record("hostile payloads tried", len(rows))
    assert len(rows) == 2
    cells = [value for row in rows for value in row.values()]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)], cells
    first = rows[0]
    assert first["headline"] == '\'=HYPERLINK("http://x","点击")'
    assert first["file"] == "'@cmd.txt" and first["byline"] == "'+SUM(1,2)"
    assert first["article_tags"].startswith("'") and first["note_tags"] == "'@提醒"
    assert rows[1]["note"] == "'\t=1+1"


def test_markdown_shows_page_and_user_text_as_text(hostile_library):
    markdown = hostile_library.export_notes("md")
    record("hostile payloads tried")
    lines = markdown.splitlines()
    headings = [line.split()[0] for line in lines if line.startswith("#")]
    assert headings == ["#", "##", "###", "###"], lines  # no forged heading or `### Note`
    assert "<img" not in markdown
    assert not re.search(r"(?<!\\)\]\(", markdown), "a live link"
    assert not any(line.strip() in ("---", "===") for line in lines)  # no setext heading
    tags = next(line for line in lines if line.startswith("- Tags: "))
    assert "&lt;img/src/onerror" in tags and "<" not in tags
    assert "\\[详情\\](javascript:alert(1))" in markdown  # shown, not a link


@pytest.mark.gui
def test_import_progress_label_shows_a_file_name_as_text(qtbot, tmp_path):
    """A file named `<font color=red>x</font>.txt` shows literally in the progress dialog."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QWidget

    from reader.ui.importer import ImportJob

    parent = QWidget()
    qtbot.addWidget(parent)
    job = ImportJob(tmp_path / "library.sqlite3", [], parent=parent)
    name = "<font color=red>x</font>.txt"
    job._progress(1, 2, name)
    labels = [label for label in job.dialog.findChildren(QLabel) if name in label.text()]
    record("hostile payloads tried")
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    job.dialog.deleteLater()


@pytest.mark.gui
def test_error_boxes_show_text_as_text(qtbot):
    """The search status and the window's error boxes quote store errors and file names."""
    from PySide6.QtCore import Qt

    from reader.ui import app

    app.install_excepthook()
    try:
        raise OSError("<font color=red>x</font>.txt")
    except OSError:
        import sys

        sys.excepthook(*sys.exc_info())
    box = app._error_boxes[-1]
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.done(0)
