"""tally(): the shared results table, approval, dots and score, ties and blank ballots."""

import math

import pandas as pd
import pytest

from council.errors import InvalidInput
from council.locale import CATALOGUE
from council.methods import describe
from council.tally import methods, tally

from .tally_helpers import choices_frame, proposals_frame

SHARED = ["proposal_id", "title", "theme", "voters_supporting", "share_of_voters", "points", "rank", "tied"]


def _by_id(results: pd.DataFrame) -> pd.DataFrame:
    return results.set_index("proposal_id")


@pytest.mark.parametrize("method", methods())
def test_every_method_returns_the_shared_columns_and_every_proposal(method):
    ballot = {101: 1} if method != "score" else {101: 2, 102: -1}
    results = tally(method, choices_frame([ballot]), proposals_frame())
    assert list(results.columns[: len(SHARED)]) == SHARED
    assert sorted(results["proposal_id"]) == [101, 102, 103, 104, 105]
    assert results["rank"].is_monotonic_increasing


@pytest.mark.parametrize("method", methods())
def test_no_ballots_give_zeros_not_errors(method):
    results = tally(method, choices_frame([]), proposals_frame())
    assert (results["points"] == 0).all() and (results["share_of_voters"] == 0).all()
    assert (results["rank"] == 1).all() and results["tied"].all()


@pytest.mark.parametrize("method", methods())
def test_column_names_introduced_by_the_tally_are_translated(method):
    """Every column has a heading; `points` is named by what it counts (votes, points, Borda points, sum of scores)."""
    columns = set(tally(method, choices_frame([{101: 1}]), proposals_frame()).columns) - {"proposal_id", "points"}
    assert {f"column.{c}" for c in columns} <= CATALOGUE.keys()
    assert describe(method).points_key in CATALOGUE


def test_unknown_method_is_refused():
    with pytest.raises(InvalidInput):
        tally("lottery", choices_frame([]), proposals_frame())


def test_approval_counts_ticks_and_shares_use_non_blank_ballots():
    ballots = [{101: 1, 102: 1}, {101: 1}, {103: 1}, {101: 1, 103: 1}]
    results = _by_id(tally("approval", choices_frame(ballots), proposals_frame()))
    assert results.loc[[101, 102, 103, 104], "points"].tolist() == [3, 1, 2, 0]
    assert results.loc[[101, 102, 103, 104], "voters_supporting"].tolist() == [3, 1, 2, 0]
    assert results.loc[101, "share_of_voters"] == pytest.approx(3 / 4)
    assert results.loc[[101, 103, 102, 104], "rank"].tolist() == [1, 2, 3, 4]


def test_equal_points_share_a_place_and_the_next_place_is_skipped():
    ballots = [{101: 1, 102: 1, 103: 1}, {101: 1}, {102: 1}, {104: 1}]
    results = _by_id(tally("approval", choices_frame(ballots), proposals_frame()))
    assert results.loc[[101, 102, 103, 104, 105], "rank"].tolist() == [1, 1, 3, 3, 5]
    assert results.loc[[101, 102, 103, 104, 105], "tied"].tolist() == [True, True, True, True, False]


def test_tied_proposals_are_listed_in_proposal_id_order():
    ballots = [{104: 1, 102: 1}]
    results = tally("approval", choices_frame(ballots), proposals_frame())
    assert results["proposal_id"].tolist()[:2] == [102, 104]


def test_dots_sum_points_and_count_pupils_giving_any():
    ballots = [{101: 3, 102: 2}, {101: 1, 103: 3}, {102: 2}]
    results = _by_id(tally("dots", choices_frame(ballots), proposals_frame()))
    assert results.loc[[101, 102, 103], "points"].tolist() == [4, 4, 3]
    assert results.loc[[101, 102, 103], "voters_supporting"].tolist() == [2, 2, 1]
    assert results.loc[[101, 102, 103], "rank"].tolist() == [1, 1, 3]


def test_blank_ballots_change_nothing():
    ballots = [{101: 1, 102: 1}, {103: 1}]
    with_blanks = ballots[:1] + [{}, {}] + ballots[1:] + [{}]
    plain = tally("approval", choices_frame(ballots), proposals_frame())
    blanked = tally("approval", choices_frame(with_blanks), proposals_frame())
    pd.testing.assert_frame_equal(plain, blanked)


def test_votes_for_unpublished_proposals_are_ignored_but_the_ballot_counts():
    results = _by_id(tally("approval", choices_frame([{101: 1}, {999: 1}]), proposals_frame()))
    assert 999 not in results.index
    assert results.loc[101, "share_of_voters"] == pytest.approx(1 / 2)


SCORES = [{101: 2, 102: 2, 103: 1}, {101: 2, 102: -2, 103: 1}, {101: -2, 102: 2, 103: 1}, {101: 0, 102: -2, 103: 1}]


def test_score_known_answers():
    results = _by_id(tally("score", choices_frame(SCORES), proposals_frame()))
    row = results.loc[101]
    assert row["points"] == 2 and row["voters_supporting"] == 2
    assert row["mean"] == pytest.approx(0.5)
    assert row["share_for"] == pytest.approx(0.5) and row["share_against"] == pytest.approx(0.25)
    assert row["share_of_voters"] == row["share_for"]
    assert row["consensus"] == pytest.approx(0.5 - math.sqrt(12 / 4 - 0.25))
    assert row["polarisation"] == pytest.approx(0.5)


def test_score_consensus_prefers_agreement_and_polarisation_spots_a_split():
    results = _by_id(tally("score", choices_frame(SCORES), proposals_frame()))
    # Everyone gives 103 a +1; 102 gets +2 from half the class and -2 from the other half.
    assert results.loc[103, "consensus"] == pytest.approx(1.0)
    assert results.loc[102, "polarisation"] == pytest.approx(1.0)
    assert results.loc[103, "polarisation"] == 0
    assert results.loc[102, "consensus"] < results.loc[101, "consensus"] < results.loc[103, "consensus"]


def test_unscored_proposals_count_as_zero():
    sparse = tally("score", choices_frame([{101: 2}, {102: 1}]), proposals_frame())
    filled = tally("score", choices_frame([{101: 2, 102: 0}, {102: 1, 101: 0}]), proposals_frame())
    pd.testing.assert_frame_equal(sparse, filled)
    assert _by_id(sparse).loc[101, "mean"] == pytest.approx(1.0)


def test_attrs_carry_method_params_and_ballot_count():
    results = tally("dots", choices_frame([{101: 1}, {}, {102: 2}]), proposals_frame(), {"points": 7})
    assert results.attrs == {"method": "dots", "params": {"points": 7, "max_per_proposal": 3}, "ballots": 2}


def test_tally_modules_never_import_streamlit():
    import ast
    from pathlib import Path

    council = Path(__file__).resolve().parents[2] / "council"
    for path in [*council.glob("tally*.py"), council / "smallgroups.py"]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(name.split(".")[0] == "streamlit" for name in imported), path
