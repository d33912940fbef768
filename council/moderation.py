"""What every moderation action checks first: the proposal exists, is the teacher's, and voting has not begun."""

from __future__ import annotations

from sqlmodel import Session

from council.auth import Actor
from council.errors import NotFound
from council.models import CouncilSession, Proposal
from council.permissions import may_moderate
from council.sessions import owned_session


def moderatable(db: Session, actor: Actor | None, proposal_id: int) -> tuple[Proposal, CouncilSession]:
    """A proposal of the teacher's own session that may still be changed (before voting), with its session."""
    proposal = db.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound("proposal.not_found")
    council = owned_session(db, actor, proposal.session_id, may=may_moderate)
    return proposal, council
