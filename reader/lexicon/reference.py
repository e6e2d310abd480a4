"""jieba's own tokenizer with the place words: for `jieba.analyse` and as the reference.

    jieba_tokenizer() -> jieba.Tokenizer   initialised, the place words added as `segment`
                                           adds them; a new instance on every call
    reference_cut(tokenizer, text)         what `segment.cut` must return for `text`

Importing this module imports jieba (about 1.4 s to initialise), so only tag suggestions
and tests do, inside the function that needs it.
"""

from __future__ import annotations

import logging

import jieba

from reader.lexicon.dictionary import PLACE_WORD_FREQ, place_words


def jieba_tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    loaded = jieba.Tokenizer()
    loaded.initialize()
    for name in sorted(place_words()):
        loaded.add_word(name, freq=PLACE_WORD_FREQ, tag="ns")
    return loaded


def reference_cut(tokenizer: jieba.Tokenizer, text: str) -> list[str]:
    return [token for token in tokenizer.lcut(text, HMM=False) if not token.isspace()]
