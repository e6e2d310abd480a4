"""Why a file could not be imported, in the window's language.

In: a reason as `reader.importing` gives it, in English (decode's "the file is empty",
"this is a PDF document, not text", the system's "Permission denied"…). Out:
`reason_text(reason)` translated; an unknown reason is kept as it came, after a translated
lead-in, so nothing the system said is lost.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from reader.ui.messages import filled

translate = QCoreApplication.translate  # lupdate knows this name
_NOT_TEXT = re.compile(r"this is (.+), not text")


def _reasons() -> dict[str, str]:

    return {
        "the file is empty": translate("ImportReport", "the file is empty"),
        "no such file or folder": translate("ImportReport", "no such file or folder"),
        "No such file or directory": translate("ImportReport", "no such file or folder"),
        "Permission denied": translate(
            "ImportReport", "permission denied: the file cannot be read"
        ),
        "Is a directory": translate("ImportReport", "this is a folder, not a file"),
        "File name too long": translate("ImportReport", "the file name is too long"),
        "Input/output error": translate("ImportReport", "the disk could not be read"),
        "the PDF has no text to read (a scan?); OCR is not supported": translate(
            "ImportReport", "the PDF has no text to read (a scan?); OCR is not supported"
        ),
        "the PDF's text cannot be read (its fonts map no characters); OCR is not supported": (
            translate(
                "ImportReport",
                "the PDF's text cannot be read (its fonts map no characters); OCR is not supported",
            )
        ),
        "the PDF is encrypted (password protected)": translate(
            "ImportReport", "the PDF is encrypted (password protected)"
        ),
        "the PDF is damaged and cannot be read": translate(
            "ImportReport", "the PDF is damaged and cannot be read"
        ),
    }


# reasons with numbers or names in them: (pattern, the translated text with %1, %2 for them)
_NUMBERED = (
    (
        re.compile(r"the page could not be reconstructed \(an error in reader: (\w+)\)"),
        lambda: translate(
            "ImportReport", "the page could not be reconstructed (an error in reader: %1)"
        ),
    ),
    (
        re.compile(r"the PDF is too large \((\d+) MB, at most (\d+) MB\)"),
        lambda: translate("ImportReport", "the PDF is too large (%1 MB, at most %2 MB)"),
    ),
    (
        re.compile(r"the PDF has (\d+) pages, at most (\d+) can be read"),
        lambda: translate("ImportReport", "the PDF has %1 pages, at most %2 can be read"),
    ),
    (
        re.compile(r"a page holds (\d+) headline and text blocks, at most (\d+) can be read"),
        lambda: translate(
            "ImportReport", "a page holds %1 headline and text blocks, at most %2 can be read"
        ),
    ),
    (
        re.compile(r"a page holds (\d+) characters, at most (\d+) can be read"),
        lambda: translate("ImportReport", "a page holds %1 characters, at most %2 can be read"),
    ),
)


def _kinds() -> dict[str, str]:

    return {
        "a PDF document": translate("ImportReport", "a PDF document"),
        "a ZIP archive or Office document": translate(
            "ImportReport", "a ZIP archive or Office document"
        ),
        "a PNG image": translate("ImportReport", "a PNG image"),
        "a JPEG image": translate("ImportReport", "a JPEG image"),
        "a GIF image": translate("ImportReport", "a GIF image"),
        "a program": translate("ImportReport", "a program"),
        "a gzip archive": translate("ImportReport", "a gzip archive"),
        "a 7-Zip archive": translate("ImportReport", "a 7-Zip archive"),
        "a RAR archive": translate("ImportReport", "a RAR archive"),
        "an SQLite database": translate("ImportReport", "an SQLite database"),
        "an old Office document": translate("ImportReport", "an old Office document"),
        "a binary file": translate("ImportReport", "a binary file"),
    }


def reason_text(reason: str) -> str:
    known = _reasons().get(reason)
    if known is not None:
        return known
    numbered = filled(reason, _NUMBERED)
    if numbered is not None:
        return numbered
    match = _NOT_TEXT.fullmatch(reason)
    if match and match.group(1) in _kinds():
        kind = _kinds()[match.group(1)]
        return translate("ImportReport", "this is %1, not text").replace("%1", kind)
    return translate("ImportReport", "could not be imported: %1").replace("%1", reason)
