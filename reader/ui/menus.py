"""The menu bar and its shortcuts, from one table.

In: a `Session` (what users do with the library) and the window's view slots (zoom, mode,
grouping: what only the panes know). Out: `build(bar, session, views, parent)` adds the menus
from one table (menu, name, text, shortcut, slot, choice group) and returns {name: QAction}.
What each action does is in `reader.ui.actions`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from reader.ui import actions, corrections, reading_actions
from reader.ui.tree_nodes import BY_COUNTY, BY_FILE

translate = QCoreApplication.translate  # lupdate knows this name
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))
OPEN, QUIT = QKeySequence.StandardKey.Open, QKeySequence.StandardKey.Quit


def menu_table(session, views, parent) -> list[tuple]:
    """(menu, name, text, shortcut, slot, choice group or None); (menu, None): a separator."""
    s, v = session, views
    return [
        ("file", "import_files", translate("Actions", "Import files…"), OPEN,
         lambda: actions.import_files(s), None),
        ("file", "import_folder", translate("Actions", "Import folder…"), "Ctrl+Shift+O",
         lambda: actions.import_folder(s), None),
        ("file", "import_report", translate("Actions", "Import report…"), None,
         v["import_report"], None),
        ("file", None),
        ("file", "export", translate("Actions", "Export notes…"), "Ctrl+E",
         lambda: actions.export_notes(s, v["settings"]), None),
        ("file", None),
        ("file", "quit", translate("Actions", "Quit"), QUIT, v["quit"], None),
        ("edit", "find", translate("Actions", "Search…"), "Ctrl+F",
         lambda: actions.show_search(s), None),
        ("edit", "find_next", translate("Actions", "Next hit"), "F3", v["hit_next"], None),
        ("edit", "find_previous", translate("Actions", "Previous hit"), "Shift+F3",
         v["hit_previous"], None),
        ("edit", "filter", translate("Actions", "Filter the list"), "Ctrl+L", v["filter"], None),
        ("edit", "manage_tags", translate("Actions", "Manage tags…"), None,
         lambda: actions.show_tag_manager(s), None),
        ("edit", "ledger", translate("Actions", "Figures ledger…"), "Ctrl+Shift+L",
         lambda: actions.show_ledger(s), None),
        ("notes", "add_note", translate("Actions", "Add note on selection…"), "Ctrl+Shift+N",
         lambda: actions.ask_note(s, v["selected_span"]()), None),
        ("notes", "orphans", translate("Actions", "Orphaned notes…"), None,
         lambda: actions.show_orphans(s), None),
        *[
            ("corrections", name, text, None, slot, None) if name else ("corrections", None)
            for name, text, slot in corrections.menu_rows(s, v["paragraph"])
        ],
        ("view", "group_file", translate("Actions", "Group by file"), None,
         v["group_file"], "group"),
        ("view", "group_county", translate("Actions", "Group by county"), None,
         v["group_county"], "group"),
        ("view", None),
        ("view", "mode_clean", translate("Actions", "Clean text"), "Ctrl+1",
         v["mode_clean"], "mode"),
        ("view", "mode_beside", translate("Actions", "Clean text and source lines"), "Ctrl+2",
         v["mode_beside"], "mode"),
        ("view", "mode_raw", translate("Actions", "Source lines only"), "Ctrl+3",
         v["mode_raw"], "mode"),
        ("view", None),
        ("view", "zoom_in", translate("Actions", "Larger text"), ["Ctrl+=", "Ctrl++"],
         v["zoom_in"], None),
        ("view", "zoom_out", translate("Actions", "Smaller text"), "Ctrl+-", v["zoom_out"], None),
        ("view", "zoom_reset", translate("Actions", "Normal size"), "Ctrl+0",
         v["zoom_reset"], None),
        ("view", None),
        ("view", "page_view", translate("Actions", "Page view"), "Ctrl+4",
         v["page_view"], None),
        ("view", "to_check", translate("Actions", "Only articles to check"), "Ctrl+5",
         v["to_check"], None),
        ("view", None),
        *[
            ("language", f"lang_{code}", label, None,
             lambda code=code: actions.set_language(s, v["settings"], code), "lang")
            for code, label in LANGUAGES
        ],
        *reading_actions.rows(s, v),
        ("help", "about", translate("Actions", "About Reader"), None,
         lambda: actions.show_about(parent), None),
    ]  # fmt: skip


def window_views(window) -> dict:
    """The slots only the window's panes can serve, for the menu table."""
    return {
        "quit": window.close,
        "filter": lambda: (window.column_keeper.show_tree(), window.sidebar.filter.setFocus()),
        "selected_span": window.pane.selected_span,
        "group_file": lambda: window.sidebar.set_grouping(BY_FILE),
        "group_county": lambda: window.sidebar.set_grouping(BY_COUNTY),
        "mode_clean": lambda: window.set_mode("clean"),
        "mode_beside": lambda: window.set_mode("beside"),
        "mode_raw": lambda: window.set_mode("raw"),
        "zoom_in": window.pane.zoom_in,
        "zoom_out": window.pane.zoom_out,
        "zoom_reset": lambda: window.pane.set_zoom(0),
        "settings": window.settings,
        "paragraph": window.pane.cursor_paragraph,
        "page_view": window.page_dock.toggle_shown,
        "to_check": lambda: window.sidebar.set_to_check(window.actions["to_check"].isChecked()),
        "navigator": window.navigator,
        "labels": window.pane.labels,
        "print_font": window.pane.browser.font,
        "import_report": lambda: window.readout.open_report(),
        "hit_next": lambda: actions.jump_hit(window.session, window.pane.browser, True),
        "hit_previous": lambda: actions.jump_hit(window.session, window.pane.browser, False),
    }


def build(bar, session, views: dict, parent) -> dict[str, QAction]:
    menus = {
        "file": bar.addMenu(translate("Actions", "&File")),
        "edit": bar.addMenu(translate("Actions", "&Edit")),
        "notes": bar.addMenu(translate("Actions", "&Notes")),
        "corrections": bar.addMenu(translate("Corrections", "&Corrections")),
        "view": bar.addMenu(translate("Actions", "&View")),
        "article": bar.addMenu(translate("Reading", "&Article")),
        "help": bar.addMenu(translate("Actions", "&Help")),
    }
    acts = _undo_actions(menus["edit"], session, parent)
    groups: dict[str, QActionGroup] = {}
    for row in menu_table(session, views, parent):
        if row[1] is None:
            menus[row[0]].addSeparator()
            continue
        menu, name, text, shortcut, slot, group = row
        if menu == "language" and menu not in menus:  # after the zoom items, as a submenu
            menus[menu] = menus["view"].addMenu(translate("Actions", "Language"))
        acts[name] = _action(menus[menu], text, shortcut, slot, parent)
        if group is not None:
            acts[name].setCheckable(True)
            groups.setdefault(group, QActionGroup(parent)).addAction(acts[name])
    return acts


def _action(menu, text, shortcut, slot, parent) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(key) for key in keys])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def _undo_actions(menu, session, parent) -> dict[str, QAction]:
    undo = session.undo_stack.createUndoAction(parent, translate("Actions", "Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = session.undo_stack.createRedoAction(parent, translate("Actions", "Redo"))
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    menu.addActions([undo, redo])
    menu.addSeparator()
    return {"undo": undo, "redo": redo}
