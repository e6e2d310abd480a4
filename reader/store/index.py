"""The search index: a contentless FTS5 table kept in step with the articles (schema 8 on).

    article_words(headline, text, byline, dateline) -> Words   cut and joined once (a parser
                                                 process does it, and sends four strings)
    headline_of(kicker, title, subtitle, label) -> str         what the title column indexes
    add(conn, keys, words=None, cut=None)        index articles as they are stored now
    remove(conn, keys, cut=None)                 take them out (before a change or delete)
    reindexed(conn, article_ids, cut=None)       context: out before a change, back in after
    rebuild(conn, progress=None)                 every article again (migration, new segmenter)
    ensure_current(conn)                         rebuild if the segmenter changed since

`search` (rowid = articles.key) has the columns title, body, notes, people (byline and
dateline) and extra (dictionary words inside longer words), each space-joined words of the
segmenter. It is contentless (`content=''`): the words are not stored, only the index. SQLite
3.40 has no `contentless_delete`, so a row is deleted by handing FTS5 the very words it was
indexed with; they are cut again from what the library keeps (headline, article text, notes,
byline, dateline), which is why every column is a function of stored values and of the
segmenter alone. The segmenter's fingerprint (rjieba's version, the place words) is kept in
`settings`; when it changes, the next write that indexes rebuilds the whole index first,
since words cut now would no longer be those indexed then.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from reader.store import packing, search

COLUMNS = "title, body, notes, people, extra"
_CHUNK = 500  # keys per IN (...) query
_PROGRESS_EVERY = 1000  # rows between progress reports of a rebuild

Cut = Callable[[str], list[str]]
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Words:
    """The index columns of an article that do not change with its notes: the space-joined
    words of the headline, body and people, and `extra`, the inner words of the headline's
    and body's words. Four strings: cheap to send from a parser process."""

    title: str
    body: str
    people: str
    extra: str


def headline_of(kicker: str | None, title: str | None, subtitle: str | None, label: str) -> str:
    """Kicker, title and subtitle, else the list label (as `queries.HEADLINE_SQL`)."""
    joined = " ".join(part for part in (kicker, title, subtitle) if part).strip()
    return joined or label


def people_of(byline: str | None, dateline: str | None) -> str:
    return "\n".join(part for part in (byline, dateline) if part)


def article_words(
    headline: str, text: str, byline: str | None, dateline: str | None, cut: Cut | None = None
) -> Words:
    cut = cut or search.tokens
    title, body = cut(headline), cut(text)
    return Words(
        search.joined(title),
        search.joined(body),
        search.joined(cut(people_of(byline, dateline))),
        search.joined(search.inner_words(title) + search.inner_words(body)),
    )


def _values(words: Words, note_words: list[str]) -> tuple[str, str, str, str, str]:
    """(title, body, notes, people, extra): extra is the inner words of the title's, the
    body's and the notes' words, in that order (a row is deleted with the very same words)."""
    note_extra = search.joined(search.inner_words(note_words))
    extra = " ".join(part for part in (words.extra, note_extra) if part)
    return (words.title, words.body, search.joined(note_words), words.people, extra)


def _stored(conn: sqlite3.Connection, keys: list[int]) -> list[tuple]:
    """(key, article id, headline, packed text, byline, dateline) of the stored articles."""
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        "SELECT key, id, kicker, title, subtitle, label, text_zlib, byline, dateline"
        f" FROM articles WHERE key IN ({marks})",
        keys,
    ).fetchall()
    return [
        (key, article_id, headline_of(kicker, title, subtitle, label), packed, byline, dateline)
        for key, article_id, kicker, title, subtitle, label, packed, byline, dateline in rows
    ]


def _notes_of(conn: sqlite3.Connection, article_ids: list[str]) -> dict[str, list[str]]:
    marks = ",".join("?" * len(article_ids))
    found: dict[str, list[str]] = {}
    for article_id, text in conn.execute(
        f"SELECT article_id, text FROM notes WHERE article_id IN ({marks}) ORDER BY id",
        article_ids,
    ):
        found.setdefault(article_id, []).append(text)
    return found


