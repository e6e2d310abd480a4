"""Suggested tags: jieba.analyse TF-IDF keywords of an article.

keywords(text, n, exclude) -> list[str]    up to n words, best first, none from `exclude`
generic_words() -> frozenset[str]          never suggested (`resources/tag_stopwords.tsv`)

jieba.analyse needs jieba's own tokenizer, so this module builds one (with the place words,
as the segmenter has them) on the first suggestion, once per process; nothing else in the
store loads jieba.
"""

from __future__ import annotations

import threading
import warnings
from functools import lru_cache

from reader.resources import resource_path

_lock = threading.Lock()
_extractor = None
_ALLOWED = ("ns", "n", "nr", "nt", "nz", "vn", "v", "l", "j", "eng")


def _tfidf():
    global _extractor
    with _lock:
        if _extractor is None:
            with warnings.catch_warnings():
                # jieba.analyse reads its IDF file with open().read(), never closing it
                warnings.simplefilter("ignore", ResourceWarning)
                import jieba.analyse
                import jieba.posseg

                from reader.lexicon.reference import jieba_tokenizer

                extractor = jieba.analyse.TFIDF()
            tokenizer = jieba_tokenizer()
            extractor.tokenizer = tokenizer
            extractor.postokenizer = jieba.posseg.POSTokenizer(tokenizer)
            _extractor = extractor
    return _extractor


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """The newspaper's register (工作, 开展, 全县): how the list was made is in its header."""
    with open(resource_path("tag_stopwords.tsv"), encoding="utf-8") as handle:
        lines = (line.strip() for line in handle)
        return frozenset(line for line in lines if line and not line.startswith("#"))


def keywords(text: str, n: int = 5, exclude: tuple[str, ...] | list[str] = ()) -> list[str]:
    if not text.strip() or n <= 0:
        return []
    wanted = n + len(exclude) + len(generic_words())  # enough left once the generic are out
    words = _tfidf().extract_tags(text, topK=wanted, allowPOS=_ALLOWED)
    skip = set(exclude) | generic_words()
    picked = [word for word in words if word not in skip and len(word) > 1 and not word.isdigit()]
    return picked[:n]
