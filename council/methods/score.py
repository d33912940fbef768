"""Score voting ("Betygsröstning"): every proposal scored −2…+2; support, mean, consensus and polarisation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from council.i18n import fmt_number, t
from council.methods.ballots import Ballots, check_range, competition_rank, rank_by, results_table, share
from council.methods.description import InputKind, MethodDescription, Params, Phrase, Way

SCORES = (-2, -1, 0, 1, 2)


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


def tally(ballots: Ballots, params: dict) -> pd.DataFrame:
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


def clean_ballot(choices: dict[int, int], params: Params, proposal_ids: set[int]) -> dict[int, int]:
    """Every proposal scored: one left unscored counts as 0; an empty ballot is the pupil abstaining."""
    if not choices:
        return {}
    scored = {int(pid): int(choices.get(pid, 0)) for pid in proposal_ids}
    check_range(scored, SCORES[0], SCORES[-1])
    return scored


def score_label(score: int) -> Phrase:
    return (f"vote.score.{score}", {})


def row_figure(row: Mapping[str, Any], params: Params, lang: str) -> str:
    """'medelbetyg 1,2'."""
    return t("count.mean_score", lang, mean=fmt_number(float(row["mean"]), lang, digits=1))


DESCRIPTION = MethodDescription(
    method="score",
    parameters=(),
    input_kind=InputKind.scale,
    ballot_values=lambda params, proposals: SCORES,
    value_label=score_label,
    clean_ballot=clean_ballot,
    tally=tally,
    # Every proposal shares the denominator, so the integer sum orders like the mean without float ties.
    ways=(
        Way("positive_scores", rank_by("voters_supporting")),
        Way("mean_score", rank_by("points"), name="column.mean"),
    ),
    decided_by=lambda params: "mean_score",
    ballot_help=lambda params, proposals: [("vote.explain.score", {})],
    row_figure=row_figure,
    points_key="measure.score_sum",
    result_columns=("mean", "share_for", "share_against", "consensus", "polarisation"),
    figure_column=lambda params: "mean",
    for_against=True,
)
