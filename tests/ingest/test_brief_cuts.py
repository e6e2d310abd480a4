"""The brief splitter's small rules, on made-up numbers: which cuts of a stretch survive, and
when two neighbouring parts of a grouped headline block are one headline's."""

import pytest

from reader.ingest.briefs import JOIN_SHARE, _close_returns, _cohesion


@pytest.mark.parametrize(
    ("cuts", "kept"),
    [
        # (paragraph a part starts at, headline part it matched)
        ([(0, 1), (3, 2), (5, 3)], [0, 3, 5]),
        # parts on both sides of the part at 3 match headline 1: the three are one brief
        ([(0, 1), (3, 2), (5, 1)], [0]),
        ([(0, 4), (2, 1), (3, 2), (5, 1), (8, 3)], [0, 2, 8]),
        ([(0, 1)], [0]),
    ],
)
def test_a_part_between_two_parts_of_one_headline_joins_them(cuts, kept):
    assert [start for start, _ in _close_returns(list(cuts))] == kept


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # a kicker naming a place ties on every paragraph of its brief (0-2); the title
        # matches its brief's paragraph 2 best: one headline
        ([3.0, 3.0, 3.0, 0.0], [1.0, 0.0, 6.0, 0.0], True),
        # the title matches paragraphs of two briefs alike (1 and 3), and the kicker only
        # one of them: no telling, not joined
        ([3.0, 3.0, 0.0, 0.0], [0.0, 5.0, 0.0, 5.0], False),
        # two headlines of different briefs
        ([4.0, 0.0, 0.0, 0.0], [0.0, 0.0, 5.0, 1.0], False),
        # a part that matches nothing joins nothing
        ([0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 5.0, 1.0], False),
    ],
)
def test_neighbouring_headline_parts_are_joined_where_each_matches_the_others_brief(
    first, second, joined
):
    assert (_cohesion(first, second) >= JOIN_SHARE) is joined
    assert _cohesion(first, second) == _cohesion(second, first)
