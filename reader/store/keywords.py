"""Suggested tags: jieba.analyse TF-IDF keywords of an article, with the shared tokenizer.

keywords(text, n, exclude) -> list[str]    up to n words, best first, none from `exclude`
"""

from __future__ import annotations

import threading
import warnings

from reader.ingest import segment

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

                extractor = jieba.analyse.TFIDF()
            extractor.tokenizer = segment.tokenizer()
            extractor.postokenizer = jieba.posseg.POSTokenizer(segment.tokenizer())
            _extractor = extractor
    return _extractor


def keywords(text: str, n: int = 5, exclude: tuple[str, ...] | list[str] = ()) -> list[str]:
    if not text.strip() or n <= 0:
        return []
    words = _tfidf().extract_tags(text, topK=n + len(exclude) + 5, allowPOS=_ALLOWED)
    skip = set(exclude)
    picked = [word for word in words if word not in skip and len(word) > 1 and not word.isdigit()]
    return picked[:n]