def _rows(
    conn: sqlite3.Connection, keys: list[int], words: dict[int, Words] | None, cut: Cut
) -> list[tuple]:
    """The index row of each stored article among `keys`: (key, title, ..., extra)."""
    rows = []
    for i in range(0, len(keys), _CHUNK):
        stored = _stored(conn, keys[i : i + _CHUNK])
        notes = _notes_of(conn, [row[1] for row in stored])
        for key, article_id, headline, packed, byline, dateline in stored:
            known = (words or {}).get(key) or article_words(
                headline, packing.unpack(packed), byline, dateline, cut
            )
            note_words = [word for note in notes.get(article_id, []) for word in cut(note)]
            rows.append((key, *_values(known, note_words)))
    return rows


def _cutter(cut: dict[str, list[str]] | None) -> Cut:
    """A cut that takes words cut beforehand (outside the write lock) where it has them."""
    if not cut:
        return search.tokens
    return lambda text: cut[text] if text in cut else search.tokens(text)


def add(
    conn: sqlite3.Connection,
    keys: Iterable[int],
    words: dict[int, Words] | None = None,
    cut: dict[str, list[str]] | None = None,
) -> None:
    """Index the articles `keys` as stored now; `words`: their words cut beforehand."""
    rows = _rows(conn, list(keys), words, _cutter(cut))
    conn.executemany(f"INSERT INTO search (rowid, {COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)", rows)


def remove(
    conn: sqlite3.Connection, keys: Iterable[int], cut: dict[str, list[str]] | None = None
) -> None:
    """Take the articles `keys` out of the index; call it before they or their notes change."""
    rows = _rows(conn, list(keys), None, _cutter(cut))
    conn.executemany(
        f"INSERT INTO search (search, rowid, {COLUMNS}) VALUES ('delete', ?, ?, ?, ?, ?, ?)", rows
    )


def keys_of(conn: sqlite3.Connection, article_ids: Iterable[str | None]) -> list[int]:
    wanted = [article_id for article_id in dict.fromkeys(article_ids) if article_id]
    return [
        row[0]
        for article_id in wanted
        for row in conn.execute("SELECT key FROM articles WHERE id = ?", (article_id,))
    ]


@contextlib.contextmanager
def reindexed(
    conn: sqlite3.Connection,
    article_ids: Iterable[str | None],
    cut: dict[str, list[str]] | None = None,
) -> Iterator[None]:
    """Around a change to these articles' notes: out of the index before, back in after
    (an article deleted meanwhile stays out)."""
    keys = keys_of(conn, article_ids)
    remove(conn, keys, cut)
    yield
    add(conn, keys, cut=cut)


# -- the segmenter the index was built with ------------------------------------------------------


@lru_cache(maxsize=1)
def segmenter_fingerprint() -> str:
    """rjieba's version and the words added to it: what decides how a text is cut."""
    from importlib.metadata import version

    from reader.lexicon.dictionary import PLACE_WORD_FREQ, place_words, recounted_frequency

    digest = hashlib.sha256(f"rjieba {version('rjieba')} {PLACE_WORD_FREQ}".encode())
    digest.update(f" {recounted_frequency()}\n".encode())
    digest.update("\n".join(sorted(place_words())).encode())
    return digest.hexdigest()[:16]


def stored_fingerprint(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE name = 'index_segmenter'").fetchone()
    return row[0] if row else None


def _set_fingerprint(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO settings (name, value) VALUES ('index_segmenter', ?)",
        (segmenter_fingerprint(),),
    )


def ensure_current(conn: sqlite3.Connection) -> None:
    """Inside a write: rebuild the index if it was built by another segmenter."""
    if stored_fingerprint(conn) != segmenter_fingerprint():
        rebuild(conn)


def rebuild(conn: sqlite3.Connection, progress: Progress | None = None) -> None:
    """Empty the index and index every article again; progress(done, total, "search index")."""
    conn.execute("INSERT INTO search (search) VALUES ('delete-all')")
    keys = [row[0] for row in conn.execute("SELECT key FROM articles ORDER BY key")]
    for start in range(0, len(keys), _PROGRESS_EVERY):
        add(conn, keys[start : start + _PROGRESS_EVERY])
        if progress is not None:
            progress(min(start + _PROGRESS_EVERY, len(keys)), len(keys), "search index")
    _set_fingerprint(conn)
