"""Pupils' arguments for and against published proposals, and the teacher's moderation of them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from council.auth import Actor, record
from council.db import transactional
from council.errors import InvalidInput, NotFound
from council.models import Argument, ArgumentSide, ArgumentStatus, CouncilSession, Proposal, ProposalStatus
from council.moderation import moderatable
from council.permissions import pupil_may_argue, require
from council.sessions import Pupil, owned_session
from council.stored import existing, ids
from council.text import clean_text

TEXT_LIMIT = 280
SIDES = tuple(side.value for side in ArgumentSide)


@dataclass(frozen=True)
class Sides:
    """A proposal's published arguments, each side with its count."""

    pros: list[Argument]
    cons: list[Argument]

    @property
    def one_sided(self) -> bool:
        return bool(self.pros) != bool(self.cons)


@transactional
def add(db: Session, *, pupil: Pupil, proposal_id: int, side: str, text: str) -> Argument:
    """A pupil argues for or against a published proposal (discuss phase); it waits for moderation."""
    council = db.get(CouncilSession, pupil.session_id)
    require(pupil_may_argue(council))
    proposal = db.get(Proposal, proposal_id)
    if proposal is None or proposal.session_id != pupil.session_id or proposal.status != ProposalStatus.published:
        raise NotFound("proposal.not_found")
    if side not in SIDES:
        raise InvalidInput("argument.bad_side")
    argument = Argument(
        proposal_id=proposal_id,
        author_id=pupil.participant_id,
        side=ArgumentSide(side),
        text=clean_text(text, limit=TEXT_LIMIT, field="argument"),
    )
    db.add(argument)
    return argument


def lineage(db: Session, proposal_id: int) -> list[int]:
    """The proposal and every proposal merged into it, however many merges back."""
    found, frontier = [proposal_id], [proposal_id]
    while frontier:
        frontier = ids(db.exec(select(col(Proposal.id)).where(col(Proposal.merged_into).in_(frontier))))
        found += frontier
    return found


def sides(db: Session, proposal_id: int) -> Sides:
    """The published arguments of a proposal, its merged originals' included."""
    query = select(Argument).where(
        col(Argument.proposal_id).in_(lineage(db, proposal_id)), Argument.status == ArgumentStatus.published
    )
    found = list(db.exec(query.order_by(col(Argument.id))))
    pros = [a for a in found if a.side == ArgumentSide.for_]
    return Sides(pros, [a for a in found if a.side == ArgumentSide.against])


def all_sides(db: Session, session_id: int) -> dict[int, Sides]:
    """Sides for every published proposal of the session."""
    query = select(col(Proposal.id)).where(
        Proposal.session_id == session_id, Proposal.status == ProposalStatus.published
    )
    return {pid: sides(db, pid) for pid in ids(db.exec(query.order_by(col(Proposal.id))))}


def one_sided(db: Session, actor: Actor | None, session_id: int) -> list[Proposal]:
    """Published proposals whose arguments so far are all for or all against."""
    owned_session(db, actor, session_id)
    return [existing(db.get(Proposal, pid)) for pid, found in all_sides(db, session_id).items() if found.one_sided]


def count(db: Session, session_id: int) -> int:
    """How many arguments are published in the session."""
    query = (
        select(func.count())
        .select_from(Argument)
        .join(Proposal, col(Argument.proposal_id) == Proposal.id)
        .where(Proposal.session_id == session_id, Argument.status == ArgumentStatus.published)
    )
    return db.exec(query).one()


def queue(db: Session, actor: Actor | None, session_id: int) -> list[Argument]:
    """Arguments waiting for moderation, oldest first."""
    owned_session(db, actor, session_id)
    query = (
        select(Argument)
        .join(Proposal, col(Argument.proposal_id) == Proposal.id)
        .where(Proposal.session_id == session_id, Argument.status == ArgumentStatus.pending)
    )
    return list(db.exec(query.order_by(col(Argument.id))))


def mine(db: Session, *, pupil: Pupil) -> Counter:
    """How many of this pupil's arguments are waiting, published or rejected."""
    query = select(Argument.status).where(Argument.author_id == pupil.participant_id)
    return Counter(str(status) for status in db.exec(query))


def publish(db: Session, actor: Actor | None, argument_id: int) -> Argument:
    """Show an argument under its proposal."""
    return _moderate(db, actor, argument_id, ArgumentStatus.published, "")


def reject(db: Session, actor: Actor | None, argument_id: int, *, reason: str = "") -> Argument:
    """Keep an argument hidden, with an optional reason its author sees."""
    reason = clean_text(reason, limit=300, field="reason", required=False)
    return _moderate(db, actor, argument_id, ArgumentStatus.rejected, reason)


@transactional
def _moderate(db: Session, actor: Actor | None, argument_id: int, status: ArgumentStatus, reason: str) -> Argument:
    argument = db.get(Argument, argument_id)
    if argument is None:
        raise NotFound("argument.not_found")
    moderatable(db, actor, argument.proposal_id)
    argument.status, argument.reject_reason = status, reason
    db.add(argument)
    record(db, actor, f"argument.{status}", f"argument:{argument.id}")
    return argument
