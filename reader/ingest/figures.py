"""Cleaned paragraph text in, figures out: every Arabic-numeral number with its unit.

    find_figures(text, block) -> list[Figure]

`27.96万人次` -> count 279600; `1—9月份` -> date; `15.3%` -> percent 15.3; `2806万元` ->
money 28060000. Numbers with no unit or measure word after them are not figures.
"""

from __future__ import annotations

import re

from reader.ingest.model import Figure, FigureKind

_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100}
_MONEY = ("元", "美元", "港元", "欧元")
_PERCENT = ("%", "％", "个百分点", "‰")
_DATE = ("年度", "年", "月份", "月", "日", "号")
_COUNT = (
    "人次",
    "人口",
    "人",
    "名",
    "户",
    "个",
    "件",
    "次",
    "位",
    "家",
    "所",
    "项",
    "条",
    "份",
    "处",
    "座",
    "台",
    "辆",
    "支",
    "批",
    "场次",
    "场",
    "期",
    "起",
    "余",
    "种",
    "类",
    "套",
    "张",
    "本",
    "篇",
    "部",
    "只",
    "头",
    "株",
    "棵",
    "间",
    "栋",
    "幢",
    "村",
    "镇",
    "所",
    "例",
    "组",
    "队",
    "届",
    "轮",
    "班",
    "床",
    "宗",
    "笔",
    "单",
    "块",
    "枚",
    "根",
    "道",
    "层",
    "节",
    "门",
    "窗",
    "倍",
    "天",
    "小时",
    "分钟",
    "秒",
    "周岁",
    "岁",
    "周",
    "季度",
)
_OTHER = (
    "平方公里",
    "平方米",
    "公里",
    "千米",
    "公顷",
    "亩",
    "米",
    "厘米",
    "毫米",
    "吨",
    "千克",
    "公斤",
    "克",
    "斤",
    "升",
    "立方米",
    "方",
    "千瓦时",
    "千瓦",
    "瓦",
    "兆瓦",
    "英寸",
    "寸",
    "度",
    "元/斤",
    "GB",
    "MW",
    "kW",
    "km",
)
_UNITS = sorted(set(_MONEY + _PERCENT + _DATE + _COUNT + _OTHER), key=len, reverse=True)
# Every run is bounded and the numbers are atomic, so that trying a match at each position of
# a long digit run costs a constant (unbounded `\d+(?:[.,]\d+)*` made 16k digits take 105 s).
# A double holds 15 significant digits, so a longer run is an id or noise, never a figure; at
# most one decimal point (`1.2.3` is a version or a date, and float() refused it).
_MAX_DIGITS = 15
_MAX_GROUPS = 5  # thousands separators: 1,234,567,890,123,456
_DIGITS = rf"\d{{1,{_MAX_DIGITS}}}"
_NUMBER = rf"{_DIGITS}(?:,{_DIGITS}){{0,{_MAX_GROUPS}}}(?:\.{_DIGITS})?"


def _atomic(name: str, pattern: str) -> str:
    """A named group the engine never backtracks into (a lookahead is atomic; Python 3.10 has
    no `(?>...)`). Giving digits back cannot help: no unit starts with a digit, `,` or `.`."""
    return rf"(?=(?P<{name}>{pattern}))(?P={name})"


_RANGE_UNITS = "|".join(map(re.escape, _DATE + _PERCENT))
_RANGE = rf"(?P<range_unit>[万亿千]?(?:{_RANGE_UNITS})?)[—\-~～至到]{_atomic('upper', _NUMBER)}"
_FIGURE = re.compile(
    rf"{_atomic('number', _NUMBER)}(?:{_RANGE})?"
    rf"(?P<approx>余|多)?(?P<scale>[万亿千百](?!分))?(?P<approx2>余|多)?"
    rf"(?P<unit>{'|'.join(map(re.escape, _UNITS))})"
    rf"(?:(?P<day>\d{{1,2}})日)?"
)


def find_figures(text: str, block: int) -> list[Figure]:
    figures = []
    for match in _FIGURE.finditer(text):
        if match.start() and (text[match.start() - 1].isdigit() or text[match.start() - 1] == "."):
            continue
        unit = match.group("unit")
        if unit == "余" and not match.group("scale"):
            continue
        figures.append(
            Figure(
                text=match.group(0),
                block=block,
                start=match.start(),
                end=match.end(),
                kind=_kind(match),
                value=_value(match),
            )
        )
    return figures


def _kind(match: re.Match) -> FigureKind:
    unit = match.group("unit")
    if unit.endswith(_MONEY):
        return "money"
    if unit in _PERCENT:
        return "percent"
    if unit in _DATE:
        return "date"
    if unit in _COUNT:
        return "count"
    return "other"


def _value(match: re.Match) -> float | int | None:
    if match.group("upper") or (match.group("unit") in _DATE and match.group("day")):
        return None
    number = float(match.group("number").replace(",", ""))
    scale = match.group("scale")
    if scale:
        number *= _MULTIPLIERS[scale]
    rounded = round(number, 6)
    return int(rounded) if rounded == int(rounded) else rounded
