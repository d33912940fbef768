"""Read-only share links for one frozen report: a random token shown once, only its hash kept, revocable."""

from __future__ import annotations

import secrets

from sqlalchemy import update
from sqlmodel import Session, col, select

from council import reports
from council.auth import Actor, record, token_hash
from council.db import unit_of_work
from council.errors import NotFound
from council.models import Report
from council.permissions import may_forward


def create_share_link(db: Session, actor: Actor | None, report_id: int) -> str:
    """A new read-only link token for one report; every earlier link to any version of the session stops working
    (one link per session), and only the new link's hash is kept."""
    with unit_of_work(db):
        report = reports.get(db, actor, report_id, may=may_forward)
        _close_links(db, report.session_id)
        token = secrets.token_urlsafe(24)
        report.share_token_hash = token_hash(token)
        db.add(report)
        record(db, actor, "report.share", f"report:{report.id}")
    return token


def revoke_share_link(db: Session, actor: Actor | None, report_id: int) -> None:
    """Stop every share link to every version of the report's session."""
    with unit_of_work(db):
        report = reports.get(db, actor, report_id, may=may_forward)
        _close_links(db, report.session_id)
        record(db, actor, "report.unshare", f"session:{report.session_id}")


def share_link_open(db: Session, actor: Actor | None, report_id: int) -> bool:
    """True while some version of the report's session can be read through a share link."""
    report = reports.get(db, actor, report_id, may=may_forward)
    query = select(Report.id).where(Report.session_id == report.session_id, col(Report.share_token_hash).is_not(None))
    return db.exec(query).first() is not None


def _close_links(db: Session, session_id: int) -> None:
    db.exec(update(Report).where(col(Report.session_id) == session_id).values(share_token_hash=None))
    db.flush()


def shared_report(db: Session, token: str | None) -> Report:
    """The one report a share link opens."""
    if not isinstance(token, str) or not token or len(token) > 100:
        raise NotFound("share.invalid")
    report = db.exec(select(Report).where(Report.share_token_hash == token_hash(token))).first()
    if report is None:
        raise NotFound("share.invalid")
    return report
