"""The e-mail queue: notices are added in the transaction that causes them, once each (dedupe key), and sent by
a worker that claims rows with a conditional UPDATE, so two workers never send the same row at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import or_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, func, select

from council.auth import Actor, record
from council.db import unit_of_work
from council.models import utcnow
from council.permissions import may_manage_committees, require
from council.runtime_tables import OutboxMessage

PENDING, SENDING, SENT, FAILED = "pending", "sending", "sent", "failed"
FIRST_RETRY = dt.timedelta(seconds=30)
LONGEST_RETRY = dt.timedelta(hours=1)
# A row claimed this long ago by a worker that never reported back (a crash) is claimed again.
LEASE = dt.timedelta(minutes=10)


@dataclass(frozen=True)
class Mail:
    """One notice to one address; the same dedupe_key is never queued twice."""

    kind: str
    dedupe_key: str
    to_address: str
    subject: str
    body: str


@dataclass(frozen=True)
class Outcome:
    """What the SMTP server said about one message: None for accepted, else the error and if it is final."""

    message_id: int
    error: str | None = None
    permanent: bool = False


def enqueue(db: Session, mail: Mail, *, now: dt.datetime | None = None) -> bool:
    """Queue a notice in the caller's transaction; False when one with its dedupe key was queued before."""
    now = now or utcnow()
    values = {
        "kind": mail.kind,
        "dedupe_key": mail.dedupe_key[:200],
        "to_address": mail.to_address,
        "subject": mail.subject[:300],
        "body": mail.body[:20000],
        "status": PENDING,
        "attempts": 0,
        "created_at": now,
        "next_attempt_at": now,
        "claimed_by": "",
        "last_error": "",
    }
    known = select(OutboxMessage.id).where(OutboxMessage.dedupe_key == values["dedupe_key"])
    if db.exec(known).first() is not None:
        return False
    # ON CONFLICT keeps a second scheduler racing past the check above from queueing the notice twice; the
    # insert's rowcount is not used: on PostgreSQL it reported no row for an insert that was made.
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    db.exec(dialect.insert(OutboxMessage).values(**values).on_conflict_do_nothing(index_elements=["dedupe_key"]))
    return True


def retry_delay(attempts: int) -> dt.timedelta:
    """Back-off after the n-th failed attempt: 30 s, 1 min, 2 min, … at most an hour."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def claim(db: Session, *, worker: str, now: dt.datetime, limit: int = 20) -> list[OutboxMessage]:
    """Take up to `limit` due messages for this worker; a row another worker took meanwhile is skipped."""
    due = or_(
        (col(OutboxMessage.status) == PENDING) & (col(OutboxMessage.next_attempt_at) <= now),
        (col(OutboxMessage.status) == SENDING) & (col(OutboxMessage.claimed_at) < now - LEASE),
    )
    with unit_of_work(db):
        seen = db.exec(select(OutboxMessage).where(due).order_by(col(OutboxMessage.id)).limit(limit)).all()
        taken = [row.id for row in seen if _take(db, row, worker, now)]
    db.expire_all()
    return list(db.exec(select(OutboxMessage).where(col(OutboxMessage.id).in_(taken)).order_by(col(OutboxMessage.id))))


def _take(db: Session, row: OutboxMessage, worker: str, now: dt.datetime) -> bool:
    # Only if nobody changed the row since we read it: the status and attempt count are the row's version.
    taken = db.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.id) == row.id,
            col(OutboxMessage.status) == row.status,
            col(OutboxMessage.attempts) == row.attempts,
        )
        .values(status=SENDING, claimed_by=worker, claimed_at=now, attempts=OutboxMessage.attempts + 1)
    )
    return taken.rowcount == 1


def settle(db: Session, outcomes: list[Outcome], *, worker: str, now: dt.datetime) -> None:
    """Record what the server said: sent, failed for good, or due again after a back-off."""
    with unit_of_work(db):
        for outcome in outcomes:
            row = db.get(OutboxMessage, outcome.message_id)
            if row is None or row.claimed_by != worker or row.status != SENDING:
                continue  # the lease ran out and another worker has it now
            if outcome.error is None:
                row.status, row.sent_at, row.last_error = SENT, now, ""
            else:
                row.status = FAILED if outcome.permanent else PENDING
                row.next_attempt_at = now + retry_delay(row.attempts)
                row.last_error = outcome.error[:300]
            db.add(row)


def drain(
    db: Session, send: Callable[[list[OutboxMessage]], list[Outcome]], *, worker: str, now: dt.datetime | None = None
) -> list[Outcome]:
    """Claim what is due, hand it to `send` (which never raises), and record the outcomes."""
    now = now or utcnow()
    claimed = claim(db, worker=worker, now=now)
    if not claimed:
        return []
    outcomes = send(claimed)
    settle(db, outcomes, worker=worker, now=now)
    return outcomes


def counts(db: Session, actor: Actor | None) -> dict[str, int]:
    """How many messages are pending, being sent, sent and failed."""
    require(may_manage_committees(actor))
    found = dict(db.exec(select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)).all())
    return {status: int(found.get(status, 0)) for status in (PENDING, SENDING, SENT, FAILED)}


def recent(db: Session, actor: Actor | None, *, limit: int = 30) -> list[OutboxMessage]:
    """The newest messages, for the admin's log."""
    require(may_manage_committees(actor))
    return list(db.exec(select(OutboxMessage).order_by(col(OutboxMessage.id).desc()).limit(limit)))


def retry_failed(db: Session, actor: Actor | None) -> int:
    """The admin sends the failed messages once more (e.g. after fixing an address); returns how many."""
    with unit_of_work(db):
        require(may_manage_committees(actor))
        again = db.exec(
            update(OutboxMessage)
            .where(col(OutboxMessage.status) == FAILED)
            .values(status=PENDING, next_attempt_at=utcnow(), attempts=0)
        )
        record(db, actor, "mail.retry_failed", f"messages:{again.rowcount}")
    return again.rowcount
