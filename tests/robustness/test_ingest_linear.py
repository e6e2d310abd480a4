"""Parsing cost grows with the page, not with its square (issue 8: quadratic figure regex).

A page of 1 MB of digits (or of digits with spaces, dots and commas between them) must cost
well under 20 times the CPU time of 100 KB: linear is 10 times, quadratic 100. Each case runs
in a child process whose CPU time is capped (RLIMIT_CPU) at what the 1 MB page may cost, so a
quadratic parser fails in seconds instead of hanging the suite for hours. CPU time, not wall
time: the machine is shared.
"""

from __future__ import annotations

import json
import signal
import sys
import time

import pytest

from reader.ingest.bylines import byline_text
from reader.ingest.lines import read_lines
from tests.robustness.helpers import run_child

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_CPU is POSIX")

RATIO = 20  # the text grows 10 times; a quadratic parse would grow 100 times

CHILD = """
import json, math, resource, sys, time
from reader.ingest import parse_page

unit, ratio = sys.argv[1], float(sys.argv[2])

def page(size):
    return (unit * (size // len(unit) + 1))[:size]

def cpu_of(size):
    text = page(size)
    start = time.process_time()
    parse_page(text, "page.txt")
    return time.process_time() - start

def cap(seconds):
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(time.process_time() + seconds), hard))

parse_page("标题\\n\\n　　本报讯 全县共有3人。\\n", "warm.txt")  # load the segmenter first
cap(20)  # 100 KB takes well under a second; a quadratic parser took an hour
small = cpu_of(100_000)
cap(ratio * small + 2)
large = cpu_of(1_000_000)
print(json.dumps({"small": small, "large": large}))
"""

UNITS = {
    "digits": "1234567890",
    "digit lines": "1234567890\n",
    "spaced dots": "1 . 2 . 3 . ",
    "decimals": "1.2.3.4.5.",
    "thousands": "1,2,3,4,5,",
    "ranges with units": "1—2—3万元",
}


QUICK_UNITS = ("digits", "spaced dots")  # the default run; the rest run with -m slow


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param(unit, id=name, marks=() if name in QUICK_UNITS else pytest.mark.slow)
        for name, unit in UNITS.items()
    ],
)
def test_a_megabyte_page_parses_in_linear_time(unit):
    done = run_child(["-c", CHILD, unit, str(RATIO)], timeout=600)
    assert done.returncode != -signal.SIGXCPU, (
        "over the CPU budget: 1 MB cost over 20x 100 KB (or 100 KB over 20 s)"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    times = json.loads(done.stdout.splitlines()[-1])
    assert times["large"] < RATIO * max(times["small"], 0.01), times


def test_a_byline_with_a_long_gap_is_read_in_linear_time():
    def cost(size: int) -> float:
        lines = read_lines("■记者 王一" + " " * size + "x\n")
        start = time.process_time()
        byline_text(lines)
        return time.process_time() - start

    cost(1000)
    small, large = cost(5_000), cost(50_000)
    assert large < RATIO * max(small, 0.001), (small, large)
