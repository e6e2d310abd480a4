"""Loading the segmenter off the GUI thread, and running what needs it once it is loaded.

In: nothing (one warm-up per process: the segmenter is one per process). Out: `warmup()`,
the process's `Warmup`, started on first call; `when_ready(slot)` runs `slot` on the GUI
thread at once if the segmenter is loaded, else once it is (the caller shows "准备中…"
meanwhile); `is_ready`; the `ready` signal.

Searching and writing a note cut words: the first cut loads rjieba and its place words
(most of a second of a busy machine). Done on
the GUI thread, the window froze for that long; here a plain thread does it at start and
nothing on the GUI thread ever waits for its lock.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

# delivered on the GUI thread, once, and dropped with its receiver if that is deleted first
_QUEUED_ONCE = Qt.ConnectionType(
    Qt.ConnectionType.QueuedConnection.value | Qt.ConnectionType.SingleShotConnection.value
)


def load_segmenter() -> None:
    """Everything a search or a note write loads on first use."""
    from reader.lexicon import segment
    from reader.store import index

    segment.tokenizer()
    index.segmenter_fingerprint()


class Warmup(QObject):
    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done = threading.Event()
        self._lock = threading.Lock()  # a slot connected is never missed by the emit
        self._thread = threading.Thread(target=self._run, name="segmenter-warm-up", daemon=True)

    @property
    def is_ready(self) -> bool:
        return self._done.is_set()

    def start(self) -> None:
        """Import rjieba here, then load the rest in the thread. rjieba builds its dictionary
        inside its import, in Rust, holding the GIL (0.2-0.5 s): in the thread it froze the
        window's thread just as long at a random moment after the window showed; here, before
        the window shows, it is part of start-up."""
        import rjieba  # noqa: F401

        if not self._thread.is_alive() and not self.is_ready:
            self._thread.start()

    def when_ready(self, slot) -> bool:
        """Run `slot` now (True) or once the segmenter is loaded (False), on the GUI thread."""
        with self._lock:
            ready = self.is_ready
            if not ready:
                self.ready.connect(slot, _QUEUED_ONCE)
        if ready:
            slot()
        return ready

    def finish(self) -> None:
        """On quit: let a load still running end (and emit) before the app and this object
        go, so nothing is emitted on a deleted object during teardown."""
        if self._thread.is_alive():
            self._thread.join()

    def wait(self, timeout: float | None = None) -> bool:
        """For tests and the command line: block until loaded."""
        return self._done.wait(timeout)

    def _run(self) -> None:
        """Load; whatever happens, say ready: a failed load is tried again by the first cut,
        on the GUI thread, where its error reaches the user instead of every search and note
        waiting on "Preparing…" for ever."""
        try:
            load_segmenter()
        finally:
            with self._lock:
                self._done.set()
                self.ready.emit()  # queued to the GUI thread, where the slots live


_warmup: Warmup | None = None


def warmup() -> Warmup:
    """The process's warm-up, started (made on the GUI thread: its signal is delivered there)."""
    global _warmup
    if _warmup is None:
        app = QCoreApplication.instance()
        _warmup = Warmup(app)  # goes with the app, not after it
        if app is not None:
            app.aboutToQuit.connect(_warmup.finish)
        _warmup.start()
    return _warmup
