"""Ranked ballots: Borda and Schulze known answers, the pairwise matrix, the comparison table."""

import numpy as np
import pandas as pd
import pytest

from council.errors import InvalidInput
from council.tally import compare_methods, pairwise_matrix, tally

from .tally_helpers import choices_frame, proposals_frame, repeat

A, B, C, D, E = 101, 102, 103, 104, 105

# Wikipedia, "Schulze method", worked example (after M. Schulze, "A new monotonic, clone-independent,
# reversal symmetric, and Condorcet-consistent single-winner election method", Social Choice and Welfare 36, 2011):
# 45 voters, candidates A-E; winner E, full order E > A > C > B > D.
SCHULZE_EXAMPLE = (
    repeat(5, [A, C, B, E, D])
    + repeat(5, [A, D, E, C, B])
    + repeat(8, [B, E, D, A, C])
    + repeat(3, [C, A, B, E, D])
    + repeat(7, [C, A, E, B, D])
    + repeat(2, [C, B, A, D, E])
    + repeat(7, [D, C, E, B, A])
    + repeat(8, [E, B, A, D, C])
)


def _by_id(results):
    return results.set_index("proposal_id")


def test_schulze_pairwise_matrix_matches_the_published_example():
    """The matrix d[X, Y] printed in the Wikipedia 'Schulze method' example."""
    d = pairwise_matrix(choices_frame(SCHULZE_EXAMPLE), proposals_frame())
    expected = [[0, 20, 26, 30, 22], [25, 0, 16, 33, 18], [19, 29, 0, 17, 24], [15, 12, 28, 0, 14], [23, 27, 21, 31, 0]]
    np.testing.assert_array_equal(d.to_numpy(), expected)
    assert list(d.index) == [A, B, C, D, E] and list(d.columns) == [A, B, C, D, E]


def test_schulze_ranks_match_the_published_example():
    """Wikipedia 'Schulze method': strongest paths give E > A > C > B > D."""
    results = _by_id(
        tally("ranked", choices_frame(SCHULZE_EXAMPLE), proposals_frame(), {"top_k": 5, "rule": "schulze"})
    )
    assert results.loc[[E, A, C, B, D], "rank_schulze"].tolist() == [1, 2, 3, 4, 5]
    assert results.loc[[E, A, C, B, D], "rank"].tolist() == [1, 2, 3, 4, 5]


def test_borda_on_the_schulze_example_worked_by_hand():
    """Top 5 of 5, so first place earns 5 points; e.g. A: 5x5 + 5x5 + 8x2 + 3x4 + 7x4 + 2x3 + 7x1 + 8x3 = 143."""
    results = _by_id(tally("ranked", choices_frame(SCHULZE_EXAMPLE), proposals_frame(), {"top_k": 5, "rule": "borda"}))
    assert results.loc[[A, B, C, D, E], "points"].tolist() == [143, 137, 134, 114, 147]
    assert results["points"].sum() == 45 * (5 + 4 + 3 + 2 + 1)
    assert results.loc[[E, A, B, C, D], "rank"].tolist() == [1, 2, 3, 4, 5]


# Wikipedia, "Borda count": the Tennessee capital example with 100 voters (42 Memphis, 26 Nashville,
# 15 Chattanooga, 17 Knoxville). Wikipedia scores 3-2-1-0; with our convention (K=4 places, first earns 4)
# every voter ranks all four, so each total is Wikipedia's plus 100: M 126+100, N 194+100, C 173+100, K 107+100.
M, N, CH, K = 101, 102, 103, 104
TENNESSEE = (
    repeat(42, [M, N, CH, K]) + repeat(26, [N, CH, K, M]) + repeat(15, [CH, K, N, M]) + repeat(17, [K, CH, N, M])
)


def test_borda_matches_the_published_tennessee_example():
    params = {"top_k": 4, "rule": "borda"}
    results = _by_id(tally("ranked", choices_frame(TENNESSEE), proposals_frame([M, N, CH, K]), params))
    assert results.loc[[M, N, CH, K], "points"].tolist() == [226, 294, 273, 207]
    assert results.loc[[N, CH, M, K], "rank"].tolist() == [1, 2, 3, 4]
    assert results.loc[N, "rank_schulze"] == 1  # Nashville is also the Condorcet winner


