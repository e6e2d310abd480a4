"""Suggested tags computed off the UI thread (jieba loads its dictionaries in ~2 s once).

In: the library file's path; `Suggester.request(article_id)`. Out: `ready(article_id, names)`
on the UI thread. The worker thread opens its own `Library(path)` on first use (one SQLite
connection per thread) and closes it when the thread stops.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from reader.store import LibraryError


class _Worker(QObject):
    ready = Signal(str, list)

    def __init__(self, db_path, count: int):
        super().__init__()
        self._db_path = db_path
        self._count = count
        self._library = None

    @Slot(str)
    def suggest(self, article_id: str) -> None:
        from reader.store import Library

        try:
            if self._library is None:
                self._library = Library(self._db_path)
            names = self._library.suggested_tags(article_id, n=self._count)
        except LibraryError:
            names = []
        self.ready.emit(article_id, list(names))

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


class Suggester(QObject):
    ready = Signal(str, list)
    _requested = Signal(str)

    def __init__(self, db_path, count: int = 5, parent: QObject | None = None):
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(db_path, count)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.suggest)
        self._worker.ready.connect(self.ready)
        self._thread.finished.connect(self._worker.close, Qt.ConnectionType.DirectConnection)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def request(self, article_id: str) -> None:
        self._requested.emit(article_id)

    def stop(self) -> None:
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
