"""The app's runtime tables, apart from the council's record: kept logins, cookie handoffs, attempt throttles and
the e-mail outbox."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from council.models import PARTICIPANT_KEY, utcnow


class LoginSession(SQLModel, table=True):
    """A browser's login, kept across reloads; only a hash of its token is stored."""

    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="user.id", index=True)
    expires_at: dt.datetime


class CookieHandoff(SQLModel, table=True):
    """A one-time code the browser trades within a minute for its HttpOnly cookie (a login or a pupil's place);
    only its hash is kept, and it is deleted when used."""

    code_hash: str = Field(primary_key=True, max_length=64)
    kind: str = Field(max_length=10)
    subject_id: int = Field(sa_type=PARTICIPANT_KEY)  # a user's id, or a participant's (random 62-bit) id
    expires_at: dt.datetime


class Throttle(SQLModel, table=True):
    """Recent attempts of one kind from one account or client (both hashed): what growing delays and lockouts count.
    Kept in the database, so every app instance behind the load balancer sees the same count; a quiet spell longer
    than the policy's window starts the count over."""

    key: str = Field(primary_key=True, max_length=80)
    failures: int = 0
    last_at: dt.datetime = Field(default_factory=utcnow)
    blocked_until: dt.datetime | None = None


class OutboxMessage(SQLModel, table=True):
    """One e-mail waiting to be sent, being sent or sent; its dedupe_key makes every notice go out once."""

    id: int | None = Field(default=None, primary_key=True)
    dedupe_key: str = Field(max_length=200, unique=True)
    kind: str = Field(max_length=30)
    to_address: str = Field(max_length=254)
    subject: str = Field(max_length=300)
    body: str = Field(max_length=20000)
    status: str = Field(default="pending", max_length=10, index=True)
    attempts: int = 0
    created_at: dt.datetime
    next_attempt_at: dt.datetime
    claimed_by: str = Field(default="", max_length=40)
    claimed_at: dt.datetime | None = None
    sent_at: dt.datetime | None = None
    last_error: str = Field(default="", max_length=300)
