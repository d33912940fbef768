"""Accounts, password hashing (argon2), roles, logins that survive a reload, and the audit log."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, delete, func, select

from council.db import transactional
from council.errors import InvalidInput, NotAllowed
from council.models import AuditEvent, LoginSession, Role, School, User, utcnow
from council.permissions import may_manage_accounts, may_set_up, require

_hasher = PasswordHasher()
MIN_PASSWORD = 8
LOGIN_HOURS = 12
# A real hash to verify against when the username is unknown, so timing does not reveal accounts.
_DUMMY_HASH = _hasher.hash("no-such-user-placeholder")


@dataclass(frozen=True)
class Actor:
    """Who is asking: enough to check permissions, safe to keep in a browser session."""

    user_id: int
    username: str
    role: Role
    school_id: int | None = None
    committee_id: int | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == Role.admin


def actor_for(user: User) -> Actor:
    """The permission view of an account."""
    return Actor(user.id or 0, user.username, Role(user.role), user.school_id, user.committee_id)


def token_hash(token: str) -> str:
    """SHA-256 of a high-entropy random token (argon2 is for low-entropy passwords)."""
    return hashlib.sha256(token.encode()).hexdigest()


def needs_setup(db: Session) -> bool:
    """True on a new install: no account exists yet."""
    return db.exec(select(func.count()).select_from(User)).one() == 0


@transactional
def create_first_admin(db: Session, *, username: str, password: str, school_name: str = "") -> Actor:
    """Create the admin on an empty install; refused once any account exists."""
    require(may_set_up(needs_setup(db)))
    school = School(name=school_name.strip() or "Skolan")
    db.add(school)
    db.flush()
    user = _new_user(db, username, password, Role.admin, school.id)
    record(db, actor_for(user), "user.create_first_admin", f"admin:{user.username}")
    return actor_for(user)


@transactional
def create_user(
    db: Session,
    actor: Actor | None,
    *,
    username: str,
    password: str,
    role: Role,
    display_name: str = "",
    school_id: int | None = None,
    committee_id: int | None = None,
    email: str = "",
) -> User:
    """The admin creates a teacher, committee or admin account (e-mail optional, for single sign-on)."""
    require(may_manage_accounts(actor))
    if role == Role.committee and committee_id is None:
        raise InvalidInput("auth.committee_needed")
    address = _checked_email(db, email)
    user = _new_user(db, username, password, role, school_id or actor.school_id, display_name, committee_id)
    user.email = address
    record(db, actor, "user.create", f"{role}:{user.username}")
    return user


def _new_user(
    db: Session,
    username: str,
    password: str,
    role: Role,
    school_id: int | None,
    display_name: str = "",
    committee_id: int | None = None,
) -> User:
    username = username.strip().lower()
    if not username or len(username) > 80 or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise InvalidInput("auth.bad_username")
    if len(password) < MIN_PASSWORD or len(password) > 200:
        raise InvalidInput("auth.short_password", minimum=MIN_PASSWORD)
    if db.exec(select(User).where(User.username == username)).first():
        raise InvalidInput("auth.username_taken")
    user = User(
        username=username,
        password_hash=_hasher.hash(password),
        role=role,
        school_id=school_id,
        display_name=display_name.strip()[:120],
        committee_id=committee_id,
    )
    db.add(user)
    db.flush()
    return user


def _checked_email(db: Session, email: str) -> str | None:
    address = email.strip().lower()
    if not address:
        return None
    local, _, domain = address.partition("@")
    if not local or "." not in domain or len(address) > 254 or any(ch.isspace() for ch in address):
        raise InvalidInput("auth.bad_email")
    if db.exec(select(User.id).where(User.email == address)).first() is not None:
        raise InvalidInput("auth.email_taken")
    return address


def actor_for_sso(db: Session, *, email: str | None) -> Actor:
    """The active account whose e-mail a single sign-on provider vouched for; NotAllowed when there is none."""
    address = (email or "").strip().lower()
    user = db.exec(select(User).where(User.email == address)).first() if address else None
    if user is None or not user.active:
        raise NotAllowed("auth.sso_no_account", email=address or "?")
    actor = actor_for(user)
    record(db, actor, "auth.sso_login", f"user:{user.username}")
    return actor


def authenticate(db: Session, *, username: str, password: str) -> Actor:
    """Check a username and password; the same message for an unknown user and a wrong password."""
    user = db.exec(select(User).where(User.username == username.strip().lower())).first()
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        raise InvalidInput("auth.wrong_credentials") from None
    if user is None or not user.active:
        raise InvalidInput("auth.wrong_credentials")
    return actor_for(user)


@transactional
def start_login(db: Session, actor: Actor) -> str:
    """Open a login that survives a reload; returns the secret token for the browser's cookie."""
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
    if login is None or login.expires_at < utcnow():
        return None
    user = db.get(User, login.user_id)
    return actor_for(user) if user and user.active else None


@transactional
def end_login(db: Session, token: str | None) -> None:
    """Log out: forget the token and any expired logins."""
    if token:
        db.exec(delete(LoginSession).where(LoginSession.token_hash == token_hash(token)))
    db.exec(delete(LoginSession).where(LoginSession.expires_at < utcnow()))


def list_users(db: Session, actor: Actor | None) -> list[User]:
    """Every account, for the admin."""
    require(may_manage_accounts(actor))
    return list(db.exec(select(User).order_by(User.role, User.username)))


@transactional
def record(db: Session, actor: Actor | None, action: str, target: str = "") -> None:
    """Add a teacher/admin action to the audit log: in the caller's unit of work, or in one of its own."""
    db.add(AuditEvent(user_id=actor.user_id if actor else None, action=action, target=target[:200]))
