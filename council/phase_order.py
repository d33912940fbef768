"""A session's phase order: the phases it goes through, what comes next or before, and whether it may move on."""

from __future__ import annotations

from sqlmodel import Session, func, select

from council.models import CouncilSession, Phase, Proposal, ProposalStatus
from council.permissions import RESULT_PHASES
from council.stored import id_of

PHASE_ORDER = list(Phase)


def phases_of(council: CouncilSession) -> list[Phase]:
    """The phases this session goes through, in order (learn and discuss are optional)."""
    skipped = {Phase.learn} if not council.with_learn else set()
    skipped |= {Phase.discuss} if not council.with_discuss else set()
    skipped |= {Phase.propose} if council.kind == "group" else set()  # a theme group works on the pool's proposals
    return [phase for phase in PHASE_ORDER if phase not in skipped]


def next_phase(council: CouncilSession) -> Phase | None:
    """The phase the teacher's 'next' button leads to; forwarding happens by forwarding a report."""
    order = phases_of(council)
    index = order.index(Phase(council.phase))
    following = order[index + 1] if index + 1 < len(order) else None
    return None if following in (None, Phase.forwarded) else following


def previous_phase(council: CouncilSession) -> Phase | None:
    """The phase a step back leads to; none from the first phase or once the vote is closed."""
    order = phases_of(council)
    index = order.index(Phase(council.phase))
    return order[index - 1] if index > 0 and council.phase not in RESULT_PHASES else None


def can_advance(db: Session, council: CouncilSession) -> tuple[bool, str]:
    """Whether the session may move on now, and the translation key of why not."""
    following = next_phase(council)
    if following is None:
        return False, "phase.no_next"
    if following == Phase.vote and published_count(db, id_of(council)) == 0:
        return False, "phase.need_published"
    return True, ""


def published_count(db: Session, session_id: int) -> int:
    """How many proposals are on the ballot."""
    query = (
        select(func.count())
        .select_from(Proposal)
        .where(Proposal.session_id == session_id, Proposal.status == ProposalStatus.published)
    )
    return db.exec(query).one()
