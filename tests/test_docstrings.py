"""Module docstrings are contracts (STYLE.md rule 5): the ones that list a module's API name
everything that API offers, so a function added without its line in the docstring fails here.

`reader.store`'s docstring names every public method of `Library` as `lib.<name>`; the
others name every public function and class they define.
"""

from __future__ import annotations

import importlib
import inspect

import pytest

LISTED = [
    "reader.ui.render",
    "reader.store.export",
    "reader.ingest.headlines",
    "reader.importing.anchoring",
    "reader.importing.spans",
    "reader.importing.line_edits",
    "reader.importing.moves",
    "reader.ui.commands",
    "reader.ui.corrections",
    "reader.ui.pickers",
    "reader.ui.tree_source",
]


def test_the_store_docstring_names_every_library_method():
    import reader.store
    from reader.store import Library

    public = [name for name in dir(Library) if not name.startswith("_")]
    assert [name for name in public if f"lib.{name}" not in reader.store.__doc__] == []


@pytest.mark.parametrize("name", LISTED)
def test_the_docstring_names_every_public_function_and_class(name):
    module = importlib.import_module(name)
    public = [
        attribute
        for attribute, value in vars(module).items()
        if not attribute.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == name
    ]
    assert [attribute for attribute in public if attribute not in module.__doc__] == []
