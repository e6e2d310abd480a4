"""The figures' value model: units, ranges, approximations, dates, sentences and labels."""

import pytest

from reader.ingest.figures import find_figures


def _only(text: str, printed: str):
    found = [f for f in find_figures(text, 0) if f.text == printed]
    assert len(found) == 1, [f.text for f in find_figures(text, 0)]
    return found[0]


@pytest.mark.parametrize(
    "text, printed, value, high, unit, measure",
    [
        ("投入2.0689亿元", "2.0689亿元", 206_890_000, None, "元", "元"),
        ("补助3至5万元", "3至5万元", 30_000, 50_000, "元", "元"),
        ("补助3万至5万元", "3万至5万元", 30_000, 50_000, "元", "元"),
        ("提高10—20%", "10—20%", 10, 20, "%", "%"),
        ("达91.4％", "91.4％", 91.4, None, "%", "%"),
        ("高出7.9个百分点", "7.9个百分点", 7.9, None, "个百分点", "个百分点"),
        ("帮扶320户", "320户", 320, None, "户", "户"),
        ("接待27.96万人次", "27.96万人次", 279_600, None, "人次", "人次"),
        ("流转土地1.2万亩", "1.2万亩", 12_000, None, "亩", "亩"),
        ("拨打12345热线", "12345", 12345, None, None, None),
        ("引资5000万美元", "5000万美元", 50_000_000, None, "美元", "美元"),
    ],
)
def test_units_and_ranges(text, printed, value, high, unit, measure):
    figure = _only(text, printed)
    assert (figure.value, figure.value_high, figure.unit, figure.measure) == (
        value,
        high,
        unit,
        measure,
    )


@pytest.mark.parametrize(
    "text, printed, approx",
    [
        ("吸引110余家企业", "110余家", "余"),
        ("惠及100多户", "100多户", "多"),
        ("约3000人参加", "3000人", "约"),
        ("近3000人参加", "3000人", "近"),
        ("年出栏超1.2亿羽", "1.2亿羽", "超"),
        ("超过5000元", "5000元", "超过"),
        ("帮扶320户", "320户", None),
    ],
)
def test_approximations_are_marked(text, printed, approx):
    assert _only(text, printed).approx == approx


@pytest.mark.parametrize(
    "text, printed, iso",
    [
        ("自2018年起", "2018年", "2018"),
        ("11月7日上午", "11月7日", "--11-07"),
        ("2024年3月5日上午", "3月5日", "2024-03-05"),
        ("2024年3月启动", "3月", "2024-03"),
        ("1—9月份的预算", "1—9月份", "--01/--09"),
        ("2021—2025年规划", "2021—2025年", "2021/2025"),
        ("连续3年", "3年", None),  # a span of time, no calendar date
        ("建店100周年", "100周年", None),
        ("13月", "13月", None),
    ],
)
def test_dates_in_iso_form(text, printed, iso):
    assert _only(text, printed).date == iso


def test_a_day_of_a_month_has_no_number_value_but_its_date():
    figure = _only("11月7日上午", "11月7日")
    assert (figure.value, figure.date) == (None, "--11-07")


@pytest.mark.parametrize(
    "text, printed, label",
    [
        ("全县新增就业岗位达3000个。", "3000个", "新增就业岗位"),
        ("共投入资金2.0689亿元，惠及群众约3至5万人", "2.0689亿元", "投入资金"),
        ("共投入资金2.0689亿元，惠及群众约3至5万人", "3至5万人", "惠及群众"),
        ("今年，3000人参加培训。", "3000人", "参加培训"),  # opens its clause: words after
        ("投资2亿元建设120户", "120户", "建设"),  # the clause starts after the figure before
    ],
)
def test_label_is_the_words_before(text, printed, label):
    assert _only(text, printed).label == label


def test_sentence_offsets_cover_the_figures_sentence():
    text = "第一句没有数字。全县投入300万元，帮扶50户！最后一句。"
    for printed in ("300万元", "50户"):
        figure = _only(text, printed)
        assert text[figure.sentence_start : figure.sentence_end] == "全县投入300万元，帮扶50户！"


def test_a_figure_without_a_sentence_mark_has_the_whole_block():
    figure = _only("帮扶320户", "320户")
    assert (figure.sentence_start, figure.sentence_end) == (0, len("帮扶320户"))


def test_a_listed_figure_shares_the_label_of_the_first():
    found = find_figures("分别占总量的10.83%、10.69%和8.92%。", 0)
    assert [f.label for f in found] == ["总量"] * 3


def test_quotes_do_not_end_the_clause():
    assert _only("广泛征集困难群众“微心愿”751条", "751条").label.endswith("微心愿")


def test_a_label_never_starts_with_a_linking_word():
    assert _only("压减用于本级的项目资金3000万元", "3000万元").label == "项目资金"
