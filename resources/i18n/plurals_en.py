"""Make reader_en.ts: the English plural forms of every %n string of reader_zh_CN.ts.

    python resources/i18n/plurals_en.py && pyside6-lrelease resources/i18n/reader_en.ts

Source strings are English with "(s)" where a plural goes ("%n result(s)"); English needs
no other translation, so the file holds only these, each with its two forms ("%n result",
"%n results"). Run it after lupdate adds a %n string (tests/ui/test_app.py checks both files
list the same ones).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).parent


def plural_entries(zh: ET.Element) -> ET.Element:
    ts = ET.Element("TS", version="2.1", language="en", sourcelanguage="en")
    for context in zh.iter("context"):
        sources = [m.find("source").text or "" for m in context.iter("message")]
        sources = [s for s in sources if "%n" in s]
        if not sources:
            continue
        out = ET.SubElement(ts, "context")
        ET.SubElement(out, "name").text = context.find("name").text
        for source in sources:
            message = ET.SubElement(out, "message", numerus="yes")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
                ET.SubElement(translation, "numerusform").text = form
    return ts


def main() -> None:
    ts = plural_entries(ET.parse(HERE / "reader_zh_CN.ts").getroot())
    ET.indent(ts, space="    ")
    text = ET.tostring(ts, encoding="unicode")
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    (HERE / "reader_en.ts").write_text(header + text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
