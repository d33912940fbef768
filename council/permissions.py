"""Who may do what: each rule answers "may this actor do this to that" as a Verdict.

A Verdict is (allowed, reason key), like DESIGN.md's predicates, so a page can ask *why not* before it offers a
button; services call require(verdict), which raises NotAllowed — or WrongPhase when it is the session's phase that
says no. The role tables below say which sessions and forwarded reports each role reaches and which role-only
actions it may take: a new role is new rows there. This module holds the rules for running sessions and for
role-only actions; the pupils' rules, the forwarded reports' and the municipal rounds' live beside it
(pupil_permissions.py, forwarding_permissions.py, round_permissions.py) and share its Verdict and helpers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, false, or_, true
from sqlmodel import col

from council.errors import NotAllowed, WrongPhase
from council.forwarding_tables import Forwarding
from council.models import CouncilSession, Phase, Role

if TYPE_CHECKING:
    from council.auth import Actor


class Verdict(NamedTuple):
    """Whether an action is allowed, and the translation key of why not."""

    allowed: bool
    reason: str = ""


ALLOWED = Verdict(True)
NOT_ALLOWED = "auth.not_allowed"

PUPIL_PHASES = {Phase.learn, Phase.propose, Phase.discuss, Phase.vote, Phase.closed, Phase.forwarded}
# Pupils may join, and a pupil's browser may take up its place again, only until the vote closes: after that a
# stolen credential is worth nothing, and the class reads what happened with the session code alone.
OPEN_PHASES = {Phase.learn, Phase.propose, Phase.discuss, Phase.vote}
MODERATION_PHASES = {Phase.draft, Phase.learn, Phase.propose, Phase.discuss}
RESULT_PHASES = {Phase.closed, Phase.forwarded}
JOIN_OPTION_PHASES = {Phase.draft, Phase.learn, Phase.propose, Phase.discuss, Phase.vote}
MATERIAL_PHASES = set(Phase) - RESULT_PHASES

# The reasons that mean "not in this phase" (require raises WrongPhase for them, NotAllowed for the rest).
PHASE_REASONS = frozenset(
    ("join.not_started", "join.closed", "proposal.not_now", "argument.not_now", "vote.not_now", "rating.not_yet")
    + ("results.hidden",)
    + ("proposal.moderation_closed", "merge.too_late", "material.too_late", "codes.options_closed", "report.not_closed")
    + ("phase.no_back", "phase.back_after_votes")
)


Rule = Callable[["Actor | None", CouncilSession], Verdict]
"""A rule about one session, e.g. may_moderate: what sessions.owned_session asks of the actor."""


class Reach(NamedTuple):
    """Which rows a role reaches: as a test of one row, and as the same rule for a query's WHERE."""

    row: Callable[[Actor, Any], bool]
    where: Callable[[Actor], ColumnElement[bool]]


# The sessions each role runs (moderates, paces, reports on); a role not listed runs none.
SESSIONS: dict[Role, Reach] = {
    Role.teacher: Reach(
        lambda actor, council: council.teacher_id == actor.user_id,
        lambda actor: col(CouncilSession.teacher_id) == actor.user_id,
    ),
    # A coordinator runs the theme-group sessions they facilitate (may_step_in adds their round's other groups).
    Role.coordinator: Reach(
        lambda actor, council: council.teacher_id == actor.user_id,
        lambda actor: col(CouncilSession.teacher_id) == actor.user_id,
    ),
    Role.admin: Reach(
        lambda actor, council: council.teacher_id == actor.user_id or council.school_id == actor.school_id,
        lambda actor: or_(
            col(CouncilSession.teacher_id) == actor.user_id, col(CouncilSession.school_id) == actor.school_id
        ),
    ),
}
# The forwarded reports each role reads and answers; a role not listed has no inbox.
FORWARDINGS: dict[Role, Reach] = {
    Role.committee: Reach(
        lambda actor, forwarding: forwarding.committee_id == actor.committee_id,
        lambda actor: col(Forwarding.committee_id) == actor.committee_id,
    ),
    Role.admin: Reach(lambda actor, forwarding: True, lambda actor: true()),
}
# Actions that depend on the role alone, and the roles that may take them.
ROLE_ACTIONS: dict[str, frozenset[Role]] = {
    "teach": frozenset({Role.teacher, Role.admin}),
    "list_sessions": frozenset({Role.teacher, Role.admin, Role.coordinator}),
    "manage_accounts": frozenset({Role.admin}),
    "manage_committees": frozenset({Role.admin}),
    "manage_data": frozenset({Role.admin}),
}


def require(verdict: Verdict) -> None:
    """Raise the verdict's refusal: WrongPhase for a phase reason, NotAllowed for any other."""
    allowed, reason = verdict
    if not allowed:
        raise (WrongPhase if reason in PHASE_REASONS else NotAllowed)(reason)


def _role_may(action: str, actor: Actor | None) -> Verdict:
    return ALLOWED if actor is not None and actor.role in ROLE_ACTIONS[action] else Verdict(False, NOT_ALLOWED)


def reaches(table: dict[Role, Reach], actor: Actor | None, row: Any) -> Verdict:
    """Allowed when the actor's role reaches this row in the table (a role not in it reaches nothing)."""
    reach = table.get(actor.role) if actor is not None else None
    return ALLOWED if actor is not None and reach is not None and reach.row(actor, row) else Verdict(False, NOT_ALLOWED)


def reached_rows(table: dict[Role, Reach], actor: Actor) -> ColumnElement[bool]:
    """The same reach as a query's condition: the rows the actor's role reaches (none for a role not in it)."""
    reach = table.get(actor.role)
    return reach.where(actor) if reach is not None else false()


