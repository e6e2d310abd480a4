"""Beside mode: a paragraph of the clean text lights up the source lines it came from (click
or hover), and a marker row stands wherever the line numbers jump."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from reader.ui.lines import paragraph_lines, source_rows

pytestmark = pytest.mark.gui

RAW = [
    (3, "  本报讯 今年全县"),
    (4, "新建道路 12 公"),
    (5, "里。"),
    (8, "  第二段从这里"),
    (9, "开始。"),
]


def test_paragraphs_find_their_lines_across_wraps_and_split_numbers():
    blocks = ["本报讯 今年全县新建道路12公里。", "第二段从这里开始。", "改过的段落"]
    assert paragraph_lines(blocks, RAW) == [[3, 4, 5], [8, 9], []]


def test_source_rows_mark_the_jumps():
    rows, row_of_line = source_rows(RAW, lambda n: f"gap {n}")
    assert [row.strip() for row in rows] == [
        "3    本报讯 今年全县",
        "4  新建道路 12 公",
        "5  里。",
        "gap 2",
        "8    第二段从这里",
        "9  开始。",
    ]
    assert row_of_line == {3: 0, 4: 1, 5: 2, 8: 4, 9: 5}


def article_with_gap(library):
    for row in library.article_rows():
        detail = library.article(row.id)
        numbers = [n for n, _text in detail.raw_lines]
        if len(detail.body) >= 3 and any(b > a + 1 for a, b in itertools.pairwise(numbers)):
            return detail
    raise AssertionError("no sample article with a gap in its lines")


def paragraph_point(window, detail, number) -> QPoint:
    """A point inside body paragraph `number` of the browser's viewport."""
    offset = sum(len(b["text"]) + 1 for b in detail.body[:number]) + 2
    browser = window.pane.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(window.pane.document_position(offset))
    rect = browser.cursorRect(cursor)
    if not browser.viewport().rect().contains(rect.center()):
        bar = browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - 10)
    return browser.cursorRect(cursor).center()


def hover(widget, point: QPoint) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_a_click_and_a_hover_light_up_the_paragraphs_lines(
    qtbot, open_window, library_path, library
):
    window = open_window(library_path)
    detail = article_with_gap(library)
    assert window.session.open_article(detail.id)
    window.actions["mode_beside"].trigger()
    source = window.pane.source.toPlainText().split("\n")
    assert any(row.strip().startswith("⋯") for row in source)  # the jumps are marked
    expected = paragraph_lines([b["text"] for b in detail.body], detail.raw_lines)
    viewport = window.pane.browser.viewport()
    point = paragraph_point(window, detail, 1)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
    assert window.pane.linked_lines() == expected[1] != []
    lit = window.pane.source.extraSelections()
    assert [s.cursor.block().text().split()[0] for s in lit] == [str(n) for n in expected[1]]
    first_line = next(text for n, text in detail.raw_lines if n == expected[1][0])
    assert "".join(first_line.split())[:3] in "".join(detail.body[1]["text"].split())
    point = paragraph_point(window, detail, 2)
    assert window.pane.linked_lines() == expected[1]  # only moving the mouse there changes it
    hover(viewport, point)  # QTest's mouseMove moves no pointer on the offscreen platform
    assert window.pane.linked_lines() == expected[2]
    window.actions["mode_clean"].trigger()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=paragraph_point(window, detail, 0))
    assert window.pane.linked_lines() == expected[2]  # clean mode links nothing
