"""The import seam: page files in, read → decode → parse → store. The only package that
imports both `reader.ingest` (the parser) and `reader.store` (the library).

    from reader.importing import import_paths, ImportReport

    import_paths(library, paths, progress=None, should_stop=None, workers=None,
                 recursive=False) -> ImportReport        (run)
        folders give their *.txt files (sorted; with `recursive`, subfolders' too);
        progress(done, total, name) after each file (bad ones included); should_stop()
        asked between files; workers: parser processes, or a ParsePool to cancel
        (default: none under 24 files, else 2 to 4)
    ImportReport: imported (list[ImportOutcome]), errors (list[(path, message)]),
        cancelled, ok

    expand(paths, recursive) -> (files, errors); read(path) -> Source       (files)
    parse(source, parser) -> PageRecord; parser_fingerprint() -> str       (pages)
    ParsePool(workers); parse_all(sources, workers, parser); default_workers(n)  (workers)

Each page becomes a `reader.store.records.PageRecord` (plain values, its search words cut
in the parser process) and is stored by `Library.store_page` in its own transaction; what
the store does with it (unchanged, added, replaced with notes carried over) is the
`ImportOutcome`. Read-only commands never import this package (it loads the parser).
"""

from reader.importing.files import Source, expand, read
from reader.importing.pages import parse, parser_fingerprint
from reader.importing.run import ImportReport, import_paths
from reader.importing.workers import ParsePool, default_workers, parse_all

__all__ = [
    "ImportReport",
    "ParsePool",
    "Source",
    "default_workers",
    "expand",
    "import_paths",
    "parse",
    "parse_all",
    "parser_fingerprint",
    "read",
]
