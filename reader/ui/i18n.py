"""Which language the window speaks, and loading its translations (Qt .qm files, offline).

In: the READER_LANG environment variable, else the `ui/language` setting, else zh_CN.
Out: `install_translators(app, language)` installs our `resources/i18n/reader_<lang>.qm` and
Qt's own `qtbase_<lang>.qm` (for standard buttons) and returns them (keep them alive).
Source strings are English, so "en" needs no file.
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
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = ((f"reader_{language}", translations_dir()), (f"qtbase_{language}", qt_dir))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
