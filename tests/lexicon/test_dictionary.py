"""The word-frequency table read from dict.txt is jieba's FREQ, and rjieba's vocabulary."""

from __future__ import annotations

from pathlib import Path

from reader.lexicon import segment
from reader.lexicon.dictionary import PLACE_WORD_FREQ, place_words, word_frequencies

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_table_is_jiebas_freq_without_its_zero_prefixes(reference):
    """search.inner_words asks `.get(gram)`: the same words answer as with jieba's FREQ."""
    expected = {word: count for word, count in reference.FREQ.items() if count > 0}
    assert word_frequencies() == expected


def test_rjieba_knows_every_word_of_the_table():
    known = segment.tokenizer().has_word
    assert [word for word in word_frequencies() if not known(word)] == []


def test_rjieba_knows_no_short_word_beyond_the_table():
    """search.inner_words asks rjieba's `has_word` of every 2- and 3-character gram: the
    same grams answer as from the table (which no process then needs to load)."""
    table, known = word_frequencies(), segment.tokenizer().has_word
    text = "".join(path.read_text(encoding="utf-8-sig") for path in SEEDS.glob("*.txt"))
    grams = {text[i : i + size] for size in (2, 3) for i in range(len(text) - size)}
    assert grams and [gram for gram in grams if known(gram) != (gram in table)] == []


def test_place_words_carry_the_place_frequency():
    table = word_frequencies()
    assert {table[name] for name in place_words()} == {PLACE_WORD_FREQ}
