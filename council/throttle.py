"""Per-minute counters kept in the database (table ratecount), so a limit holds across every app instance.

A scope names what is counted and where, e.g. "proposal:17" (proposals in session 17). Windows are whole
minutes; a scope's older windows are deleted when its next window starts. Refusals are not counted: a refused
action leaves its unit of work, and with it the count, rolled back.
"""

from __future__ import annotations

import time

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

from council.errors import LimitReached
from council.models import RateCount

WINDOW_SECONDS = 60
clock = time.time  # what "now" is (tests move it on)


def _minute(now: float | None) -> int:
    return int((clock() if now is None else now) // WINDOW_SECONDS)


def used(db: Session, scope: str, *, now: float | None = None) -> int:
    """How many actions `scope` counted in the current minute (a read: callers refuse early without a write)."""
    query = select(RateCount.hits).where(RateCount.scope == scope, RateCount.minute == _minute(now))
    return db.execute(query).scalar() or 0


def hit(db: Session, scope: str, *, limit: int, refusal: str, now: float | None = None) -> None:
    """Count one action in `scope`'s current minute, inside the caller's unit of work; past `limit`, LimitReached
    with the translation key `refusal` (the caller's unit rolls back, the count with it).

    On PostgreSQL the counter row stays locked until the caller commits, so the actions counted in one scope
    happen one at a time, and what each reads next (e.g. a pupil's own proposals) includes the ones before it.
    """
    minute = _minute(now)
    insert = (postgresql if db.get_bind().dialect.name == "postgresql" else sqlite).insert(RateCount)
    counted = db.execute(
        insert.values(scope=scope, minute=minute, hits=1)
        .on_conflict_do_update(index_elements=["scope", "minute"], set_={"hits": RateCount.hits + 1})
        .returning(RateCount.hits)
    ).scalar_one()
    if counted == 1:  # the first action of a new minute: forget this scope's older minutes
        db.execute(delete(RateCount).where(RateCount.scope == scope, RateCount.minute < minute))
    if counted > limit:
        raise LimitReached(refusal, most=limit)
