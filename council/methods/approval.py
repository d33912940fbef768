"""Approval voting ("Kryssröstning"): tick every proposal you support, optionally at most a few."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from council.errors import InvalidInput
from council.i18n import t
from council.methods.ballots import check_range, chosen, points_tally, rank_by
from council.methods.description import InputKind, MethodDescription, Parameter, Params, Phrase, Way


def clean_ballot(choices: dict[int, int], params: Params, proposal_ids: set[int]) -> dict[int, int]:
    """Ticks only, and no more than the cap."""
    ticked = chosen(choices)
    check_range(ticked, 0, 1)
    cap = params["max_picks"]
    if cap is not None and len(ticked) > cap:
        raise InvalidInput("ballot_error.too_many_picks", max_picks=cap)
    return ticked


def ballot_help(params: Params, proposals: int) -> list[Phrase]:
    """Tick what you support; the cap, when there is one."""
    cap = params.get("max_picks")
    return [("vote.explain.approval", {})] + ([("vote.max_picks", {"limit": cap})] if cap else [])


def row_figure(row: Mapping[str, Any], params: Params, lang: str) -> str:
    """'3 röster': every tick is a vote."""
    return t("count.votes", lang, count=int(row["points"]))


DESCRIPTION = MethodDescription(
    method="approval",
    parameters=(
        Parameter(
            "max_picks",
            "sessions.param.max_picks",
            default=None,
            low=0,
            high=50,
            help_key="sessions.param.max_picks_help",
            zero_means_none=True,
        ),
    ),
    input_kind=InputKind.tick,
    ballot_values=lambda params, proposals: (0, 1),
    clean_ballot=clean_ballot,
    tally=points_tally,
    ways=(Way("approval", rank_by("points")),),
    decided_by=lambda params: "approval",
    ballot_help=ballot_help,
    row_figure=row_figure,
    points_key="measure.votes",
    figure_column=lambda params: None,  # every vote is a supporter: the support column already says it
)
