"""Point QSettings at a test folder, so no test reads or writes the user's own settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings


def use_private_settings(folder: Path, name: str) -> Path:
    QCoreApplication.setOrganizationName(name)
    QCoreApplication.setApplicationName(name)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))
    return folder
