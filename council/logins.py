"""Logins: throttled password checks, login tokens for the HttpOnly cookie, the one-time codes a browser trades for
its cookie, and re-checking a login on every run through a short-lived shelf."""

from __future__ import annotations

import datetime as dt
import secrets
import threading
import time

from sqlalchemy import delete, event
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col, select

from council import sessions, throttle
from council.auth import Actor, actor_for, authenticate, record, token_hash
from council.db import unit_of_work
from council.errors import InvalidInput
from council.models import User, utcnow
from council.permissions import may_manage_accounts, require
from council.runtime_tables import CookieHandoff, LoginSession
from council.stored import existing
from council.text import clean_text

LOGIN_HOURS = 12
HANDOFF_SECONDS = 60
LOGIN, PUPIL = "login", "pupil"


def log_in(db: Session, *, username: str, password: str, client: str | None) -> Actor:
    """Check a password, unless this account or client has to wait; a failure is counted and audited."""
    account = (username or "").strip().lower()[:80]
    throttle.check(db, throttle.LOGIN_ACCOUNT, account)
    throttle.check(db, throttle.LOGIN_CLIENT, client)
    try:
        actor = authenticate(db, username=account, password=password or "")
    except InvalidInput as err:
        if err.key == "auth.wrong_credentials":
            _count_failure(db, account, client)
        raise
    with unit_of_work(db):
        throttle.clear(db, throttle.LOGIN_ACCOUNT, account)
    return actor


def _count_failure(db: Session, account: str, client: str | None) -> None:
    shown = clean_text(account, limit=80, field="username", required=False) or "?"
    with unit_of_work(db):
        throttle.count(db, throttle.LOGIN_ACCOUNT, account)
        throttle.count(db, throttle.LOGIN_CLIENT, client)
        record(db, None, "auth.login_failed", f"user:{shown} client:{client or '?'}")


def lockouts(db: Session, actor: Actor | None) -> dict[int, int]:
    """For the admin: the accounts that must wait before the next login, and for how many seconds."""
    require(may_manage_accounts(actor))
    users = db.exec(select(col(User.id), User.username)).all()
    waits = {user_id: throttle.blocked(db, throttle.LOGIN_ACCOUNT, name) for user_id, name in users}
    return {existing(user_id): seconds for user_id, seconds in waits.items() if seconds > 0}


def lift_lockout(db: Session, actor: Actor | None, user_id: int) -> None:
    """The admin lets an account log in again at once."""
    with unit_of_work(db):
        require(may_manage_accounts(actor))
        user = db.get(User, user_id)
        if user is not None:
            throttle.clear(db, throttle.LOGIN_ACCOUNT, user.username)
            record(db, actor, "auth.lockout_lifted", f"user:{user.username}")


def start_login(db: Session, actor: Actor) -> str:
    """Open a login that survives a reload; returns the secret token for the browser's cookie."""
    with unit_of_work(db):
        token = secrets.token_urlsafe(32)
        expires = utcnow() + dt.timedelta(hours=LOGIN_HOURS)
        db.add(LoginSession(token_hash=token_hash(token), user_id=actor.user_id, expires_at=expires))
        record(db, actor, "auth.login", f"user:{actor.username}")
    return token


def resume_login(db: Session, token: str | None) -> Actor | None:
    """The account behind a login token, if it is still valid."""
    if not isinstance(token, str) or not token or len(token) > 200:
        return None
    login = db.get(LoginSession, token_hash(token))
    if login is None or _aware(login.expires_at) < utcnow():
        return None
    user = db.get(User, login.user_id)
    return actor_for(user) if user and user.active else None


def end_login(db: Session, token: str | None) -> None:
    """Log out: forget the token and any expired logins."""
    with unit_of_work(db):
        login = db.get(LoginSession, token_hash(token)) if token else None
        if login is not None:
            db.delete(login)
        db.exec(delete(LoginSession).where(col(LoginSession.expires_at) < utcnow()))


def start_handoff(db: Session, *, kind: str, subject_id: int) -> str:
    """A one-time code, good for HANDOFF_SECONDS, that the browser trades at the server for its HttpOnly cookie."""
    code = secrets.token_urlsafe(24)
    with unit_of_work(db):
        db.exec(delete(CookieHandoff).where(col(CookieHandoff.expires_at) < utcnow()))
        expires = utcnow() + dt.timedelta(seconds=HANDOFF_SECONDS)
        db.add(CookieHandoff(code_hash=token_hash(code), kind=kind, subject_id=subject_id, expires_at=expires))
    return code


