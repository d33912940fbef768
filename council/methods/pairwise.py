"""Ranked ballots counted: Borda points, the pairwise matrix and Schulze ranks by strongest paths."""

from __future__ import annotations

import numpy as np
import pandas as pd

from council.methods.ballots import Ballots


def borda_points(ballots: Ballots, top_k: int) -> np.ndarray:
    """Borda score: position p of K earns K - p + 1 points (first place K, K-th place 1); unranked earns 0."""
    return ballots.per_proposal(np.clip(top_k - ballots.row_value + 1, 0, None))


def pairwise_counts(ballots: Ballots) -> np.ndarray:
    """d[a, b] = ballots that put a ahead of b; a ranked proposal is ahead of every unranked one."""
    ahead, together = _co_ranked_pairs(ballots)
    ranked = ballots.per_proposal()
    # Ballots ranking a but not b prefer a; ballots ranking both count only where a is ahead.
    d = ahead + ranked[:, None] - together
    np.fill_diagonal(d, 0)
    return d


def _co_ranked_pairs(ballots: Ballots) -> tuple[np.ndarray, np.ndarray]:
    """Per pair (a, b): ballots ranking a strictly ahead of b, and ballots ranking both."""
    n = ballots.size
    order = np.lexsort((ballots.row_value, ballots.row_ballot))
    ballot, proposal, position = ballots.row_ballot[order], ballots.row_proposal[order], ballots.row_value[order]
    ahead = np.zeros(n * n, dtype=np.int64)
    together = np.zeros(n * n, dtype=np.int64)
    longest = int(np.bincount(ballot).max()) if len(ballot) else 0
    # Rows of one ballot are adjacent after sorting, so comparing each row with the next `shift`-th covers all pairs.
    for shift in range(1, longest):
        same = ballot[shift:] == ballot[:-shift]
        first, second = proposal[:-shift][same], proposal[shift:][same]
        strictly = (position[shift:] > position[:-shift])[same]
        ahead += np.bincount(first[strictly] * n + second[strictly], minlength=n * n)
        together += np.bincount(first * n + second, minlength=n * n) + np.bincount(second * n + first, minlength=n * n)
    return ahead.reshape(n, n), together.reshape(n, n)


def schulze_beats(d: np.ndarray) -> np.ndarray:
    """beats[a, b]: a's strongest path to b is stronger than b's path back to a (Schulze, winning votes)."""
    # A link a -> b exists where more ballots put a ahead of b than b ahead of a, and is as strong as d[a, b];
    # a path is as strong as its weakest link. Floyd–Warshall widens every pair to its strongest path.
    strength = np.where(d > d.T, d, 0)
    for k in range(len(d)):
        strength = np.maximum(strength, np.minimum(strength[:, k : k + 1], strength[k : k + 1, :]))
    return strength > strength.T


def schulze_ranks(beats: np.ndarray) -> np.ndarray:
    """1 + the number of proposals that beat this one: the Schulze order, ties sharing a place."""
    return 1 + beats.sum(axis=0).astype(np.int64)


def pairwise_frame(ballots: Ballots) -> pd.DataFrame:
    """The pairwise matrix labelled by proposal_id on both axes (rows ahead of columns), sorted by id."""
    labels = pd.Index(ballots.proposals["proposal_id"], name="proposal_id")
    frame = pd.DataFrame(pairwise_counts(ballots), index=labels, columns=labels.rename("over"))
    return frame.sort_index().sort_index(axis=1)
