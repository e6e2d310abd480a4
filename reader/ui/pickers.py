"""The small dialogs a correction asks with: pick one of a list (a county, a line of the page,
an article of the page).

In: plain choices (label, value). Out:
    ChoiceDialog(title, prompt, choices, current, parent)   `.list`, `select(value)`,
        `value()`; the caller connects `accepted` and calls `open()` (non-blocking)
    CountyDialog(city, counties, current, parent)   "city-wide" (None) then the counties
    counties_of(library, city) -> [county]          the gazetteer's and the library's, sorted
    line_choices(lines) -> [(label, number)]        page lines as "  61  text"
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from reader.store.scope import Scope

translate = QCoreApplication.translate  # lupdate knows this name


class ChoiceDialog(QDialog):
    """One choice from a list; a double click or OK accepts."""

    def __init__(self, title: str, prompt: str, choices, current=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.list = QListWidget(self)
        for label, value in choices:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            if value == current:
                self.list.setCurrentItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def select(self, value) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == value:
                self.list.setCurrentRow(row)

    def value(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class CountyDialog(ChoiceDialog):
    """Pick a county of the article's city, or "city-wide"; `county()` (None: city-wide)."""

    def __init__(self, city: str | None, counties: list[str], current, parent=None):
        whole = translate("Corrections", "%1 (city-wide)").replace("%1", city or "")
        super().__init__(
            translate("Corrections", "Set county"),
            translate("Corrections", "The article is about:"),
            [(whole, None), *((name, name) for name in counties)],
            current,
            parent,
        )

    def county(self) -> str | None:
        return self.value()


def line_choices(lines) -> list[tuple[str, int]]:
    return [(f"{line.number:>4}  {line.text.strip()}", line.number) for line in lines]


@lru_cache(maxsize=16)
def _gazetteer_counties(city: str) -> tuple[str, ...]:
    from reader.lexicon.gazetteer import gazetteer, home_province

    places = gazetteer(home_province())
    return tuple(
        {
            place.name
            for name in places.all_names()
            for place in places.lookup(name)
            if place.level == "county" and place.city == city
        }
    )


def counties_of(library, city: str | None) -> list[str]:
    if not city:
        return []
    known = {row.county for row in library.counties(Scope(city=city)) if row.county}
    return sorted(known | set(_gazetteer_counties(city)))
