"""The schema, as a list of forward migrations numbered by `PRAGMA user_version`.

    LATEST_VERSION                 the version this code writes
    migrate(db, path)              bring a file up to LATEST_VERSION (backup first if it has data)

Each migration runs in its own write transaction together with its `user_version` bump, and
re-reads the version inside that transaction, so two processes opening a new file at once
do not both migrate it. A saved library of every earlier version sits in
tests/fixtures/libraries/ and is upgraded in the tests. Never edit a released migration:
add a new one.

History:
    1  files, articles, tags, article_tags, notes (quote anchors)
    2  search: FTS5 over jieba-segmented headline, body and notes
    3  note tags; orphaned notes keep their provenance (file, headline, byline, county)
    4  search index rebuilt: segmentation without jieba's HMM (faster, same words found)
    5  index on (city, county): the county list of 100,000 articles without a table scan
    6  list labels are the title (主题), not the whole headline; no English "(untitled)"
    7  notes and tags get AUTOINCREMENT ids (an id is never reused, so undo by id is safe);
       notes keep the user's quote and store where it is now beside it (anchor_quote,
       anchor_start, anchor_end, relocated); relative `files.path` values that name a file
       in the current folder become that file's resolved absolute path
    8  each text stored once: page and article text as zlib (`files.text_zlib`,
       `articles.text_zlib`), the body as block types and lengths (`blocks`), figures without
       a copy of their text; the search index contentless (no copy of its words) with a
       `people` column (byline and dateline words, for `byline:`); `settings` holds the
       segmenter the index was built with. The file is vacuumed afterwards.
    9  corrections: `corrections` (per file: kind, JSON anchors on whitespace-free text
       spans, JSON payload, created, status applied|stale), `articles.corrected`
   10  a covering index for the article listing (`articles_listing`): listing 100,000
       articles reads the index alone, never a row with its compressed text
   11  PDF pages: `files.kind` (text|pdf), `pages` (a PDF's pages: number, the text rendering
       that `reader parse X.pdf --text` prints, as zlib, width and height in points),
       `articles.page` (1-based; 1 for a text file) and `articles.regions` (JSON boxes in PDF
       points, for the page view's outlines); the listing index covers the page and the
       headline confidence (the tree's to-check mark) too
   12  reading positions: `reading_positions` (article id, character offset, updated), kept by
       article id so a re-import that keeps the id keeps the place
   13  the figures ledger: `figures` rows (article, kind, value, upper end of a range, unit,
       measure word, approximation, ISO date, the text as printed, its offsets in the
       article text and those of its sentence, a short label of what it counts), indexed by
       article (the place is the article's, joined); filled for the stored articles from
       their stored figures (`figures.fill`: what a stored figure kept; re-importing fills
       the rest)
   14  each page's text packed against its articles' text (`page_texts`: zlib with their text
       as the preset dictionary), so the text the articles hold is not stored twice; no
       table changes. The file is vacuumed afterwards.
   15  what `reader list` needs to skip two walks: `files_name` (the files in name order
       without reading their rows, which hold the page text) and `articles_odd_label`, a
       partial index of the articles whose title the listing's SQLite layout cannot print
       as it is (`ODD_LABEL`: empty, ending in whitespace, holding a line break or a NUL);
       SQLite keeps it on every write, whichever program writes

Tables are rebuilt as SQLite's "making other kinds of table schema changes" says (the
12 steps): foreign keys are switched off outside the migration's transaction, so dropping
the old table cascades into nothing, and `PRAGMA foreign_key_check` must find nothing
before the transaction commits. A backup that fails half-way (a full disk) is removed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from reader.store import packing
from reader.store.connection import Database, translate_errors, write
from reader.store.errors import LibraryError

_V1 = """
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    encoding TEXT,
    imported_at TEXT NOT NULL,
    parser TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX files_sha256 ON files(sha256);
