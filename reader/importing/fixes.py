"""Making and undoing a hand correction: the file's page parsed again, every correction of
the file re-applied, the page stored again, in one write transaction.

    fix(library, kind, ids, paragraph=None, payload=None, line=None) -> ImportOutcome
        kind 'merge' (ids: two neighbours on one page), 'split' (one id, `paragraph` the
        1-based paragraph the second part starts with, payload {title}, or `line` the
        line its headline is read from), 'county' (payload {county, city}), 'kind'
        (payload {kind}), 'headline' (one id and `line`, a line number of its page; or two
        ids: swap), 'leftover' (one id and `line`, payload {direction: 'out'|'in'}: the
        line leaves the article, or a leftover line joins it); FixRefused when it cannot
        apply
    undo(library) -> CorrectionRow | None     removes the newest correction (None: none left)
    reparse(library, file_id) -> PageRecord    the stored text parsed by today's parser

The page is parsed again from the text the library stored (not the file on disk, which may
have moved; a PDF, whose bytes the library does not keep, is read again from its path and
must be unchanged; its line corrections are refused, since its lines are numbered per
page), so a correction made today goes through the path every re-import takes
(`reader.importing.corrections.apply`). Tags and notes follow by `reader.store.lineage`.
"""

from __future__ import annotations

import dataclasses

from reader.importing import corrections, moves
from reader.importing.pages import article_record, parser_fingerprint
from reader.importing.spans import Stale, flat, run_at
from reader.store import ImportOutcome, Library
from reader.store.paths import disk_path
from reader.store.records import Correction, PageRecord
from reader.store.rows import CorrectionRow


class FixRefused(ValueError):
    """The correction cannot be made as asked (one line for the user)."""


def reparse(library: Library, file_id: int) -> PageRecord:
    if library.file(file_id).kind == "pdf":
        return _reparse_pdf(library, file_id)
    from reader.ingest import parse_page

    stored = library.stored_page(file_id)
    page = parse_page(stored.text, stored.name)
    articles = [article_record(article) for article in page.articles]
    return dataclasses.replace(stored, articles=articles, parser=parser_fingerprint())


def _reparse_pdf(library: Library, file_id: int) -> PageRecord:
    """A PDF is read again from where the user keeps it (the library keeps no copy of its
    bytes); refused when it moved or changed, since its articles could not be the same."""
    from reader.importing import files, pdfs

    stored = library.file(file_id)
    try:
        source = files.read(disk_path(stored.path))
    except OSError as error:
        raise FixRefused(
            f"the PDF is no longer readable at {stored.path} ({error.strerror or error}):"
            " import it again from where it is now, then correct it"
        ) from error
    if source.sha256 != stored.sha256:
        raise FixRefused(
            f"the PDF at {stored.path} has changed since it was imported: import it again,"
            " then correct it"
        )
    return pdfs.parse_pdf(source, parser_fingerprint())


def fix(
    library: Library,
    kind: str,
    ids: list[str],
    paragraph: int | None = None,
    payload: dict | None = None,
    line: int | None = None,
) -> ImportOutcome:
    details = [library.article(article_id) for article_id in ids]
    file_id = details[0].file_id
    _check(library, kind, details, paragraph)
    if line is not None and library.file(file_id).kind == "pdf":
        raise FixRefused(
            "line corrections are for text pages; on a PDF page, merge, split, or set the"
            " county or kind"
        )
    anchors = corrections.anchors_of(kind, details, ids, paragraph)
    if line is not None:
        anchors["headline" if kind == "split" else "line"] = _line_anchor(
            library, kind, details[0], line, (payload or {}).get("direction")
        )
    elif kind in ("headline", "leftover") and len(ids) == 1:
        raise FixRefused("name a line of the page (--line N)")
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
        if (
            first.file_id != second.file_id
            or first.page != second.page
            or abs(first.index - second.index) != 1
        ):
            raise FixRefused("only neighbours on one page can be merged")
    if kind == "headline" and len(details) == 2:
        first, second = details
        if first.id == second.id or first.file_id != second.file_id:
            raise FixRefused("headlines are swapped between two articles of one page")
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
    articles, _statuses = corrections.apply(page.articles, stored, page.text)
    try:
        corrections.APPLIERS[new.kind](articles, new, page.text.splitlines())
    except Stale as error:
        raise FixRefused(f"cannot make that correction: {error}") from None


def _line_anchor(library: Library, kind: str, article, number: int, direction) -> dict:
    """The anchor of line `number` of the article's page (a headline line: its whole part),
    refused when the line cannot go where the correction puts it."""
    rows = library.page_lines(article.file_id, article.page)
    if not 1 <= number <= len(rows) or not flat(rows[number - 1].text):
        raise FixRefused(f"line {number} is not a line of text on the page (1 to {len(rows)})")
    row, lines = rows[number - 1], [r.text for r in rows]
    if kind == "leftover" and direction == "out" and row.article_id != article.id:
        raise FixRefused(f"line {number} is not in article {article.id}")
    if kind == "leftover" and direction != "out" and row.article_id is not None:
        raise FixRefused(f"line {number} is not a leftover (it is in {row.article_id})")
    text = flat(row.text)
    if kind != "leftover" and row.role == "headline" and row.article_id is not None:
        text = _headline_part(library.article(row.article_id), lines, number) or text
        if row.article_id == article.id and text == flat(article.headline):
            raise FixRefused(f"line {number} is already the headline of {article.id}")
    return moves.line_anchor(lines, text, number)


def _headline_part(owner, lines: list[str], number: int) -> str | None:
    """The whitespace-free headline part (kicker, title, subtitle) line `number` is part of."""
    for part in (owner.kicker, owner.title, owner.subtitle):
        if part and flat(lines[number - 1]) in flat(part):
            try:
                run_at(lines, flat(part), number)
            except Stale:
                continue
            return flat(part)
    return None
