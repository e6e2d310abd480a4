"""Which language the window speaks, and loading its translations (Qt .qm files, offline).

In: the READER_LANG environment variable, else the `ui/language` setting, else zh_CN.
Out: `install_translators(app, language)` installs our `resources/i18n/reader_<lang>.qm` and
Qt's own `qtbase_<lang>.qm` (standard buttons, the file dialog; from PySide6's translations
folder, `QLibraryInfo.path(TranslationsPath)`) and returns them (keep them alive).
Source strings are English; "en" loads only `reader_en.qm`, the plural forms ("1 result",
"3 results" for the source's "%n result(s)"), made from the %n strings of the Chinese file.

Qt 6's file dialog asks for "&Look in:" and "Files of &type:" while the shipped qtbase file
has them without the "&" ("Look in:"): `MnemonicFallback`, consulted last, looks such a
string up without its "&" and puts the key back the Chinese way ("查找范围(&L)：").
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QSettings, QTranslator

from reader.resources import resource_path

DEFAULT_LANGUAGE = "zh_CN"


def translations_dir() -> str:
    return str(resource_path("i18n"))


def resolve_language(settings: QSettings | None = None) -> str:
    chosen = os.environ.get("READER_LANG")
    if not chosen and settings is not None:
        chosen = settings.value("ui/language")
    return str(chosen or DEFAULT_LANGUAGE)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    if language.split("_")[0] == "en":
        plurals = QTranslator(app)
        if not plurals.load("reader_en", translations_dir()):
            return []
        app.installTranslator(plurals)
        return [plurals]
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = ((f"qtbase_{language}", qt_dir), (f"reader_{language}", translations_dir()))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            installed.append(translator)
    if installed and installed[0].filePath().endswith(f"qtbase_{language}.qm"):
        installed.insert(0, MnemonicFallback(installed[0], app))
    for translator in installed:  # the last installed is asked first
        app.installTranslator(translator)
    return installed


class MnemonicFallback(QTranslator):
    """Qt's strings with a "&" key that its translation file has only without it."""

    def __init__(self, qtbase: QTranslator, parent=None):
        super().__init__(parent)
        self._qtbase = qtbase

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        """None (a null string: Qt asks on) unless the "&"-less string is translated."""
        if not source or "&" not in source or "&&" in source:
            return None
        key = source[source.index("&") + 1 : source.index("&") + 2]
        found = self._qtbase.translate(context, source.replace("&", ""), disambiguation, n)
        if not found or not key:
            return None
        colon = found[-1] if found[-1] in "：:" else ""
        return f"{found.removesuffix(colon)}(&{key.upper()}){colon}"
