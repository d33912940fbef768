"""Who may run a municipal round: open it, coordinate it, facilitate a theme group, step in for a facilitator."""

from __future__ import annotations

from typing import TYPE_CHECKING

from council.models import CouncilSession, Role
from council.permissions import ALLOWED, NOT_ALLOWED, Verdict

if TYPE_CHECKING:
    from council.auth import Actor
    from council.round_tables import CouncilRound, RoundGroup


def may_open_round(actor: Actor | None) -> Verdict:
    """Coordinators (the municipality's climate strategists) and admins open municipal rounds."""
    if actor is not None and actor.role in (Role.coordinator, Role.admin):
        return ALLOWED
    return Verdict(False, "round.only_coordinators")


def may_coordinate(actor: Actor | None, council_round: CouncilRound) -> Verdict:
    """The round's own coordinator, or an admin, runs the round."""
    if actor is None:
        return Verdict(False, NOT_ALLOWED)
    if actor.role == Role.admin or (actor.role == Role.coordinator and council_round.coordinator_id == actor.user_id):
        return ALLOWED
    return Verdict(False, "round.not_coordinator")


def may_facilitate(actor: Actor | None, group: RoundGroup, council_round: CouncilRound) -> Verdict:
    """A theme group's facilitator, or whoever coordinates its round, leads the group's work."""
    if actor is not None and group.facilitator_id == actor.user_id:
        return ALLOWED
    if may_coordinate(actor, council_round).allowed:
        return ALLOWED
    return Verdict(False, "round.not_facilitator")


def may_step_in(actor: Actor, council: CouncilSession, council_round: CouncilRound | None) -> bool:
    """A round's coordinator may run its theme groups' sessions too (a facilitator can fall ill)."""
    return council.kind == "group" and council_round is not None and may_coordinate(actor, council_round).allowed
