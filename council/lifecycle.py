"""A session's data lifecycle: certify its results, archive it, delete its raw ballots; and the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, delete, select

from council import results
from council.auth import Actor, record
from council.db import transactional
from council.models import AuditEvent, CouncilSession, Report, User
from council.permissions import may_delete_ballots, may_manage_data, may_see_results, require
from council.secret_tables import Ballot, BallotChoice
from council.sessions import owned_session
from council.stored import id_of


@transactional
def certify(db: Session, actor: Actor | None, session_id: int) -> CouncilSession:
    """Freeze the results table of a closed session on the session itself (once; later calls change nothing)."""
    council = owned_session(db, actor, session_id, may=may_see_results)
    if council.certified_results is None:
        council.certified_results = results.certificate(results.for_teacher(db, actor, session_id))
        db.add(council)
        record(db, actor, "session.certify", f"session:{council.id}")
    return council


@transactional
def archive(db: Session, actor: Actor | None, session_id: int) -> CouncilSession:
    """Take a session off the lists and expire its join code; results and reports stay."""
    council = owned_session(db, actor, session_id)
    council.archived = True
    db.add(council)
    record(db, actor, "session.archive", f"session:{council.id}")
    return council


@transactional
def delete_ballots(db: Session, actor: Actor | None, session_id: int) -> int:
    """The admin deletes an archived, certified session's raw ballots; returns how many went."""
    require(may_manage_data(actor))
    council = owned_session(db, actor, session_id, may=may_delete_ballots)
    ballots = select(col(Ballot.id)).where(Ballot.session_id == council.id)
    gone = len(db.exec(ballots).all())
    db.exec(delete(BallotChoice).where(col(BallotChoice.ballot_id).in_(ballots)))
    db.exec(delete(Ballot).where(col(Ballot.session_id) == council.id))
    _strip_ballots_from_reports(db, id_of(council))
    council.ballots_deleted = True
    db.add(council)
    record(db, actor, "session.delete_ballots", f"session:{council.id}:{gone}")
    return gone


def _strip_ballots_from_reports(db: Session, session_id: int) -> None:
    # Frozen reports keep their words and results, but the anonymised ballot list (the XLSX "ballots" sheet)
    # is raw ballot data too: deleting raw ballots must not leave a copy behind.
    for report in db.exec(select(Report).where(Report.session_id == session_id)):
        report.data = {**report.data, "ballots": []}
        db.add(report)


def school_sessions(db: Session, actor: Actor | None) -> list[CouncilSession]:
    """Every session of the admin's school, archived ones included, newest first."""
    require(may_manage_data(actor))
    assert actor is not None  # require() refused anyone not signed in
    query = select(CouncilSession).where(CouncilSession.school_id == actor.school_id)
    return list(db.exec(query.order_by(col(CouncilSession.id).desc())))


@dataclass(frozen=True)
class AuditLine:
    at: dt.datetime
    username: str
    action: str
    target: str


def audit_log(db: Session, actor: Actor | None, *, limit: int = 500) -> list[AuditLine]:
    """The newest teacher and admin actions, for the admin."""
    require(may_manage_data(actor))
    rows = db.exec(
        select(AuditEvent.at, User.username, AuditEvent.action, AuditEvent.target)
        .join(User, col(User.id) == AuditEvent.user_id, isouter=True)
        .order_by(col(AuditEvent.id).desc())
        .limit(limit)
    ).all()
    return [AuditLine(at, username or "—", action, target) for at, username, action, target in rows]
