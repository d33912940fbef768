"""When and by whom each of a session's reports was sent to each committee (a read of the forwardings;
forwarding itself lives in committees.py, how far each has answered in registry.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import Session, col, select

from council.auth import Actor
from council.forwarding_tables import Forwarding
from council.models import Committee, Report, User
from council.sessions import owned_session
from council.stored import id_of


@dataclass(frozen=True)
class Sent:
    """One report version sent to one committee."""

    forwarding_id: int
    version: int
    committee_id: int
    committee: str
    sent_at: dt.datetime
    sent_by: str
    deadline: dt.date


def for_session(db: Session, actor: Actor | None, session_id: int) -> list[Sent]:
    """Every forwarding of the session's reports, newest first."""
    owned_session(db, actor, session_id)
    rows = db.exec(
        select(Forwarding, Report.version, Committee.name, User.username)
        .join(Report, col(Report.id) == Forwarding.report_id)
        .join(Committee, col(Committee.id) == Forwarding.committee_id)
        .join(User, col(User.id) == Forwarding.forwarded_by, isouter=True)
        .where(Report.session_id == session_id)
        .order_by(col(Forwarding.forwarded_at).desc(), col(Forwarding.id).desc())
    ).all()
    return [
        Sent(id_of(f), version, f.committee_id, name, f.forwarded_at, username or "—", f.deadline)
        for f, version, name, username in rows
    ]


def sent_to(history: list[Sent], *, version: int) -> set[int]:
    """The committees one version has been sent to."""
    return {sent.committee_id for sent in history if sent.version == version}
