"""Hand corrections from the window: undoable commands, the county dialog and the 更正 menu.

In: a `Session` (its library, undo stack and open article). Out:
    Correct(session, kind, ids, paragraph, payload, keep)   a QUndoCommand: redo is
        `reader.importing.fixes.fix`, undo removes that one correction (the core's undo of
        it: the page parsed again with the file's other corrections); both save at once
    merge_with(session, step)      the open article with the next (+1) or previous (-1) one
    split_at(session, paragraph)   before a 1-based paragraph of the open article
    set_kind(session, kind); ask_county(session) -> CountyDialog (non-blocking)
    counties_of(library, city) -> [county]   the gazetteer's and the library's, sorted
    fill_menu(menu, session, paragraph)      the corrections, for the context menus
A correction the core refuses (not neighbours, no such paragraph) is dropped from the stack
and its reason shown in the status bar. After each step the session re-opens the article it
keeps (a merge: the first; a split: the first part) and the views read the library again.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.store import LibraryError
from reader.store.scope import Scope

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

    def __init__(self, session, kind, ids, paragraph=None, payload=None, keep=None, text=""):
        super().__init__(text)
        self._session = session
        self._args = (kind, list(ids), paragraph, payload or {})
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
        from reader.importing.fixes import reparse

        library, file_id = self._session.library, self._file_id
        try:
            page = reparse(library, file_id)
            library.undo_correction(page, file_id, corrections.apply, self.correction_id)
        except LibraryError as error:
            self._refused(str(error))
            return
        self._session.show_corrected(self._before)

    def _refused(self, message: str) -> None:
        self.setObsolete(True)
        self._session.report_failure(message)


def neighbour(library, article, step: int) -> str | None:
    """The id of the article `step` places away on the same page (None: none there)."""
    rows = library.article_rows(Scope(file_id=article.file_id))
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


def split_at(session, paragraph: int | None) -> bool:
    article = session.article
    if article is None:
        return False
    if paragraph is None or not 2 <= paragraph <= len(article.body):
        session.status.emit(
            translate("Corrections", "Put the cursor in the paragraph the second part starts with.")
        )
        return False
    text = translate("Corrections", "Split article")
    return _push(
        session, Correct(session, "split", [article.id], paragraph, {"title": None}, text=text)
    )


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


@lru_cache(maxsize=16)
def _gazetteer_counties(city: str) -> tuple[str, ...]:
    from reader.lexicon.gazetteer import gazetteer, home_province

    places = gazetteer(home_province())
    return tuple(
        {
            place.name
            for name in places.all_names()
            for place in places.lookup(name)
            if place.level == "county" and place.city == city
        }
    )


def counties_of(library, city: str | None) -> list[str]:
    if not city:
        return []
    known = {row.county for row in library.counties(Scope(city=city)) if row.county}
    return sorted(known | set(_gazetteer_counties(city)))


class CountyDialog(QDialog):
    """Pick a county of the article's city, or "city-wide"; `chosen(county | None)`."""

    def __init__(self, city: str | None, counties: list[str], current, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Corrections", "Set county"))
        self.list = QListWidget(self)
        whole = translate("Corrections", "%1 (city-wide)").replace("%1", city or "")
        for label, value in [(whole, None), *((name, name) for name in counties)]:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            if value == current:
                self.list.setCurrentItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("Corrections", "The article is about:"), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def select(self, county: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == county:
                self.list.setCurrentRow(row)

    def county(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def ask_county(session, parent: QWidget | None = None) -> CountyDialog | None:
    article = session.article
    if article is None:
        return None
    counties = counties_of(session.library, article.city)
    dialog = CountyDialog(article.city, counties, article.county, parent or session.parent())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: set_county(session, dialog.county()))
    session.county_dialog = dialog
    dialog.open()
    return dialog


def menu_rows(session, paragraph) -> list[tuple]:
    """(name, text, slot) of the corrections, for the menu bar and the context menus;
    (None, None, None): a separator. `paragraph()` is the paragraph under the cursor."""
    s = session
    return [
        ("merge_next", translate("Corrections", "Merge with the next article"),
         lambda: merge_with(s, 1)),
        ("merge_previous", translate("Corrections", "Merge with the previous article"),
         lambda: merge_with(s, -1)),
        ("split_here", translate("Corrections", "Split before this paragraph"),
         lambda: split_at(s, paragraph())),
        (None, None, None),
        ("set_county", translate("Corrections", "Set county…"), lambda: ask_county(s)),
        *[
            (f"kind_{kind}", translate("Corrections", "Kind: %1").replace("%1", name),
             lambda kind=kind: set_kind(s, kind))
            for kind, name in kind_names().items()
        ],
    ]  # fmt: skip


def fill_menu(menu, session, paragraph=None) -> dict:
    """Add the corrections to a context menu, as a 更正 submenu ({name: QAction}); with no
    `paragraph` (the tree's menu) there is no split."""
    sub = menu.addMenu(translate("Corrections", "&Corrections"))
    sub.setEnabled(session.article is not None)
    acts = {}
    for name, text, slot in menu_rows(session, paragraph or (lambda: None)):
        if name == "split_here" and paragraph is None:
            continue
        if name is None:
            sub.addSeparator()
        else:
            acts[name] = sub.addAction(text)
            acts[name].triggered.connect(lambda _checked=False, slot=slot: slot())
    return acts
