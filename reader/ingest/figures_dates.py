"""A date figure's ISO form: `2024年` -> `2024`, `3月5日` -> `--03-05` (ISO 8601 without the
year), `2024年3月5日` -> `2024-03-05`, `1—9月份` -> `--01/--09` (an ISO interval).

    iso(figure, year=None) -> str | None     None when it is no calendar date (`3年`, `100周年`)
    year_before(figures, figure) -> str|None  the year printed right before a month (`2024年3月`)

The figure's own text is read again here, a few characters through one bounded pattern, so
the month of `3月5日` (whose value is none) is known.
"""

from __future__ import annotations

import re

from reader.ingest.model import Figure

_DATE = re.compile(
    r"(?P<low>\d{1,4})(?:[—\-~～至到](?P<high>\d{1,4}))?"
    r"(?P<unit>年度|年|月份|月|日|号)(?:(?P<day>\d{1,2})日)?"
)
_YEARS = range(1000, 3000)  # a four-digit year; `3年` is a span of time, not a year
_MONTHS = range(1, 13)
_DAYS = range(1, 32)


def iso(figure: Figure, year: str | None = None) -> str | None:
    match = _DATE.fullmatch(figure.text)
    if match is None:
        return None
    unit, day = match["unit"], match["day"]
    ends = [int(n) for n in (match["low"], match["high"]) if n]
    if unit in ("年", "年度"):
        parts = [f"{n:04d}" for n in ends if n in _YEARS and len(str(n)) == 4]
    elif unit in ("月", "月份"):
        prefix = year if year else "-"
        parts = [f"{prefix}-{n:02d}" for n in ends if n in _MONTHS]
        if day and len(ends) == 1:
            parts = [f"{part}-{int(day):02d}" for part in parts if int(day) in _DAYS]
    else:
        parts = [f"---{n:02d}" for n in ends if n in _DAYS]
    return "/".join(parts) if len(parts) == len(ends) else None


def year_before(figures: list[Figure], figure: Figure) -> str | None:
    """The year of a `YYYY年` figure that ends where this month begins."""
    for before in reversed(figures):
        if before.end == figure.start and before.measure == "年" and before.date:
            return before.date if "/" not in before.date else None
        if before.end < figure.start:
            return None
    return None
