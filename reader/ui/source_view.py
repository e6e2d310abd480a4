"""The source lines beside the clean text: the page's lines as extracted, numbered.

In: an article (its `raw_lines` and body blocks). Out: a read-only view whose rows are the
lines ("  177  本报莘县讯 …"), with a marker row wherever the numbers jump (lines that went to
another article or were blank), and `link(paragraph)` lighting up the lines a body paragraph
came from (`reader.ui.lines` finds them) and scrolling them into sight.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from reader.ui.lines import paragraph_lines, source_rows

LINK_COLOUR = QColor(255, 200, 0, 90)  # translucent: reads on light and dark palettes


class SourceView(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._paragraph_lines: list[list[int]] = []
        self._row_of_line: dict[int, int] = {}
        self._linked: list[int] = []

    def show_article(self, article) -> None:
        lines = getattr(article, "raw_lines", None) or []
        rows, self._row_of_line = source_rows(lines, self._gap_label)
        texts = [_text(block) for block in getattr(article, "body", None) or []]
        self._paragraph_lines = paragraph_lines(texts, lines)
        self._linked = []
        self.setExtraSelections([])
        self.setPlainText("\n".join(rows))

    def clear_article(self) -> None:
        self._paragraph_lines, self._row_of_line, self._linked = [], {}, []
        self.setExtraSelections([])
        self.setPlainText("")

    def linked_lines(self) -> list[int]:
        """The line numbers lit up now."""
        return list(self._linked)

    def link(self, paragraph: int | None) -> None:
        """Light up the lines of a 0-based body paragraph (None: of none)."""
        found = self._paragraph_lines
        lines = found[paragraph] if paragraph is not None and 0 <= paragraph < len(found) else []
        if lines != self._linked:
            self._linked = lines
            self._light_rows([self._row_of_line[n] for n in lines if n in self._row_of_line])

    def _gap_label(self, count: int) -> str:
        return "⋯ " + self.tr("%n line(s) not in this article", "", count)

    def _light_rows(self, rows: list[int]) -> None:
        selections = []
        for row in rows:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document().findBlockByNumber(row))
            lit = QTextCharFormat()
            lit.setBackground(LINK_COLOUR)
            lit.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.format = lit
            selections.append(selection)
        self.setExtraSelections(selections)
        bar = self.verticalScrollBar()
        if rows and not bar.value() <= rows[0] < bar.value() + bar.pageStep():
            bar.setValue(rows[0])


def _text(block) -> str:
    return block.get("text") if isinstance(block, dict) else block.text
