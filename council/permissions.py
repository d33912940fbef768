"""Who may do what, as predicates: each returns (allowed, the translation key of why not)."""

from __future__ import annotations

from sqlmodel import Session, func, select

from council.auth import Actor
from council.models import Ballot, CouncilSession, Forwarding, Phase, Role, User
from council.sessions import previous_phase


def may_step_back(db: Session, council: CouncilSession) -> tuple[bool, str]:
    """A session may go back one phase while nothing is lost: never from the first phase or a closed vote, and
    out of the vote only while no ballot exists."""
    if previous_phase(council) is None:
        return False, "phase.no_back"
    if council.phase == Phase.vote and _count(db, Ballot, Ballot.session_id == council.id):
        return False, "phase.back_after_votes"
    return True, ""


def may_certify(council: CouncilSession) -> tuple[bool, str]:
    """Results can be certified once the vote is closed, and only once."""
    if council.phase not in (Phase.closed, Phase.forwarded):
        return False, "results.hidden"
    if council.certified_results is not None:
        return False, "lifecycle.certified_already"
    return True, ""


def may_delete_ballots(council: CouncilSession) -> tuple[bool, str]:
    """Raw ballots can be deleted once the results are certified and the session archived, and only once."""
    if council.ballots_deleted:
        return False, "lifecycle.deleted_already"
    if not council.archived or council.certified_results is None:
        return False, "lifecycle.certify_and_archive_first"
    return True, ""


def may_manage_accounts(actor: Actor | None) -> tuple[bool, str]:
    """Only an administrator creates, edits, deactivates and resets accounts, and manages committees."""
    if actor is None or actor.role != Role.admin:
        return False, "auth.not_allowed"
    return True, ""


def may_remove_committee(db: Session, committee_id: int) -> tuple[bool, str]:
    """A committee can be removed only while no report was forwarded to it and no account belongs to it."""
    if _count(db, Forwarding, Forwarding.committee_id == committee_id):
        return False, "committee.has_forwardings"
    if _count(db, User, User.committee_id == committee_id):
        return False, "committee.has_members"
    return True, ""


def _count(db: Session, table: type, condition: object) -> int:
    return db.exec(select(func.count()).select_from(table).where(condition)).one()
