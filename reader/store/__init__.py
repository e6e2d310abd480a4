"""The SQLite library (sqlite3, WAL): files, articles, tags, notes, search, export. No Qt, no
parser.

    from reader.store import Library, Scope, default_library_path, ArticleNotFound, LibraryError

    lib = Library(path)                 open or create, migrate (backup first); lib.close(),
                                        or `with Library(path) as lib:`; one per thread
    Library(path, create=False)         LibraryNotFound ("no library at PATH") if no file is
                                        there; no folder is made (read commands)
    Library(path, read_only=True)       `mode=ro` (immutable on a read-only mount); never
                                        creates or migrates: an older schema is one
                                        LibraryError (a write command upgrades it); every
                                        write raises LibraryError("... open read-only ...")
    Before anything is written (journal mode, backup, migration) the file is checked
    read-only to be a reader library: another program's SQLite file, or one whose
    user_version is not ours (0 with tables, negative), is refused and left byte for byte.
    lib.path, lib.read_only             as opened
    lib.db                              the connection (`lib.db.conn`, `lib.db.execute`): for
                                        reads; every write goes through a method below
    lib.backup                          Path of the backup taken before a migration, or None
                                        (a backup that fails half-way is removed)
    lib.is_gone() -> bool               the file or its -wal was deleted or replaced since it
                                        was opened (see LibraryGone)
    lib.save_copy_to(path) -> Path      everything the open connection holds, into a new file
                                        (the way out after LibraryGone)

Storing pages (the import itself, files to records, is `reader.importing`: this package
never imports the parser)
    lib.store_page(PageRecord) -> ImportOutcome     one page in one write transaction
    with lib.bulk(): ...                a run of store_page calls (an import): commits are
                                        not synced one by one, one checkpoint at the end
    lib.unchanged(sha256, parser) -> ImportOutcome | None   stored with these bytes and parser
    PageRecord(name, path, sha256, size, encoding, text, parser, articles: [ArticleRecord(id,
        index, kind, kicker, title, subtitle, byline, dateline, city, county, body:
        [BodyBlock(type, text)], figures: [dict], headline_confidence, source_lines,
        words=None)]) in `reader.store.records`: plain values; `parser` is the fingerprint
        of what parsed it, `words` the search words cut beforehand (None: cut here)
    ImportOutcome: file_id, name, status ('added'|'unchanged'|'replaced'), articles,
        orphaned_notes, relocations (list[Relocation(note_id, from_article, to_article,
        how 'id'|'similar'|'quote'|'orphaned')]: every note the re-import moved),
        replaced_chars (characters that could not be read and were replaced)
    A page is stored under its resolved absolute path; a file with the same bytes or the
    same path is replaced, and so is a file of the same name whose articles mostly match
    (same story, see relocate: another spelling of the path, a moved folder).

Hand corrections (schema v9; applied by `reader.importing.corrections`, made and undone by
`reader.importing.fixes`: this package stores them, it never parses)
    lib.store_page(page, amend)         `amend` (corrections.Amend) re-applies the replaced
                                        file's corrections, in order, before storing; the
                                        ones that no longer apply are kept as 'stale'
                                        (ImportOutcome.stale_corrections)
    lib.stored_page(file_id) -> PageRecord      the stored file without articles (to parse
                                        its text again)
    lib.correct(page, file_id, amend, kind, anchors, payload) -> ImportOutcome
                                        add a correction and re-store the page with all of
                                        the file's corrections applied: one transaction
    lib.undo_correction(page, file_id, amend, correction_id) -> ImportOutcome
    lib.corrections(file_id=None) -> list[CorrectionRow(id, file_id, file_name, kind,
        anchors, payload, created, status 'applied'|'stale')]    oldest first
    Tags and notes follow the articles a correction makes: on the same page text, along the
    source lines old and new articles share (`lineage`), then by the re-import rules.
    ArticleDetail.corrected (and ArticleRecord.corrected): a correction made or changed it.

Reading: which articles is one `Scope` (reader.store.scope): Scope() the whole library,
Scope(file_id=…, city=…, county=…, city_wide=True, tag=…) narrowed (city_wide: no county;
placeless=True: no city and no county); scope.where("a") is the one SQL condition that
listings, counts, search and export share
    lib.is_empty() -> bool
    lib.files() -> list[FileRow(id, name, path, article_count, kind, pages, sha256)]
    lib.file(file_id) -> FileRow
    lib.counties(scope=Scope()) -> list[CountyRow(city, county, article_count)]   sorted
    lib.article_rows(scope=Scope(), title_filter=None, limit=None, offset=0)
        -> list[ArticleRow(id, title, kind, city, county, file_id, file_name, index,
                           corrected, to_check)]
        ordered by file name, then reading order
    lib.listing(scope=Scope()) -> list[(id, county, file name, label)]   the same order
    lib.listing_bytes(scope, cells, city_wide, gap) -> bytes | None   the listing as an
        aligned text table joined by SQLite, UTF-8 (`reader list`; None: lay it out yourself)
    lib.count_articles(scope=Scope(), title_filter=None) -> int
    lib.article(article_id) -> ArticleDetail    raises ArticleNotFound; fields of the parsed
        Article plus file_id, file_name, raw_lines [(line_no, text)], tags, text (body blocks
        joined by "\\n": note offsets index it), headline (property)
    lib.page_lines(file_id, page=1) -> list[PageLine(number, text, article_id, article_index, role)]
    lib.page_regions(file_id, page) -> list[PageRegions(article_id, article_index, label, regions)]
        every line of the stored page; role headline|byline|body|leftover|blank
    lib.reading_position(article_id) -> int | None   where the reader left it (an offset
        into its text; schema v12, kept by article id: a re-import keeping the id keeps it)
    lib.set_reading_position(article_id, position)   one write; LibraryError if read-only

The figures ledger (schema v13; `reader.store.ledger`): a row per figure, written with its
article (import, re-import, correction); `narrowing` is ledger.Narrowing(kind, measure,
text, article_ids) beyond the scope
    lib.figures(scope=Scope(), narrowing=None, order="place", descending=False, limit=None,
        offset=0) -> list[FigureRow(id, article_id, file_id, file_name, headline, byline, city,
        county, kind, value, value_high, unit, measure, approx, date, printed, start, end,
        sentence_start, sentence_end, label; .shown "206,890,000 元")]   sorted in SQL
    lib.figure_count(scope=Scope(), narrowing=None) -> int
    lib.figure_totals(scope=Scope(), narrowing=None, how="sum"|"count")
        -> list[CountyTotal(city, county, total, rows)]     the chart's bars
    lib.figure_measures(scope=Scope(), kind=None) -> [(measure word, rows)]
    lib.figure_sentences(rows) -> {figure id: its sentence}
    lib.export_figures(fmt "csv"|"json", scope=Scope(), narrowing=None) -> str   each row with
        its provenance (file, headline, byline, county, sentence; `reader.store.ledger_export`)
    ArticleDetail.figures carry their ledger fields and `shown` (the tooltips' full value)

Tags (on articles and notes; a tag left on nothing disappears)
    lib.tag_article(article_id, *tags); lib.untag_article(article_id, tag)
    lib.tag_note(note_id, tag); lib.untag_note(note_id, tag)
    lib.tags() -> list[TagRow(name, count, article_count, note_count)]
    lib.rename_tag(old, new)   (onto an existing tag: merge); lib.delete_tag(name)
    lib.suggested_tags(article_id, n=5) -> list[str]      jieba TF-IDF keywords

Notes (W3C TextQuoteSelector: quote + 32 chars prefix/suffix, and TextPositionSelector)
    lib.add_note(article_id, text, quote=None, start=None) -> Note
        the quote must occur in ArticleDetail.text (else LibraryError); start picks the
        occurrence
    lib.note(note_id) -> Note; lib.update_note(note_id, text) -> Note
    lib.delete_note(note_id, expected=None) -> Note (as deleted); lib.restore_note(note) ->
        Note (same id); ids are AUTOINCREMENT, never reused; restore_note refuses
        (LibraryError) an id in use; with `expected` (undo of an add) delete_note deletes only
        that very note (same text and creation time), else LibraryError
    lib.notes(article_id) -> list[Note]; lib.orphaned_notes() -> list[Note]
    lib.reattach_note(note_id, article_id) -> Note
    Note: id, article_id, text, quote, prefix, suffix, start, end, created, updated,
        orphaned, tags, file_id, file_name, title, byline, county (provenance: where the
        note was last attached), anchor_quote (the passage at start..end now), relocated,
        quote_start, quote_end (where the user selected `quote`, which is never rewritten)
    Re-import of a changed page keeps every tag and note, within the same story: same
    article id, else the most alike new article of the same county (one to one), else an
    exact quote of 12+ characters found in exactly one new article; else the note is kept,
    orphaned (NoteNotFound for a missing note id).

Search and export
    lib.search(query, scope=Scope(), limit=50) -> list[SearchHit(
        article_id, title, county, file_name, snippet, rank, terms)]
        FTS5 over jieba words of headline, body and notes, best (lowest bm25 rank) first;
        every query token is quoted, so no input raises; snippet: HTML-escaped original
        text (body, else notes, else headline) with <b>…</b> round each query token;
        terms: the query's searchable words, to mark them in the opened article
    lib.search_count(query, scope=Scope()) -> int
        all the articles the query matches, for "50 of 640 shown, --limit N for more"
    lib.export_notes(fmt 'md'|'csv'|'json', article_id=None, scope=Scope(), figures=False)
        -> str   see reader.store.export; an unknown article id raises ArticleNotFound;
        `figures`: each note lists the figures of its passage

Errors: LibraryError (one line for the user), its subclasses ArticleNotFound, NoteNotFound,
LibraryBusy (another process kept the file locked past the 5 s busy timeout),
LibraryNotFound (create=False or read_only on a missing file), LibraryGone (the file or its
-wal was deleted or replaced while open: checked before every write, nothing written).
Writes that index words (notes, imports) load the segmenter before taking the write lock.
default_library_path(): READER_DB, else platformdirs user_data_dir("reader")/library.sqlite3.
"""

