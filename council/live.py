"""What polling screens read: live counts, and the phase through a cache that lives a second or two."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from sqlalchemy import case
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from council.models import CouncilSession, Participant, Phase, Proposal, ProposalStatus


@dataclass(frozen=True)
class Counts:
    joined: int
    proposals: int
    published: int
    pending: int
    voted: int


def counts(db: Session, session_id: int) -> Counts:
    """Live numbers for the control room and projector — never how anyone voted."""
    voted_flag = case((Participant.has_voted, 1), else_=0)
    participants = select(func.count(), func.coalesce(func.sum(voted_flag), 0)).where(
        Participant.session_id == session_id
    )
    joined, voted = db.exec(participants).one()
    by_status = dict(
        db.exec(
            select(Proposal.status, func.count()).where(Proposal.session_id == session_id).group_by(Proposal.status)
        ).all()
    )
    total = sum(v for k, v in by_status.items() if k != ProposalStatus.merged)
    return Counts(
        joined, total, by_status.get(ProposalStatus.published, 0), by_status.get(ProposalStatus.pending, 0), int(voted)
    )


class _PhaseCache:
    """Phase per session for a second or two: hundreds of polling pupils cost one query a second."""

    def __init__(self, ttl: float = 1.5) -> None:
        self.ttl = ttl
        self._entries: dict[int, tuple[float, Phase]] = {}
        self._lock = threading.Lock()

    def get(self, engine: Engine, session_id: int) -> Phase:
        now = time.monotonic()
        with self._lock:
            hit = self._entries.get(session_id)
        if hit and now - hit[0] < self.ttl:
            return hit[1]
        with Session(engine) as db:
            council = db.get(CouncilSession, session_id)
            phase = Phase(council.phase) if council else Phase.draft
        with self._lock:
            self._entries[session_id] = (now, phase)
        return phase

    def forget(self, session_id: int) -> None:
        with self._lock:
            self._entries.pop(session_id, None)


_PHASE_CACHE = _PhaseCache()


def forget_phase(session_id: int) -> None:
    """Drop the cached phase of a session (its teacher just moved it on)."""
    _PHASE_CACHE.forget(session_id)


def current_phase(engine: Engine, session_id: int) -> Phase:
    """The session's phase, read through the short-lived shared cache."""
    return _PHASE_CACHE.get(engine, session_id)
