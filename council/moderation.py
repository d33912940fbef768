"""What every moderation action checks first: the proposal exists, is the teacher's, and voting has not begun."""

from __future__ import annotations

from sqlmodel import Session

from council.auth import Actor
from council.errors import NotFound, WrongPhase
from council.models import CouncilSession, Proposal
from council.sessions import MODERATION_PHASES, owned_session


def moderatable(db: Session, actor: Actor | None, proposal_id: int) -> tuple[Proposal, CouncilSession]:
    """A proposal of the teacher's own session that may still be changed (before voting), with its session."""
    proposal = db.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound("proposal.not_found")
    council = owned_session(db, actor, proposal.session_id)
    if council.phase not in MODERATION_PHASES:
        raise WrongPhase("proposal.moderation_closed")
    return proposal, council
