"""`Library`: one library file, opened by one thread; every read and write goes through it.

In: a path (created, unless create=False, and migrated on open; read_only=True neither
creates nor migrates nor writes). Out: the row dataclasses of `reader.store.rows`.
The file's identity is checked read-only before anything is written to it (`identity`).
All writes run through `_write` (one `BEGIN IMMEDIATE` transaction each, see
`connection.write`); a second process waits up to the busy timeout, then `LibraryBusy`.
Each write first checks that the file and its -wal are still the ones opened (else
`LibraryGone`, nothing written). Writes that index words cut them before taking the lock.
A thread that needs the library (the window's import worker) opens its own `Library`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reader.store import identity, positions, schema
from reader.store.connection import (
    BUSY_TIMEOUT_SECONDS,
    open_database,
    translate_errors,
    unsynced_commits,
    write,
)
from reader.store.errors import LibraryError, LibraryGone, LibraryNotFound
from reader.store.later import Later
from reader.store.scope import EVERYTHING, Scope

if TYPE_CHECKING:
    from reader.store.corrections import Amend
    from reader.store.listing_text import Cells
    from reader.store.records import PageRecord
    from reader.store.rows import (
        ArticleDetail,
        ArticleRow,
        CorrectionRow,
        CountyRow,
        FileRow,
        ImportOutcome,
        Note,
        PageLine,
        PageRegions,
        SearchHit,
        TagRow,
    )

Progress = Callable[[int, int, str], None]


corrections = Later("reader.store.corrections")
export = Later("reader.store.export")
filing = Later("reader.store.filing")
index = Later("reader.store.index")
keywords = Later("reader.store.keywords")
ledger = Later("reader.store.ledger")
ledger_export = Later("reader.store.ledger_export")
listing_text = Later("reader.store.listing_text")
notes = Later("reader.store.notes")
queries = Later("reader.store.queries")  # (with the row dataclasses: `reader list` needs neither)
search = Later("reader.store.search")
tags = Later("reader.store.tags")


class Library:
    def __init__(
        self,
        path: str | Path,
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
        *,
        create: bool = True,
        read_only: bool = False,
        progress: Progress | None = None,
    ):
        self.path = Path(path) if str(path) != ":memory:" else path
        self.read_only = read_only
        self.busy_timeout = busy_timeout  # a thread's own Library waits as long as this one
        if isinstance(self.path, Path):
            _check_before_opening(self.path, create, read_only)
        self.db = open_database(path, busy_timeout, read_only=read_only)
        try:
            with translate_errors():
                self.backup = (
                    None if read_only else schema.migrate(self.db, path, progress=progress)
                )
                self._opened = self._identity()
        except BaseException:
            self.db.conn.close()
            raise

    def _identity(self) -> identity.Opened | None:
        if not isinstance(self.path, Path) or self.read_only:
            return None
        self.db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()  # the -wal exists now
        return identity.Opened.of(self.path)

    # -- life cycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self, segmenting: bool = False) -> Iterator:
        """The one write path: a `BEGIN IMMEDIATE` transaction on this library's connection,
        taken only once the file is known to be still ours. `segmenting`: the write indexes
        words, so the segmenter is loaded first, not while the lock is held."""
        if self.read_only:
            raise LibraryError("the library is open read-only; nothing was changed")
        if segmenting:
            from reader.lexicon import segment

            segment.tokenizer()
            index.segmenter_fingerprint()
        with write(self.db) as conn:
            if self._opened is not None and isinstance(self.path, Path):
                self._opened.check(self.path)
            if segmenting:
                index.ensure_current(conn)
            yield conn

    def is_gone(self) -> bool:
        """True if the file or its -wal was deleted or replaced since it was opened."""
        try:
            if self._opened is not None and isinstance(self.path, Path):
                self._opened.check(self.path)
        except LibraryGone:
            return True
        return False

    def save_copy_to(self, target: str | Path) -> Path:
        """Save everything this connection holds into a new library file at `target` (written
        beside it, then renamed): the way out when the open file was deleted (LibraryGone)."""
        target = Path(target)
        part = target.with_name(target.name + ".part")
        try:
            with translate_errors():
                copy = sqlite3.connect(part)
                try:
                    self.db.conn.backup(copy)
                finally:
                    copy.close()
            os.replace(part, target)
        except OSError as error:
            raise LibraryError(f"could not save a copy at {target} ({error.strerror})") from None
        finally:
            part.unlink(missing_ok=True)
        return target

    def _read(self, function, *args, **kwargs):
        with translate_errors():
            return function(self.db.conn, *args, **kwargs)

    # -- import -------------------------------------------------------------------------------

    def unchanged(self, sha256: str, parser: str) -> ImportOutcome | None:
        """The stored file with these bytes, parsed by this parser: nothing to import again."""
        return self._read(filing.unchanged, sha256, parser)

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Around a run of `store_page` calls (an import): commits not synced one by one,
        one checkpoint at the end (see `connection.unsynced_commits`)."""
        if self.read_only:
            yield
            return
        with unsynced_commits(self.db):
            yield

    def store_page(self, page: PageRecord, amend: Amend | None = None) -> ImportOutcome:
        """Store one page record (see `reader.importing`): added, or replacing the stored one,
        or unchanged if a copy with the same bytes and parser is stored already. `amend`
        re-applies the replaced file's hand corrections (`reader.store.corrections`)."""
        with self._write(segmenting=True) as conn:
            return filing.store(conn, page, amend)

    # -- corrections --------------------------------------------------------------------------

    def stored_page(self, file_id: int) -> PageRecord:
        """A stored file as a page record without articles (to parse its text again); a
        PDF's text is that of its first page (a PDF is parsed again from its file)."""
        from reader.store.records import PageRecord

        row = self._read(queries.stored_file, file_id)
        if row is None:
            raise LibraryError(f"no file {file_id} in the library")
        name, path, sha256, size, encoding, parser, text = row
        return PageRecord(name, Path(path), sha256, size, encoding, text, parser, [])

    def correct(
        self,
        page: PageRecord,
        file_id: int,
        amend: Amend,
        kind: str,
        anchors: dict,
        payload: dict,
    ) -> ImportOutcome:
        """Add a correction to the file and re-store `page` (its articles as parsed) with all
        the file's corrections applied, in one transaction."""
        with self._write(segmenting=True) as conn:
            corrections.add(conn, file_id, kind, anchors, payload)
            return filing.store(conn, page, amend, file_id)

    def undo_correction(
        self, page: PageRecord, file_id: int, amend: Amend, correction_id: int
    ) -> ImportOutcome:
        """Remove one correction of the file and re-store `page` with the rest applied."""
        with self._write(segmenting=True) as conn:
            corrections.remove(conn, correction_id)
            return filing.store(conn, page, amend, file_id)

    def corrections(self, file_id: int | None = None) -> list[CorrectionRow]:
        """Every correction (of one file), oldest first, applied and stale."""
        return self._read(corrections.listing, file_id)

    # -- reading ------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        return self._read(
            lambda conn: conn.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None
        )

    def files(self) -> list[FileRow]:
        return self._read(queries.files)

    def file(self, file_id: int) -> FileRow:
        """One stored file (LibraryError if there is none with this id)."""
        return self._read(queries.file, file_id)

    def counties(self, scope: Scope = EVERYTHING) -> list[CountyRow]:
        return self._read(queries.counties, scope)

    def article_rows(
        self,
        scope: Scope = EVERYTHING,
        title_filter: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleRow]:
        return self._read(queries.article_rows, scope, title_filter, limit, offset)

    def listing(self, scope: Scope = EVERYTHING) -> list[tuple[str, str | None, str, str]]:
        """(id, county, file name, label) of each article `article_rows` lists, in its order."""
        return self._read(queries.listing, scope)

    def listing_bytes(self, scope: Scope, cells: Cells, city_wide: str, gap: str) -> bytes | None:
        """`listing`'s rows as one plain-text table, UTF-8 (see `listing_text.table_bytes`)."""
        return self._read(listing_text.table_bytes, scope, cells, city_wide, gap)

    def count_articles(self, scope: Scope = EVERYTHING, title_filter: str | None = None) -> int:
        return self._read(queries.count_articles, scope, title_filter)

    def article(self, article_id: str) -> ArticleDetail:
        return self._read(queries.article, article_id)

    def page_lines(self, file_id: int, page: int = 1) -> list[PageLine]:
        """Every line of a stored page (1 for a text file) with the article (and role) it
        went to."""
        return self._read(queries.page_lines, file_id, page)

    def page_regions(self, file_id: int, page: int) -> list[PageRegions]:
        """The articles of one page of a PDF with their boxes there."""
        return self._read(queries.page_regions, file_id, page)

    def reading_position(self, article_id: str) -> int | None:
        """Where the reader left the article (an offset into its text), or None."""
        return self._read(positions.get, article_id)

    def set_reading_position(self, article_id: str, position: int) -> None:
        with self._write() as conn:
            positions.put(conn, article_id, position, filing.now())

    # -- tags ---------------------------------------------------------------------------------

    def tag_article(self, article_id: str, *names: str) -> None:
        with self._write() as conn:
            queries.exists(conn, article_id)
            for name in names:
                conn.execute(
                    "INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)",
                    (article_id, tags.tag_id(conn, name)),
                )

    def untag_article(self, article_id: str, name: str) -> None:
        with self._write() as conn:
            queries.exists(conn, article_id)
            conn.execute(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id IN"
                " (SELECT id FROM tags WHERE name = ?)",
                (article_id, tags.clean(name)),
            )
            tags.prune(conn)

    def tag_note(self, note_id: int, name: str) -> None:
        with self._write() as conn:
            notes.get(conn, note_id)
            conn.execute(
                "INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)",
                (note_id, tags.tag_id(conn, name)),
            )

    def untag_note(self, note_id: int, name: str) -> None:
        with self._write() as conn:
            notes.get(conn, note_id)
            conn.execute(
                "DELETE FROM note_tags WHERE note_id = ? AND tag_id IN"
                " (SELECT id FROM tags WHERE name = ?)",
                (note_id, tags.clean(name)),
            )
            tags.prune(conn)

    def tags(self) -> list[TagRow]:
        return self._read(tags.counts)

    def rename_tag(self, old: str, new: str) -> None:
        """Rename; renaming onto a tag that exists merges the two."""
        with self._write() as conn:
            tags.rename(conn, old, new)

    def delete_tag(self, name: str) -> None:
        with self._write() as conn:
            tags.delete(conn, name)

    def suggested_tags(self, article_id: str, n: int = 5) -> list[str]:
        detail = self.article(article_id)
        return keywords.keywords(f"{detail.headline}\n{detail.text}", n, exclude=detail.tags)

    # -- notes --------------------------------------------------------------------------------

    def add_note(
        self, article_id: str, text: str, quote: str | None = None, start: int | None = None
    ) -> Note:
        """A note on an article, anchored on `quote` (which must occur in the article text;
        `start` picks the occurrence). Raises ArticleNotFound, LibraryError (quote not found)."""
        cut = self._read(notes.cut_in_advance, article_id, text)
        with self._write(segmenting=True) as conn:
            note_id = notes.add(conn, article_id, text, quote, start, filing.now(), cut)
        return self.note(note_id)

    def note(self, note_id: int) -> Note:
        return self._read(notes.get, note_id)

    def update_note(self, note_id: int, text: str) -> Note:
        cut = self._read(notes.cut_in_advance, self.note(note_id).article_id, text)
        with self._write(segmenting=True) as conn:
            notes.update(conn, note_id, text, filing.now(), cut)
        return self.note(note_id)

    def delete_note(self, note_id: int, expected: Note | None = None) -> Note:
        """Delete a note; returns it as it was, for `restore_note` (undo). With `expected`
        (undo of an add), only if the row is still that note (same text and creation time),
        else LibraryError and nothing deleted."""
        with self._write(segmenting=True) as conn:
            deleted = notes.delete(conn, note_id, expected)
            tags.prune(conn)
        return deleted

    def restore_note(self, note: Note) -> Note:
        """Undo of `delete_note`: the note comes back with its id, text, anchor and tags."""
        with self._write(segmenting=True) as conn:
            tag_ids = [tags.tag_id(conn, name) for name in note.tags]
            notes.restore(conn, note, tag_ids)
        return self.note(note.id)

    def notes(self, article_id: str) -> list[Note]:
        return self._read(notes.read, "n.article_id = ?", (article_id,))

    def orphaned_notes(self) -> list[Note]:
        return self._read(notes.read, "n.orphaned = 1")

    def reattach_note(self, note_id: int, article_id: str) -> Note:
        """Attach a note (orphaned or not) to an article; its quote is re-anchored there if
        found."""
        with self._write(segmenting=True) as conn:
            notes.reattach(conn, note_id, article_id)
        return self.note(note_id)

    # -- search and export --------------------------------------------------------------------

    def search(self, query: str, scope: Scope = EVERYTHING, limit: int = 50) -> list[SearchHit]:
        """Ranked hits over headlines, bodies and notes; never raises on odd query syntax."""
        return self._read(search.search, query, scope, limit)

    def search_count(self, query: str, scope: Scope = EVERYTHING) -> int:
        """How many articles `search` finds with no limit ("50 of 640 shown")."""
        return self._read(search.count, query, scope)

    # -- the figures ledger (reader.store.ledger) ----------------------------------------------

    def figures(self, scope: Scope = EVERYTHING, narrowing=None, **order) -> list:
        """Ledger rows (`ledger.FigureRow`); `order`: order=, descending=, limit=, offset=."""
        return self._read(ledger.rows, scope, narrowing or ledger.Narrowing(), **order)

    def figure_count(self, scope: Scope = EVERYTHING, narrowing=None) -> int:
        return self._read(ledger.count, scope, narrowing or ledger.Narrowing())

    def figure_totals(self, scope: Scope = EVERYTHING, narrowing=None, how: str = "sum") -> list:
        """Per county: `ledger.CountyTotal` (sum or count), the chart's bars."""
        return self._read(ledger.totals, scope, narrowing or ledger.Narrowing(), how)

    def figure_measures(self, scope: Scope = EVERYTHING, kind: str | None = None) -> list:
        return self._read(ledger.measures, scope, kind)

    def figure_sentences(self, rows: list) -> dict[int, str]:
        return self._read(ledger.sentences, rows)

    def export_figures(self, fmt: str, scope: Scope = EVERYTHING, narrowing=None) -> str:
        """The ledger as CSV or JSON text, each row with its provenance."""
        return self._read(ledger_export.export, fmt, scope, narrowing or ledger.Narrowing())

    def export_notes(
        self,
        fmt: str,
        article_id: str | None = None,
        scope: Scope = EVERYTHING,
        figures: bool = False,
    ) -> str:
        """`figures`: each note also lists the ledger's figures of its passage."""
        if article_id is not None:
            self._read(queries.exists, article_id)
        return self._read(export.export, fmt, article_id, scope, figures)


def _check_before_opening(path: Path, create: bool, read_only: bool) -> None:
    """Read-only checks that come before any write, journal change or backup."""
    if not path.exists():
        if read_only or not create:
            raise LibraryNotFound(path)
        return
    found = identity.inspect(path, schema.LATEST_VERSION)
    if not read_only:
        return
    if found == 0:
        raise LibraryNotFound(path)
    if found < schema.LATEST_VERSION:
        raise LibraryError(
            f"the library at {path} has an older schema ({found}); a command that writes"
            " (for example `reader import`) upgrades it first"
        )
