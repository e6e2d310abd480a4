"""Store test set-up: a fresh library file per test, one imported sample library per module."""

from __future__ import annotations

import pytest

from reader.importing import import_paths
from reader.lexicon import segment
from reader.store import Library
from tests.store.helpers import SEEDS


@pytest.fixture(scope="session", autouse=True)
def _jieba_loaded():
    segment.tokenizer()


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


@pytest.fixture(scope="module")
def seeds_library(tmp_path_factory):
    """The sample pages, imported once; tests using it must only read."""
    path = tmp_path_factory.mktemp("seeds") / "library.sqlite3"
    with Library(path) as opened:
        report = import_paths(opened, [SEEDS])
        assert report.ok, report.errors
        yield opened
