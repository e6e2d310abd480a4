"""The undoable hand corrections of the window: one `QUndoCommand` per correction.

In: a `Session` (its library, undo stack and open article). Out:
    Correct(session, kind, ids, paragraph, payload, keep, text, line)   a QUndoCommand:
        redo is `reader.importing.fixes.fix`, undo removes that one correction (the core's
        undo of it: the page parsed again with the file's other corrections); both save
    merge_with(session, step)      the open article with the next (+1) or previous (-1) one
    split_at(session, paragraph, headline_line=None)   before a 1-based paragraph of the
                                   open article; the second part headed by that page line
    splittable(session, paragraph) -> bool   whether it can be (else the status bar says how)
    give_headline(session, line); swap_headlines(session, other_id)
    send_to_leftovers(session, line); take_leftover(session, line)
    set_kind(session, kind); set_county(session, county)
    neighbour(library, article, step) -> id | None;  kind_names() -> {kind: shown name}
Each returns True when the correction was made. A correction the core refuses (not
neighbours, no such paragraph, a line that cannot go there) is dropped from the stack and its
reason shown in the status bar. After each step the session re-opens the article it keeps (a
merge: the first; a split: the first part) and the views read the library again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from reader.store import LibraryError
from reader.store.scope import Scope
from reader.ui.refusals import refusal_text

translate = QCoreApplication.translate  # lupdate knows this name
KINDS = ("news", "brief", "photo")


def kind_names() -> dict[str, str]:
    return {
        "news": translate("Corrections", "News"),
        "brief": translate("Corrections", "Brief"),
        "photo": translate("Corrections", "Photo"),
    }


class Correct(QUndoCommand):
    """One correction as one undo step; exceptions never cross the C++ undo stack."""

    def __init__(
        self, session, kind, ids, paragraph=None, payload=None, keep=None, text="", line=None
    ):
        super().__init__(text)
        self._session = session
        self._args = (kind, list(ids), paragraph, payload or {}, line)
        self._keep = keep or ids[0]
        self._before = session.article.id if session.article is not None else self._keep
        self._file_id: int | None = None
        self.correction_id: int | None = None

    def redo(self) -> None:
        from reader.importing.fixes import FixRefused, fix

        library = self._session.library
        try:
            self._file_id = library.article(self._args[1][0]).file_id
            fix(library, *self._args)
            self.correction_id = library.corrections(self._file_id)[-1].id
        except (FixRefused, LibraryError) as error:
            self._refused(str(error))
            return
        self._session.show_corrected(self._keep)

    def undo(self) -> None:
        from reader.importing import corrections
        from reader.importing.fixes import FixRefused, reparse

        library, file_id = self._session.library, self._file_id
        try:
            page = reparse(library, file_id)
            library.undo_correction(page, file_id, corrections.apply, self.correction_id)
        except (FixRefused, LibraryError) as error:  # a PDF moved since: nothing was undone
            self._refused(str(error))
            return
        self._session.show_corrected(self._before)

    def _refused(self, message: str) -> None:
        self.setObsolete(True)
        self._session.report_failure(refusal_text(message))


def neighbour(library, article, step: int) -> str | None:
    """The id of the article `step` places away on the same page (of a PDF too; None: none
    there)."""
    rows = library.article_rows(Scope(file_id=article.file_id, page=article.page))
    position = next((n for n, row in enumerate(rows) if row.id == article.id), None)
    if position is None or not 0 <= position + step < len(rows):
        return None
    return rows[position + step].id


def merge_with(session, step: int) -> bool:
    article = session.article
    if article is None:
        return False
    other = neighbour(session.library, article, step)
    if other is None:
        session.status.emit(translate("Corrections", "No article there on this page."))
        return False
    ids = [article.id, other] if step > 0 else [other, article.id]
    text = translate("Corrections", "Merge articles")
    return _push(session, Correct(session, "merge", ids, text=text))


def splittable(session, paragraph: int | None) -> bool:
    """The open article can be split before `paragraph`; else the status bar says how."""
    article = session.article
    if article is None:
        return False
    if paragraph is None or not 2 <= paragraph <= len(article.body):
        session.status.emit(
            translate("Corrections", "Put the cursor in the paragraph the second part starts with.")
        )
        return False
    return True


def split_at(session, paragraph: int | None, headline_line: int | None = None) -> bool:
    article = session.article
    if not splittable(session, paragraph):
        return False
    text = translate("Corrections", "Split article")
    command = Correct(
        session, "split", [article.id], paragraph, {"title": None}, text=text, line=headline_line
    )
    return _push(session, command)


def give_headline(session, line: int) -> bool:
    """Line `line` of the page becomes the open article's headline."""
    text = translate("Corrections", "Change headline")
    return _on_line(session, "headline", line, {}, text)


def send_to_leftovers(session, line: int) -> bool:
    text = translate("Corrections", "Send line to leftovers")
    return _on_line(session, "leftover", line, {"direction": "out"}, text)


def take_leftover(session, line: int) -> bool:
    text = translate("Corrections", "Take leftover line")
    return _on_line(session, "leftover", line, {"direction": "in"}, text)


def _on_line(session, kind: str, line: int, payload: dict, text: str) -> bool:
    article = session.article
    if article is None:
        return False
    return _push(session, Correct(session, kind, [article.id], None, payload, text=text, line=line))


def swap_headlines(session, other_id: str) -> bool:
    article = session.article
    if article is None or other_id == article.id:
        return False
    text = translate("Corrections", "Swap headlines")
    ids = [article.id, other_id]
    return _push(session, Correct(session, "headline", ids, None, {"swap": True}, text=text))


def set_kind(session, kind: str) -> bool:
    article = session.article
    if article is None or article.kind == kind:
        return False
    text = translate("Corrections", "Set kind")
    return _push(session, Correct(session, "kind", [article.id], None, {"kind": kind}, text=text))


def set_county(session, county: str | None) -> bool:
    article = session.article
    if article is None or article.county == county:
        return False
    text = translate("Corrections", "Set county")
    payload = {"county": county, "city": article.city}
    return _push(session, Correct(session, "county", [article.id], None, payload, text=text))


def _push(session, command: Correct) -> bool:
    session.undo_stack.push(command)
    return command.correction_id is not None
