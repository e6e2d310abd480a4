"""jieba's word list read as plain text: word frequencies without importing jieba.

    dictionary_path() -> Path             jieba/dict.txt (found, not imported)
    place_words() -> frozenset[str]       the gazetteer's names, added to the segmenter
    PLACE_WORD_FREQ                       the frequency they are added with
    frequencies() -> dict[str, int]       every dict.txt word with its frequency (read from
                                          the file: a few tenths of a second)
    recounted_frequency() -> int          the dict.txt frequency of the place words that
                                          dict.txt already has (see segment: jieba counts
                                          it twice in its total)
    count_recounted(province) -> int      the same, counted from dict.txt

rjieba embeds the same dict.txt but does not expose its frequencies. The recounted frequency
of each home province is kept in resources/recounted_frequencies.tsv (written by
tools/make_recounts.py, checked by tests/lexicon), so a process that segments never reads
dict.txt; only a dict.txt of another size (another jieba) or a province not in the file is
counted from dict.txt, once per process. The place words are those of the home province in
force when first asked for.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from reader.lexicon.gazetteer import gazetteer, home_province
from reader.resources import resource_path

# High enough that a place name always beats its parts (东昌府区, not 东昌 + 府 + 区)
PLACE_WORD_FREQ = 200_000

# dict.txt is split in chunks of lines: each chunk is one C call that holds the GIL, so a
# thread reading it (a recount for a province the resource lacks) leaves others a turn
CHUNK_LINES = 20_000


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


def frequencies() -> dict[str, int]:
    fields = _fields()
    return dict(zip(fields[0::3], map(int, fields[1::3]), strict=True))


@lru_cache(maxsize=1)
def recounted_frequency() -> int:
    province = home_province()
    stored = _stored_recounts()
    return stored[province] if province in stored else count_recounted(province)


def count_recounted(province: str) -> int:
    names = gazetteer(province).all_names()
    return sum(count for word, count in frequencies().items() if word in names)


RECOUNTS_FILE = "recounted_frequencies.tsv"
SIZE_LINE = "# dict.txt bytes: "


def _stored_recounts() -> dict[str, int]:
    """The file's recounts, if they were counted in this dict.txt (same size); else none."""
    try:
        lines = resource_path(RECOUNTS_FILE).read_text(encoding="utf-8").splitlines()
        size = dictionary_path().stat().st_size
    except OSError:
        return {}
    if f"{SIZE_LINE}{size}" not in lines:
        return {}
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    return {province: int(count) for province, count in rows}
