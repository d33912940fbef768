"""Pure tallying of the four voting methods: ballots in, one results DataFrame out.

`choices` has one row per (ballot_id, proposal_id, value); a blank ballot has no rows, so it
changes turnout (counted elsewhere) and nothing here. Shares use the non-blank ballots as denominator.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from council.tally_common import Ballots, competition_rank, encode, results_table
from council.tally_ranked import pairwise_frame, tally_ranked
from council.tally_score import tally_score
from council.tally_validate import (
    METHODS,
    check_method,
    default_params,
    full_params,
    validate_choices,
)

__all__ = [
    "COMPARISONS",
    "METHODS",
    "compare_methods",
    "default_params",
    "explanation_key",
    "pairwise_matrix",
    "tally",
    "validate_choices",
]

# The ways of counting each ballot type allows, in the order the comparison table shows them.
COMPARISONS: dict[str, tuple[str, ...]] = {
    "approval": ("approval",),
    "dots": ("dots",),
    "ranked": ("plurality", "top_k_approval", "borda", "schulze"),
    "score": ("positive_scores", "mean_score"),
}


def _tally_points(ballots: Ballots, params: dict) -> pd.DataFrame:
    """Approval and dots: points = sum of values, supporters = ballots giving more than 0."""
    points = ballots.per_proposal(ballots.row_value)
    return results_table(
        ballots,
        supporting=ballots.per_proposal(mask=ballots.row_value > 0),
        points=points,
        rank=competition_rank(points),
    )


_TALLIES = {"approval": _tally_points, "dots": _tally_points, "ranked": tally_ranked, "score": tally_score}


def tally(method: str, choices: pd.DataFrame, proposals: pd.DataFrame, params: dict | None = None) -> pd.DataFrame:
    """One row per proposal, sorted by rank: votes, shares, points, competition rank, ties, method columns."""
    check_method(method)
    params = full_params(method, params)
    ballots = encode(choices, proposals)
    frame = _TALLIES[method](ballots, params)
    frame.attrs = {"method": method, "params": params, "ballots": ballots.voters}
    return frame


def pairwise_matrix(choices: pd.DataFrame, proposals: pd.DataFrame) -> pd.DataFrame:
    """Ranked ballots: cell [a, b] counts ballots putting a ahead of b (ranked beats unranked)."""
    return pairwise_frame(encode(choices, proposals))


def explanation_key(way: str) -> str:
    """Translation key of the one-sentence pupil explanation of a way of counting (a COMPARISONS entry)."""
    return f"method.{way}.explanation"


def compare_methods(
    method: str, choices: pd.DataFrame, proposals: pd.DataFrame, params: dict | None = None
) -> pd.DataFrame:
    """One row per proposal with a `rank_<way>` column for every way of counting this ballot type allows."""
    results = tally(method, choices, proposals, params)
    ranks = {f"rank_{way}": _RANKERS[way](results) for way in COMPARISONS[method]}
    frame = results.loc[:, ["proposal_id", "title", "theme"]].assign(**ranks)
    frame.attrs = {
        **results.attrs,
        "ways": COMPARISONS[method],
        "explanations": {f"rank_{way}": explanation_key(way) for way in COMPARISONS[method]},
    }
    return frame


def _rank_by(column: str):
    return lambda results: competition_rank(results[column].to_numpy())


_RANKERS = {
    "approval": _rank_by("points"),
    "dots": _rank_by("points"),
    "plurality": _rank_by("first_preferences"),
    "top_k_approval": _rank_by("voters_supporting"),
    "borda": _rank_by("points"),
    "schulze": lambda results: np.asarray(results["schulze_rank"], dtype=np.int64),
    "positive_scores": _rank_by("voters_supporting"),
    # Every proposal shares the denominator, so the integer sum orders like the mean without float ties.
    "mean_score": _rank_by("points"),
}