from typing import TYPE_CHECKING

from reader.store.errors import (
    ArticleNotFound,
    LibraryBusy,
    LibraryError,
    LibraryGone,
    LibraryNotFound,
    NoteNotFound,
)
from reader.store.library import Library
from reader.store.paths import default_library_path
from reader.store.scope import Scope

if TYPE_CHECKING:
    from reader.store.rows import (
        ArticleDetail,
        ArticleRow,
        CorrectionRow,
        CountyRow,
        FileRow,
        ImportOutcome,
        Note,
        PageRegions,
        Relocation,
        SearchHit,
        TagRow,
    )

__all__ = [
    "ArticleDetail",
    "ArticleNotFound",
    "ArticleRow",
    "CorrectionRow",
    "CountyRow",
    "FileRow",
    "ImportOutcome",
    "Library",
    "LibraryBusy",
    "LibraryError",
    "LibraryGone",
    "LibraryNotFound",
    "Note",
    "NoteNotFound",
    "PageRegions",
    "Relocation",
    "Scope",
    "SearchHit",
    "TagRow",
    "default_library_path",
]


def __getattr__(name: str):
    """The row dataclasses, defined on first use: `reader list` makes none (PEP 562). (The
    other names of `__all__` are bound above, so only the rows ever get here.)"""
    if name in __all__:
        from reader.store import rows

        return getattr(rows, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
