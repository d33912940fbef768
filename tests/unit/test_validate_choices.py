"""validate_choices: every ballot rule, and every error key it raises has a translation."""

import pytest

from council.errors import InvalidInput
from council.locale import CATALOGUE
from council.tally import default_params, methods, validate_choices

PROPOSALS = {10, 11, 12, 13, 14}


def _refused(method, choices, params=None):
    with pytest.raises(InvalidInput) as caught:
        validate_choices(method, params or default_params(method), choices, PROPOSALS)
    assert caught.value.key in CATALOGUE, caught.value.key
    return caught.value


def test_default_params_per_method():
    assert default_params("approval") == {"max_picks": None}
    assert default_params("dots") == {"points": 5, "max_per_proposal": 3}
    assert default_params("ranked") == {"top_k": 3, "rule": "schulze"}
    assert default_params("score") == {}


def test_unknown_method_is_refused_with_a_translated_key():
    with pytest.raises(InvalidInput) as caught:
        default_params("lottery")
    assert caught.value.key in CATALOGUE


@pytest.mark.parametrize("method", methods())
def test_unknown_proposal_is_refused(method):
    err = _refused(method, {99: 1})
    assert err.key == "ballot_error.unknown_proposal"


@pytest.mark.parametrize("method", methods())
@pytest.mark.parametrize("value", [1.5, "1", True, None])
def test_values_must_be_whole_numbers(method, value):
    assert _refused(method, {10: value}).key == "ballot_error.not_a_number"


@pytest.mark.parametrize("method", ["approval", "dots", "ranked"])
def test_empty_ballot_is_a_blank_ballot(method):
    assert validate_choices(method, default_params(method), {}, PROPOSALS) == {}
    assert validate_choices(method, default_params(method), {10: 0, 11: 0}, PROPOSALS) == {}


def test_approval_keeps_ticks_and_drops_zeros():
    assert validate_choices("approval", {"max_picks": None}, {10: 1, 11: 0, 12: 1}, PROPOSALS) == {10: 1, 12: 1}


@pytest.mark.parametrize("value", [2, -1])
def test_approval_value_must_be_a_tick(value):
    err = _refused("approval", {10: value})
    assert err.key == "ballot_error.value_out_of_range"
    assert err.values == {"value": value, "low": 0, "high": 1}


def test_approval_over_max_picks_is_refused():
    err = _refused("approval", {10: 1, 11: 1, 12: 1}, {"max_picks": 2})
    assert err.key == "ballot_error.too_many_picks"
    assert err.values == {"max_picks": 2}


def test_approval_at_max_picks_is_accepted():
    assert len(validate_choices("approval", {"max_picks": 2}, {10: 1, 11: 1}, PROPOSALS)) == 2


def test_dots_within_budget_are_accepted():
    assert validate_choices("dots", default_params("dots"), {10: 3, 11: 2, 12: 0}, PROPOSALS) == {10: 3, 11: 2}


def test_dots_over_total_points_are_refused():
    err = _refused("dots", {10: 3, 11: 2, 12: 1})
    assert err.key == "ballot_error.too_many_points"
    assert err.values == {"used": 6, "points": 5}


def test_dots_over_max_per_proposal_are_refused():
    err = _refused("dots", {10: 4})
    assert err.key == "ballot_error.too_many_on_one"
    assert err.values == {"max_per_proposal": 3}


def test_negative_dots_are_refused():
    assert _refused("dots", {10: -1}).key == "ballot_error.value_out_of_range"


def test_ranked_contiguous_positions_are_accepted():
    assert validate_choices("ranked", {"top_k": 3}, {12: 1, 10: 2, 11: 0}, PROPOSALS) == {12: 1, 10: 2}


def test_ranked_position_used_twice_is_refused():
    err = _refused("ranked", {10: 1, 11: 1})
    assert err.key == "ballot_error.rank_used_twice"
    assert err.values == {"position": 1}


@pytest.mark.parametrize("choices", [{10: 2}, {10: 1, 11: 3}])
def test_ranked_positions_with_gaps_are_refused(choices):
    assert _refused("ranked", choices).key == "ballot_error.ranks_not_contiguous"


def test_ranked_more_than_top_k_is_refused():
    err = _refused("ranked", {10: 1, 11: 2, 12: 3, 13: 4})
    assert err.key == "ballot_error.too_many_ranked"
    assert err.values == {"top_k": 3}


def test_ranked_negative_position_is_refused():
    assert _refused("ranked", {10: -1}).key == "ballot_error.value_out_of_range"


def test_score_fills_absent_proposals_with_zero_and_keeps_zeros():
    cleaned = validate_choices("score", {}, {10: 2, 11: -2, 12: 0}, PROPOSALS)
    assert cleaned == {10: 2, 11: -2, 12: 0, 13: 0, 14: 0}


def test_score_with_nothing_given_is_a_blank_ballot():
    assert validate_choices("score", {}, {}, PROPOSALS) == {}


@pytest.mark.parametrize("value", [3, -3])
def test_score_out_of_range_is_refused(value):
    err = _refused("score", {10: value})
    assert err.key == "ballot_error.value_out_of_range"
    assert err.values == {"value": value, "low": -2, "high": 2}


def test_params_missing_keys_fall_back_to_defaults():
    assert validate_choices("dots", {}, {10: 3, 11: 2}, PROPOSALS) == {10: 3, 11: 2}
    with pytest.raises(InvalidInput):
        validate_choices("ranked", {}, {10: 1, 11: 2, 12: 3, 13: 4}, PROPOSALS)
