"""Assignments the evidence leaves tied are decided by the parser, not by the solver: a line
that could end the headline above or open the one below goes with the headline above, and
the branch and bound and HiGHS agree on it."""

from __future__ import annotations

from reader.ingest import headlines

# one block of three lines (0, 1, 2) over bodies 7 and 8: line 1 adds as much to the
# headline above as to the one below (scores exact in binary, so the sums tie exactly)
GROUPS = [(7, [0, 1]), (7, [2]), (7, [0]), (7, [1, 2])]
PAIRS = [(0, 7), (1, 8), (2, 7), (3, 8)]
SCORES = {(0, 7): 7.5, (1, 8): 12.75, (2, 7): 7.25, (3, 8): 13.0}
UPPER = [(0, 7), (1, 8)]


def test_the_scores_alone_are_a_tie_the_search_leaves_to_the_solver():
    assert SCORES[(0, 7)] + SCORES[(1, 8)] == SCORES[(2, 7)] + SCORES[(3, 8)]
    assert headlines._best_by_search(GROUPS, PAIRS, SCORES) is None


def test_broken_the_tie_goes_to_the_headline_above_in_both_solvers():
    objective = headlines._tie_broken(GROUPS, PAIRS, SCORES)
    assert headlines._best_by_search(GROUPS, PAIRS, objective) == UPPER
    assert sorted(headlines._solve(GROUPS, [0, 1, 2, 3], PAIRS, objective)) == UPPER


def test_the_tie_break_never_outweighs_evidence():
    scores = {**SCORES, (3, 8): 13.0 + 1e-3}  # the lower reading now has a little more for it
    objective = headlines._tie_broken(GROUPS, PAIRS, scores)
    assert headlines._best_by_search(GROUPS, PAIRS, objective) == [(2, 7), (3, 8)]


def test_the_first_solver_of_a_process_prints_nothing_on_standard_output():
    """highspy's banner (C++'s printf, from the first solver a process makes) would corrupt
    `reader parse --json`: a fresh process solving and then printing JSON prints only it."""
    import json
    import subprocess
    import sys

    script = (
        "import json; from reader.ingest import headlines as h; from tests.ingest import"
        " test_ties as t; print(json.dumps(h._solve(t.GROUPS, [0, 1, 2, 3], t.PAIRS,"
        " h._tie_broken(t.GROUPS, t.PAIRS, t.SCORES))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert json.loads(out.stdout) == [list(pair) for pair in UPPER]
