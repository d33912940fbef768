"""Moving a session between phases beyond 'next': what the teacher is asked first, and stepping back."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from council import live, secrecy
from council.auth import Actor, record
from council.db import unit_of_work
from council.errors import WrongPhase
from council.models import CouncilSession, Participant, Phase
from council.permissions import Verdict, may_step_back, require
from council.phase_order import next_phase, previous_phase
from council.sessions import owned_session
from council.stored import existing, id_of


@dataclass(frozen=True)
class Confirmation:
    """The question asked before a phase change that cannot simply be taken back: its key and its numbers."""

    key: str
    values: dict[str, int]


def confirmation(db: Session, council: CouncilSession) -> Confirmation | None:
    """What starting or closing the vote means right now ('3 förslag på röstsedeln', '23 av 26 har röstat')."""
    following = next_phase(council)
    if following not in (Phase.vote, Phase.closed):
        return None
    now = live.counts(db, id_of(council))
    if following == Phase.vote:
        return Confirmation("phase.confirm.vote", {"published": now.published, "pending": now.pending})
    return Confirmation("phase.confirm.closed", {"voted": now.voted, "joined": now.joined})


def step_back(db: Session, actor: Actor | None, session_id: int, *, expected: Phase | None = None) -> Phase:
    """Move the session back one phase, where nothing is lost; `expected` guards against a double click."""
    with unit_of_work(db):
        council = owned_session(db, actor, session_id)
        if expected is not None and council.phase != expected:
            raise WrongPhase("phase.changed_meanwhile")
        # A ballot being cast now must not slip in between the check and the change (PostgreSQL; on SQLite the
        # unit of work's BEGIN IMMEDIATE already keeps every other writer out).
        secrecy.lock_session_votes(db.connection(), session_id)
        require(step_back_verdict(db, actor, council))
        council.phase = existing(previous_phase(council))
        db.add(council)
        record(db, actor, "session.phase_back", f"session:{council.id}:{council.phase}")
    return Phase(council.phase)


def step_back_verdict(db: Session, actor: Actor | None, council: CouncilSession) -> Verdict:
    """Whether this session may step back one phase now (permissions.may_step_back, with its ballots counted).

    During the vote the ballots wait sealed (council/secrecy.py) and the ballot table fills only at the close, so
    the ballots cast so far are counted by the voters' flags."""
    voted = select(func.count()).where(Participant.session_id == council.id, col(Participant.has_voted))
    return may_step_back(actor, council, back_to=previous_phase(council), ballots=db.exec(voted).one())
