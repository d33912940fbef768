"""Throttles and rates, counted in the database: growing delays after too many attempts from one account or one
client, and at most so many actions a minute for one subject (e.g. proposals in one session, council/limits.py).

Several app instances behind a load balancer share one database, so a guesser spread over them meets one count.
Keys are hashed: the table holds no username and no client address, only how often and until when.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, delete

from council.errors import CouncilError, LimitReached
from council.models import utcnow
from council.runtime_tables import Throttle
from council.stored import existing


class Throttled(CouncilError):
    """Too many attempts: wait `seconds` before the next one."""


@dataclass(frozen=True)
class Policy:
    """How many attempts are free, how fast the delay after them grows, and when a quiet spell starts over."""

    name: str
    free: int
    first_delay: float  # seconds after the first attempt past `free`; doubles with every further one
    max_delay: float
    window: dt.timedelta  # a quiet spell this long forgets the count


# Login guesses: 5 per account, 20 per client (a staff room shares one address), then 2 s, 4 s, ... up to 15 min.
LOGIN_ACCOUNT = Policy("login-user", 5, 2, 900, dt.timedelta(hours=1))
LOGIN_CLIENT = Policy("login-client", 20, 2, 900, dt.timedelta(hours=1))
# Wrong join or progress-page codes: 10 mistypes per client are free (a class behind one address), then guessing slows.
CODE_CLIENT = Policy("code-client", 10, 2, 300, dt.timedelta(minutes=10))
# Successful joins per client and code: a class or a whole school behind one address joins at once (the allowance
# grows with the session's expected size, join_policy); a script joining over and over slows.
JOIN_CLIENT = Policy("join-client", 120, 1, 60, dt.timedelta(minutes=10))


def room_for(expected_size: int | None, at_least: int) -> int:
    """How many joins a session that expects this many pupils takes: twice that (reloads join again), at least
    `at_least` (for the client allowance here and the session's rate per minute, council/limits.py)."""
    return max(at_least, 2 * (expected_size or 0))


def join_policy(expected_size: int | None) -> Policy:
    """JOIN_CLIENT for a session that expects this many pupils: room_for() that many joins are free."""
    return replace(JOIN_CLIENT, free=room_for(expected_size, JOIN_CLIENT.free))


def key(policy: Policy | Rate, subject: str) -> str:
    """The row key for one account or client under one policy: the policy's name and a hash of the subject."""
    digest = hashlib.sha256(f"{policy.name}\0{subject.strip().lower()}".encode()).hexdigest()
    return f"{policy.name}:{digest[:48]}"


def check(db: Session, policy: Policy, subject: str | None, *, now: dt.datetime | None = None) -> None:
    """Refuse with Throttled while this subject has to wait; a cheap primary-key read."""
    if subject is None:
        return
    row = db.get(Throttle, key(policy, subject))
    wait = _seconds_left(row, now or utcnow())
    if wait >= 120:
        raise Throttled("throttle.wait_minutes", minutes=-(-wait // 60))
    if wait > 0:
        raise Throttled("throttle.wait", seconds=wait)


def _seconds_left(row: Throttle | None, now: dt.datetime) -> int:
    if row is None or row.blocked_until is None:
        return 0
    left = (_aware(row.blocked_until) - now).total_seconds()
    return max(0, int(left + 0.999))


def count(db: Session, policy: Policy, subject: str | None, *, now: dt.datetime | None = None) -> int:
    """Add one attempt (in the caller's unit of work) and start or lengthen the wait; returns the count."""
    if subject is None:
        return 0
    now = now or utcnow()
    row = _locked_row(db, key(policy, subject), now)
    if now - _aware(row.last_at) > policy.window:
        row.failures, row.blocked_until = 0, None
    row.failures += 1
    row.last_at = now
    beyond = row.failures - policy.free
    if beyond > 0:
        delay = min(policy.max_delay, policy.first_delay * 2 ** (beyond - 1))
        row.blocked_until = now + dt.timedelta(seconds=delay)
    db.add(row)
    db.flush()
    return row.failures


def _locked_row(db: Session, row_key: str, now: dt.datetime) -> Throttle:
    """The row, made if missing, locked until commit: two instances counting at once neither collide nor lose one."""
    dialect = db.get_bind().dialect.name
    inserts: dict[str, Callable[..., postgresql.Insert | sqlite.Insert]] = {
        "postgresql": postgresql.insert,
        "sqlite": sqlite.insert,
    }
    insert = inserts[dialect]
    db.exec(insert(Throttle).values(key=row_key, failures=0, last_at=now).on_conflict_do_nothing())
    return existing(db.get(Throttle, row_key, with_for_update=True, populate_existing=True))


def clear(db: Session, policy: Policy, subject: str) -> None:
    """Forget the count (in the caller's unit of work): after a right password, or when the admin lifts a lockout."""
    db.exec(delete(Throttle).where(col(Throttle.key) == key(policy, subject)))


def blocked(db: Session, policy: Policy, subject: str, *, now: dt.datetime | None = None) -> int:
    """Seconds this subject still has to wait (0 when free)."""
    return _seconds_left(db.get(Throttle, key(policy, subject)), now or utcnow())


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; every time here is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


# Rates: at most so many actions of one kind per window for one subject (e.g. proposals in one session), counted
# in the same table and row lock as the throttles above. For a rate's row, `failures` counts the actions of the
# current window and `last_at` is when that window began; a refused action rolls back with its unit of work, and
# with it its count.


@dataclass(frozen=True)
class Rate:
    """At most `most` actions per `window` for one subject; past it, a refusal until the window is over."""

    name: str
    most: int
    window: dt.timedelta = dt.timedelta(minutes=1)


def used(db: Session, rate: Rate, subject: str, *, now: dt.datetime | None = None) -> int:
    """How many actions this subject's current window counted: a read, so a flood is refused without a write."""
    row = db.get(Throttle, key(rate, subject))
    if row is None or (now or utcnow()) - _aware(row.last_at) >= rate.window:
        return 0
    return row.failures


def hit(db: Session, rate: Rate, subject: str, *, refusal: str, now: dt.datetime | None = None) -> None:
    """Count one action (in the caller's unit of work); past the rate, LimitReached with the key `refusal`.

    The row stays locked until the caller commits, so on PostgreSQL the actions counted for one subject happen one
    at a time, and what each reads next (e.g. a pupil's own proposals) includes the ones before it."""
    now = now or utcnow()
    row = _locked_row(db, key(rate, subject), now)
    if now - _aware(row.last_at) >= rate.window:  # this action opens a new window
        row.failures, row.last_at, row.blocked_until = 0, now, None
    row.failures += 1
    db.add(row)
    db.flush()
    if row.failures > rate.most:
        raise LimitReached(refusal, most=rate.most)
