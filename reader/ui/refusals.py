"""Why a correction was refused, in the window's language.

In: the one line `reader.importing.fixes.FixRefused` carries, in English (the command line
shows it as it is). Out: `refusal_text(message)` translated; an unknown one is kept as it
came after a translated lead-in, so nothing is lost.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from reader.ui.messages import filled

translate = QCoreApplication.translate  # lupdate knows this name

# the PDF a correction needed moved or changed: (pattern, the translated text, %1 its path)
_ABOUT_THE_PDF = (
    (
        re.compile(r"the PDF is no longer readable at (.+) \(.+\): import it again from .+"),
        lambda: translate(
            "Refusals", "the PDF can no longer be read at %1: import it from where it is now"
        ),
    ),
    (
        re.compile(r"the PDF at (.+) has changed since it was imported: .+"),
        lambda: translate(
            "Refusals", "the PDF at %1 changed since it was imported: import it again"
        ),
    ),
)


def _fixed() -> dict[str, str]:
    return {
        "line corrections are for text pages; on a PDF page, merge, split, or set the county"
        " or kind": translate(
            "Refusals",
            "lines of a PDF page cannot be moved; merge, split, or set the county or kind",
        ),
        "an article cannot be merged with itself": translate(
            "Refusals", "an article cannot be merged with itself"
        ),
        "only neighbours on one page can be merged": translate(
            "Refusals", "only neighbouring articles of one page can be merged"
        ),
        "headlines are swapped between two articles of one page": translate(
            "Refusals", "headlines are swapped between two articles of one page"
        ),
    }


def refusal_text(message: str) -> str:
    known = _fixed().get(message)
    if known is not None:
        return known
    about_the_pdf = filled(message, _ABOUT_THE_PDF)
    if about_the_pdf is not None:
        return about_the_pdf
    return translate("Refusals", "the correction was not made: %1").replace("%1", message)
