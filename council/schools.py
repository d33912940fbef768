"""Schools: the admin adds the municipality's schools, so teachers of several schools can share a round."""

from __future__ import annotations

from sqlmodel import Session, col, select

from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import InvalidInput
from council.models import School
from council.permissions import may_manage_accounts, require
from council.text import clean_text


def add_school(db: Session, actor: Actor | None, *, name: str) -> School:
    """The admin adds a school (names are unique, ignoring case)."""
    with unit_of_work(db):
        require(may_manage_accounts(actor))
        name = clean_text(name, limit=200, field="school_name")
        if name.casefold() in {known.casefold() for known in db.exec(select(School.name))}:
            raise InvalidInput("school.name_taken")
        school = School(name=name)
        db.add(school)
        db.flush()
        record(db, actor, "school.create", f"school:{school.id}:{name}")
    return school


def list_schools(db: Session) -> list[School]:
    """Every school, by name."""
    return list(db.exec(select(School).order_by(col(School.name))))
