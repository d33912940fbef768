"""Pupils' proposals and the teacher's moderation of them."""

from __future__ import annotations

from sqlmodel import Session, col, select

from council import duplicates, limits
from council.auth import Actor, record
from council.db import transactional
from council.errors import InvalidInput
from council.models import CouncilSession, Proposal, ProposalStatus
from council.moderation import moderatable
from council.paging import SIZE, Page, page_of
from council.permissions import require
from council.pupil_permissions import pupil_may_propose
from council.sessions import Pupil, owned_session
from council.stored import existing, id_of
from council.text import clean_text
from council.themes import change_labels, checked_choice, themes_of

TITLE_LIMIT = 120
BODY_LIMIT = 1000
REASON_LIMIT = 300


def submit(
    db: Session, *, pupil: Pupil, title: str, body: str, theme: str | None = None, addressee: str = "school"
) -> Proposal:
    """A pupil writes a proposal with a theme (or "vet inte", themes.UNKNOWN) and an addressee; it waits for the
    teacher's moderation.

    At most limits.PROPOSALS_PER_PUPIL per pupil, and limits.PER_MINUTE per session and minute."""
    limits.check(db, "proposal", pupil)
    return _submit(db, pupil=pupil, title=title, body=body, theme=theme, addressee=addressee)


@transactional
def _submit(db: Session, *, pupil: Pupil, title: str, body: str, theme: str | None, addressee: str) -> Proposal:
    council = db.get(CouncilSession, pupil.session_id)
    require(pupil_may_propose(council))
    assert council is not None  # require() refused a missing session
    limits.count(db, "proposal", pupil)
    theme = themes_of(council)[-1] if theme is None else theme  # unchosen: the last theme, "Annat"
    theme, addressee = checked_choice(council, theme=theme, addressee=addressee, unknown_allowed=True)
    proposal = Proposal(
        session_id=pupil.session_id,
        author_id=pupil.participant_id,
        title=clean_text(title, limit=TITLE_LIMIT, field="title"),
        body=clean_text(body, limit=BODY_LIMIT, field="body", multiline=True),
        theme=theme,
        addressee=addressee,
    )
    db.add(proposal)
    db.flush()
    duplicates.note(db, pupil.session_id, [id_of(proposal)])
    return proposal


def mine(db: Session, *, pupil: Pupil) -> list[Proposal]:
    """The proposals this pupil wrote, with their status and any reason."""
    query = select(Proposal).where(Proposal.author_id == pupil.participant_id).order_by(col(Proposal.id))
    return list(db.exec(query))


def published(db: Session, session_id: int) -> list[Proposal]:
    """The proposals on the ballot, in the order they were published."""
    query = select(Proposal).where(Proposal.session_id == session_id, Proposal.status == ProposalStatus.published)
    return list(db.exec(query.order_by(col(Proposal.id))))


def titles(db: Session, session_id: int, ids: set[int]) -> dict[int, str]:
    """The titles of these proposals of one session (e.g. what a page of waiting arguments is about)."""
    query = select(Proposal.id, Proposal.title).where(Proposal.session_id == session_id, col(Proposal.id).in_(ids))
    return {existing(found_id): title for found_id, title in db.exec(query)}


def queue(db: Session, actor: Actor | None, session_id: int, *, offset: int = 0, size: int = SIZE) -> Page[Proposal]:
    """One page of the proposals waiting for moderation, oldest first, and how many wait in all."""
    owned_session(db, actor, session_id)
    query = select(Proposal).where(Proposal.session_id == session_id, Proposal.status == ProposalStatus.pending)
    return page_of(db, query.order_by(col(Proposal.id)), offset=offset, size=size)


def published_page(db: Session, actor: Actor | None, session_id: int, *, offset: int = 0) -> Page[Proposal]:
    """One page of the proposals on the ballot, in the order they were published, for the teacher."""
    owned_session(db, actor, session_id)
    query = select(Proposal).where(Proposal.session_id == session_id, Proposal.status == ProposalStatus.published)
    return page_of(db, query.order_by(col(Proposal.id)), offset=offset)


def all_for(db: Session, actor: Actor | None, session_id: int) -> list[Proposal]:
    """Every proposal of the session, for the teacher."""
    owned_session(db, actor, session_id)
    return list(db.exec(select(Proposal).where(Proposal.session_id == session_id).order_by(col(Proposal.id))))


@transactional
def publish(
    db: Session, actor: Actor | None, proposal_id: int, *, theme: str | None = None, addressee: str | None = None
) -> Proposal:
    """Put a proposal on the ballot (before voting starts), with the theme and addressee the teacher chose, if any."""
    if theme is not None or addressee is not None:
        change_labels(db, actor, proposal_id, theme=theme or "", addressee=addressee or "")
    return _moderate(db, actor, proposal_id, ProposalStatus.published, "")


def reject(db: Session, actor: Actor | None, proposal_id: int, *, reason: str = "") -> Proposal:
    """Keep a proposal off the ballot, with an optional reason its author sees."""
    reason = clean_text(reason, limit=REASON_LIMIT, field="reason", required=False)
    return _moderate(db, actor, proposal_id, ProposalStatus.rejected, reason)


@transactional
def _moderate(db: Session, actor: Actor | None, proposal_id: int, status: ProposalStatus, reason: str) -> Proposal:
    proposal, _ = moderatable(db, actor, proposal_id)
    if proposal.status == ProposalStatus.merged:
        raise InvalidInput("proposal.already_merged")
    was_open = proposal.status in duplicates.OPEN
    proposal.status, proposal.reject_reason = status, reason
    db.add(proposal)
    db.flush()
    if was_open and status not in duplicates.OPEN:
        duplicates.forget(db, proposal.session_id, [id_of(proposal)])
    elif status in duplicates.OPEN and not was_open:  # a rejected proposal published after all
        duplicates.note(db, proposal.session_id, [id_of(proposal)])
    record(db, actor, f"proposal.{status}", f"proposal:{proposal.id}")
    return proposal
