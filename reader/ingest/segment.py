"""jieba word segmentation, loaded lazily and once, with the gazetteer's place names.

    cut(text) -> list[str]          tokens in order (whitespace tokens dropped)

Everything cuts with jieba's HMM off: unknown words fall apart into characters the same way
in a page, in the search index and in a query, so they always match.
    tokenizer() -> jieba.Tokenizer  the one shared instance (for jieba.analyse and others)

Place names are added as words so that 东昌府区 or 聊城经济技术开发区 stay whole, both
for reconstruction and for full-text search.
"""

from __future__ import annotations

import logging
import threading

import jieba

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_PLACE_WORD_FREQ = 200_000


def tokenizer() -> jieba.Tokenizer:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _load()
    return _tokenizer


def _load() -> jieba.Tokenizer:
    from reader.ingest.gazetteer import gazetteer, home_province

    jieba.setLogLevel(logging.WARNING)
    loaded = jieba.Tokenizer()
    loaded.initialize()
    for name in gazetteer(home_province()).all_names():
        loaded.add_word(name, freq=_PLACE_WORD_FREQ, tag="ns")
    return loaded


def cut(text: str) -> list[str]:
    return [token for token in tokenizer().lcut(text, HMM=False) if not token.isspace()]
