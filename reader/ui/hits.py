"""F3 / Shift+F3: from one search hit to the next (or previous) in the open article.

In: the reading pane's browser (a QTextEdit) and the terms the search marked (`Session.terms`).
Out: `jump(browser, terms, forward)` selects the nearest occurrence of any term after (or
before) the cursor, wrapping round at the end, and scrolls to it; False when the article
holds none (the caller says so).
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument


def jump(browser, terms, forward: bool = True) -> bool:
    cursor = browser.textCursor()
    found = _nearest(browser.document(), terms, cursor, forward)
    if found is None:
        start = QTextCursor(browser.document())
        if not forward:
            start.movePosition(QTextCursor.MoveOperation.End)
        found = _nearest(browser.document(), terms, start, forward)  # wrap round
    if found is None:
        return False
    browser.setTextCursor(found)
    browser.ensureCursorVisible()
    return True


def _nearest(document, terms, cursor: QTextCursor, forward: bool) -> QTextCursor | None:
    flags = QTextDocument.FindFlag(0) if forward else QTextDocument.FindFlag.FindBackward
    hits = [document.find(term, cursor, flags) for term in terms if term]
    hits = [hit for hit in hits if not hit.isNull()]
    if not hits:
        return None
    if forward:
        return min(hits, key=lambda hit: (hit.selectionStart(), -hit.selectionEnd()))
    return max(hits, key=lambda hit: (hit.selectionStart(), hit.selectionEnd()))
