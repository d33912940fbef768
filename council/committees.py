"""Committees: the admin's list, forwarding frozen reports, share links, the inbox, and answers."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlmodel import Session, select

from council import reports
from council.auth import Actor, record, require_role, token_hash
from council.db import begin_write
from council.errors import InvalidInput, NotAllowed, NotFound
from council.models import (
    Answer,
    AnswerStatus,
    Committee,
    CouncilSession,
    Forwarding,
    Phase,
    Report,
    Role,
    utcnow,
)
from council.text import clean_text

ANSWER_LIMIT = 2000
DEFAULT_DEADLINE_DAYS = 183  # six months, as for a medborgarförslag


def add_committee(db: Session, actor: Actor | None, *, name: str) -> Committee:
    """The admin adds a committee that reports can be sent to."""
    begin_write(db)
    require_role(actor, Role.admin)
    name = clean_text(name, limit=200, field="committee_name")
    if db.exec(select(Committee).where(Committee.name == name)).first():
        raise InvalidInput("committee.name_taken")
    committee = Committee(name=name)
    db.add(committee)
    record(db, actor, "committee.create", name)
    db.commit()
    return committee


def list_committees(db: Session) -> list[Committee]:
    """Every committee, by name."""
    return list(db.exec(select(Committee).order_by(Committee.name)))


def default_deadline(today: dt.date | None = None) -> dt.date:
    """The answer is due six months after forwarding."""
    return (today or dt.date.today()) + dt.timedelta(days=DEFAULT_DEADLINE_DAYS)


def forward(
    db: Session, actor: Actor | None, report_id: int, *, committee_ids: list[int], deadline: dt.date | None = None
) -> list[Forwarding]:
    """Send a frozen report to committees; the session becomes 'forwarded'."""
    begin_write(db)
    report = reports.get(db, actor, report_id)
    if not committee_ids:
        raise InvalidInput("committee.none_chosen")
    deadline = deadline or default_deadline()
    if deadline < dt.date.today():
        raise InvalidInput("committee.deadline_past")
    made = [_forward_once(db, actor, report, committee_id, deadline) for committee_id in committee_ids]
    council = db.get(CouncilSession, report.session_id)
    council.phase = Phase.forwarded
    db.add(council)
    record(db, actor, "report.forward", f"report:{report.id}:{committee_ids}")
    db.commit()
    return made


def _forward_once(db: Session, actor: Actor, report: Report, committee_id: int, deadline: dt.date) -> Forwarding:
    if db.get(Committee, committee_id) is None:
        raise InvalidInput("report.unknown_committee")
    existing = db.exec(
        select(Forwarding).where(Forwarding.report_id == report.id, Forwarding.committee_id == committee_id)
    ).first()
    forwarding = existing or Forwarding(report_id=report.id, committee_id=committee_id, deadline=deadline)
    forwarding.deadline, forwarding.forwarded_by = deadline, actor.user_id
    db.add(forwarding)
    db.flush()
    return forwarding


def create_share_link(db: Session, actor: Actor | None, report_id: int) -> str:
    """A new read-only link token for one report (any earlier link stops working); only its hash is kept."""
    begin_write(db)
    report = reports.get(db, actor, report_id)
    token = secrets.token_urlsafe(24)
    report.share_token_hash = token_hash(token)
    db.add(report)
    record(db, actor, "report.share", f"report:{report.id}")
    db.commit()
    return token


def revoke_share_link(db: Session, actor: Actor | None, report_id: int) -> None:
    """Stop the report's share link from working."""
    begin_write(db)
    report = reports.get(db, actor, report_id)
    report.share_token_hash = None
    db.add(report)
    record(db, actor, "report.unshare", f"report:{report.id}")
    db.commit()


def shared_report(db: Session, token: str | None) -> Report:
    """The one report a share link opens."""
    if not isinstance(token, str) or not token or len(token) > 100:
        raise NotFound("share.invalid")
    report = db.exec(select(Report).where(Report.share_token_hash == token_hash(token))).first()
    if report is None:
        raise NotFound("share.invalid")
    return report


@dataclass(frozen=True)
class InboxItem:
    forwarding: Forwarding
    report: Report
    committee: str
    answered: int
    total: int

    @property
    def overdue(self) -> bool:
        return self.answered < self.total and self.forwarding.deadline < dt.date.today()


