"""`Later(name)`: a store module imported on first use of one of its attributes.

Opening a library for `list` or `tags` need not load the notes' fuzzy matching, the search
words, the export writers, or the row dataclasses (twelve of them cost a command's start
20 ms to define).
"""

from __future__ import annotations

import importlib
from types import ModuleType


class Later:
    def __init__(self, name: str):
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attribute: str):
        """(The module is kept once imported: a row made per listed article asks each time.)"""
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attribute)
