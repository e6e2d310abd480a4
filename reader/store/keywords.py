"""Suggested tags: jieba.analyse TF-IDF keywords of an article.

keywords(text, n, exclude) -> list[str]    up to n words, best first, none from `exclude`

jieba.analyse needs jieba's own tokenizer, so this module builds one (with the place words,
as the segmenter has them) on the first suggestion, once per process; nothing else in the
store loads jieba.
"""

from __future__ import annotations

import threading
import warnings

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


def keywords(text: str, n: int = 5, exclude: tuple[str, ...] | list[str] = ()) -> list[str]:
    if not text.strip() or n <= 0:
        return []
    words = _tfidf().extract_tags(text, topK=n + len(exclude) + 5, allowPOS=_ALLOWED)
    skip = set(exclude)
    picked = [word for word in words if word not in skip and len(word) > 1 and not word.isdigit()]
    return picked[:n]
