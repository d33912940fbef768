"""Dot voting ("Poängröstning"): spread a number of points, at most a few on one proposal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from council.errors import InvalidInput
from council.i18n import t
from council.methods.ballots import check_range, chosen, points_tally, rank_by
from council.methods.description import InputKind, MethodDescription, Parameter, Params, Phrase, Way


def clean_ballot(choices: dict[int, int], params: Params, proposal_ids: set[int]) -> dict[int, int]:
    """No more than the maximum on one proposal, and no more points than the pupil has."""
    given = chosen(choices)
    if any(value > params["max_per_proposal"] for value in given.values()):
        raise InvalidInput("ballot_error.too_many_on_one", max_per_proposal=params["max_per_proposal"])
    check_range(given, 0, params["max_per_proposal"])
    if (used := sum(given.values())) > params["points"]:
        raise InvalidInput("ballot_error.too_many_points", used=used, points=params["points"])
    return given


def ballot_help(params: Params, proposals: int) -> list[Phrase]:
    """How many points, and the most on one."""
    return [("vote.explain.dots", {"points": params["points"], "max_per": params["max_per_proposal"]})]


def row_figure(row: Mapping[str, Any], params: Params, lang: str) -> str:
    """'7 poäng'."""
    return t("count.points", lang, count=int(row["points"]))


DESCRIPTION = MethodDescription(
    method="dots",
    parameters=(
        Parameter("points", "sessions.param.points", default=5, low=1, high=50),
        Parameter("max_per_proposal", "sessions.param.max_per_proposal", default=3, low=1, high=50),
    ),
    input_kind=InputKind.count,
    ballot_values=lambda params, proposals: tuple(range(int(params["max_per_proposal"]) + 1)),
    clean_ballot=clean_ballot,
    tally=points_tally,
    ways=(Way("dots", rank_by("points")),),
    decided_by=lambda params: "dots",
    ballot_help=ballot_help,
    row_figure=row_figure,
    points_key="measure.points",
)
