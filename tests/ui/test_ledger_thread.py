"""The 数据台账 reads on its own thread: the window keeps running while it reads, a stale
answer is never shown, and closing the ledger (or the window) ends its thread at once."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer

from reader.store import Scope
from reader.store.ledger import Narrowing
from reader.ui.ledger_model import LedgerModel
from tests.ui.test_ledger import all_rows, open_ledger, settle

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("qapp")]
WAIT = 30  # seconds a held job waits for its gate at most (a failing test still ends)
# a read that runs for minutes unless SQLite is interrupted; started() marks it under way
ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000000000)"
    " SELECT started(), (SELECT count(*) FROM n)"
)


def test_the_ledger_answers_while_a_read_is_under_way(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    model = dialog.model
    shown = (model.rowCount(), model.total, model.index(0, 1).data())
    gate, threads = threading.Event(), []

    def held(library):
        threads.append(threading.get_ident())
        gate.wait(WAIT)
        return library.figure_count()

    try:
        dialog.reader.ask("held", held, lambda _count: None)
        dialog.kind.setCurrentIndex(dialog.kind.findData("count"))  # its reads queue behind
        ticks: list[int] = []
        timer = QTimer(dialog)
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(5)
        qtbot.waitUntil(lambda: len(ticks) >= 5 and bool(threads))  # the event loop turns
        assert threads[0] != threading.get_ident()  # the read runs on another thread
        assert dialog.busy() and dialog.busy_bar.isVisible()
        assert (model.rowCount(), model.total, model.index(0, 1).data()) == shown
        timer.stop()
    finally:
        gate.set()
    settle(qtbot, dialog)
    assert not dialog.busy_bar.isVisible()
    rows = all_rows(qtbot, model)
    assert rows and {row.kind for row in rows} == {"count"} and model.total == len(rows)


def test_an_answer_asked_again_meanwhile_is_dropped(qtbot, ledger_reader):
    reader = ledger_reader
    gate, started = threading.Event(), threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def old(library):
        started.set()
        gate.wait(WAIT)
        ran.append("old")
        return "old"

    reader.ask("query", old, delivered.append)
    assert started.wait(WAIT)  # under way: its answer will come, and must not be shown
    reader.ask("query", lambda library: ran.append("queued") or "queued", delivered.append)
    reader.ask("query", lambda library: ran.append("new") or "new", delivered.append)
    gate.set()
    qtbot.waitUntil(lambda: not reader.busy())
    assert delivered == ["new"]
    assert ran == ["old", "new"]  # the one queued behind was never read


def test_a_query_asked_again_before_its_answer_never_shows(qtbot, ledger_reader):
    reader = ledger_reader
    model = LedgerModel(reader)
    gate = threading.Event()
    reader.ask("held", lambda library: gate.wait(WAIT), lambda _answer: None)
    queried: list[str | None] = []
    model.queried.connect(lambda: queried.append(model.resolved.kind))
    model.set_query(Scope(), Narrowing(kind="money"))
    model.set_query(Scope(), Narrowing(kind="count"))
    gate.set()
    rows = all_rows(qtbot, model)
    assert queried == ["count"]
    assert rows and {row.kind for row in rows} == {"count"}


def test_closing_the_ledger_interrupts_its_read_and_ends_its_thread(
    qtbot, open_window, library_path
):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    reader, started, answers = dialog.reader, threading.Event(), []

    def endless(library):
        library.db.conn.create_function("started", 0, started.set)
        return library.db.conn.execute(ENDLESS).fetchone()

    reader.ask("endless", endless, answers.append)
    assert started.wait(WAIT)
    begun = time.monotonic()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()
        assert not reader.running() and time.monotonic() - begun < 5
    assert not answers


def test_closing_the_window_ends_the_ledgers_thread(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_ledger(qtbot, window)
    dialog.kind.setCurrentIndex(0)  # a read under way as the window closes
    window.close()
    assert not dialog.reader.running()
