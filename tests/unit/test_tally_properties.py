"""Property tests: totals add up, order does not matter, Condorcet winners win, raising never hurts."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from council.tally import methods, pairwise_matrix, tally

from .tally_helpers import (
    BALLOTS,
    PROPOSAL_IDS,
    choices_frame,
    full_ranked_ballots,
    proposals_frame,
    ranked_ballots,
)

FEW = settings(max_examples=60, deadline=None)


@FEW
@given(
    ballots=st.one_of(BALLOTS["approval"].map(lambda b: ("approval", b)), BALLOTS["dots"].map(lambda b: ("dots", b)))
)
def test_points_add_up_to_the_sum_of_all_values(ballots):
    method, ballots = ballots
    results = tally(method, choices_frame(ballots), proposals_frame())
    assert results["points"].sum() == sum(sum(ballot.values()) for ballot in ballots)


@FEW
@given(ballots=BALLOTS["approval"])
def test_no_approval_count_exceeds_the_number_of_voters(ballots):
    results = tally("approval", choices_frame(ballots), proposals_frame())
    voters = sum(1 for ballot in ballots if ballot)
    assert (results["voters_supporting"] <= voters).all()
    assert (results["share_of_voters"] <= 1).all()


@pytest.mark.parametrize("method", methods())
@FEW
@given(data=st.data())
def test_results_do_not_depend_on_row_order_or_ballot_ids(method, data):
    ballots = data.draw(BALLOTS[method])
    choices = choices_frame(ballots)
    params = {"rule": "schulze"} if method == "ranked" and data.draw(st.booleans()) else None
    shuffled = choices.sample(frac=1, random_state=data.draw(st.integers(0, 2**32 - 1)))
    renamed = dict(
        zip(
            sorted(set(choices["ballot_id"])),
            data.draw(st.permutations(sorted(set(choices["ballot_id"])))),
            strict=True,
        )
    )
    shuffled = shuffled.assign(ballot_id=shuffled["ballot_id"].map(renamed).astype(str))
    proposals = proposals_frame().iloc[::-1]
    pd.testing.assert_frame_equal(
        tally(method, choices, proposals_frame(), params), tally(method, shuffled, proposals, params)
    )


@pytest.mark.parametrize("method", methods())
@FEW
@given(data=st.data())
def test_blank_ballots_change_nothing_in_the_table(method, data):
    ballots = data.draw(BALLOTS[method])
    spots = data.draw(st.lists(st.integers(0, len(ballots)), max_size=5))
    with_blanks = list(ballots)
    for spot in spots:
        with_blanks.insert(spot, {})
    pd.testing.assert_frame_equal(
        tally(method, choices_frame(ballots), proposals_frame()),
        tally(method, choices_frame(with_blanks), proposals_frame()),
    )


def _condorcet_winner(d: np.ndarray) -> int | None:
    wins = [i for i in range(len(d)) if all(d[i, j] > d[j, i] for j in range(len(d)) if j != i)]
    return wins[0] if wins else None


@FEW
@given(ballots=st.one_of(ranked_ballots, full_ranked_ballots))
def test_a_condorcet_winner_wins_schulze_alone(ballots):
    choices = choices_frame(ballots)
    d = pairwise_matrix(choices, proposals_frame())
    winner = _condorcet_winner(d.to_numpy())
    assume(winner is not None)
    results = tally("ranked", choices, proposals_frame(), {"top_k": 5}).set_index("proposal_id")
    assert results.loc[d.index[winner], "rank_schulze"] == 1
    assert (results["rank_schulze"] == 1).sum() == 1


def _raise_on_ballot(ballot: dict[int, int], proposal: int, top_k: int) -> dict[int, int] | None:
    """Move `proposal` one place up, or onto a free place at the end; None when it cannot rise."""
    raised = dict(ballot)
    position = ballot.get(proposal)
    if position is None:
        if len(ballot) >= top_k:
            return None
        raised[proposal] = len(ballot) + 1
        return raised
    if position == 1:
        return None
    above = next(pid for pid, pos in ballot.items() if pos == position - 1)
    raised[proposal], raised[above] = position - 1, position
    return raised


@FEW
@given(ballots=ranked_ballots, data=st.data())
def test_raising_a_proposal_never_lowers_its_borda_score_nor_worsens_its_schulze_rank(ballots, data):
    assume(ballots)
    proposal = data.draw(st.sampled_from(PROPOSAL_IDS))
    which = data.draw(st.integers(0, len(ballots) - 1))
    raised = _raise_on_ballot(ballots[which], proposal, top_k=3)
    assume(raised is not None)
    changed = ballots[:which] + [raised] + ballots[which + 1 :]
    before = tally("ranked", choices_frame(ballots), proposals_frame()).set_index("proposal_id").loc[proposal]
    after = tally("ranked", choices_frame(changed), proposals_frame()).set_index("proposal_id").loc[proposal]
    assert after["points"] > before["points"]
    assert after["rank_schulze"] <= before["rank_schulze"]


@FEW
@given(ballots=ranked_ballots)
def test_borda_points_follow_the_stated_convention(ballots):
    """First of K earns K, K-th earns 1, unranked earns 0."""
    results = tally("ranked", choices_frame(ballots), proposals_frame(), {"top_k": 3}).set_index("proposal_id")
    for pid in PROPOSAL_IDS:
        assert results.loc[pid, "points"] == sum(3 - ballot[pid] + 1 for ballot in ballots if pid in ballot)


@FEW
@given(ballots=ranked_ballots)
def test_pairwise_matrix_pairs_add_up_to_ballots_ranking_either(ballots):
    d = pairwise_matrix(choices_frame(ballots), proposals_frame()).to_numpy()
    for i, a in enumerate(PROPOSAL_IDS):
        for j, b in enumerate(PROPOSAL_IDS):
            if i != j:
                assert d[i, j] + d[j, i] == sum(1 for ballot in ballots if a in ballot or b in ballot)
