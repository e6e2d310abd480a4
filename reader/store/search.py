"""Full-text search in Chinese: FTS5 over segmented text.

In: a user's query string (anything, including `"` or `AND (`) and a `Scope` (which articles).
Out: `SearchHit`s ranked by bm25, each with an HTML-escaped snippet of the original text (body,
else notes, else headline, else byline and dateline), <b>…</b> round every occurrence of a
query token.

The FTS5 table `search` (rowid = articles.key, contentless: see `reader.store.index`) holds,
per article, the space-joined words of the headline, body, notes and people (byline and
dateline: reporters' names), plus `extra`: the dictionary words inside longer words (as
jieba's cut_for_search finds them), so 信访 matches inside 信访局. The original text stays
in `articles` (packed), and snippets are cut from it here. A query is segmented the same way.

Query syntax: words separated by spaces must all occur; the tokens of one typed word must be
adjacent (a phrase) in one of title, body, notes or people. A word written `byline:胡磊` or
`title:信访` must occur in that field (byline: the byline and dateline; title: the
headline). Everything else is plain text: every token is quoted as an FTS5 string, so no
input reaches the FTS5 syntax and no query raises (`byline:` with nothing after it, or an
unknown `field:word`, is searched as the text typed).
"""

from __future__ import annotations

import functools
import html
import re
import sqlite3

from reader.store import packing
from reader.store.rows import SearchHit
from reader.store.scope import EVERYTHING, Scope
from reader.store.snippets import SNIPPET_CHARS, hit_pattern, packed_snippet, snippet

_FEW_KEYS = 2000  # a tag on fewer articles: rank those, not every match of the query
_PHRASE_COLUMNS = "{title body notes people}"
FIELDS = {"byline": "people", "title": "title"}  # what a user may name -> the column
_FIELD = re.compile(r"(?i)(" + "|".join(FIELDS) + r"):(.+)")


def tokens(text: str) -> list[str]:
    """jieba words of `text` (the shared tokenizer with the place names), no HMM guessing of
    unknown words: they fall apart into characters, in the text as in the query alike."""
    if not text:
        return []
    from reader.lexicon import segment  # not at the top: opening a library cuts nothing

    return segment.cut(text)


def joined(words: list[str]) -> str:
    return " ".join(words)


def inner_words(words: list[str]) -> list[str]:
    """Dictionary words of 2 and 3 characters inside longer words (cut_for_search's rule)."""
    return [inner for word in words if len(word) > 2 for inner in _inner_of(word)]


@functools.lru_cache(maxsize=1 << 16)  # words repeat: an import asks for a few thousand
def _inner_of(word: str) -> tuple[str, ...]:
    """The grams of `word` in the dictionary; rjieba's own (tests/lexicon checks it holds
    exactly the words of jieba's table), so no process loads dict.txt a second time."""
    if word.isascii():
        return ()
    from reader.lexicon import segment

    known = segment.tokenizer().has_word
    return tuple(
        gram
        for size in (2, 3)
        if len(word) > size
        for i in range(len(word) - size + 1)
        if known(gram := word[i : i + size])
    )


def index_row(
    headline: str,
    text: str,
    notes: str,
    title_words: list[str] | None = None,
    body_words: list[str] | None = None,
    note_words: list[str] | None = None,
) -> tuple[str, str, str, str]:
    """The (title, body, notes, extra) columns of one article's search row; words already
    cut (the parser's, or cut before a write transaction; same tokenizer, same settings) are
    taken as they are."""
    title_words = title_words if title_words is not None else tokens(headline)
    body_words = body_words if body_words is not None else tokens(text)
    note_words = note_words if note_words is not None else tokens(notes)
    extra = inner_words(title_words) + inner_words(body_words) + inner_words(note_words)
    return joined(title_words), joined(body_words), joined(note_words), joined(extra)


