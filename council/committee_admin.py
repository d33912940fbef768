"""The admin renames committees and removes one that never received a report; each in the audit log."""

from __future__ import annotations

from sqlmodel import Session, func, select

from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotFound
from council.forwarding_tables import Forwarding
from council.models import Committee, User
from council.permissions import Verdict, may_manage_committees, may_remove_committee, require
from council.stored import id_of
from council.text import clean_text


def rename(db: Session, actor: Actor | None, committee_id: int, *, name: str) -> Committee:
    """Give a committee a new name (forwarded reports keep the name they were frozen with)."""
    with unit_of_work(db):
        committee = _managed(db, actor, committee_id)
        name = clean_text(name, limit=200, field="committee_name")
        taken = db.exec(select(Committee.id).where(Committee.name == name)).first()
        if taken is not None and taken != committee.id:
            raise InvalidInput("committee.name_taken")
        committee.name = name
        db.add(committee)
        record(db, actor, "committee.rename", f"committee:{committee.id}")
    return committee


def remove(db: Session, actor: Actor | None, committee_id: int) -> None:
    """Remove a committee that no report was sent to and no account belongs to."""
    with unit_of_work(db):
        committee = _managed(db, actor, committee_id)
        allowed, why = removable(db, actor, id_of(committee))
        if not allowed:
            raise InvalidInput(why)
        db.delete(committee)
        record(db, actor, "committee.remove", committee.name)


def removable(db: Session, actor: Actor | None, committee_id: int) -> Verdict:
    """Whether this committee may be removed now (permissions.may_remove_committee, with its rows counted)."""
    forwardings = db.exec(select(func.count()).select_from(Forwarding).where(Forwarding.committee_id == committee_id))
    members = db.exec(select(func.count()).select_from(User).where(User.committee_id == committee_id))
    return may_remove_committee(actor, forwardings=forwardings.one(), members=members.one())


def _managed(db: Session, actor: Actor | None, committee_id: int) -> Committee:
    require(may_manage_committees(actor))
    committee = db.get(Committee, committee_id)
    if committee is None:
        raise NotFound("committee.not_found")
    return committee
