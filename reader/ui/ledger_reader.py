"""`LedgerReader`: the figures ledger's reads on a thread of their own, never on the GUI's.

In: the library file's path; `ask(topic, job, deliver)`, a job being a plain function of a
`Library` (it touches no widget). Out: `deliver(result)` called on the UI thread with what the
job returned (or the `LibraryError` it raised). On 100,000 articles a count and a page of the
whole library take a second and more: the window keeps painting meanwhile.

The worker opens its own read-only `Library(path)` on first use (one SQLite connection per
thread) and runs the jobs one at a time, in the order asked. A topic ("query", "page",
"chart"...) holds one question at a time: a newer one of the same topic makes the older
stale, so it is skipped if it has not started and its answer is dropped if it has. `busy()`
says whether an answer is awaited; `busy_changed` follows it, for the ledger's busy sign.
`stop()` interrupts the read under way, ends the thread and closes its connection;
`running()` says whether the thread is alive.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from reader.store import LibraryError

Job = Callable[[object], object]


class _Worker(QObject):
    answered = Signal(str, int, object)

    def __init__(self, db_path, latest: dict):
        super().__init__()
        self._db_path = db_path
        self._latest = latest  # the reader's: read here, written on the UI thread
        self._library = None

    @Slot(str, int, object)
    def run(self, topic: str, ticket: int, job: Job) -> None:
        if self._latest.get(topic, (None,))[0] != ticket:
            return  # a newer question of its topic waits behind it: never read this one
        try:
            result = job(self._open())
        except LibraryError as error:  # (an interrupted read too, when the ledger closes)
            result = error
        except sqlite3.Error as error:  # a job that used the connection itself
            result = LibraryError(str(error))
        self.answered.emit(topic, ticket, result)

    def _open(self):
        from reader.store import Library

        if self._library is None:
            self._library = Library(self._db_path, read_only=True)
        return self._library

    def interrupt(self) -> None:
        """Called from the UI thread: SQLite's interrupt is the one call meant for that."""
        library = self._library
        if library is not None:
            library.db.conn.interrupt()

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


class LedgerReader(QObject):
    busy_changed = Signal(bool)
    _asked = Signal(str, int, object)

    def __init__(self, db_path, parent: QObject | None = None):
        super().__init__(parent)
        self._tickets = itertools.count(1)
        self._latest: dict[str, tuple[int, Callable]] = {}
        self._thread = QThread(self)
        self._worker = _Worker(db_path, self._latest)
        self._worker.moveToThread(self._thread)
        self._asked.connect(self._worker.run)
        self._worker.answered.connect(self._answered)
        self._thread.finished.connect(self._worker.close, Qt.ConnectionType.DirectConnection)
        self._thread.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def ask(self, topic: str, job: Job, deliver: Callable[[object], None]) -> None:
        """Run `job` on the reader's thread; `deliver` its answer unless a newer question of
        the same topic was asked meanwhile."""
        if not self._thread.isRunning():
            return
        was_busy = self.busy()
        ticket = next(self._tickets)
        self._latest[topic] = (ticket, deliver)
        self._asked.emit(topic, ticket, job)
        if not was_busy:
            self.busy_changed.emit(True)

    def forget(self, topic: str) -> None:
        """The question of `topic` no longer matters: its answer is dropped."""
        if self._latest.pop(topic, None) is not None and not self.busy():
            self.busy_changed.emit(False)

    def asking(self, topic: str) -> bool:
        return topic in self._latest

    def busy(self) -> bool:
        return bool(self._latest)

    def running(self) -> bool:
        """The reading thread is alive (until `stop`)."""
        return self._thread.isRunning()

    def _answered(self, topic: str, ticket: int, result: object) -> None:
        asked = self._latest.get(topic)
        if asked is None or asked[0] != ticket:
            return  # stale: a newer question of this topic was asked since
        del self._latest[topic]
        asked[1](result)  # (it may ask again: then the reader stays busy)
        if not self.busy():
            self.busy_changed.emit(False)

    def stop(self) -> None:
        """No answer after this; the thread ends once the read under way is interrupted."""
        self._latest.clear()
        if self._thread.isRunning():
            self._worker.interrupt()
            self._thread.quit()
            self._thread.wait()
