"""Cleaned paragraph text in, figures out: every Arabic-numeral number with its unit.

    find_figures(text, block) -> list[Figure]

`27.96万人次` -> count 279600; `1—9月份` -> date; `15.3%` -> percent 15.3; `2806万元` ->
money 28060000. The measure words and units, with the kind each gives, are
resources/measure_words.tsv (its source named there). A number followed by none of them is
still a figure, of kind `other`, covering the number alone (`1.2万` keeps its 万), so it is
highlighted and counted, never lost.

The value model: money in its currency (`2.0689亿元` -> 206890000 元), counts and measures
keep their measure word as unit (户, 人次, 亩), percentages as numbers (unit %, ‰ or 个百分点),
a range keeps both ends (`3至5万元` -> 30000 and 50000: the scale after the upper end applies
to both), `余`/`多` after the number mark it approximate, and dates get an ISO form (see
`dates`). Where it stands (sentence, label, 约/近/超 before it) is figures_context's part.
"""

from __future__ import annotations

import dataclasses
import re

from reader.ingest import figures_context
from reader.ingest import figures_dates as dates
from reader.ingest.model import Figure, FigureKind
from reader.resources import resource_path

_MULTIPLIERS = {"万": 10_000, "亿": 100_000_000, "千": 1_000, "百": 100}
KINDS: tuple[FigureKind, ...] = ("money", "percent", "date", "count", "other")


def _load_measure_words() -> dict[str, FigureKind]:
    """resources/measure_words.tsv: each measure word or unit and the kind of figure it gives."""
    words: dict[str, FigureKind] = {}
    text = resource_path(MEASURE_WORDS).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    for word, kind in rows[1:]:
        if kind not in KINDS:
            raise ValueError(f"{MEASURE_WORDS}: {word!r} has an unknown kind {kind!r}")
        words[word] = kind  # type: ignore[assignment]
    return words


MEASURE_WORDS = "measure_words.tsv"
_KIND_OF = _load_measure_words()
_DATE = tuple(w for w, kind in _KIND_OF.items() if kind == "date")
_PERCENT = tuple(w for w, kind in _KIND_OF.items() if kind == "percent")
_UNITS = sorted(_KIND_OF, key=len, reverse=True)
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


# a number with no measure word after it keeps its 万/亿: in Chinese they are part of how the
# number is written (`5万`), not a unit
_BARE = re.compile(rf"{_atomic('number', _NUMBER)}(?P<scale>[万亿])?")


def find_figures(text: str, block: int) -> list[Figure]:
    """Every number of the text: with its measure word when one follows, else alone (kind
    `other`); digits glued to other digits or points (ids, `1.2.3`) are not numbers."""
    matches = [m for m in _FIGURE.finditer(text) if _counts(text, m)]
    figures = [_figure(m, block, _KIND_OF[m.group("unit")]) for m in matches]
    taken = {i for m in matches for i in range(m.start(), m.end())}
    for match in _BARE.finditer(text):
        if match.start() not in taken and not _glued(text, match):
            figures.append(_figure(match, block, "other"))
    figures.sort(key=lambda f: f.start)
    return figures_context.place(text, _dated(figures))


def _counts(text: str, match: re.Match) -> bool:
    if match.start() and (text[match.start() - 1].isdigit() or text[match.start() - 1] == "."):
        return False
    return not (match.group("unit") == "余" and not match.group("scale"))


def _glued(text: str, match: re.Match) -> bool:
    """Part of a longer string of digits and points (`1.2.3`, a 20-digit id)."""
    before = text[match.start() - 1] if match.start() else ""
    after = text[match.end() : match.end() + 2]
    return (
        before.isdigit()
        or before == "."
        or after[:1].isdigit()
        or (after[:1] in ".," and after[1:2].isdigit())
    )


def _figure(match: re.Match, block: int, kind: FigureKind) -> Figure:
    low, high = _ends(match)
    printed: str | None = match.groupdict().get("unit")
    return Figure(
        text=match.group(0),
        block=block,
        start=match.start(),
        end=match.end(),
        kind=kind,
        value=_value(match, low),
        value_high=high,
        unit=_unit(kind, printed),
        measure=_unit("count", printed),
        approx=_approx(match),
    )


# one spelling per measure: the full-width percent sign is the percent sign
_MEASURE_SPELLING = {"％": "%"}


def _unit(kind: FigureKind, printed: str | None) -> str | None:
    """What the value is counted in: the currency, %, the measure word; none for a date."""
    if kind == "date" or printed in (None, "余"):
        return None
    return _MEASURE_SPELLING.get(printed, printed)


def _approx(match: re.Match) -> str | None:
    groups = match.groupdict()
    if groups.get("unit") == "余":
        return "余"
    return groups.get("approx") or groups.get("approx2")


def _ends(match: re.Match) -> tuple[float | int | None, float | int | None]:
    """A figure's number and, for a range, its upper end, both scaled: in `3至5万元` the 万
    after the upper end belongs to both; in `3万至5万元` each end has its own."""
    groups = match.groupdict()
    scale = _MULTIPLIERS.get(groups.get("scale") or "", 1)
    number = _scaled(match.group("number"), scale)
    if not groups.get("upper"):
        return number, None
    own = (groups.get("range_unit") or "")[:1]
    low = _scaled(match.group("number"), _MULTIPLIERS.get(own, scale))
    return low, _scaled(groups["upper"], scale)


def _scaled(digits: str, scale: int) -> float | int:
    rounded = round(float(digits.replace(",", "")) * scale, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def _value(match: re.Match, low: float | int | None) -> float | int | None:
    """The figure's number (a range's lower end); none for a day of a month (`3月5日`), whose
    date says it."""
    groups = match.groupdict()
    if groups.get("unit") in _DATE and groups.get("day") and not groups.get("upper"):
        return None
    return low


def _dated(figures: list[Figure]) -> list[Figure]:
    """Dates get their ISO form; a month right after a year (`2024年3月5日`) takes that year."""
    dated: list[Figure] = []
    for figure in figures:
        if figure.kind == "date":
            year = dates.year_before(dated, figure)
            figure = dataclasses.replace(figure, date=dates.iso(figure, year))
        dated.append(figure)
    return dated
