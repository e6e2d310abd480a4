"""The SQLite library (sqlite-utils): files, articles, tags, notes, search, export. No Qt.

    from reader.store import Library, default_library_path, ArticleNotFound, LibraryBusy, LibraryError

    lib = Library(path)                 open or create, migrate (backup first); lib.close(),
                                        or `with Library(path) as lib:`; one per thread
    lib.backup                          Path of the backup taken before a migration, or None

Import
    lib.import_paths(paths, progress=None, should_stop=None, workers=None) -> ImportReport
        folders give their *.txt files (sorted, not recursive); progress(done, total, name)
        after each file (bad ones included);
        should_stop() asked between files; workers: parser processes (default: 2+ for
        24 files or more, else none)
    ImportReport: imported (list[ImportOutcome]), errors (list[(path, message)]), cancelled, ok
    ImportOutcome: file_id, name, status ('added'|'unchanged'|'replaced'), articles,
        orphaned_notes
    lib.store_parsed(importer.parse(importer.read(path))) -> ImportOutcome   (one page)

Reading (county=... (Ellipsis) means any county, county=None the city-wide articles)
    lib.is_empty() -> bool
    lib.files() -> list[FileRow(id, name, path, article_count)]
    lib.counties(file_id=None) -> list[CountyRow(city, county, article_count)]   sorted
    lib.article_rows(file_id=None, county=..., tag=None, title_filter=None, limit=None,
                     offset=0) -> list[ArticleRow(id, title, kind, city, county, file_id,
                     file_name, index)]          ordered by file name, then reading order
    lib.count_articles(file_id=None, county=..., tag=None, title_filter=None) -> int
    lib.article(article_id) -> ArticleDetail    raises ArticleNotFound; fields of the parsed
        Article plus file_id, file_name, raw_lines [(line_no, text)], tags, text (body blocks
        joined by "\\n": note offsets index it), headline (property)

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
    lib.delete_note(note_id) -> Note (as deleted); lib.restore_note(note) -> Note (same id)
    lib.notes(article_id) -> list[Note]; lib.orphaned_notes() -> list[Note]
    lib.reattach_note(note_id, article_id) -> Note
    Note: id, article_id, text, quote, prefix, suffix, start, end, created, updated,
        orphaned, tags, file_id, file_name, title, byline, county (provenance: where the
        note was last attached)
    Re-import of a changed page keeps every tag and note: same article id, else the most
    alike new article, else the quote found in another article of that file; else the note
    is kept, orphaned (NoteNotFound for a missing note id).

Search and export
    lib.search(query, county=..., file_id=None, tag=None, limit=50) -> list[SearchHit(
        article_id, title, county, file_name, snippet, rank)]
        FTS5 over jieba words of headline, body and notes, best (lowest bm25 rank) first;
        every query token is quoted, so no input raises; snippet: HTML-escaped original
        text (body, else notes, else headline) with <b>…</b> round each query token
    lib.export_notes(fmt 'md'|'csv'|'json', article_id=None, county=..., tag=None) -> str

Errors: LibraryError (one line for the user), its subclasses ArticleNotFound, NoteNotFound,
LibraryBusy (another process kept the file locked past the 5 s busy timeout).
default_library_path(): READER_DB, else platformdirs user_data_dir("reader")/library.sqlite3.
"""

from reader.store.errors import ArticleNotFound, LibraryBusy, LibraryError, NoteNotFound
from reader.store.library import Library
from reader.store.paths import default_library_path
from reader.store.rows import (
    ArticleDetail,
    ArticleRow,
    CountyRow,
    FileRow,
    ImportOutcome,
    ImportReport,
    Note,
    SearchHit,
    TagRow,
)

__all__ = [
    "ArticleDetail",
    "ArticleNotFound",
    "ArticleRow",
    "CountyRow",
    "FileRow",
    "ImportOutcome",
    "ImportReport",
    "Library",
    "LibraryBusy",
    "LibraryError",
    "Note",
    "NoteNotFound",
    "SearchHit",
    "TagRow",
    "default_library_path",
]
