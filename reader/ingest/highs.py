"""The headline assignment as an integer program, solved by HiGHS (through highspy).

    best_pairs(block_lines, lines_of, pairs, scores, leftover_penalty) -> chosen pairs

`pairs` are (group, body), `lines_of[k]` the block lines of pair k's group; every one of
`block_lines` is in one chosen group or left over (at `leftover_penalty`), every body heads
at most one group, and the total score is the largest. A column per pair and per block line (left
over); a row per line (exactly one of its columns) and per body (at most one).

highspy rather than scipy's `milp`: the same HiGHS, but a fifth of a second to import
against scipy.optimize's 0.6–1 s in every parse worker. The parser breaks ties itself
(`headlines._tie_broken`) and asks for the optimum itself (`mip_rel_gap` 0), so the answer
does not depend on HiGHS's version. highspy prints a banner on standard output when a
process makes its first solver, which would corrupt `reader parse --json`: that one
construction writes to /dev/null.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Iterator, Sequence

_quiet = False  # the banner has been swallowed: later solvers print nothing


def best_pairs(
    block_lines: Sequence[int],
    lines_of: Sequence[Sequence[int]],
    pairs: Sequence[tuple[int, int]],
    scores: dict[tuple[int, int], float],
    leftover_penalty: float,
) -> list[tuple[int, int]]:
    import highspy  # only a parse that reaches a solve loads it
    import numpy as np

    if not pairs:
        return []
    line_row = {line: row for row, line in enumerate(block_lines)}
    bodies = sorted({b for _, b in pairs})
    body_row = {b: len(block_lines) + k for k, b in enumerate(bodies)}
    columns = [
        [line_row[line] for line in group] + [body_row[b]]
        for group, (_, b) in zip(lines_of, pairs, strict=True)
    ]
    columns += [[line_row[line]] for line in block_lines]
    model = highspy.HighsLp()
    model.num_col_, model.num_row_ = len(columns), len(block_lines) + len(bodies)
    model.col_cost_ = np.r_[
        [-scores[pair] for pair in pairs], np.full(len(block_lines), leftover_penalty)
    ]
    model.col_lower_, model.col_upper_ = np.zeros(len(columns)), np.ones(len(columns))
    model.row_lower_ = np.r_[np.ones(len(block_lines)), np.zeros(len(bodies))]
    model.row_upper_ = np.ones(model.num_row_)
    model.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    model.a_matrix_.start_ = np.cumsum([0] + [len(rows) for rows in columns])
    model.a_matrix_.index_ = [row for rows in columns for row in rows]
    model.a_matrix_.value_ = np.ones(model.a_matrix_.start_[-1])
    model.integrality_ = [highspy.HighsVarType.kInteger] * len(columns)
    solver = _solver(highspy)
    solver.passModel(model)
    solver.run()
    if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return []
    chosen = solver.getSolution().col_value
    return [pair for k, pair in enumerate(pairs) if chosen[k] > 0.5]


def _solver(highspy):
    global _quiet
    if _quiet:
        solver = highspy.Highs()
    else:
        with _stdout_discarded():
            solver = highspy.Highs()
        _quiet = True
    solver.setOptionValue("output_flag", False)
    solver.setOptionValue("mip_rel_gap", 0.0)  # the optimum, not one within 0.01% of it
    return solver


@contextlib.contextmanager
def _stdout_discarded() -> Iterator[None]:
    """File descriptor 1 pointed at /dev/null for a moment (the banner is C++'s printf)."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 1)
        yield
    finally:
        _flush_c_stdio()  # what C buffered goes to /dev/null too, not out later
        os.dup2(saved, 1)
        os.close(saved)


def _flush_c_stdio() -> None:
    # no C library to ask (Windows): nothing to flush either way
    with contextlib.suppress(OSError, AttributeError, TypeError):
        ctypes.CDLL(None).fflush(None)
