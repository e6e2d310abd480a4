"""Full-text search in Chinese: FTS5 over jieba-segmented text.

In: a user's query string (anything, including `"` or `AND (`), optional county/file/tag.
Out: `SearchHit`s ranked by bm25, each with an HTML-escaped snippet, <b>…</b> round the hits.

The FTS5 table `search` (rowid = articles.key) holds, per article, space-joined jieba tokens
of the headline, body and notes, plus `extra`: the dictionary words inside longer words
(as jieba's cut_for_search finds them), so 信访 matches inside 信访局. The original text
stays in `articles`. A query is segmented the same way; every token is quoted as an FTS5
string, so no user input reaches the FTS5 syntax; the tokens of one typed word must be
adjacent (a phrase), words separated by spaces must all occur.
"""

from __future__ import annotations

import html
import re
import sqlite3

from reader.ingest import segment
from reader.store.rows import SearchHit

_HIT_OPEN, _HIT_CLOSE = "\x02", "\x03"
_SNIPPET_TOKENS = 40
_PHRASE_COLUMNS = "{title body notes}"


def tokens(text: str) -> list[str]:
    return segment.cut(text) if text else []


def joined(words: list[str]) -> str:
    return " ".join(words)


def inner_words(words: list[str]) -> list[str]:
    """Dictionary words of 2 and 3 characters inside longer words (cut_for_search's rule)."""
    freq = segment.tokenizer().FREQ
    found = []
    for word in words:
        if len(word) <= 2 or word.isascii():
            continue
        for size in (2, 3):
            if len(word) > size:
                found.extend(gram for i in range(len(word) - size + 1)
                             if freq.get(gram := word[i:i + size]))
    return found


def index_row(headline: str, text: str, notes: str) -> tuple[str, str, str, str]:
    """The (title, body, notes, extra) columns of one article's search row."""
    title_words, body_words, note_words = tokens(headline), tokens(text), tokens(notes)
    extra = inner_words(title_words) + inner_words(body_words) + inner_words(note_words)
    return joined(title_words), joined(body_words), joined(note_words), joined(extra)


def notes_columns(note_texts: list[str]) -> tuple[str, list[str]]:
    """Segmented notes column text and the inner words it adds (for `extra`)."""
    words = tokens("\n".join(note_texts))
    return joined(words), inner_words(words)


def _is_term(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _quoted(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """FTS5 MATCH text for a user query, or None when it holds no searchable word."""
    parts = []
    for word in query.split():
        terms = [_quoted(token) for token in tokens(word) if _is_term(token)]
        if len(terms) == 1:
            parts.append(terms[0])
        elif terms:
            parts.append(f"{_PHRASE_COLUMNS} : " + " + ".join(terms))
    return " AND ".join(parts) or None


def display_snippet(raw: str) -> str:
    """FTS5 snippet of segmented text -> display HTML: token spaces gone, hits in <b>."""
    text = html.escape(_despace(raw), quote=False)
    text = text.replace(_HIT_OPEN, "<b>").replace(_HIT_CLOSE, "</b>")
    return text.replace("</b><b>", "")


def _despace(text: str) -> str:
    """Drop the spaces jieba tokens were joined with, except between two ASCII words."""
    visible = re.sub(f"[{_HIT_OPEN}{_HIT_CLOSE}]", "", text)
    out, seen = [], 0
    for ch in text:
        if ch in (_HIT_OPEN, _HIT_CLOSE):
            out.append(ch)
            continue
        if ch == " " and not _between_ascii_words(visible, seen):
            seen += 1
            continue
        out.append(ch)
        seen += 1
    return "".join(out)


def _between_ascii_words(visible: str, i: int) -> bool:
    before = visible[i - 1] if i > 0 else ""
    after = visible[i + 1] if i + 1 < len(visible) else ""
    return _ascii_word_char(before) and _ascii_word_char(after)


def _ascii_word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def search(conn: sqlite3.Connection, query: str, county=..., file_id: int | None = None,
           tag: str | None = None, limit: int = 50) -> list[SearchHit]:
    """Ranked hits for `query`; county=... means any county, None the city-wide articles."""
    expression = match_expression(query)
    if expression is None:
        return []
    sql, params = _search_sql(expression, county, file_id, tag, limit)
    return [_hit(row) for row in conn.execute(sql, params)]


def _search_sql(expression: str, county, file_id, tag, limit) -> tuple[str, list]:
    marks = f"'{_HIT_OPEN}', '{_HIT_CLOSE}', '…', {_SNIPPET_TOKENS}"
    where, params = ["search MATCH ?"], [expression]
    if county is not ...:
        where.append("a.county IS ?")
        params.append(county)
    if file_id is not None:
        where.append("a.file_id = ?")
        params.append(file_id)
    if tag is not None:
        where.append("a.id IN (SELECT article_id FROM article_tags JOIN tags ON tags.id = tag_id"
                     " WHERE tags.name = ?)")
        params.append(tag)
    params.append(limit)
    sql = (f"SELECT a.id, a.label, a.county, f.name, snippet(search, 1, {marks}),"
           f" snippet(search, 2, {marks}), snippet(search, 0, {marks}), search.rank"
           " FROM search JOIN articles a ON a.key = search.rowid JOIN files f ON f.id = a.file_id"
           f" WHERE {' AND '.join(where)} ORDER BY search.rank LIMIT ?")
    return sql, params


def _hit(row) -> SearchHit:
    article_id, label, county, file_name, body, notes, title, rank = row
    snippet = next((s for s in (body, notes, title) if _HIT_OPEN in s), body)
    return SearchHit(article_id, label, county, file_name, display_snippet(snippet), rank)


def bare_query(conn: sqlite3.Connection, expression: str, limit: int = 50) -> list[int]:
    """The plain FTS5 query the bench compares against: rowids by rank, nothing else."""
    sql = "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rank LIMIT ?"
    return [row[0] for row in conn.execute(sql, (expression, limit))]
