"""A session's data lifecycle: certify its results, archive it, delete its raw ballots; and the audit log."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from io import StringIO

import pandas as pd
from sqlmodel import Session, delete, select

from council import methods, results
from council.auth import Actor, record
from council.db import transactional
from council.models import AuditEvent, Ballot, BallotChoice, CouncilSession, Report, User, utcnow
from council.permissions import may_delete_ballots, may_manage_data, may_see_results, require
from council.sessions import owned_session


@transactional
def certify(db: Session, actor: Actor | None, session_id: int) -> CouncilSession:
    """Freeze the results table of a closed session on the session itself (once; later calls change nothing)."""
    council = owned_session(db, actor, session_id, may=may_see_results)
    if council.certified_results is None:
        council.certified_results = certificate(results.for_teacher(db, actor, session_id))
        db.add(council)
        record(db, actor, "session.certify", f"session:{council.id}")
    return council


def certificate(res: results.Results) -> dict:
    """The results as plain JSON: the table, turnout and what was on the ballot."""
    return {
        "certified_at": utcnow().isoformat(timespec="seconds"),
        "table": json.loads(res.table.to_json(orient="split", index=False)),
        "proposals": json.loads(res.proposals.to_json(orient="split", index=False)),
        "ballots": res.ballots,
        "voters": res.voters,
        "joined": res.joined,
    }


def results_from_certificate(council: CouncilSession) -> results.Results:
    """The certified results of a session whose raw ballots are gone."""
    cert = council.certified_results or {}
    empty = pd.DataFrame({"ballot_id": pd.Series(dtype=str), "proposal_id": [], "value": []})
    return results.Results(
        _frame(cert["table"]),
        council.method,
        methods.describe(council.method).as_recorded(council.method_params),
        empty,
        _frame(cert["proposals"]),
        int(cert["ballots"]),
        int(cert["joined"]),
        council.expected_size,
        certified_voters=int(cert["voters"]),
    )


def _frame(split: dict) -> pd.DataFrame:
    return pd.read_json(StringIO(json.dumps(split)), orient="split")


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
    ballots = select(Ballot.id).where(Ballot.session_id == council.id)
    gone = len(db.exec(ballots).all())
    db.exec(delete(BallotChoice).where(BallotChoice.ballot_id.in_(ballots)))
    db.exec(delete(Ballot).where(Ballot.session_id == council.id))
    _strip_ballots_from_reports(db, council.id)
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
    query = select(CouncilSession).where(CouncilSession.school_id == actor.school_id)
    return list(db.exec(query.order_by(CouncilSession.id.desc())))


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
        .join(User, User.id == AuditEvent.user_id, isouter=True)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    ).all()
    return [AuditLine(at, username or "—", action, target) for at, username, action, target in rows]
