"""Ranked voting ("Rangordning"): put your top K in order; Schulze (the default) or Borda decides the order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from council.errors import InvalidInput
from council.i18n import t
from council.methods.ballots import Ballots, check_range, chosen, competition_rank, rank_by, results_table
from council.methods.description import InputKind, MethodDescription, Parameter, Params, Phrase, Way
from council.methods.pairwise import borda_points, pairwise_counts, schulze_beats, schulze_ranks

WAYS = (
    Way("plurality", rank_by("first_preferences")),
    Way("top_k_approval", rank_by("voters_supporting")),
    Way("borda", rank_by("points"), annexed=True),
    Way("schulze", lambda results: np.asarray(results["rank_schulze"], dtype=np.int64), annexed=True),
)
RULES = ("schulze", "borda")


def clean_ballot(choices: dict[int, int], params: Params, proposal_ids: set[int]) -> dict[int, int]:
    """At most K places, each used once, starting at 1 without gaps."""
    places = chosen(choices)
    if len(places) > params["top_k"]:
        raise InvalidInput("ballot_error.too_many_ranked", top_k=params["top_k"])
    if repeated := sorted(position for position, uses in Counter(places.values()).items() if uses > 1):
        raise InvalidInput("ballot_error.rank_used_twice", position=repeated[0])
    check_range(places, 1, params["top_k"])
    if sorted(places.values()) != list(range(1, len(places) + 1)):
        raise InvalidInput("ballot_error.ranks_not_contiguous")
    return places


def tally(ballots: Ballots, params: Params) -> pd.DataFrame:
    """Borda points, first choices and the Schulze order; `rank` follows the rule the teacher chose."""
    if params["rule"] not in RULES:
        raise InvalidInput("tally.unknown_method", method=params["rule"])
    points = borda_points(ballots, params["top_k"])
    beats = schulze_beats(pairwise_counts(ballots))
    schulze = schulze_ranks(beats)
    return results_table(
        ballots,
        supporting=ballots.per_proposal(),
        points=points,
        rank=schulze if params["rule"] == "schulze" else competition_rank(points),
        first_preferences=ballots.per_proposal(mask=ballots.row_value == 1),
        rank_schulze=schulze,
        schulze_wins=beats.sum(axis=1).astype(np.int64),
    )


def places(params: Params, proposals: int) -> tuple[int, ...]:
    """No place, then place 1 up to K (or the number of proposals, if fewer)."""
    return tuple(range(min(int(params["top_k"]), proposals) + 1))


def place_label(place: int) -> Phrase:
    return ("vote.place_none", {}) if place == 0 else ("vote.place", {"place": place})


def ballot_help(params: Params, proposals: int) -> list[Phrase]:
    """Put your favourites in order."""
    return [("vote.explain.ranked", {"top_k": min(int(params["top_k"]), proposals)})]


def deciding_figure(params: Params) -> str:
    """The column that shows why the order is as it is: Borda points, or how many others each beats under Schulze."""
    return "points" if params["rule"] == "borda" else "schulze_wins"


def row_figure(row: Mapping[str, Any], params: Params, lang: str) -> str:
    """'147 Bordapoäng', or 'slår 4 andra förslag' under Schulze."""
    column = deciding_figure(params)
    return t(f"count.{'borda_points' if column == 'points' else column}", lang, count=int(row[column]))


DESCRIPTION = MethodDescription(
    method="ranked",
    parameters=(
        Parameter("top_k", "sessions.param.top_k", default=3, low=1, high=20),
        Parameter(
            "rule",
            "sessions.param.rule",
            default="schulze",
            choices=RULES,
            help_key="sessions.param.rule_help",
            recorded_default="borda",  # ranked sessions before the choice existed were all counted by Borda
        ),
    ),
    input_kind=InputKind.choice,
    ballot_values=places,
    value_label=place_label,
    clean_ballot=clean_ballot,
    tally=tally,
    ways=WAYS,
    decided_by=lambda params: str(params["rule"]),
    ballot_help=ballot_help,
    row_figure=row_figure,
    points_key="measure.borda_points",
    result_columns=("first_preferences", "schulze_wins"),
    figure_column=deciding_figure,
    chart_column=deciding_figure,
    pairwise=True,
)
