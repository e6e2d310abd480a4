"""Lexicon test set-up: one jieba reference tokenizer and one loaded segmenter per session."""

from __future__ import annotations

import pytest

from reader.lexicon import segment


@pytest.fixture(scope="session")
def reference():
    """jieba's Tokenizer with the place words: the tokens `segment.cut` must reproduce."""
    from reader.lexicon.reference import jieba_tokenizer

    return jieba_tokenizer()


@pytest.fixture(scope="session", autouse=True)
def _segmenter_loaded():
    segment.tokenizer()