CREATE TABLE articles (
    key INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    kind TEXT NOT NULL,
    kicker TEXT, title TEXT, subtitle TEXT, byline TEXT, dateline TEXT, city TEXT, county TEXT,
    label TEXT NOT NULL,
    body TEXT NOT NULL,
    figures TEXT NOT NULL,
    headline_confidence REAL NOT NULL,
    source_lines TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX articles_file ON articles(file_id, idx);
CREATE INDEX articles_county ON articles(county, file_id, idx);
CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE article_tags (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    article_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    quote TEXT, prefix TEXT, suffix TEXT, start INTEGER, "end" INTEGER,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX notes_article ON notes(article_id);
"""

_V2 = """
CREATE VIRTUAL TABLE search USING fts5(title, body, notes, extra);
INSERT INTO search(search, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0, 0.5)');
"""

_V3 = """
CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX note_tags_tag ON note_tags(tag_id);
ALTER TABLE notes ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notes ADD COLUMN file_id INTEGER REFERENCES files(id) ON DELETE SET NULL;
ALTER TABLE notes ADD COLUMN src_file TEXT;
ALTER TABLE notes ADD COLUMN src_title TEXT;
ALTER TABLE notes ADD COLUMN src_byline TEXT;
ALTER TABLE notes ADD COLUMN src_county TEXT;
CREATE INDEX notes_orphaned ON notes(orphaned);
CREATE INDEX notes_file ON notes(file_id);
UPDATE notes SET (file_id, src_file, src_title, src_byline, src_county) = (
    SELECT a.file_id, f.name, a.label, a.byline, a.county
    FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = notes.article_id)
WHERE article_id IS NOT NULL;
UPDATE notes SET orphaned = 1 WHERE article_id IS NULL;
"""


_V7 = """
CREATE TABLE new_tags (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE);
INSERT INTO new_tags (id, name) SELECT id, name FROM tags;
DROP TABLE tags;
ALTER TABLE new_tags RENAME TO tags;
CREATE TABLE new_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT REFERENCES articles(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    quote TEXT, prefix TEXT, suffix TEXT, start INTEGER, "end" INTEGER,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    orphaned INTEGER NOT NULL DEFAULT 0,
    file_id INTEGER REFERENCES files(id) ON DELETE SET NULL,
    src_file TEXT, src_title TEXT, src_byline TEXT, src_county TEXT,
    anchor_quote TEXT, anchor_start INTEGER, anchor_end INTEGER,
    relocated INTEGER NOT NULL DEFAULT 0
);
INSERT INTO new_notes (id, article_id, text, quote, prefix, suffix, start, "end", created,
    updated, orphaned, file_id, src_file, src_title, src_byline, src_county, anchor_quote,
    anchor_start, anchor_end, relocated)
SELECT id, article_id, text, quote, prefix, suffix, start, "end", created, updated, orphaned,
    file_id, src_file, src_title, src_byline, src_county,
    iif(attached, quote, NULL), iif(attached, start, NULL), iif(attached, "end", NULL), 0
FROM (SELECT *, article_id IS NOT NULL AND start IS NOT NULL AS attached FROM notes);
DROP TABLE notes;
ALTER TABLE new_notes RENAME TO notes;
CREATE INDEX notes_article ON notes(article_id);
CREATE INDEX notes_orphaned ON notes(orphaned);
CREATE INDEX notes_file ON notes(file_id)
"""


_V9 = """
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'county', 'kind', 'headline',
        'leftover')),
    anchors TEXT NOT NULL,
    payload TEXT NOT NULL,
    created TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'stale'))
);
CREATE INDEX corrections_file ON corrections(file_id);
ALTER TABLE articles ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0
"""


_V10 = """
CREATE INDEX articles_listing ON articles(file_id, idx, id, label, kind, city, county, corrected)
"""


_V11 = """
ALTER TABLE files ADD COLUMN kind TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'pdf'));
CREATE TABLE pages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_id INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 1),
    text_zlib BLOB NOT NULL,
    width REAL,
    height REAL,
    UNIQUE (file_id, number)
);
ALTER TABLE articles ADD COLUMN page INTEGER NOT NULL DEFAULT 1;
ALTER TABLE articles ADD COLUMN regions TEXT NOT NULL DEFAULT '[]';
DROP INDEX articles_listing;
CREATE INDEX articles_listing ON articles(file_id, idx, id, label, kind, city, county, corrected,
    page, headline_confidence)
