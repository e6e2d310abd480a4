"""Why a file could not be imported, in the window's language.

In: a reason as `reader.importing` gives it, in English (decode's "the file is empty",
"this is a PDF document, not text", the system's "Permission denied"…). Out:
`reason_text(reason)` translated; an unknown reason is kept as it came, after a translated
lead-in, so nothing the system said is lost.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate knows this name
_NOT_TEXT = re.compile(r"this is (.+), not text")


def _reasons() -> dict[str, str]:
    t = translate
    return {
        "the file is empty": t("ImportReport", "the file is empty"),
        "no such file or folder": t("ImportReport", "no such file or folder"),
        "No such file or directory": t("ImportReport", "no such file or folder"),
        "Permission denied": t("ImportReport", "permission denied: the file cannot be read"),
        "Is a directory": t("ImportReport", "this is a folder, not a file"),
        "File name too long": t("ImportReport", "the file name is too long"),
        "Input/output error": t("ImportReport", "the disk could not be read"),
    }


def _kinds() -> dict[str, str]:
    t = translate
    return {
        "a PDF document": t("ImportReport", "a PDF document"),
        "a ZIP archive or Office document": t("ImportReport", "a ZIP archive or Office document"),
        "a PNG image": t("ImportReport", "a PNG image"),
        "a JPEG image": t("ImportReport", "a JPEG image"),
        "a GIF image": t("ImportReport", "a GIF image"),
        "a program": t("ImportReport", "a program"),
        "a gzip archive": t("ImportReport", "a gzip archive"),
        "a 7-Zip archive": t("ImportReport", "a 7-Zip archive"),
        "a RAR archive": t("ImportReport", "a RAR archive"),
        "an SQLite database": t("ImportReport", "an SQLite database"),
        "an old Office document": t("ImportReport", "an old Office document"),
        "a binary file": t("ImportReport", "a binary file"),
    }


def reason_text(reason: str) -> str:
    known = _reasons().get(reason)
    if known is not None:
        return known
    match = _NOT_TEXT.fullmatch(reason)
    if match and match.group(1) in _kinds():
        kind = _kinds()[match.group(1)]
        return translate("ImportReport", "this is %1, not text").replace("%1", kind)
    return translate("ImportReport", "could not be imported: %1").replace("%1", reason)
