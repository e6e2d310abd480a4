"""Making and undoing a hand correction: the file's page parsed again, every correction of
the file re-applied, the page stored again, in one write transaction.

    fix(library, kind, ids, paragraph=None, payload=None) -> ImportOutcome
        kind 'merge' (ids: two neighbours on one page), 'split' (one id, `paragraph` the
        1-based paragraph the second part starts with, payload {title}), 'county' (payload
        {county, city}), 'kind' (payload {kind}); FixRefused when it cannot apply
    undo(library) -> CorrectionRow | None     removes the newest correction (None: none left)
    reparse(library, file_id) -> PageRecord    the stored text parsed by today's parser

The page is parsed again from the text the library stored (not the file on disk, which may
have moved), so a correction made today goes through the path every re-import takes
(`reader.importing.corrections.apply`). Tags and notes follow by `reader.store.lineage`.
"""

from __future__ import annotations

import dataclasses

from reader.importing import corrections
from reader.importing.pages import article_record, parser_fingerprint
from reader.store import ImportOutcome, Library
from reader.store.records import Correction, PageRecord
from reader.store.rows import CorrectionRow


class FixRefused(ValueError):
    """The correction cannot be made as asked (one line for the user)."""


def reparse(library: Library, file_id: int) -> PageRecord:
    from reader.ingest import parse_page

    stored = library.stored_page(file_id)
    page = parse_page(stored.text, stored.name)
    articles = [article_record(article) for article in page.articles]
    return dataclasses.replace(stored, articles=articles, parser=parser_fingerprint())


def fix(
    library: Library,
    kind: str,
    ids: list[str],
    paragraph: int | None = None,
    payload: dict | None = None,
) -> ImportOutcome:
    details = [library.article(article_id) for article_id in ids]
    file_id = details[0].file_id
    _check(library, kind, details, paragraph)
    anchors = corrections.anchors_of(kind, details, ids, paragraph)
    page = reparse(library, file_id)
    _check_applies(library, file_id, page, Correction(0, kind, anchors, payload or {}))
    return library.correct(page, file_id, corrections.apply, kind, anchors, payload or {})


def undo(library: Library) -> CorrectionRow | None:
    made = library.corrections()
    if not made:
        return None
    newest = made[-1]
    page = reparse(library, newest.file_id)
    library.undo_correction(page, newest.file_id, corrections.apply, newest.id)
    return newest


def _check(library: Library, kind: str, details: list, paragraph: int | None) -> None:
    if kind == "merge":
        first, second = details
        if first.id == second.id:
            raise FixRefused("an article cannot be merged with itself")
        if first.file_id != second.file_id or abs(first.index - second.index) != 1:
            raise FixRefused("only neighbours on one page can be merged")
    if kind == "split":
        count = len(details[0].body)
        if paragraph is None or not 2 <= paragraph <= count:
            raise FixRefused(f"--before-paragraph must be 2 to {count} (the article has {count})")


def _check_applies(library: Library, file_id: int, page: PageRecord, new: Correction) -> None:
    """Refuse (before anything is written) a correction whose anchors are not unique."""
    stored = [
        Correction(row.id, row.kind, row.anchors, row.payload)
        for row in library.corrections(file_id)
    ]
    _articles, statuses = corrections.apply(page.articles, [*stored, new], page.text)
    if statuses[0] == "stale":
        raise FixRefused("the page holds that text more than once: cannot anchor the correction")
