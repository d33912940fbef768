"""The diary side of a forwarding: the committee registers it (diarienummer, date), the teacher may withdraw it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from council import reports
from council.answer_log import current_answers
from council.auth import Actor, record
from council.committees import forwarding_for, sent_proposals
from council.db import unit_of_work
from council.errors import InvalidInput, NotAllowed, NotFound
from council.forwarding_permissions import may_register, may_withdraw
from council.forwarding_tables import Forwarding
from council.models import Committee, CouncilSession, Report, utcnow
from council.stored import existing, id_of
from council.text import clean_text

DNR_LIMIT = 60


def register(
    db: Session, actor: Actor | None, forwarding_id: int, *, diarienummer: str, registered_on: dt.date | None
) -> Forwarding:
    """Record the committee's diarienummer and the date it was registered; kept exactly as typed, shown as text."""
    with unit_of_work(db):
        forwarding, _ = forwarding_for(db, actor, forwarding_id)
        allowed, why = may_register(actor, forwarding)
        if not allowed:
            raise NotAllowed(why)
        number = clean_text(diarienummer, limit=DNR_LIMIT, field="diarienummer")
        registered_on = registered_on or dt.date.today()
        if registered_on > dt.date.today() or registered_on < forwarding.forwarded_at.date():
            raise InvalidInput("register.bad_date")
        forwarding.diarienummer, forwarding.registered_on = number, registered_on
        db.add(forwarding)
        record(db, actor, "forwarding.register", f"forwarding:{forwarding.id}")
    return forwarding


def withdraw(db: Session, actor: Actor | None, forwarding_id: int) -> Forwarding:
    """The teacher takes a forwarding back: no more answers are accepted; those given stay."""
    with unit_of_work(db):
        forwarding = db.get(Forwarding, forwarding_id)
        if forwarding is None:
            raise NotFound("report.not_found")
        report = existing(db.get(Report, forwarding.report_id))
        allowed, why = may_withdraw(actor, forwarding, existing(db.get(CouncilSession, report.session_id)))
        if not allowed:
            raise NotAllowed(why) if why.startswith("auth.") else InvalidInput(why)
        assert actor is not None  # may_withdraw() refused anyone not signed in
        forwarding.withdrawn_at, forwarding.withdrawn_by = utcnow(), actor.user_id
        db.add(forwarding)
        record(db, actor, "forwarding.withdraw", f"forwarding:{forwarding.id}:report:{report.id}")
    return forwarding


@dataclass(frozen=True)
class Sent:
    """One forwarding as the teacher sees it on the report page."""

    forwarding: Forwarding
    committee: str
    report_version: int
    answered: int
    total: int


def sent_for_session(db: Session, actor: Actor | None, session_id: int) -> list[Sent]:
    """Every forwarding of the session's reports, newest first (the teacher's own session)."""
    reports.versions(db, actor, session_id)  # checks the teacher runs the session
    rows = db.exec(
        select(Forwarding, Report, Committee)
        .join(Report)
        .join(Committee)
        .where(Report.session_id == session_id)
        .order_by(col(Forwarding.forwarded_at).desc(), col(Forwarding.id).desc())
    ).all()
    return [_sent(db, forwarding, report, committee.name) for forwarding, report, committee in rows]


def _sent(db: Session, forwarding: Forwarding, report: Report, committee: str) -> Sent:
    wanted = {row["proposal_id"] for row in sent_proposals(forwarding, report)}
    answered = len(wanted & current_answers(db, id_of(forwarding)).keys())
    return Sent(forwarding, committee, report.version, answered, len(wanted))
