"""Shared pieces of every method: ballots as arrays, the base results table, competition ranking, ballot checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from numbers import Integral

import numpy as np
import pandas as pd

from council.errors import InvalidInput


@dataclass(frozen=True)
class Ballots:
    """Choices as numpy arrays aligned to the proposals table (rows for unknown proposals dropped)."""

    proposals: pd.DataFrame
    row_proposal: np.ndarray
    row_value: np.ndarray
    row_ballot: np.ndarray
    voters: int

    @property
    def size(self) -> int:
        """Number of proposals."""
        return len(self.proposals)

    def per_proposal(self, weights: np.ndarray | None = None, mask: np.ndarray | None = None) -> np.ndarray:
        """Sum `weights` (or count rows) per proposal, optionally only over rows where `mask` holds."""
        rows = self.row_proposal
        if mask is not None:
            rows, weights = rows[mask], None if weights is None else weights[mask]
        totals = np.bincount(rows, weights=weights, minlength=self.size)
        integral = weights is None or weights.dtype.kind in "iub"
        return totals.astype(np.int64) if integral else totals


def encode(choices: pd.DataFrame, proposals: pd.DataFrame) -> Ballots:
    """Turn the long choices table into arrays indexed by the proposal's row in `proposals`."""
    proposals = proposals.loc[:, ["proposal_id", "title", "theme"]].reset_index(drop=True)
    # Every non-blank ballot counts as a voter, even one whose proposal was withdrawn after voting.
    ballot_codes, ballot_ids = pd.factorize(choices["ballot_id"], sort=False)
    row_proposal = pd.Index(proposals["proposal_id"]).get_indexer(choices["proposal_id"])
    known = row_proposal >= 0
    return Ballots(
        proposals=proposals,
        row_proposal=row_proposal[known],
        row_value=choices["value"].to_numpy(dtype=np.int64)[known],
        row_ballot=ballot_codes[known],
        voters=len(ballot_ids),
    )


def competition_rank(key: np.ndarray) -> np.ndarray:
    """Rank so that higher keys come first and equal keys share a place: 1, 2, 2, 4."""
    return pd.Series(key).rank(method="min", ascending=False).to_numpy(dtype=np.int64)


def share(count: np.ndarray, voters: int) -> np.ndarray:
    """count / voters, or zeros when nobody voted."""
    return count / voters if voters else np.zeros(len(count))


def results_table(
    ballots: Ballots, *, supporting: np.ndarray, points: np.ndarray, rank: np.ndarray, **extra: np.ndarray
) -> pd.DataFrame:
    """The shared results table, one row per proposal sorted by rank, with method columns appended."""
    frame = ballots.proposals.assign(
        voters_supporting=supporting,
        share_of_voters=share(supporting, ballots.voters),
        points=points,
        rank=rank,
        tied=pd.Series(rank).duplicated(keep=False).to_numpy(),
        **extra,
    )
    return frame.sort_values(["rank", "proposal_id"], kind="stable").reset_index(drop=True)


def check_entry(proposal_id: int, value: object, proposal_ids: set[int]) -> None:
    """Refuse a choice for a proposal not on the ballot, or a value that is not a whole number."""
    if proposal_id not in proposal_ids:
        raise InvalidInput("ballot_error.unknown_proposal", proposal_id=proposal_id)
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise InvalidInput("ballot_error.not_a_number")


def check_range(cleaned: dict[int, int], low: int, high: int) -> None:
    """Refuse any value outside low..high."""
    for value in cleaned.values():
        if not low <= value <= high:
            raise InvalidInput("ballot_error.value_out_of_range", value=value, low=low, high=high)


def chosen(choices: dict[int, int]) -> dict[int, int]:
    """The proposals a pupil gave something: zeros dropped (an empty result is a blank ballot)."""
    return {int(pid): int(value) for pid, value in choices.items() if value != 0}


def points_tally(ballots: Ballots, params: dict) -> pd.DataFrame:
    """Points = the sum of the values, supporters = ballots giving more than 0, ranked by points."""
    points = ballots.per_proposal(ballots.row_value)
    return results_table(
        ballots,
        supporting=ballots.per_proposal(mask=ballots.row_value > 0),
        points=points,
        rank=competition_rank(points),
    )


def rank_by(column: str) -> Callable[[pd.DataFrame], np.ndarray]:
    """A ranking function: competition rank of one results column, highest first."""
    return lambda results: competition_rank(results[column].to_numpy())
