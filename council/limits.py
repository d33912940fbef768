"""How much one pupil may write in a session, and how fast a whole session may take joins, proposals and
arguments: so no pupil (or script with the class code) can slow the room down.

The caps per pupil are far above what a pupil writes in a lesson and far below what a script sends. The rates
per session and minute are sized for an assembly hall of several hundred pupils joining and writing at once;
they stop many scripted pupils, which the caps alone cannot. Rates are counted in the database with the
throttles' table and row lock (council/throttle.py, Rate), so they hold across app instances; caps count the
pupil's own rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, func, select

from council import throttle
from council.errors import LimitReached
from council.models import Argument, CouncilSession, Proposal

if TYPE_CHECKING:
    from council.sessions import Pupil

PROPOSALS_PER_PUPIL = 5
ARGUMENTS_PER_PUPIL = 20
PER_MINUTE = {"join": 600, "proposal": 200, "argument": 400}
"""Actions a session takes per minute, of each kind (joins: at least; see join_rate)."""


@dataclass(frozen=True)
class Allowance:
    """How many of one kind a pupil has written, and may write in all."""

    written: int
    most: int

    @property
    def left(self) -> int:
        return max(0, self.most - self.written)


def rate(kind: str) -> throttle.Rate:
    """The session's rate for joins, proposals or arguments."""
    return throttle.Rate(f"{kind}-session", PER_MINUTE[kind])


def join_rate(expected_size: int | None) -> throttle.Rate:
    """The session's rate for joins: PER_MINUTE["join"], or twice the pupils it expects when more (a school of 600
    in the assembly hall joins within a minute, and a pupil whose page reloaded joins again), as the allowance per
    client grows (throttle.join_policy)."""
    return throttle.Rate("join-session", throttle.room_for(expected_size, PER_MINUTE["join"]))


def allowance(db: Session, kind: str, pupil: Pupil) -> Allowance:
    """How many proposals (kind "proposal") or arguments ("argument") this pupil wrote, of how many allowed."""
    table, most = (Proposal, PROPOSALS_PER_PUPIL) if kind == "proposal" else (Argument, ARGUMENTS_PER_PUPIL)
    query = select(func.count()).select_from(table).where(table.author_id == pupil.participant_id)
    return Allowance(db.exec(query).one(), most)


def check(db: Session, kind: str, pupil: Pupil) -> None:
    """Refuse a proposal or argument past the pupil's cap or the session's rate: a read only, so a flood is refused
    without ever taking the write lock (count() checks again inside the write)."""
    if not (mine := allowance(db, kind, pupil)).left:
        raise LimitReached(f"limit.{kind}_cap", most=mine.most)
    if throttle.used(db, rate(kind), str(pupil.session_id)) >= PER_MINUTE[kind]:
        raise LimitReached(f"limit.{kind}_rate", most=PER_MINUTE[kind])


def count(db: Session, kind: str, pupil: Pupil) -> None:
    """Count one proposal or argument against the session's rate, then check the pupil's cap (inside the write;
    the count comes first: on PostgreSQL it makes the session's writes of this kind wait for each other)."""
    throttle.hit(db, rate(kind), str(pupil.session_id), refusal=f"limit.{kind}_rate")
    if not (mine := allowance(db, kind, pupil)).left:
        raise LimitReached(f"limit.{kind}_cap", most=mine.most)


def count_join(db: Session, council: CouncilSession) -> None:
    """Count one pupil joining the session against its rate (inside the join's write)."""
    throttle.hit(db, join_rate(council.expected_size), str(council.id), refusal="limit.join_rate")
