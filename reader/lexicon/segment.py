"""Word segmentation: rjieba (jieba-rs) with HMM off and the gazetteer's place names.

    cut(text) -> list[str]                       tokens in order, whitespace tokens dropped
    tokenize(text) -> list[(word, start, end)]   every token with its character offsets
    tokenizer() -> module                        load now (a warm-up thread calls it)

Everything cuts with the HMM off: unknown words fall apart into characters the same way in
a page, in the search index and in a query, so they always match. Place names are added as
words so that 东昌府区 or 聊城经济技术开发区 stay whole.

The tokens are jieba's (`jieba.Tokenizer().lcut(text, HMM=False)` with the same place words
added by `add_word(name, freq=PLACE_WORD_FREQ)`), token for token: tests/lexicon cuts the
sample pages and generated text with both. One difference had to be made up for: jieba's
`add_word` of a word already in dict.txt adds the new frequency to the dictionary total
without taking the old one off, while jieba-rs replaces it. The total scales every word's
probability, so near ties (力人 against 力 + 人) went the other way. The segmenter carries
the difference as one unreachable word (private-use characters: rjieba looks words up only
inside runs of han characters, letters and digits), so both totals, and so both cuts, agree.
jieba's cut is the one kept because every library's search index was built with it.

Loading (about 0.2 s here, against 1.4 s for jieba) happens once per process, on the first
cut, under a lock; rjieba is imported only then. rjieba builds its one dictionary instance
when imported; the place words are added to that instance rather than building a second.
"""

from __future__ import annotations

import threading
from itertools import filterfalse
from types import ModuleType

from reader.lexicon.dictionary import PLACE_WORD_FREQ, place_words, recounted_frequency

# Never looked up in a text: private-use characters sit outside rjieba's word runs
RECOUNT_WORD = "\ue000\ue000"
_lock = threading.Lock()
_tokenizer: ModuleType | None = None


def tokenizer() -> ModuleType:
    """The loaded rjieba module (its dictionary instance has the place words)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _load()
    return _tokenizer


def _load() -> ModuleType:
    import rjieba

    for name in sorted(place_words()):
        rjieba.add_word(name, PLACE_WORD_FREQ, "ns")
    recounted = recounted_frequency()
    if recounted:
        rjieba.add_word(RECOUNT_WORD, recounted, None)
    return rjieba


def cut(text: str) -> list[str]:
    return list(filterfalse(str.isspace, tokenizer().cut(text, False)))


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) in characters, whitespace included, as jieba's tokenize gives."""
    return tokenizer().tokenize(text, "default", False)