"""


_V12 = """
CREATE TABLE reading_positions (
    article_id TEXT PRIMARY KEY,
    position INTEGER NOT NULL CHECK (position >= 0),
    updated TEXT NOT NULL
) WITHOUT ROWID
"""


_V13 = """
CREATE TABLE figures (
    id INTEGER PRIMARY KEY,
    article_key INTEGER NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('money', 'percent', 'date', 'count', 'other')),
    value REAL,
    value_high REAL,
    unit TEXT,
    measure TEXT,
    approx TEXT,
    date TEXT,
    printed TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    label TEXT
);
CREATE INDEX figures_article ON figures(article_key)
"""


# a title `reader list`'s SQLite layout cannot print as it is (`reader.store.listing_text`):
# empty, ending in whitespace (the code points str.isspace() takes, which str.rstrip() takes
# off), holding a line break (those str.splitlines() breaks at) or a NUL (GLOB stops there)
ODD_LABEL = (
    "label = ''"
    " OR label GLOB '*[' || char(9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, 8192,"
    " 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287,"
    " 12288) || ']'"
    " OR label GLOB '*[' || char(10, 11, 12, 13, 28, 29, 30, 133, 8232, 8233) || ']*'"
    " OR instr(CAST(label AS BLOB), x'00') > 0"
)
_V15 = f"""
CREATE INDEX IF NOT EXISTS files_name ON files(name, id);
CREATE INDEX IF NOT EXISTS articles_odd_label ON articles(key) WHERE {ODD_LABEL}
"""


def _fill_figures(conn: sqlite3.Connection, progress: Progress | None = None) -> None:
    """The ledger's table, with rows for the articles stored so far (`figures.fill`)."""
    _run_script(_V13)(conn)
    from reader.store import figures  # (migration-only imports: opening a library skips them)

    figures.fill(conn, progress)


_PAGES_BATCH = 100  # files between progress reports (the first one reports at once)


def _pack_pages_against_articles(
    conn: sqlite3.Connection, progress: Progress | None = None
) -> None:
    from reader.store.page_texts import repack

    files = [row[0] for row in conn.execute("SELECT id FROM files ORDER BY id")]
    for done, file_id in enumerate(files, 1):
        repack(conn, file_id)
        if progress is not None and (done % _PAGES_BATCH == 1 or done == len(files)):
            progress(done, len(files), "pages")


