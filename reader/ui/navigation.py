"""Moving through the articles: next/previous in the tree's order, and the place in each.

In: the `Session`, the sidebar (its tree's order) and the reading pane (its scroll position).
Out: `Navigator.step(+1 / -1)` opens the neighbouring article; the position the reader
leaves an article at is saved in the library (`Library.set_reading_position`) and restored
when the article opens again, in this window or after a restart, on this computer or another.

A position is an offset into the article text (see `ReadingPane.top_offset`). An article
opened from a search scrolls to its first hit instead. Saving a position is a convenience, not
user data: a library that refuses the write (read-only, busy) keeps the old place silently.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from reader.store import LibraryError


class Navigator(QObject):
    def __init__(self, session, sidebar, pane, parent: QObject | None = None):
        super().__init__(parent)
        self._session, self._sidebar, self._pane = session, sidebar, pane
        pane.left.connect(self.remember)
        pane.entered.connect(self.restore)

    def step(self, step: int) -> bool:
        """Open the article after (+1) or before (-1) the open one; False at either end."""
        article_id = self._sidebar.neighbour_id(self._session.article, step)
        if article_id is None:
            return False
        self.remember_current()
        return self._session.open_article(article_id)

    def remember_current(self) -> None:
        article = self._pane.article
        if article is not None:
            self.remember(article.id, self._pane.top_offset())

    def remember(self, article_id: str, position: int) -> None:
        """Save where the reader left an article (nothing when it is unchanged)."""
        library = self._session.library
        if library.read_only:
            return
        try:
            saved = library.reading_position(article_id)
            if saved != position and (saved is not None or position > 0):
                library.set_reading_position(article_id, position)
        except LibraryError:
            return

    def restore(self, article_id: str) -> None:
        """Scroll the just-shown article to where the reader left it (not over search hits)."""
        if self._session.terms:
            return
        try:
            position = self._session.library.reading_position(article_id)
        except LibraryError:
            return
        if position:
            self._pane.scroll_to_offset(position)
