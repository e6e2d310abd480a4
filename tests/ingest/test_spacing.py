"""The column a page's lines were wrapped at, told from the lines that split a word.

Lines written for this test (no sample or real article text)."""

from reader.ingest.lines import read_lines
from reader.ingest.spacing import column_width, split_word_column

# pdfminer's order: short headline pieces and first lines drawn among the text, so the
# running-on lines do not agree on a width; the lines that split a word (`新` / `建`) do
MIXED = [
    ("临清新建三座口袋公园", False),
    ("阳谷新添十个", False),
    ("图书角", False),
    ("冠县开展冬季", False),
    ("防火检查", False),
    ("清市今年在老城区新", True),
    ("建三座口袋公园，栽", True),
    ("阳谷县各社区新", True),
    ("冠县消防大队走进", False),
    ("学校和商场，检查消", True),
    ("公园由街道统一管", True),
    ("居民可以免费借阅图", True),
    ("种 乔 木 两 百 余 棵 和", True),  # letter-spaced: its width is the extractor's
]


def test_lines_splitting_a_word_give_the_column_the_running_lines_do_not():
    lines = read_lines("\n".join(text for text, _ in MIXED))
    splits = [split for _, split in MIXED]
    assert column_width(lines) == 0.0
    assert split_word_column(lines, splits) == 9.0


def test_split_lines_that_disagree_give_no_column():
    lines = read_lines(
        "\n".join(["清市今年在老城区新", "建三座", "阳谷县各社区新添图书角十", "学校"])
    )
    assert split_word_column(lines, [True] * 4) == 0.0
