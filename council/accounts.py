"""The admin's account management: edit, deactivate and reactivate, reset a password; each in the audit log."""

from __future__ import annotations

from sqlmodel import Session, func, select

from council import passwords
from council.auth import Actor, checked_email, end_logins_of, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotFound
from council.models import Committee, Role, User
from council.permissions import may_manage_accounts, require
from council.stored import id_of

NAME_LIMIT = 120


def edit(
    db: Session,
    actor: Actor | None,
    user_id: int,
    *,
    display_name: str,
    email: str,
    role: Role | str,
    committee_id: int | None = None,
) -> User:
    """Change an account's name, e-mail (for single sign-on), role and committee."""
    with unit_of_work(db):
        user = _managed(db, actor, user_id)
        role = Role(role)
        if role == Role.committee and (committee_id is None or db.get(Committee, committee_id) is None):
            raise InvalidInput("auth.committee_needed")
        if user.role == Role.admin and role != Role.admin:
            _keep_an_admin(db, user)
        committee_id = committee_id if role == Role.committee else None
        if (user.role, user.committee_id) != (role, committee_id):
            end_logins_of(db, id_of(user))  # the new role takes effect at the next login, on every device
        user.display_name = display_name.strip()[:NAME_LIMIT]
        user.email = checked_email(db, email, owner_id=user.id)
        user.role, user.committee_id = role, committee_id
        db.add(user)
        record(db, actor, "user.edit", f"user:{user.username}")
    return user


def set_active(db: Session, actor: Actor | None, user_id: int, *, active: bool) -> User:
    """Deactivate an account (it can no longer log in; its open logins end) or make it active again."""
    with unit_of_work(db):
        user = _managed(db, actor, user_id)
        if not active and user.role == Role.admin:
            _keep_an_admin(db, user)
        user.active = bool(active)
        db.add(user)
        if not active:
            end_logins_of(db, id_of(user))
        record(db, actor, "user.activate" if active else "user.deactivate", f"user:{user.username}")
    return user


def reset_password(db: Session, actor: Actor | None, user_id: int, *, password: str) -> User:
    """Give an account a new password (the admin tells its owner); every open login of the account ends."""
    with unit_of_work(db):
        user = _managed(db, actor, user_id)
        passwords.check_new(password, username=user.username)  # the rule, and no common password
        user.password_hash = passwords.hash_password(password)
        db.add(user)
        end_logins_of(db, id_of(user))
        record(db, actor, "user.reset_password", f"user:{user.username}")
    return user


def _managed(db: Session, actor: Actor | None, user_id: int) -> User:
    require(may_manage_accounts(actor))
    user = db.get(User, user_id)
    if user is None:
        raise NotFound("accounts.not_found")
    return user


def _keep_an_admin(db: Session, leaving: User) -> None:
    # Without an active admin nobody could manage accounts again.
    others = (
        select(func.count())
        .select_from(User)
        .where(
            User.role == Role.admin,
            User.active == True,  # noqa: E712
            User.id != leaving.id,
        )
    )
    if db.exec(others).one() == 0:
        raise InvalidInput("accounts.last_admin")
