"""Importing page files without freezing the window: a worker thread with its own connection,
parsing in a worker process that Cancel kills.

In: the library file's path and the paths to import. Out: `ImportJob.finished(report)` with
`reader.importing`'s ImportReport (or `failed(message)`), progress shown in a cancellable
QProgressDialog when a parent widget is given; `report_message(report)` says in one line what
happened (files added, replaced, unchanged; failures; characters that could not be read and
were replaced; notes orphaned).

The worker opens its own `Library(path)` (SQLite connections stay in their thread) and parses
the pages in `ParsePool` processes: Cancel kills them (a thread cannot be stopped while a
regex holds the GIL) and asks the store to stop before the next file, so a page whose parse
runs long stops at once and the files stored before it are kept. The worker is deleted in its
thread as the thread ends; whoever started the job deletes it (and with it the thread) after
`finished`/`failed`: a window that imports a hundred times keeps no hundred threads.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from reader.store.connection import BUSY_TIMEOUT_SECONDS
from reader.ui.reasons import reason_text

translate = QCoreApplication.translate  # lupdate knows this name
REPLACED_NAMES = 3  # files named in the status line when several had unreadable bytes


class ImportWorker(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, db_path, paths, busy_timeout: float):
        super().__init__()
        self._db_path = db_path
        self._busy_timeout = busy_timeout
        self._paths = [Path(p) for p in paths]
        self._stop = threading.Event()
        self._pool = None

    def request_stop(self) -> None:
        """From any thread, returns at once: the parse running now is killed."""
        self._stop.set()
        pool = self._pool
        if pool is not None:
            pool.cancel()

    @Slot()
    def run(self) -> None:
        try:
            report = self._import()
        except Exception as error:  # shown to the user as one line; the window carries on
            self.failed.emit(str(error) or type(error).__name__)
            return
        self.done.emit(report)

    def _import(self):
        from reader.importing import ParsePool, default_workers, expand, import_paths
        from reader.store import Library

        found = expand(self._paths)[0]
        self.progress.emit(0, len(found), "")  # the total from the start, not a spinner
        workers = max(default_workers(len(found)), 1)
        library = Library(self._db_path, self._busy_timeout)
        try:
            # one page per worker in flight: a file is read just before it is parsed
            with ParsePool(workers, ahead=workers) as pool:
                self._pool = pool
                if self._stop.is_set():  # Cancel came before the pool
                    pool.cancel()
                report = import_paths(
                    library,
                    self._paths,
                    progress=self._report,
                    should_stop=self._stop.is_set,
                    workers=pool,
                )
        finally:
            self._pool = None
            library.close()
        report.cancelled = report.cancelled or self._stop.is_set()
        return report

    def _report(self, *args) -> None:
        """The store calls progress(done, total, name) (extra or fewer arguments tolerated)."""
        done = int(args[0]) if len(args) > 0 and isinstance(args[0], (int, float)) else 0
        total = int(args[1]) if len(args) > 1 and isinstance(args[1], (int, float)) else 0
        name = str(args[2]) if len(args) > 2 else ""
        self.progress.emit(done, total, name)


class ImportJob(QObject):
    """One import run: owns the thread, the worker and (optionally) the progress dialog."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        db_path,
        paths,
        parent: QWidget | None = None,
        title: str = "",
        busy_timeout: float = BUSY_TIMEOUT_SECONDS,
    ):
        super().__init__(parent)
        self.worker = ImportWorker(db_path, paths, busy_timeout)
        self.thread = QThread(self)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.thread.finished.connect(self.worker.deleteLater)
        self.worker.done.connect(self._done)
        self.worker.failed.connect(self._failed)
        self.dialog = None
        if parent is not None:
            self.dialog = QProgressDialog(
                title or self.tr("Importing…"), self.tr("Cancel"), 0, 0, parent
            )
            self.dialog.setWindowTitle(self.tr("Import"))
            for label in self.dialog.findChildren(QLabel):  # file names are text, not markup
                label.setTextFormat(Qt.TextFormat.PlainText)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self.worker.progress.connect(self._progress)

    @property
    def running(self) -> bool:
        return self.thread.isRunning()

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.request_stop()

    def wait(self) -> None:
        """Stop and join the worker (the window calls this when it closes)."""
        self.worker.request_stop()
        self.thread.quit()
        self.thread.wait()

    def _progress(self, done: int, total: int, name: str) -> None:
        dialog = self.dialog  # setValue() on a modal dialog runs the event loop: may finish us
        if dialog is None:
            return
        dialog.setLabelText(progress_text(done, total, name))
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        self.thread.quit()
        self.thread.wait()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, report) -> None:
        self._finish()
        self.finished.emit(report)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)


def progress_text(done: int, total: int, name: str) -> str:
    """ "12 / 40 files done — 0012_a.txt" (the file the importer reached)."""
    text = translate("ImportJob", "%1 / %n file(s) done", None, total).replace("%1", str(done))
    return f"{text} — {name}" if name else text


def report_message(report) -> str:
    """One status-bar line for an ImportReport. A file imported again unchanged is said so,
    not counted as imported; articles are those of the files added or replaced."""
    counts = {status: 0 for status in ("added", "replaced", "unchanged")}
    for outcome in report.imported:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    articles = sum(o.articles for o in report.imported if o.status != "unchanged")
    message = translate(
        "ImportJob", "Import: %1 added, %2 replaced, %3 unchanged; %n article(s).", None, articles
    )
    for number, value in enumerate((counts["added"], counts["replaced"], counts["unchanged"]), 1):
        message = message.replace(f"%{number}", str(value))
    if report.cancelled:
        message += " " + translate("ImportJob", "Import cancelled.")
    if report.errors:
        path, reason = report.errors[0]
        count = len(report.errors)
        failed = translate(
            "ImportJob", "%n file(s) failed, first %1 (see the import report).", None, count
        )
        message += " " + failed.replace("%1", f"{Path(path).name}: {reason_text(reason)}")
    message += _replaced_message(report)
    orphans = sum(getattr(outcome, "orphaned_notes", 0) for outcome in report.imported)
    if orphans:
        message += " " + translate(
            "ImportJob", "%n note(s) lost their passage (Notes ▸ Orphaned notes).", None, orphans
        )
    return message


def _replaced_message(report) -> str:
    """ " 6 character(s) could not be read and were replaced (a.txt, b.txt).", or ""."""
    damaged = [outcome for outcome in report.imported if outcome.replaced_chars]
    if not damaged:
        return ""
    names = ", ".join(outcome.name for outcome in damaged[:REPLACED_NAMES])
    if len(damaged) > REPLACED_NAMES:
        names += ", …"
    count = sum(outcome.replaced_chars for outcome in damaged)
    message = translate(
        "ImportJob", "%n character(s) could not be read and were replaced (%1).", None, count
    )
    return " " + message.replace("%1", names)
