"""Pure tallying of every voting method: ballots in, one results DataFrame out (the rules live in council/methods).

`choices` has one row per (ballot_id, proposal_id, value); a blank ballot has no rows, so it
changes turnout (counted elsewhere) and nothing here. Shares use the non-blank ballots as denominator.
"""

from __future__ import annotations

import pandas as pd

from council.methods import CATALOG, describe, validate_choices
from council.methods.ballots import encode
from council.methods.pairwise import pairwise_frame

__all__ = [
    "compare_methods",
    "default_params",
    "methods",
    "pairwise_matrix",
    "tally",
    "validate_choices",
]


def methods() -> tuple[str, ...]:
    """The methods a teacher can choose, in the catalog's order."""
    return tuple(CATALOG)


def default_params(method: str) -> dict:
    """The settings a method runs with when the teacher changes nothing."""
    return describe(method).with_defaults(None)


def tally(method: str, choices: pd.DataFrame, proposals: pd.DataFrame, params: dict | None = None) -> pd.DataFrame:
    """One row per proposal, sorted by rank: votes, shares, points, competition rank, ties, method columns."""
    described = describe(method)
    params = described.with_defaults(params)
    ballots = encode(choices, proposals)
    frame = described.tally(ballots, params)
    frame.attrs = {"method": described.method, "params": params, "ballots": ballots.voters}
    return frame


def pairwise_matrix(choices: pd.DataFrame, proposals: pd.DataFrame) -> pd.DataFrame:
    """Ranked ballots: cell [a, b] counts ballots putting a ahead of b (ranked beats unranked)."""
    return pairwise_frame(encode(choices, proposals))


def compare_methods(
    method: str, choices: pd.DataFrame, proposals: pd.DataFrame, params: dict | None = None
) -> pd.DataFrame:
    """One row per proposal with a `rank_<way>` column for every way of ordering this ballot type allows."""
    described = describe(method)
    results = tally(method, choices, proposals, params)
    ranks = {f"rank_{way.key}": way.rank(results) for way in described.ways}
    frame = results.loc[:, ["proposal_id", "title", "theme"]].assign(**ranks)
    frame.attrs = {
        **results.attrs,
        "ways": tuple(way.key for way in described.ways),
        "decided_by": described.deciding_way(results.attrs["params"]).key,
        "explanations": {f"rank_{way.key}": way.explanation_key for way in described.ways},
    }
    return frame
