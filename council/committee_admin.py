"""The admin renames committees and removes one that never received a report; each in the audit log."""

from __future__ import annotations

from sqlmodel import Session, select

from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput, NotAllowed, NotFound
from council.models import Committee
from council.permissions import may_manage_accounts, may_remove_committee
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
        allowed, why = may_remove_committee(db, committee.id)
        if not allowed:
            raise InvalidInput(why)
        db.delete(committee)
        record(db, actor, "committee.remove", committee.name)


def _managed(db: Session, actor: Actor | None, committee_id: int) -> Committee:
    allowed, why = may_manage_accounts(actor)
    if not allowed:
        raise NotAllowed(why)
    committee = db.get(Committee, committee_id)
    if committee is None:
        raise NotFound("committee.not_found")
    return committee
