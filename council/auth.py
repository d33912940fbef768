"""Accounts, roles, logins that survive a reload, and permission checks (passwords: passwords.py)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from council import passwords
from council.db import transactional, unit_of_work
from council.errors import InvalidInput, NotAllowed, NotFound
from council.models import AuditEvent, Role, School, User
from council.passwords import MIN_PASSWORD  # noqa: F401  (pages show it in the password help)
from council.permissions import may_manage_accounts, may_set_up, require
from council.runtime_tables import LoginSession
from council.stored import id_of
from council.text import clean_text

# A real hash to verify against when the username is unknown, so timing does not reveal accounts.
_DUMMY_HASH = passwords.hash_password("no-such-user-placeholder")


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
    assert actor is not None  # require() refused anyone not signed in
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
    passwords.check_new(password, username=username)
    if db.exec(select(User).where(User.username == username)).first():
        raise InvalidInput("auth.username_taken")
    user = User(
        username=username,
        password_hash=passwords.hash_password(password),
        role=role,
        school_id=school_id,
        display_name=clean_text(display_name, limit=120, field="display_name", required=False),
        committee_id=committee_id,
    )
    db.add(user)
    db.flush()
    return user


def _checked_email(db: Session, email: str, *, owner_id: int | None = None) -> str | None:
    address = email.strip().lower()
    if not address:
        return None
    local, _, domain = address.partition("@")
    if not local or "." not in domain or len(address) > 254 or any(ch.isspace() for ch in address):
        raise InvalidInput("auth.bad_email")
    taken = db.exec(select(User.id).where(User.email == address)).first()
    if taken is not None and taken != owner_id:
        raise InvalidInput("auth.email_taken")
    return address


def checked_email(db: Session, email: str, *, owner_id: int | None = None) -> str | None:
    """An e-mail address in lower case, or None when empty; refused when malformed or another account's."""
    return _checked_email(db, email, owner_id=owner_id)


def actor_for_sso(db: Session, *, email: str | None, email_verified: object = False) -> Actor:
    """The active account whose e-mail a single sign-on provider vouched for; NotAllowed when there is none, or when
    the provider did not say it verified the address (anyone can type someone else's address into some providers)."""
    address = (email or "").strip().lower()
    if address and email_verified is not True:
        raise NotAllowed("auth.sso_unverified", email=address)
    user = db.exec(select(User).where(User.email == address)).first() if address else None
    if user is None or not user.active:
        raise NotAllowed("auth.sso_no_account", email=address or "?")
    actor = actor_for(user)
    record(db, actor, "auth.sso_login", f"user:{user.username}")
    return actor


def authenticate(db: Session, *, username: str, password: str) -> Actor:
    """Check a username and password; the same message for an unknown user and a wrong password."""
    user = db.exec(select(User).where(User.username == username.strip().lower()[:80])).first()
    if not passwords.verify(user.password_hash if user else _DUMMY_HASH, password[: passwords.MAX_PASSWORD]):
        raise InvalidInput("auth.wrong_credentials")
    if user is None or not user.active:
        raise InvalidInput("auth.wrong_credentials")
    return actor_for(user)


def end_logins_of(db: Session, user_id: int) -> None:
    """Every login of one account ends (in the caller's unit of work): open tabs and cookies stop working."""
    # Row by row, not one DELETE: logins.py's shelf learns from the flushed rows which accounts to re-check.
    for login in db.exec(select(LoginSession).where(LoginSession.user_id == user_id)).all():
        db.delete(login)


def set_password(db: Session, actor: Actor | None, user_id: int, *, password: str) -> None:
    """The admin, or the account itself, sets a new password (common ones refused); other logins end."""
    with unit_of_work(db):
        if actor is None or (actor.user_id != user_id and not actor.is_admin):
            raise NotAllowed("auth.not_allowed")
        user = db.get(User, user_id)
        if user is None:
            raise NotFound("auth.no_account")
        passwords.check_new(password, username=user.username)
        user.password_hash = passwords.hash_password(password)
        db.add(user)
        end_logins_of(db, id_of(user))
        record(db, actor, "user.password", f"user:{user.username}")


def _account(db: Session, actor: Actor | None, user_id: int) -> User:
    require(may_manage_accounts(actor))
    user = db.get(User, user_id)
    if user is None:
        raise NotFound("auth.no_account")
    return user


def list_users(db: Session, actor: Actor | None) -> list[User]:
    """Every account, for the admin."""
    require(may_manage_accounts(actor))
    return list(db.exec(select(User).order_by(col(User.role), col(User.username))))


@transactional
def record(db: Session, actor: Actor | None, action: str, target: str = "") -> None:
    """Add a teacher/admin action to the audit log: in the caller's unit of work, or in one of its own."""
    db.add(AuditEvent(user_id=actor.user_id if actor else None, action=action, target=target[:200]))
