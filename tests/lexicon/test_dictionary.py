"""The word-frequency table read from dict.txt is jieba's FREQ, and rjieba's vocabulary."""

from __future__ import annotations

from reader.lexicon import segment
from reader.lexicon.dictionary import PLACE_WORD_FREQ, place_words, word_frequencies


def test_table_is_jiebas_freq_without_its_zero_prefixes(reference):
    """search.inner_words asks `.get(gram)`: the same words answer as with jieba's FREQ."""
    expected = {word: count for word, count in reference.FREQ.items() if count > 0}
    assert word_frequencies() == expected


def test_rjieba_knows_every_word_of_the_table():
    known = segment.tokenizer().has_word
    assert [word for word in word_frequencies() if not known(word)] == []


def test_place_words_carry_the_place_frequency():
    table = word_frequencies()
    assert {table[name] for name in place_words()} == {PLACE_WORD_FREQ}
