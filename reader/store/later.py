"""`Later(name)`: a store module imported on first use of one of its attributes.

Opening a library for `list` or `tags` need not load the notes' fuzzy matching, the search
words, the export writers, or the row dataclasses (twelve of them cost a command's start
20 ms to define).
"""

from __future__ import annotations

import importlib


class Later:
    def __init__(self, name: str):
        self._name = name

    def __getattr__(self, attribute: str):
        return getattr(importlib.import_module(self._name), attribute)
