"""Pupils mark arguments as convincing: one mark per argument per pupil, kept as a count on the argument.

What is stored, and why nothing links a mark to a pupil:
- `Argument.marks` counts the marks. It says how many, never who or when.
- One `ArgumentMark` row per mark holds only a tag, HMAC(pupil's mark key, argument id), and the session. The
  mark key is derived from the secret token the pupil's browser holds (their link; in kiosk mode only this
  turn's server memory); the database stores a SHA-256 of that token, from which the key cannot be made. So
  the row cannot be tied to a participant, nor even to an argument, by anyone holding the database or a
  backup; it only lets the pupil's own browser see that they marked an argument and refuse a second mark.
  Two tags of one pupil look as unrelated as tags of two pupils: no per-pupil record says which, or how many,
  arguments a pupil found convincing. There is no time column, and the table is WITHOUT ROWID on SQLite.
- On PostgreSQL a mark's tag row and its argument's new count share one transaction id (`xmin`), and rows of
  consecutive marks have consecutive ones; every mark therefore rewrites all the session's tags and counts
  (`secrecy.reseal_marks`), as votes do, so they all carry the latest id.
What remains: whoever has a pupil's link can see which arguments that pupil marked (as they can see the
pupil's own proposals); someone reading the write-ahead log while the class marks can pair a tag with the
counter it raised, but not with a pupil.
"""

from __future__ import annotations

import hashlib
import hmac

from sqlalchemy import delete, insert, select, update
from sqlmodel import Session, col

from council import secrecy
from council.db import unit_of_work
from council.errors import NotAllowed, NotFound, WrongPhase
from council.models import Argument, ArgumentStatus, CouncilSession, Phase, Proposal, ProposalStatus
from council.secret_tables import ArgumentMark
from council.sessions import Pupil

SHOWN = (ProposalStatus.published, ProposalStatus.merged)  # a merged original's arguments show under the merge


def tag_for(pupil: Pupil, argument_id: int) -> str:
    """The opaque tag of this pupil's mark on this argument."""
    if not pupil.mark_key:
        raise NotAllowed("marks.rejoin")
    return hmac.new(bytes.fromhex(pupil.mark_key), f"argument:{argument_id}".encode(), hashlib.sha256).hexdigest()


def mark(db: Session, *, pupil: Pupil, argument_id: int) -> bool:
    """Mark an argument as convincing; False when this pupil had already marked it (nothing changes)."""
    with unit_of_work(db):
        tag = _checked_tag(db, pupil, argument_id)
        if db.get(ArgumentMark, tag) is not None:
            return False
        db.exec(insert(ArgumentMark).values(tag=tag, session_id=pupil.session_id))
        db.exec(update(Argument).where(col(Argument.id) == argument_id).values(marks=Argument.marks + 1))
        secrecy.reseal_marks(db.connection(), pupil.session_id)
    return True


def unmark(db: Session, *, pupil: Pupil, argument_id: int) -> bool:
    """Take a mark back; False when this pupil had not marked the argument."""
    with unit_of_work(db):
        tag = _checked_tag(db, pupil, argument_id)
        if db.exec(delete(ArgumentMark).where(col(ArgumentMark.tag) == tag)).rowcount != 1:
            return False
        db.exec(update(Argument).where(col(Argument.id) == argument_id).values(marks=Argument.marks - 1))
        secrecy.reseal_marks(db.connection(), pupil.session_id)
    return True


def marked(db: Session, *, pupil: Pupil, argument_ids: list[int]) -> set[int]:
    """Which of these arguments this pupil has marked (only their own key can tell)."""
    if not pupil.mark_key or not argument_ids:
        return set()
    tags = {tag_for(pupil, argument_id): argument_id for argument_id in argument_ids}
    found = db.scalars(select(col(ArgumentMark.tag)).where(col(ArgumentMark.tag).in_(list(tags))))
    return {tags[tag] for tag in found}


def _checked_tag(db: Session, pupil: Pupil, argument_id: int) -> str:
    """The tag, once the mark is allowed: discuss phase, a shown argument of the pupil's session, not their own."""
    tag = tag_for(pupil, argument_id)
    secrecy.lock_session_votes(db.connection(), pupil.session_id)
    council = db.get(CouncilSession, pupil.session_id)
    if council is None or council.phase != Phase.discuss:
        raise WrongPhase("marks.not_now")
    argument = db.get(Argument, argument_id)
    proposal = db.get(Proposal, argument.proposal_id) if argument else None
    if (
        argument is None
        or argument.status != ArgumentStatus.published
        or proposal is None
        or proposal.session_id != pupil.session_id
        or proposal.status not in SHOWN
    ):
        raise NotFound("argument.not_found")
    if argument.author_id == pupil.participant_id:
        raise NotAllowed("marks.own_argument")
    return tag
