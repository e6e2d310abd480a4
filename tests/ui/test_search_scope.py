"""Search through the real window: the whole library unless narrowed, the narrowing shown as
removable chips, a narrowed miss says what the whole library holds, Down reaches the results,
F3 / Shift+F3 step through the hits, and the hit colour stands apart from the figures'."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from reader.store import Scope
from reader.ui import render

pytestmark = pytest.mark.gui


def open_search(window):
    window.actions["find"].trigger()
    return window.session.search_dialog


def article_in_a_county(library):
    return next(library.article(r.id) for r in library.article_rows() if r.county)


def word_only_elsewhere(library, file_id) -> str:
    """A title word with hits in the library but none in the file `file_id`."""
    for row in library.article_rows():
        for size in (4, 3, 2):
            word = (row.title or "")[:size]
            if (
                row.file_id != file_id
                and len(word) == size
                and library.search(word)
                and not library.search(word, Scope(file_id=file_id))
            ):
                return word
    raise AssertionError("every title word is found in the file too")


def test_search_covers_the_whole_library_until_narrowed(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    detail = article_in_a_county(library)
    window.session.open_article(detail.id)
    dialog = open_search(window)
    assert dialog.scope.is_everything and dialog.chips.buttons() == []
    assert dialog.chips.everything.isVisible()
    dialog.query.setText(detail.county)
    dialog.run_search()
    assert [h.article_id for h in dialog.model.hits()] == [
        h.article_id for h in library.search(detail.county)
    ]
    qtbot.mouseClick(dialog.narrow, Qt.MouseButton.LeftButton)
    narrowed = window.sidebar.scope()
    assert dialog.scope == narrowed and not dialog.narrow.isVisible()
    assert [b.text().split("  ×")[0] for b in dialog.chips.buttons()] == [
        text for _field, text in narrowed.parts()
    ]
    assert [h.article_id for h in dialog.model.hits()] == [
        h.article_id for h in library.search(detail.county, narrowed)
    ]
    file_chip = next(b for b in dialog.chips.buttons() if b.property("field") == "file_id")
    qtbot.mouseClick(file_chip, Qt.MouseButton.LeftButton)
    assert dialog.scope == narrowed.without("file_id")
    assert "file_id" not in [b.property("field") for b in dialog.chips.buttons()]
    assert {h.article_id for h in dialog.model.hits()} == {
        h.article_id for h in library.search(detail.county, narrowed.without("file_id"))
    }


def test_a_narrowed_miss_says_how_many_the_whole_library_has(qtbot, open_window, library_path):
    window = open_window(library_path)
    library = window.session.library
    detail = window.session.article
    word = word_only_elsewhere(library, detail.file_id)
    dialog = open_search(window)
    dialog.set_scope(Scope(file_id=detail.file_id, file_name=detail.file_name))
    dialog.query.setText(word)
    dialog.run_search()
    assert dialog.model.rowCount() == 0
    whole = library.search_count(word)
    assert whole > 0
    assert f"the whole library has {whole}" in dialog.status.text()
    assert dialog.results_hint.shown
    chip = dialog.chips.buttons()[0]
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == min(whole, 50)


def test_down_moves_from_the_query_to_the_results(qtbot, open_window, library_path):
    window = open_window(library_path)
    dialog = open_search(window)
    dialog.query.setFocus()
    dialog.query.setText(window.session.article.county or "县")
    dialog.run_search()
    assert dialog.model.rowCount() > 1
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.results
    assert dialog.results.currentIndex().row() == 0
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    assert dialog.results.currentIndex().row() == 1


def test_f3_and_shift_f3_step_through_the_hits(qtbot, open_window, library_path, library):
    window = open_window(library_path)
    word, detail = next(
        (w, d)
        for d in (library.article(r.id) for r in library.article_rows())
        for w in {d.text[i : i + 2] for i in range(0, len(d.text) - 2, 7)}
        if re.fullmatch(r"[\u4e00-\u9fff]{2}", w) and d.text.count(w) >= 3
    )
    window.session.open_article(detail.id, [word])
    browser = window.pane.browser
    assert window.actions["find_next"].shortcut().toString() == "F3"
    assert window.actions["find_previous"].shortcut().toString() == "Shift+F3"
    starts = []
    for _ in range(3):
        window.actions["find_next"].trigger()
        assert browser.textCursor().selectedText() == word
        starts.append(browser.textCursor().selectionStart())
    assert starts == sorted(starts) and len(set(starts)) == 3
    window.actions["find_previous"].trigger()
    assert browser.textCursor().selectionStart() == starts[1]


def test_f3_without_hits_says_what_to_do(open_window, library_path):
    window = open_window(library_path)
    window.session.open_article(window.session.article.id)  # no terms
    window.actions["find_next"].trigger()
    assert "Ctrl+F" in window.statusBar().currentMessage()


def _rgba(text):
    r, g, b, a = (float(x) for x in re.findall(r"[\d.]+", text))
    return (r, g, b), a


def _over(colour, background):
    (r, g, b), a = _rgba(colour)
    return tuple(a * c + (1 - a) * bg for c, bg in zip((r, g, b), background, strict=True))


def _lab(rgb):
    """CIE L*a*b* of an sRGB colour (D65): distances in it follow what the eye sees."""

    def linear(v):
        v /= 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = map(linear, rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


CLEARLY_APART = 40  # ΔE*ab: 2 is "just noticeable", 40 another colour at a glance


@pytest.mark.parametrize(
    "background", [(255, 255, 255), (250, 246, 235), (30, 30, 30), (53, 53, 53)]
)
@pytest.mark.parametrize("other", [*render.FIGURE_COLOURS.values(), render.NOTE_COLOUR])
def test_the_hit_colour_stands_apart_on_light_and_dark(background, other):
    hit, figure = _lab(_over(render.HIT_COLOUR, background)), _lab(_over(other, background))
    distance = sum((p - q) ** 2 for p, q in zip(hit, figure, strict=True)) ** 0.5
    assert distance >= CLEARLY_APART
