"""The 更正 (Corrections) menu and the dialogs that ask which line or article a correction
names; the corrections themselves are the undoable commands of `reader.ui.commands`.

In: a `Session`. Out:
    ask_county(session) -> CountyDialog (non-blocking)
    ask_headline, ask_swap, ask_leftover, ask_take (session), ask_split_headline(session,
        paragraph) -> ChoiceDialog of the page's lines or articles (non-blocking; the open
        one is `session.picker`)
    page_lines(session, *roles, own=None) -> [PageLine]   the open article's page lines
    menu_rows(session, paragraph) -> [(name, text, slot)]  for the menu bar's table
    fill_menu(menu, session, paragraph)      the corrections, for the context menus
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from reader.store import LibraryError
from reader.store.scope import Scope
from reader.ui.commands import (
    give_headline,
    kind_names,
    merge_with,
    send_to_leftovers,
    set_county,
    set_kind,
    split_at,
    splittable,
    swap_headlines,
    take_leftover,
)
from reader.ui.pickers import ChoiceDialog, CountyDialog, counties_of, line_choices

translate = QCoreApplication.translate  # lupdate knows this name


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


def _ask(session, title: str, prompt: str, choices, then) -> ChoiceDialog | None:
    """A non-blocking pick from `choices`; `then(value)` when the user accepts one."""
    if session.article is None:
        return None
    dialog = ChoiceDialog(title, prompt, choices, None, session.parent())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: dialog.value() is not None and then(dialog.value()))
    session.picker = dialog
    dialog.open()
    return dialog


def page_lines(session, *roles: str, own: bool | None = None) -> list:
    """The open article's page lines of these roles (`own`: only its own lines, or only
    the others'; None: both)."""
    article = session.article
    try:
        lines = session.library.page_lines(article.file_id, article.page)
    except LibraryError as error:
        session.status.emit(str(error))
        return []
    mine = (lambda line: line.article_id == article.id) if own else None
    others = (lambda line: line.article_id != article.id) if own is False else None
    keep = mine or others or (lambda line: True)
    return [line for line in lines if line.role in roles and keep(line)]


def _headline_candidates(session) -> list:
    """Other articles' headline lines and the leftovers, in page order."""
    lines = page_lines(session, "headline", "leftover", own=False)
    return lines + page_lines(session, "headline", own=True)


def ask_headline(session) -> ChoiceDialog | None:
    if session.article is None:
        return None
    return _ask(
        session,
        translate("Corrections", "Change headline"),
        translate("Corrections", "The article's headline is the line:"),
        line_choices(sorted(_headline_candidates(session), key=lambda line: line.number)),
        lambda line: give_headline(session, line),
    )


def ask_split_headline(session, paragraph) -> ChoiceDialog | None:
    """Split before the cursor's paragraph, the second part headed by a line of the page."""
    at = paragraph()
    if not splittable(session, at):
        return None
    lines = sorted(
        _headline_candidates(session) + page_lines(session, "body", own=True),
        key=lambda line: line.number,
    )
    return _ask(
        session,
        translate("Corrections", "Split article"),
        translate("Corrections", "The second part's headline is the line:"),
        line_choices(lines),
        lambda line: split_at(session, at, line),
    )


def ask_leftover(session) -> ChoiceDialog | None:
    if session.article is None:
        return None
    return _ask(
        session,
        translate("Corrections", "Send line to leftovers"),
        translate("Corrections", "This line is page furniture, in no article:"),
        line_choices(page_lines(session, "headline", "byline", "body", own=True)),
        lambda line: send_to_leftovers(session, line),
    )


def ask_take(session) -> ChoiceDialog | None:
    if session.article is None:
        return None
    return _ask(
        session,
        translate("Corrections", "Take leftover line"),
        translate("Corrections", "This leftover line belongs to the article:"),
        line_choices(page_lines(session, "leftover")),
        lambda line: take_leftover(session, line),
    )


def ask_swap(session) -> ChoiceDialog | None:
    article = session.article
    if article is None:
        return None
    rows = session.library.article_rows(Scope(file_id=article.file_id))
    choices = [(f"{row.index + 1}. {row.title}", row.id) for row in rows if row.id != article.id]
    return _ask(
        session,
        translate("Corrections", "Swap headlines"),
        translate("Corrections", "Swap headlines with:"),
        choices,
        lambda other: swap_headlines(session, other),
    )


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
        ("split_headline",
         translate("Corrections", "Split before this paragraph, with a headline…"),
         lambda: ask_split_headline(s, paragraph)),
        (None, None, None),
        ("headline_line", translate("Corrections", "Headline from a line of the page…"),
         lambda: ask_headline(s)),
        ("swap_headline", translate("Corrections", "Swap headline with…"), lambda: ask_swap(s)),
        ("send_leftover", translate("Corrections", "Send a line to the leftovers…"),
         lambda: ask_leftover(s)),
        ("take_leftover", translate("Corrections", "Take a leftover line…"), lambda: ask_take(s)),
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
        if name in ("split_here", "split_headline") and paragraph is None:
            continue
        if name is None:
            sub.addSeparator()
        else:
            acts[name] = sub.addAction(text)
            acts[name].triggered.connect(lambda _checked=False, slot=slot: slot())
    return acts
