"""An account's notification address: set by the admin, or by the account holder for themselves."""

from __future__ import annotations

from sqlmodel import Session

from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotAllowed, NotFound
from council.models import Role, User
from council.notify import address


def _account(db: Session, actor: Actor | None, user_id: int) -> User:
    if actor is None or (actor.user_id != user_id and actor.role != Role.admin):
        raise NotAllowed("auth.not_allowed")
    user = db.get(User, user_id)
    if user is None:
        raise NotFound("notify.no_account")
    return user


def checked_address(raw: str) -> str | None:
    """A plausible e-mail address in lower case, None for empty; anything else is refused."""
    typed = (raw or "").strip().lower()
    if not typed:
        return None
    local, _, domain = typed.partition("@")
    bad = not local or "." not in domain or domain.startswith(".") or domain.endswith(".")
    if bad or len(typed) > 254 or any(ch.isspace() or ch in "<>,;\"'()[]\\" for ch in typed) or typed.count("@") != 1:
        raise InvalidInput("auth.bad_email")
    return typed


def set_notification_address(db: Session, actor: Actor | None, user_id: int, *, address: str) -> User:
    """Set (or with an empty address clear) where this account's reminders go."""
    with unit_of_work(db):
        user = _account(db, actor, user_id)
        user.notify_email = checked_address(address)
        db.add(user)
        record(db, actor, "user.notify_email", f"user:{user.username}")
    return user


def notification_address(db: Session, actor: Actor | None, user_id: int) -> str | None:
    """Where this account's reminders go now (the notification address, else the sign-on address)."""
    return address(_account(db, actor, user_id))
