"""Pupils' arguments for and against published proposals, and the teacher's moderation of them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from council import limits
from council.auth import Actor, record
from council.db import transactional
from council.errors import InvalidInput, NotFound
from council.models import Argument, ArgumentSide, ArgumentStatus, CouncilSession, Proposal, ProposalStatus
from council.moderation import moderatable
from council.paging import SIZE, Page, page_of
from council.permissions import require
from council.pupil_permissions import pupil_may_argue
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


def add(db: Session, *, pupil: Pupil, proposal_id: int, side: str, text: str) -> Argument:
    """A pupil argues for or against a published proposal (discuss phase); it waits for moderation.

    At most limits.ARGUMENTS_PER_PUPIL per pupil, and limits.PER_MINUTE per session and minute."""
    limits.check(db, "argument", pupil)
    return _add(db, pupil=pupil, proposal_id=proposal_id, side=side, text=text)


@transactional
def _add(db: Session, *, pupil: Pupil, proposal_id: int, side: str, text: str) -> Argument:
    council = db.get(CouncilSession, pupil.session_id)
    require(pupil_may_argue(council))
    proposal = db.get(Proposal, proposal_id)
    if proposal is None or proposal.session_id != pupil.session_id or proposal.status != ProposalStatus.published:
        raise NotFound("proposal.not_found")
    if side not in SIDES:
        raise InvalidInput("argument.bad_side")
    limits.count(db, "argument", pupil)
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
    return _split(list(db.exec(query.order_by(col(Argument.id)))))


def all_sides(db: Session, session_id: int) -> dict[int, Sides]:
    """Sides for every published proposal of the session, in two queries however many proposals there are."""
    links = db.exec(select(Proposal.id, Proposal.merged_into, Proposal.status).where(Proposal.session_id == session_id))
    merged_into: dict[int, int | None] = {}
    shown: list[int] = []
    for pid, into, status in links.all():
        merged_into[existing(pid)] = into
        if status == ProposalStatus.published:
            shown.append(existing(pid))
    query = (
        select(Argument)
        .join(Proposal, col(Argument.proposal_id) == Proposal.id)
        .where(Proposal.session_id == session_id, Argument.status == ArgumentStatus.published)
    )
    found: dict[int, list[Argument]] = {pid: [] for pid in shown}
    for argument in db.exec(query.order_by(col(Argument.id))):
        found.get(_end_of_merges(argument.proposal_id, merged_into), []).append(argument)
    return {pid: _split(found[pid]) for pid in sorted(shown)}


def _end_of_merges(proposal_id: int, merged_into: dict[int, int | None]) -> int:
    for _ in range(100):  # merges of merges, never a loop
        if merged_into.get(proposal_id) is None:
            break
        proposal_id = existing(merged_into[proposal_id])
    return proposal_id


def _split(found: list[Argument]) -> Sides:
    return Sides(
        [a for a in found if a.side == ArgumentSide.for_], [a for a in found if a.side == ArgumentSide.against]
    )


def one_sided(db: Session, actor: Actor | None, session_id: int) -> list[Proposal]:
    """Published proposals whose arguments so far are all for or all against."""
    owned_session(db, actor, session_id)
    lopsided = {pid for pid, found in all_sides(db, session_id).items() if found.one_sided}
    return list(db.exec(select(Proposal).where(col(Proposal.id).in_(lopsided)).order_by(col(Proposal.id))))


def count(db: Session, session_id: int) -> int:
    """How many arguments are published in the session."""
    query = (
        select(func.count())
        .select_from(Argument)
        .join(Proposal, col(Argument.proposal_id) == Proposal.id)
        .where(Proposal.session_id == session_id, Argument.status == ArgumentStatus.published)
    )
    return db.exec(query).one()


def queue(db: Session, actor: Actor | None, session_id: int, *, offset: int = 0, size: int = SIZE) -> Page[Argument]:
    """One page of the arguments waiting for moderation, oldest first, and how many wait in all."""
    owned_session(db, actor, session_id)
    query = (
        select(Argument)
        .join(Proposal, col(Argument.proposal_id) == Proposal.id)
        .where(Proposal.session_id == session_id, Argument.status == ArgumentStatus.pending)
    )
    return page_of(db, query.order_by(col(Argument.id)), offset=offset, size=size)


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
