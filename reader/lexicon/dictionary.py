"""jieba's word list read as plain text: word frequencies without importing jieba.

    dictionary_path() -> Path             jieba/dict.txt (found, not imported)
    place_words() -> frozenset[str]       the gazetteer's names, added to the segmenter
    PLACE_WORD_FREQ                       the frequency they are added with
    word_frequencies() -> dict[str, int]  dict.txt words and the place words with their
                                          frequencies: jieba's FREQ without its zero-count
                                          prefixes (so `.get(w)` is true for words only)
    recounted_frequency() -> int          the dict.txt frequency of the place words that
                                          dict.txt already has (see segment: jieba counts
                                          it twice in its total)

rjieba embeds the same dict.txt but does not expose its frequencies, so the table is built
once per process, on first use, from jieba's file (a few tenths of a second); tests/lexicon
checks that rjieba knows every word of it. The place words are those of the home province
in force when first asked for.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import lru_cache
from pathlib import Path

from reader.lexicon.gazetteer import gazetteer, home_province

# High enough that a place name always beats its parts (东昌府区, not 东昌 + 府 + 区)
PLACE_WORD_FREQ = 200_000

# dict.txt is read and tabled in chunks of lines: each chunk is one C call that holds the GIL,
# so a warm-up thread doing this leaves the window's thread a turn between chunks
CHUNK_LINES = 20_000
_lock = threading.Lock()
_frequencies: dict[str, int] | None = None


def dictionary_path() -> Path:
    """jieba's dict.txt, located through the import system without running jieba."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is not installed: its dict.txt holds word frequencies")
    return Path(next(iter(spec.submodule_search_locations))) / "dict.txt"


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    return frozenset(gazetteer(home_province()).all_names())


def _fields() -> list[str]:
    """dict.txt as `word freq tag` lines, flattened (every line has all three)."""
    lines = dictionary_path().read_text(encoding="utf-8").splitlines()
    fields: list[str] = []
    for start in range(0, len(lines), CHUNK_LINES):
        fields += " ".join(lines[start : start + CHUNK_LINES]).split()
    return fields


def word_frequencies() -> dict[str, int]:
    global _frequencies
    if _frequencies is None:
        with _lock:
            if _frequencies is None:
                fields = _fields()
                table: dict[str, int] = {}
                for start in range(0, len(fields), 3 * CHUNK_LINES):
                    part = fields[start : start + 3 * CHUNK_LINES]
                    table.update(zip(part[0::3], map(int, part[1::3]), strict=True))
                table.update(dict.fromkeys(place_words(), PLACE_WORD_FREQ))
                _frequencies = table
    return _frequencies


@lru_cache(maxsize=1)
def recounted_frequency() -> int:
    fields, places = _fields(), place_words()
    pairs = zip(fields[0::3], fields[1::3], strict=True)
    return sum({word: int(freq) for word, freq in pairs if word in places}.values())
