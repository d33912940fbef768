"""Who may do what: predicates answering (allowed, translation key of why not); the services enforce them."""

from __future__ import annotations

from council.auth import Actor
from council.errors import NotAllowed
from council.models import CouncilSession, Role
from council.round_tables import CouncilRound, RoundGroup

Verdict = tuple[bool, str]
ALLOWED: Verdict = (True, "")


def require(verdict: Verdict) -> None:
    """Raise NotAllowed with the predicate's reason when it says no."""
    allowed, reason = verdict
    if not allowed:
        raise NotAllowed(reason)


def may_open_round(actor: Actor | None) -> Verdict:
    """Coordinators (the municipality's climate strategists) and admins open municipal rounds."""
    if actor is not None and actor.role in (Role.coordinator, Role.admin):
        return ALLOWED
    return False, "round.only_coordinators"


def may_coordinate(actor: Actor | None, council_round: CouncilRound) -> Verdict:
    """The round's own coordinator, or an admin, runs the round."""
    if actor is None:
        return False, "auth.not_allowed"
    if actor.role == Role.admin or (actor.role == Role.coordinator and council_round.coordinator_id == actor.user_id):
        return ALLOWED
    return False, "round.not_coordinator"


def may_facilitate(actor: Actor | None, group: RoundGroup, council_round: CouncilRound) -> Verdict:
    """A theme group's facilitator, or whoever coordinates its round, leads the group's work."""
    if actor is not None and group.facilitator_id == actor.user_id:
        return ALLOWED
    if may_coordinate(actor, council_round)[0]:
        return ALLOWED
    return False, "round.not_facilitator"


def may_step_in(actor: Actor, council: CouncilSession, council_round: CouncilRound | None) -> bool:
    """A round's coordinator may run its theme groups' sessions too (a facilitator can fall ill)."""
    return council.kind == "group" and council_round is not None and may_coordinate(actor, council_round)[0]
