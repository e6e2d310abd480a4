"""Figures: number + unit, kind and value."""

import pytest

from reader.ingest.figures import find_figures


@pytest.mark.parametrize(
    "text, figure, kind, value",
    [
        ("共有27.96万人次享受", "27.96万人次", "count", 279600),
        ("1—9月份的预算", "1—9月份", "date", 1),  # a range: its lower end
        ("11月7日上午", "11月7日", "date", None),
        ("生产效率提高4—10倍", "4—10倍", "count", 4),
        ("同比增长15.3%。", "15.3%", "percent", 15.3),
        ("现场处理率达91.4％", "91.4％", "percent", 91.4),
        ("总用地面积11.04公顷", "11.04公顷", "other", 11.04),
        ("吸引110余家企业", "110余家", "count", 110),
        ("涵盖3亿人口", "3亿人口", "count", 300_000_000),
        ("高于全市7.9个百分点", "7.9个百分点", "percent", 7.9),
        ("报销2806万元", "2806万元", "money", 28_060_000),
        ("投入资金8.66亿元", "8.66亿元", "money", 866_000_000),
        ("补助3000元", "3000元", "money", 3000),
        ("自2018年起", "2018年", "date", 2018),
        ("铺设收集管网734公里", "734公里", "other", 734),
        ("30平方公里的", "30平方公里", "other", 30),
        ("6英寸硅片", "6英寸", "other", 6),
        # measure words from resources/measure_words.tsv
        ("年出栏超1.2亿羽", "1.2亿羽", "count", 120_000_000),
        ("选育麦穗35.33万穗", "35.33万穗", "count", 353_300),
        ("运送蔬菜13车", "13车", "count", 13),
        ("迎来建店100周年", "100周年", "date", 100),
        ("存栏肉牛500头", "500头", "count", 500),
        # no known measure word: the number alone, kind other
        ("拨打12345市民热线", "12345", "other", 12345),
        ("新增8万，同比", "8万", "other", 80_000),
        ("全镇3000余", "3000", "other", 3000),
        ("排名第2。", "2", "other", 2),
    ],
)
def test_figure(text, figure, kind, value):
    found = find_figures(text, block=3)
    assert [(f.text, f.kind, f.value, f.block) for f in found][:1] == [(figure, kind, value, 3)]
    first = found[0]
    assert text[first.start : first.end] == figure


@pytest.mark.parametrize(
    "text",
    [
        "第一书记",
        "AA+主体",
        "截至目前",
        "共1.2.3人",  # two decimal points: float() raised
        "编号1234567890123456789人",  # longer than a double holds: an id, not a count
    ],
)
def test_strings_that_are_not_numbers_are_not_figures(text):
    assert find_figures(text, 0) == []


def test_every_number_is_a_figure_once():
    found = find_figures("4—10倍，另有27个和8处，编号A3", 0)
    assert [(f.text, f.kind) for f in found] == [
        ("4—10倍", "count"),
        ("27个", "count"),
        ("8处", "count"),
        ("3", "other"),
    ]


def test_measure_words_come_from_the_resource_file():
    from reader.ingest import figures
    from reader.resources import resource_path

    text = resource_path(figures.MEASURE_WORDS).read_text(encoding="utf-8")
    assert "Source:" in text
    assert {"羽", "穗", "车", "周年", "头", "只", "株"} <= set(figures._KIND_OF)
