"""Suggested tags for the open article, shown as chips under its tags.

In: the `Session` (the open article, its library, `status` for errors), the `TagEditor`
that shows the chips, and the library file's path (the `Suggester` worker opens its own
connection; without a path there are no suggestions). Out: `article_opened()` clears the
chips and asks again once the user stops flicking through the tree; `load_now()` computes
them on this thread (for screenshots); `stop()` ends the worker when the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from reader.store import LibraryError
from reader.ui.suggest import Suggester

SUGGESTED_TAGS = 5
SUGGEST_DELAY_MS = 300  # after the article is painted: the worker competes for the GIL


class SuggestedTags(QObject):
    def __init__(self, session, tag_editor, db_path, parent: QObject | None = None):
        super().__init__(parent)
        self._session = session
        self._editor = tag_editor
        self.suggester = Suggester(db_path, SUGGESTED_TAGS, self) if db_path else None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SUGGEST_DELAY_MS)
        self.timer.timeout.connect(self._request)
        if self.suggester is not None:
            self.suggester.ready.connect(self._ready)

    def article_opened(self) -> None:
        self._editor.set_suggestions([])
        self.timer.start()

    def load_now(self) -> None:
        article = self._session.article
        if article is None:
            return
        try:
            names = self._session.library.suggested_tags(article.id, n=SUGGESTED_TAGS)
        except LibraryError as error:
            self._session.status.emit(str(error))
            return
        self._ready(article.id, names)

    def stop(self) -> None:
        self.timer.stop()
        if self.suggester is not None:
            self.suggester.stop()

    def _request(self) -> None:
        if self.suggester is not None and self._session.article is not None:
            self.suggester.request(self._session.article.id)

    def _ready(self, article_id: str, names: list) -> None:
        article = self._session.article
        if article is not None and article.id == article_id:
            self._editor.set_suggestions(names)