def in_phase(council: CouncilSession | None, phases: set[Phase], reason: str) -> Verdict:
    """Allowed while the session is in one of these phases; else refused with this reason."""
    return ALLOWED if council is not None and council.phase in phases else Verdict(False, reason)


def all_of(*verdicts: Verdict) -> Verdict:
    """The first refusal among the verdicts (they are cheap and pure, so all are asked), else ALLOWED."""
    return next((verdict for verdict in verdicts if not verdict.allowed), ALLOWED)


def may_teach(actor: Actor | None) -> Verdict:
    """Create sessions and list one's own: teachers and admins."""
    return _role_may("teach", actor)


def may_manage_accounts(actor: Actor | None) -> Verdict:
    """Create, list, edit, deactivate and reset accounts."""
    return _role_may("manage_accounts", actor)


def may_manage_committees(actor: Actor | None) -> Verdict:
    """Add, rename and remove the committees reports are sent to."""
    return _role_may("manage_committees", actor)


def may_manage_data(actor: Actor | None) -> Verdict:
    """See every session of the school, the audit log, and delete raw ballots."""
    return _role_may("manage_data", actor)


def may_set_up(install_is_empty: bool) -> Verdict:
    """Create the first admin: only on an install without any account."""
    return ALLOWED if install_is_empty else Verdict(False, "auth.setup_done")


def may_run_session(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Pace, moderate and report on a session: its own teacher, or an admin of its school."""
    return reaches(SESSIONS, actor, council)


def sessions_run_by(actor: Actor) -> ColumnElement[bool]:
    """The sessions this actor runs, as a query condition (the same rule as may_run_session)."""
    return reached_rows(SESSIONS, actor)


def may_moderate(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Publish, reject, relabel proposals and arguments: whoever runs the session, until voting starts."""
    return all_of(may_run_session(actor, council), in_phase(council, MODERATION_PHASES, "proposal.moderation_closed"))


def may_merge(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Merge proposals into one: whoever runs the session, until voting starts."""
    return all_of(may_run_session(actor, council), in_phase(council, MODERATION_PHASES, "merge.too_late"))


def may_add_material(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Add background material: whoever runs the session, until the vote is closed."""
    return all_of(may_run_session(actor, council), in_phase(council, MATERIAL_PHASES, "material.too_late"))


def may_change_join_options(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Switch slips or kiosk mode: whoever runs the session, until the vote is closed."""
    return all_of(may_run_session(actor, council), in_phase(council, JOIN_OPTION_PHASES, "codes.options_closed"))


def may_see_results(actor: Actor | None, council: CouncilSession) -> Verdict:
    """See and certify the results: whoever runs the session, once the vote is closed."""
    return all_of(may_run_session(actor, council), results_shown(council))


def may_draft_report(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Draft and freeze the report: whoever runs the session, once the vote is closed."""
    return all_of(may_run_session(actor, council), in_phase(council, RESULT_PHASES, "report.not_closed"))


def may_view_report(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Read the session's frozen reports: whoever runs the session."""
    return may_run_session(actor, council)


def may_forward(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Send a frozen report to committees, or share it by link: whoever runs the session."""
    return may_run_session(actor, council)


def may_delete_ballots(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Delete a session's raw ballots: an admin who runs it, once it is certified and archived."""
    done = council.archived and council.certified_results is not None
    finished = ALLOWED if done else Verdict(False, "lifecycle.certify_and_archive_first")
    return all_of(may_manage_data(actor), may_run_session(actor, council), finished)


def may_offer_ballot_deletion(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Offer the deletion of raw ballots: as may_delete_ballots, while there are any left to delete."""
    gone = Verdict(False, "lifecycle.deleted_already") if council.ballots_deleted else ALLOWED
    return all_of(gone, may_delete_ballots(actor, council))


def may_certify(actor: Actor | None, council: CouncilSession) -> Verdict:
    """Offer to certify the results: whoever sees them, until they are certified (certifying again changes nothing)."""
    done = Verdict(False, "lifecycle.certified_already") if council.certified_results is not None else ALLOWED
    return all_of(may_see_results(actor, council), done)


def may_step_back(actor: Actor | None, council: CouncilSession, *, back_to: Phase | None, ballots: int) -> Verdict:
    """Step a session back one phase, where nothing is lost: whoever runs it; never from its first phase or a
    closed vote (back_to is None there), and out of the vote only while no ballot exists."""
    first = Verdict(False, "phase.no_back") if back_to is None else ALLOWED
    voted = Verdict(False, "phase.back_after_votes") if council.phase == Phase.vote and ballots else ALLOWED
    return all_of(may_run_session(actor, council), first, voted)


def may_remove_committee(actor: Actor | None, *, forwardings: int, members: int) -> Verdict:
    """Remove a committee: an admin, only while no report was forwarded to it and no account belongs to it."""
    sent = Verdict(False, "committee.has_forwardings") if forwardings else ALLOWED
    belongs = Verdict(False, "committee.has_members") if members else ALLOWED
    return all_of(may_manage_committees(actor), sent, belongs)


def results_shown(council: CouncilSession) -> Verdict:
    """The results are shown (to pupils and teacher alike) once the vote is closed."""
    return in_phase(council, RESULT_PHASES, "results.hidden")


def may_list_sessions(actor: Actor | None) -> Verdict:
    """Have a list of one's sessions: teachers, admins, and coordinators (the theme groups they facilitate)."""
    return _role_may("list_sessions", actor)
