"""The round's own audit log: what the coordinator, facilitators and teachers did in it (never a pupil's vote)."""

from __future__ import annotations

from sqlmodel import Session, col, select

from council.auth import Actor
from council.lifecycle import AuditLine
from council.models import AuditEvent, User
from council.round_tables import RoundGroup, RoundItem
from council.rounds import rounds


def round_log(db: Session, actor: Actor | None, round_id: int, *, limit: int = 500) -> list[AuditLine]:
    """The newest round actions that name this round, one of its groups or one of its list's proposals."""
    rounds.coordinated(db, actor, round_id)
    marks = [f"round:{round_id}:", f"round:{round_id}"]
    marks += [f"group:{gid}:" for gid in db.exec(select(RoundGroup.id).where(RoundGroup.round_id == round_id))]
    marks += [f"item:{iid}:" for iid in db.exec(select(RoundItem.id).where(RoundItem.round_id == round_id))]
    rows = db.exec(
        select(AuditEvent.at, User.username, AuditEvent.action, AuditEvent.target)
        .join(User, col(User.id) == AuditEvent.user_id, isouter=True)
        .where(AuditEvent.action.startswith("round."))
        .order_by(col(AuditEvent.id).desc())
    ).all()
    found = [
        AuditLine(at, username or "—", action, target)
        for at, username, action, target in rows
        if any(target.startswith(mark) or target == mark.rstrip(":") for mark in marks)
    ]
    return found[:limit]