def _is_term(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def field_of(word: str) -> tuple[str | None, str]:
    """(column, text) of one typed word: `byline:胡磊` -> ("people", "胡磊")."""
    found = _FIELD.fullmatch(word)
    if found is None:
        return None, word
    return FIELDS[found.group(1).lower()], found.group(2)


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for a user query, or None when it holds no searchable word."""
    parts = []
    for typed in query.split():
        column, word = field_of(typed)
        terms = [_quoted(term) for term in _terms_of(word)]
        if not terms:
            continue
        if column is not None:
            parts.append(f"{column} : " + " + ".join(terms))
        elif len(terms) == 1:
            parts.append(terms[0])
        else:
            parts.append(f"{_PHRASE_COLUMNS} : " + " + ".join(terms))
    return " AND ".join(parts) or None


def query_terms(query: str) -> list[str]:
    """The searchable tokens of a query, as they are highlighted."""
    return [term for typed in query.split() for term in _terms_of(field_of(typed)[1])]


@functools.lru_cache(maxsize=256)  # a search asks twice: for the MATCH and for highlighting
def _terms_of(word: str) -> tuple[str, ...]:
    """The searchable tokens of one typed word."""
    return tuple(token for token in tokens(word) if _is_term(token))


def search(
    conn: sqlite3.Connection, query: str, scope: Scope = EVERYTHING, limit: int = 50
) -> list[SearchHit]:
    """Ranked hits for `query` among the articles of `scope`.

    The ranked rowids come from the bare FTS5 query (plus the scope); the same statement
    reads only the hits shown, which then get a snippet cut from their stored text."""
    expression = match_expression(query)
    if expression is None:
        return []
    shown = tuple(query_terms(query))
    pattern = hit_pattern(shown)
    return [
        _hit(conn, row, pattern, shown) for row in _ranked_articles(conn, expression, scope, limit)
    ]


def _hit(conn, row: tuple, pattern: re.Pattern | None, terms: tuple[str, ...]) -> SearchHit:
    rank, article_id, label, county, file_name = row[:5]
    snippet_html = _snippet_of(conn, row[1:], pattern)
    return SearchHit(article_id, label, county, file_name, snippet_html, rank, terms)


def count(conn: sqlite3.Connection, query: str, scope: Scope = EVERYTHING) -> int:
    """How many articles `search` would find with no limit (same scope, same matching)."""
    expression = match_expression(query)
    if expression is None:
        return 0
    sql = "SELECT count(*) FROM search WHERE search MATCH ?"
    if scope.is_everything:
        return conn.execute(sql, [expression]).fetchone()[0]
    where, params = scope.where("a")
    sql = (
        "SELECT count(*) FROM search JOIN articles a ON a.key = search.rowid"
        f" WHERE search MATCH ? AND {where}"
    )
    return conn.execute(sql, [expression, *params]).fetchone()[0]


def _snippet_of(conn, article: tuple, pattern: re.Pattern | None) -> str:
    """The body's snippet, else that of the notes, the headline or the byline and dateline,
    else the text's opening."""
    article_id, label, _county, _file, packed, byline, dateline = article
    if pattern is None:
        return html.escape(packing.unpack(packed)[:SNIPPET_CHARS], quote=False)
    found, text = packed_snippet(packed, pattern)
    if found is None:
        notes = "\n".join(
            row[0]
            for row in conn.execute(
                "SELECT text FROM notes WHERE article_id = ? ORDER BY id", (article_id,)
            )
        )
        people = " ".join(part for part in (byline, dateline) if part)
        found = (
            snippet(notes, [], pattern)
            or snippet(label, [], pattern)
            or snippet(people, [], pattern)
        )
    return found if found is not None else html.escape(text[:SNIPPET_CHARS], quote=False)


# the hits' rank and what a hit shows: from a ranking statement `r` (rowid, rank), best first
_WITH_ARTICLES = (
    "SELECT r.rank, a.id, a.label, a.county, f.name, a.text_zlib, a.byline, a.dateline"
    " FROM ({ranked}) AS r JOIN articles a ON a.key = r.rowid JOIN files f ON f.id = a.file_id"
    " ORDER BY r.rank"
)


def _ranked_articles(conn, expression: str, scope: Scope, limit: int) -> list[tuple]:
    """(rank, id, label, county, file name, packed text, byline, dateline) of the best hits."""
    if scope.is_everything:
        ranked = "SELECT rowid, rank FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?"
        return conn.execute(_WITH_ARTICLES.format(ranked=ranked), (expression, limit)).fetchall()
    if scope.tag is not None:
        keys = _tagged_keys(conn, scope)
        if len(keys) <= _FEW_KEYS:
            return _articles(conn, _ranked_among(conn, expression, keys, limit))
    where, params = scope.where("a")
    ranked = (
        "SELECT search.rowid AS rowid, search.rank AS rank FROM search JOIN articles a"
        f" ON a.key = search.rowid WHERE search MATCH ? AND {where} ORDER BY search.rank LIMIT ?"
    )
    return conn.execute(
        _WITH_ARTICLES.format(ranked=ranked), [expression, *params, limit]
    ).fetchall()


def _tagged_keys(conn, scope: Scope) -> list[int]:
    """Keys of the tag's articles, found from the tag's side (never a scan of articles)."""
    where, params = scope.without("tag").where("a")
    sql = (
        "SELECT a.key FROM tags t JOIN article_tags at ON at.tag_id = t.id"
        f" JOIN articles a ON a.id = at.article_id WHERE t.name = ? AND {where}"
    )
    return [row[0] for row in conn.execute(sql, [scope.tag, *params])]


def _ranked_among(conn, expression: str, keys: list[int], limit: int) -> list[tuple[int, float]]:
    """Rank a few candidate rows one by one (a tag's articles), rather than every match."""
    sql = "SELECT rowid, rank FROM search WHERE search MATCH ? AND rowid = ?"
    found = [row for key in keys for row in conn.execute(sql, (expression, key))]
    return sorted(found, key=lambda row: row[1])[: max(limit, 0)]


def _articles(conn, ranked: list[tuple[int, float]]) -> list[tuple]:
    """`_ranked_articles`' rows for hits ranked here."""
    marks = ",".join("?" * len(ranked))
    rows = conn.execute(
        "SELECT a.key, a.id, a.label, a.county, f.name, a.text_zlib, a.byline, a.dateline"
        f" FROM articles a JOIN files f ON f.id = a.file_id WHERE a.key IN ({marks})",
        [rowid for rowid, _rank in ranked],
    )
    found = {row[0]: row[1:] for row in rows}
    return [(rank, *found[rowid]) for rowid, rank in ranked if rowid in found]


def bare_query(conn: sqlite3.Connection, expression: str, limit: int = 50) -> list[int]:
    """The plain FTS5 query the bench compares against: rowids by rank, nothing else."""
    sql = "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?"
    return [row[0] for row in conn.execute(sql, (expression, limit))]