def _take_handoff(db: Session, code: str | None, kind: str) -> int | None:
    """The subject of a live code, which is used up at the same moment (of two tabs trading it, one wins)."""
    if not isinstance(code, str) or not code or len(code) > 100:
        return None
    taken = db.exec(
        delete(CookieHandoff)
        .where(
            col(CookieHandoff.code_hash) == token_hash(code),
            col(CookieHandoff.kind) == kind,
            col(CookieHandoff.expires_at) >= utcnow(),
        )
        .returning(col(CookieHandoff.subject_id))
    ).first()
    return taken[0] if taken else None


def login_cookie(db: Session, code: str | None) -> str | None:
    """Trade a login's one-time code for a new login token (None when the code is used, expired or forged)."""
    with unit_of_work(db):
        user_id = _take_handoff(db, code, LOGIN)
        user = db.get(User, user_id) if user_id is not None else None
        if user is None or not user.active:
            return None
        return start_login(db, actor_for(user))


def pupil_cookie(db: Session, code: str | None) -> str | None:
    """Trade a pupil's one-time code for a fresh credential for their cookie (the old one stops working)."""
    with unit_of_work(db):
        participant_id = _take_handoff(db, code, PUPIL)
        return sessions.new_credential(db, participant_id) if participant_id is not None else None


TTL_SECONDS = 1.5  # how long another instance's logout, deactivation or role change may take to reach this one


class _Shelf:
    """Per login, the account as the database had it a moment ago: every run re-checks its login for the price of
    one dictionary read; this process's own changes to accounts and logins empty it at once."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, int, str], tuple[float, Actor | None]] = {}
        self._lock = threading.Lock()

    def get(self, engine: Engine, actor: Actor, token: str | None) -> Actor | None:
        entry_key = (_database(engine), actor.user_id, token_hash(token) if token else "")
        with self._lock:
            hit = self._entries.get(entry_key)
        if hit is not None and time.monotonic() - hit[0] < TTL_SECONDS:
            return hit[1]
        with Session(engine, expire_on_commit=False) as db:
            fresh = _fresh(db, actor, token)
        with self._lock:
            if len(self._entries) > 4096:
                self._entries.clear()
            self._entries[entry_key] = (time.monotonic(), fresh)
        return fresh

    def forget(self, database: str, user_ids: set[int]) -> None:
        with self._lock:
            for entry_key in [k for k in self._entries if k[0] == database and k[1] in user_ids]:
                del self._entries[entry_key]


_SHELF = _Shelf()


def current(engine: Engine, actor: Actor, token: str | None) -> Actor | None:
    """The login re-checked: None once it was logged out or expired, or the account deactivated or changed."""
    return _SHELF.get(engine, actor, token)


def _fresh(db: Session, actor: Actor, token: str | None) -> Actor | None:
    user = db.get(User, actor.user_id)
    if user is None or not user.active or actor_for(user) != actor:
        return None
    if token is not None and resume_login(db, token) != actor:
        return None
    return actor


def _database(engine: Engine | Connection) -> str:
    return engine.engine.url.render_as_string(hide_password=True)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


_TOUCHED = "logins_touched_users"  # db.info key: accounts whose row or logins changed since the last commit


@event.listens_for(Session, "after_flush")
def _note_touched_users(db: Session, _flush_context: object) -> None:
    for row in (*db.new, *db.dirty, *db.deleted):
        if isinstance(row, User):
            db.info.setdefault(_TOUCHED, set()).add(row.id)
        elif isinstance(row, LoginSession):
            db.info.setdefault(_TOUCHED, set()).add(row.user_id)


@event.listens_for(Session, "after_commit")
def _forget_after_commit(db: Session) -> None:
    if db.in_nested_transaction():
        return
    touched = db.info.pop(_TOUCHED, set())
    if touched:
        _SHELF.forget(_database(db.get_bind()), touched)


@event.listens_for(Session, "after_rollback")
def _forget_nothing(db: Session) -> None:
    if not db.in_nested_transaction():
        db.info.pop(_TOUCHED, None)
