"""Score ballots (-2..+2): support, mean, consensus and polarisation per proposal."""

from __future__ import annotations

import numpy as np
import pandas as pd

from council.tally_common import Ballots, competition_rank, results_table, share


def score_columns(ballots: Ballots) -> dict[str, np.ndarray]:
    """Per proposal: mean, share_for, share_against, consensus and polarisation (unscored counts as 0)."""
    values, voters = ballots.row_value, max(ballots.voters, 1)
    mean = ballots.per_proposal(values) / voters
    spread = np.sqrt(np.clip(ballots.per_proposal(values * values) / voters - mean * mean, 0, None))
    share_for = share(ballots.per_proposal(mask=values > 0), ballots.voters)
    share_against = share(ballots.per_proposal(mask=values < 0), ballots.voters)
    return {
        "mean": mean,
        "share_for": share_for,
        "share_against": share_against,
        "consensus": consensus(mean, spread),
        "polarisation": polarisation(share_for, share_against),
    }


def consensus(mean: np.ndarray, spread: np.ndarray) -> np.ndarray:
    """Consensus = mean score minus the standard deviation of the scores: high when most like it about equally."""
    return mean - spread


def polarisation(share_for: np.ndarray, share_against: np.ndarray) -> np.ndarray:
    """Polarisation = 2 x the smaller of share for and share against: 0 = one-sided, 1 = half for, half against."""
    return 2 * np.minimum(share_for, share_against)


def tally_score(ballots: Ballots, params: dict) -> pd.DataFrame:
    """Results for score ballots: points = sum of scores, supporters = pupils who scored above 0."""
    points = ballots.per_proposal(ballots.row_value)
    columns = score_columns(ballots)
    return results_table(
        ballots,
        supporting=ballots.per_proposal(mask=ballots.row_value > 0),
        points=points,
        rank=competition_rank(points),
        **columns,
    )