# Worked by hand, top 3: 4 ballots 1>2>3, 3 ballots 2>3>1, 2 ballots 3>2 (proposal 1 left unranked).
# Borda (3, 2, 1 points; unranked 0): p1 = 4x3 + 3x1 + 0 = 15; p2 = 4x2 + 3x3 + 2x2 = 21; p3 = 4x1 + 3x2 + 2x3 = 16.
# First choices: p1 4, p2 3, p3 2. Pairwise: 2 beats 1 (5-4), 2 beats 3 (7-2), 3 beats 1 (5-4).
P1, P2, P3 = 101, 102, 103
SMALL = repeat(4, [P1, P2, P3]) + repeat(3, [P2, P3, P1]) + repeat(2, [P3, P2])


def test_borda_small_example_worked_by_hand_with_unranked_scoring_zero():
    results = _by_id(tally("ranked", choices_frame(SMALL), proposals_frame([P1, P2, P3])))
    assert results.loc[[P1, P2, P3], "points"].tolist() == [15, 21, 16]
    assert results.loc[[P1, P2, P3], "voters_supporting"].tolist() == [7, 9, 9]
    assert results.loc[[P1, P2, P3], "first_preferences"].tolist() == [4, 3, 2]
    assert results.loc[P1, "share_of_voters"] == pytest.approx(7 / 9)
    assert results.loc[[P2, P3, P1], "rank"].tolist() == [1, 2, 3]


def test_pairwise_small_example_counts_ranked_over_unranked():
    d = pairwise_matrix(choices_frame(SMALL), proposals_frame([P1, P2, P3]))
    assert d.loc[P1, P2] == 4 and d.loc[P2, P1] == 5
    assert d.loc[P3, P1] == 5 and d.loc[P1, P3] == 4
    assert d.loc[P2, P3] == 7 and d.loc[P3, P2] == 2


def test_pairwise_ignores_pairs_nobody_ranked():
    d = pairwise_matrix(choices_frame([{P1: 1}]), proposals_frame([P1, P2, P3]))
    assert d.loc[P1, P2] == 1 and d.loc[P2, P3] == 0 and d.loc[P3, P2] == 0


def test_compare_methods_ranked_shows_every_way_of_counting():
    table = _by_id(compare_methods("ranked", choices_frame(SMALL), proposals_frame([P1, P2, P3])))
    assert table.loc[[P1, P2, P3], "rank_plurality"].tolist() == [1, 2, 3]
    assert table.loc[[P1, P2, P3], "rank_top_k_approval"].tolist() == [3, 1, 1]
    assert table.loc[[P1, P2, P3], "rank_borda"].tolist() == [3, 1, 2]
    assert table.loc[[P1, P2, P3], "rank_schulze"].tolist() == [3, 1, 2]


def test_compare_methods_names_an_explanation_for_every_rank_column():
    from council.locale import CATALOGUE

    for method, ballot in [("ranked", {P1: 1}), ("score", {P1: 2}), ("approval", {P1: 1}), ("dots", {P1: 2})]:
        table = compare_methods(method, choices_frame([ballot]), proposals_frame([P1, P2, P3]))
        rank_columns = [c for c in table.columns if c.startswith("rank_")]
        assert rank_columns and set(table.attrs["explanations"]) == set(rank_columns)
        assert set(table.attrs["explanations"].values()) <= CATALOGUE.keys()
        assert {f"method.{c.removeprefix('rank_')}" for c in rank_columns} - {"method.mean_score"} <= CATALOGUE.keys()


def test_compare_methods_score_ranks_by_positive_scores_and_by_mean():
    ballots = [{P1: 1, P2: 2, P3: 0}, {P1: 1, P2: 0, P3: -1}, {P1: 1, P2: 2, P3: 0}]
    table = _by_id(compare_methods("score", choices_frame(ballots), proposals_frame([P1, P2, P3])))
    assert table.loc[[P1, P2, P3], "rank_positive_scores"].tolist() == [1, 2, 3]
    assert table.loc[[P1, P2, P3], "rank_mean_score"].tolist() == [2, 1, 3]


def test_unknown_ranked_rule_is_refused():
    with pytest.raises(InvalidInput):
        tally("ranked", choices_frame(SMALL), proposals_frame(), {"rule": "coin"})


def test_schulze_rule_sorts_by_schulze_rank():
    results = tally("ranked", choices_frame(SCHULZE_EXAMPLE), proposals_frame(), {"top_k": 5, "rule": "schulze"})
    assert results["proposal_id"].tolist() == [E, A, C, B, D]
    pd.testing.assert_series_equal(results["rank"], results["rank_schulze"], check_names=False)


def test_pairwise_matrix_is_sorted_by_proposal_id_whatever_the_proposal_order():
    forward = pairwise_matrix(choices_frame(SMALL), proposals_frame([P1, P2, P3]))
    backward = pairwise_matrix(choices_frame(SMALL), proposals_frame([P3, P1, P2]))
    pd.testing.assert_frame_equal(forward, backward)