def _run_script(script: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in script.split(";\n"):
            if statement.strip():
                conn.execute(statement)

    return run


def _fill_search(conn: sqlite3.Connection) -> None:
    _run_script(_V2)(conn)
    _index_all(conn)


def _rebuild_search(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM search")
    _index_all(conn)


def _index_all(conn: sqlite3.Connection) -> None:
    """(Re)write every article's search row with the current segmentation."""
    from reader.store.search import index_row

    notes: dict[str, list[str]] = {}
    for article_id, text in conn.execute(
        "SELECT article_id, text FROM notes WHERE article_id IS NOT NULL ORDER BY id"
    ):
        notes.setdefault(article_id, []).append(text)
    rows = conn.execute("SELECT key, id, label, text FROM articles").fetchall()
    conn.executemany(
        "INSERT INTO search(rowid, title, body, notes, extra) VALUES (?, ?, ?, ?, ?)",
        (
            (key, *index_row(label, text, "\n".join(notes.get(article_id, []))))
            for key, article_id, label, text in rows
        ),
    )


def _never_reuse_ids(conn: sqlite3.Connection) -> None:
    _run_script(_V7)(conn)
    _resolve_relative_paths(conn)


def _resolve_relative_paths(conn: sqlite3.Connection) -> None:
    """A relative path that names a file here becomes absolute; others stay as they were."""
    rows = conn.execute("SELECT id, path FROM files").fetchall()
    taken = {path for _id, path in rows}
    for file_id, stored in rows:
        if Path(stored).is_absolute() or not Path(stored).is_file():
            continue
        resolved = str(Path(stored).resolve())
        if resolved not in taken:
            conn.execute("UPDATE files SET path = ? WHERE id = ?", (resolved, file_id))
            taken.add(resolved)


_V8 = """
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
ALTER TABLE files ADD COLUMN text_zlib BLOB NOT NULL DEFAULT x'';
ALTER TABLE articles ADD COLUMN text_zlib BLOB NOT NULL DEFAULT x'';
ALTER TABLE articles ADD COLUMN blocks TEXT NOT NULL DEFAULT '[]';
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5(title, body, notes, people, extra, content='');
INSERT INTO search(search, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0, 2.0, 0.5)')
"""
_V8_DROPPED = ("files", "text"), ("articles", "body"), ("articles", "text")
_REWRITE_BATCH = 1000  # rows between progress reports


def _store_texts_once(conn: sqlite3.Connection, progress: Progress | None = None) -> None:
    _run_script(_V8)(conn)
    for file_id, text in conn.execute("SELECT id, text FROM files").fetchall():
        conn.execute("UPDATE files SET text_zlib = ? WHERE id = ?", (packing.pack(text), file_id))
    keys = [row[0] for row in conn.execute("SELECT key FROM articles ORDER BY key")]
    for start in range(0, len(keys), _REWRITE_BATCH):
        _pack_articles(conn, keys[start : start + _REWRITE_BATCH])
        if progress is not None:
            progress(min(start + _REWRITE_BATCH, len(keys)), len(keys), "articles")
    for table, column in _V8_DROPPED:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    from reader.store import index

    index.rebuild(conn, progress)


def _pack_articles(conn: sqlite3.Connection, keys: list[int]) -> None:
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        f"SELECT key, text, body, figures FROM articles WHERE key IN ({marks})", keys
    ).fetchall()
    updates = []
    for key, text, body, figures in rows:
        blocks = json.loads(body)
        packed_figures = packing.pack_figures(json.loads(figures), blocks)
        updates.append((packing.pack(text), packing.pack_blocks(blocks), packed_figures, key))
    conn.executemany(
        "UPDATE articles SET text_zlib = ?, blocks = ?, figures = ? WHERE key = ?", updates
    )


Progress = Callable[[int, int, str], None]


MIGRATIONS: list[Callable[..., None]] = [
    _run_script(_V1),
    _fill_search,
    _run_script(_V3),
    _rebuild_search,
    _run_script("CREATE INDEX articles_place ON articles(city, county)"),
    _run_script(
        "UPDATE articles SET label = title WHERE coalesce(title, '') != '';\n"
        "UPDATE articles SET label = '—' WHERE label = '(untitled)'"
    ),
    _never_reuse_ids,
    _store_texts_once,
    _run_script(_V9),
    _run_script(_V10),
    _run_script(_V11),
    _run_script(_V12),
    _fill_figures,
    _pack_pages_against_articles,
    _run_script(_V15),
]
# migrations that take a progress hook
REPORTING = {_store_texts_once, _fill_figures, _pack_pages_against_articles}
VACUUM_AFTER = (8, 14)  # versions whose migration leaves much of the file free: vacuum after
LATEST_VERSION = len(MIGRATIONS)


def version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(
    db: Database,
    path: str | Path,
    target: int = LATEST_VERSION,
    progress: Progress | None = None,
) -> Path | None:
    """Upgrade to `target`; returns the backup taken first (None for a new or current file).
    `progress(done, total, what)` hears from migrations that rewrite rows."""
    current = version(db)
    if current > LATEST_VERSION:
        raise LibraryError(
            f"this library was written by a newer reader (schema {current}); please update reader"
        )
    if current >= target:
        return None
    if current < 0 or (current == 0 and _has_tables(db)):
        raise LibraryError(
            "this SQLite file belongs to another program, not a reader library; "
            "nothing was changed (choose another file)"
        )
    backup = _backup(db, path, current) if current > 0 else None
    while _step(db, target, progress):
        pass
    if current > 0 and any(current < vacuumed <= target for vacuumed in VACUUM_AFTER):
        if progress is not None:
            progress(0, 1, "compacting")  # one long call: the step is named, not counted
        db.conn.execute("VACUUM")  # give back the space the rewritten rows left free
        if progress is not None:
            progress(1, 1, "compacting")
    return backup


def _step(db: Database, target: int, progress: Progress | None = None) -> bool:
    """Run the next migration in its own transaction; False once at `target`."""
    db.conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: set it here
    try:
        with write(db) as conn:
            current = version(db)
            if current >= target:
                return False
            migration = MIGRATIONS[current]
            if migration in REPORTING:
                migration(conn, progress)
            else:
                migration(conn)
            _check_foreign_keys(conn)
            conn.execute(f"PRAGMA user_version = {current + 1}")
        return True
    finally:
        db.conn.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchone()
    if broken is not None:
        raise LibraryError(f"the upgrade would break a link in table {broken[0]}; nothing changed")


def _has_tables(db: Database) -> bool:
    return (
        db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").fetchone()
        is not None
    )


def _backup(db: Database, path: str | Path, current: int) -> Path | None:
    if str(path) == ":memory:":
        return None
    import datetime  # (here: only an upgrade needs it)

    path = Path(path)
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.stem}.v{current}-backup-{stamp}{path.suffix}")
    try:
        with translate_errors():
            copy = sqlite3.connect(target)
            try:
                db.conn.backup(copy)
            finally:
                copy.close()
    except BaseException:
        # a partial backup is no backup, and each retry would leave another
        for leftover in (target, target.with_name(target.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def dumps(value) -> str:
    """JSON for the list columns (body, figures, source_lines): compact, Chinese kept readable."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
