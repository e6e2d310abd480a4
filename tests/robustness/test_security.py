"""User text never becomes FTS5 syntax; exports carry hostile text through unchanged.

Search: operator-like queries (`"`, `AND (`, `NEAR(`, `*`, `col:term`, `-`, `^`, `+`...) and
hypothesis-generated queries return hits or nothing, never raise, through `Library.search`
and `reader search`; notes and tags made of FTS5 syntax are stored, found and exported as
text. Export: JSON and CSV round-trip hostile note text exactly. File names: neither the
store nor the window derives an export file name from a title or tag (the window proposes
`notes.<fmt>`; the command line writes where `-o` says), so there is no name to make safe;
test_default_export_name_is_fixed pins that, and must change if such a function appears.

Window-side HTML safety is in test_window_robustness.py (hostile text shown as text).
"""

from __future__ import annotations

import csv
import io
import json

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
    code, _out, err = cli(capsys, "search", query, "--db", library.path)
    record("search queries tried")
    assert code == 0, err
    assert "Traceback" not in err
    assert err.strip() in ("", "no matches"), err


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
        assert text in csv_texts or text.replace("\r\n", "\n") in csv_texts, text
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
