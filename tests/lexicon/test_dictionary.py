"""dict.txt read as a table is jieba's FREQ and rjieba's vocabulary; the stored recounts are
those dict.txt gives."""

from __future__ import annotations

from pathlib import Path

from reader.lexicon import dictionary, segment
from reader.lexicon.dictionary import PLACE_WORD_FREQ, place_words
from reader.lexicon.gazetteer import gazetteer, province_names

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def word_table() -> dict[str, int]:
    """dict.txt's words with the place words, as the segmenter knows them."""
    return {**dictionary.frequencies(), **dict.fromkeys(place_words(), PLACE_WORD_FREQ)}


def test_table_is_jiebas_freq_without_its_zero_prefixes(reference):
    expected = {word: count for word, count in reference.FREQ.items() if count > 0}
    assert word_table() == expected


def test_rjieba_knows_every_word_of_the_table():
    known = segment.tokenizer().has_word
    assert [word for word in word_table() if not known(word)] == []


def test_rjieba_knows_no_short_word_beyond_the_table():
    """search.inner_words asks rjieba's `has_word` of every 2- and 3-character gram: the
    same grams answer as from the table (which no process then needs to load)."""
    table, known = word_table(), segment.tokenizer().has_word
    text = "".join(path.read_text(encoding="utf-8-sig") for path in SEEDS.glob("*.txt"))
    grams = {text[i : i + size] for size in (2, 3) for i in range(len(text) - size)}
    assert grams and [gram for gram in grams if known(gram) != (gram in table)] == []


def test_the_stored_recount_of_every_province_is_what_dict_txt_gives():
    stored, table = dictionary._stored_recounts(), dictionary.frequencies()
    assert set(stored) == set(province_names())
    for province, count in stored.items():
        names = gazetteer(province).all_names()
        assert count == sum(table[word] for word in names if word in table), province


def test_a_dict_txt_of_another_size_is_counted_not_looked_up(monkeypatch, tmp_path):
    other = tmp_path / "dict.txt"
    other.write_text("东阿 30 ns\n聊城 50 ns\n开会 900 v\n", encoding="utf-8")
    monkeypatch.setattr(dictionary, "dictionary_path", lambda: other)
    assert dictionary._stored_recounts() == {}
    assert dictionary.count_recounted("山东省") == 80
