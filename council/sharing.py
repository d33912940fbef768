"""Read-only share links for one frozen report: a random token shown once, only its hash kept, revocable."""

from __future__ import annotations

import secrets

from sqlmodel import Session, select

from council import reports
from council.auth import Actor, record, token_hash
from council.db import unit_of_work
from council.errors import NotFound
from council.models import Report
from council.permissions import may_forward


def create_share_link(db: Session, actor: Actor | None, report_id: int) -> str:
    """A new read-only link token for one report (any earlier link stops working); only its hash is kept."""
    with unit_of_work(db):
        report = reports.get(db, actor, report_id, may=may_forward)
        token = secrets.token_urlsafe(24)
        report.share_token_hash = token_hash(token)
        db.add(report)
        record(db, actor, "report.share", f"report:{report.id}")
    return token


def revoke_share_link(db: Session, actor: Actor | None, report_id: int) -> None:
    """Stop the report's share link from working."""
    with unit_of_work(db):
        report = reports.get(db, actor, report_id, may=may_forward)
        report.share_token_hash = None
        db.add(report)
        record(db, actor, "report.unshare", f"report:{report.id}")


def shared_report(db: Session, token: str | None) -> Report:
    """The one report a share link opens."""
    if not isinstance(token, str) or not token or len(token) > 100:
        raise NotFound("share.invalid")
    report = db.exec(select(Report).where(Report.share_token_hash == token_hash(token))).first()
    if report is None:
        raise NotFound("share.invalid")
    return report