def inbox(db: Session, actor: Actor | None) -> list[InboxItem]:
    """The reports forwarded to the member's committee (all, for an admin), newest first."""
    actor = require_role(actor, Role.committee, Role.admin)
    query = select(Forwarding, Report, Committee).join(Report).join(Committee)
    if actor.role == Role.committee:
        query = query.where(Forwarding.committee_id == actor.committee_id)
    rows = db.exec(query.order_by(Forwarding.forwarded_at.desc(), Forwarding.id.desc())).all()
    return [InboxItem(f, r, c.name, len(current_answers(db, f.id)), len(covered_rows(f, r))) for f, r, c in rows]


def covered_rows(forwarding: Forwarding, report: Report) -> list[dict]:
    """The report's proposals this forwarding asks the committee to answer (a round sends each to one committee)."""
    rows = report.data.get("results", [])
    if forwarding.proposal_ids is None:
        return rows
    covered = set(forwarding.proposal_ids)
    return [row for row in rows if row["proposal_id"] in covered]


def forwarding_for(db: Session, actor: Actor | None, forwarding_id: int) -> tuple[Forwarding, Report]:
    """One forwarded report, if it was sent to the member's committee."""
    actor = require_role(actor, Role.committee, Role.admin)
    forwarding = db.get(Forwarding, forwarding_id)
    if forwarding is None:
        raise NotFound("report.not_found")
    if actor.role == Role.committee and forwarding.committee_id != actor.committee_id:
        raise NotAllowed("auth.not_allowed")
    return forwarding, db.get(Report, forwarding.report_id)


def answer(
    db: Session,
    actor: Actor | None,
    forwarding_id: int,
    *,
    proposal_id: int,
    status: AnswerStatus | str,
    text: str,
    passed_to: str = "",
) -> Answer:
    """The committee answers one proposal of a report forwarded to it; earlier answers stay as history."""
    begin_write(db)
    forwarding, report = forwarding_for(db, actor, forwarding_id)
    if proposal_id not in {row["proposal_id"] for row in report.data.get("results", [])}:
        raise InvalidInput("answer.unknown_proposal")
    if proposal_id not in {row["proposal_id"] for row in covered_rows(forwarding, report)}:
        raise NotAllowed("answer.other_committee")
    status = AnswerStatus(status) if status in AnswerStatus.__members__ else None
    if status is None:
        raise InvalidInput("answer.bad_status")
    passed_to = clean_text(passed_to, limit=200, field="passed_to", required=status == AnswerStatus.not_ours)
    made = Answer(
        forwarding_id=forwarding.id,
        proposal_id=proposal_id,
        status=status,
        passed_to=passed_to,
        text=clean_text(text, limit=ANSWER_LIMIT, field="answer", multiline=True),
        answered_by=actor.user_id,
        answered_at=utcnow(),
    )
    db.add(made)
    record(db, actor, "answer.give", f"forwarding:{forwarding.id}:proposal:{proposal_id}")
    db.commit()
    return made


def current_answers(db: Session, forwarding_id: int) -> dict[int, Answer]:
    """The latest answer per proposal of one forwarding."""
    rows = db.exec(select(Answer).where(Answer.forwarding_id == forwarding_id).order_by(Answer.answered_at, Answer.id))
    return {a.proposal_id: a for a in rows}


def histories(db: Session, forwarding_id: int) -> dict[int, list[Answer]]:
    """Every answer of one forwarding, oldest first, grouped by proposal."""
    grouped: dict[int, list[Answer]] = {}
    query = select(Answer).where(Answer.forwarding_id == forwarding_id).order_by(Answer.answered_at, Answer.id)
    for found in db.exec(query):
        grouped.setdefault(found.proposal_id, []).append(found)
    return grouped


def answer_history(db: Session, forwarding_id: int, proposal_id: int) -> list[Answer]:
    """Every answer given to one proposal, oldest first."""
    query = select(Answer).where(Answer.forwarding_id == forwarding_id, Answer.proposal_id == proposal_id)
    return list(db.exec(query.order_by(Answer.answered_at, Answer.id)))
