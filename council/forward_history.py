"""What a session's reports were sent to, when, by whom, and how far each committee has answered (a read of the
forwardings; forwarding itself lives in committees.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, func, select

from council.auth import Actor
from council.models import Answer, Committee, Forwarding, Report, User
from council.sessions import owned_session


@dataclass(frozen=True)
class Sent:
    """One report version sent to one committee."""

    version: int
    committee_id: int
    committee: str
    sent_at: dt.datetime
    sent_by: str
    deadline: dt.date
    answered: int
    proposals: int


def for_session(db: Session, actor: Actor | None, session_id: int) -> list[Sent]:
    """Every forwarding of the session's reports, newest first."""
    owned_session(db, actor, session_id)
    rows = db.exec(
        select(Forwarding, Report, Committee.name, User.username)
        .join(Report, Report.id == Forwarding.report_id)
        .join(Committee, Committee.id == Forwarding.committee_id)
        .join(User, User.id == Forwarding.forwarded_by, isouter=True)
        .where(Report.session_id == session_id)
        .order_by(Forwarding.forwarded_at.desc(), Forwarding.id.desc())
    ).all()
    answered = _answered(db, [forwarding.id for forwarding, *_ in rows])
    return [
        Sent(
            report.version,
            forwarding.committee_id,
            name,
            forwarding.forwarded_at,
            username or "—",
            forwarding.deadline,
            answered.get(forwarding.id, 0),
            len(report.data.get("results", [])),
        )
        for forwarding, report, name, username in rows
    ]


def _answered(db: Session, forwarding_ids: list[int]) -> dict[int, int]:
    """How many proposals each forwarding has an answer to."""
    query = (
        select(Answer.forwarding_id, func.count(func.distinct(Answer.proposal_id)))
        .where(Answer.forwarding_id.in_(forwarding_ids))
        .group_by(Answer.forwarding_id)
    )
    return dict(db.exec(query).all())


def sent_to(history: list[Sent], *, version: int) -> set[int]:
    """The committees one version has been sent to."""
    return {sent.committee_id for sent in history if sent.version == version}
