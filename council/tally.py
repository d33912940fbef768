"""Pure tallying: a ballots DataFrame in, a results DataFrame out (approval and dots)."""

from __future__ import annotations

import pandas as pd

from council.errors import InvalidInput

METHODS = ("approval", "dots")
_DEFAULTS = {"approval": {"max_picks": None}, "dots": {"points": 5, "max_per_proposal": 3}}


def default_params(method: str) -> dict:
    """The parameters a method starts with."""
    return dict(_DEFAULTS[method])


def validate_choices(method: str, params: dict, choices: dict[int, int], proposal_ids: set[int]) -> dict[int, int]:
    """Check a raw ballot against the method's rules and drop the zeros."""
    cleaned = {int(k): int(v) for k, v in choices.items() if int(v) != 0}
    if set(cleaned) - proposal_ids:
        raise InvalidInput("ballot_error.unknown_proposal")
    if any(v < 0 for v in cleaned.values()):
        raise InvalidInput("ballot_error.out_of_range")
    if method == "approval":
        limit = params.get("max_picks")
        if any(v != 1 for v in cleaned.values()):
            raise InvalidInput("ballot_error.out_of_range")
        if limit and len(cleaned) > limit:
            raise InvalidInput("ballot_error.too_many_picks", limit=limit)
    if method == "dots":
        if sum(cleaned.values()) > params["points"]:
            raise InvalidInput("ballot_error.too_many_points", limit=params["points"])
        if any(v > params["max_per_proposal"] for v in cleaned.values()):
            raise InvalidInput("ballot_error.too_many_on_one", limit=params["max_per_proposal"])
    return cleaned


def tally(method: str, choices: pd.DataFrame, proposals: pd.DataFrame, params: dict | None = None) -> pd.DataFrame:
    """One row per proposal, ranked: voters_supporting, share_of_voters, points, rank, tied."""
    voters = choices["ballot_id"].nunique()
    grouped = choices.groupby("proposal_id")["value"]
    table = proposals.loc[:, ["proposal_id", "title", "theme"]].copy()
    table["voters_supporting"] = table["proposal_id"].map(grouped.count()).fillna(0).astype(int)
    table["points"] = table["proposal_id"].map(grouped.sum()).fillna(0).astype(int)
    table["share_of_voters"] = table["voters_supporting"] / voters if voters else 0.0
    table["rank"] = table["points"].rank(method="min", ascending=False).astype(int)
    table["tied"] = table["rank"].duplicated(keep=False)
    return table.sort_values(["rank", "title"]).reset_index(drop=True)
