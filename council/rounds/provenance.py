"""Where a consolidated proposal came from: the pooled originals, their classes and schools, and their combined
support; and the way back, from a class's original to what became of it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import ColumnElement
from sqlmodel import Session, col, select

from council.models import CouncilSession, Proposal, School
from council.round_tables import RoundNomination, RoundSending
from council.stored import existing


@dataclass(frozen=True)
class Origin:
    """One class proposal behind a consolidated one, with its class's figures when it was sent."""

    nomination_id: int
    proposal_id: int
    copy_id: int
    title: str
    session_id: int
    class_label: str
    school_id: int | None
    school: str
    supporters: int
    voters: int


@dataclass(frozen=True)
class Provenance:
    """The originals behind one consolidated proposal and their combined support.

    Combined support: per class, the distinct pupils who supported at least one of that class's originals (kept at
    sending, so nobody counts twice), summed over the classes; out of the summed voters of those distinct classes.
    """

    origins: list[Origin] = field(default_factory=list)
    supporters: int = 0
    voters: int = 0

    @property
    def classes(self) -> int:
        return len({o.session_id for o in self.origins})

    @property
    def schools(self) -> int:
        return len({o.school_id for o in self.origins})

    @property
    def school_names(self) -> list[str]:
        return sorted({o.school for o in self.origins if o.school})

    @property
    def share(self) -> float:
        return self.supporters / self.voters if self.voters else 0.0


def combined(origins: list[Origin], support_sets: dict[int, dict[str, int]]) -> Provenance:
    """Add up the support of originals, each class counted once (see Provenance)."""
    by_class: dict[int, list[Origin]] = {}
    for origin in origins:
        by_class.setdefault(origin.session_id, []).append(origin)
    supporters = voters = 0
    for session_id, found in by_class.items():
        key = ",".join(str(pid) for pid in sorted(o.proposal_id for o in found))
        # Without the ballots (certified results only) the best lower bound is the best-supported original.
        supporters += support_sets.get(session_id, {}).get(key, max(o.supporters for o in found))
        voters += found[0].voters
    return Provenance(sorted(origins, key=lambda o: (o.school, o.class_label, o.title)), supporters, voters)


def destination(merged_into: dict[int, int | None], proposal_id: int) -> int:
    """Where a proposal ended after every merge (itself when never merged)."""
    current = proposal_id
    for _ in range(len(merged_into) + 1):
        following = merged_into.get(current)
        if following is None:
            return current
        current = following
    raise ValueError("merge cycle")


def by_destination(db: Session, session_ids: list[int]) -> dict[int, Provenance]:
    """For the theme groups' sessions: every proposal that originals ended in, with its provenance (few queries)."""
    if not session_ids:
        return {}
    merged_into = merges(db, session_ids)
    origins = _origins(db, col(RoundNomination.copy_id).in_(list(merged_into)))
    grouped: dict[int, list[Origin]] = {}
    for origin in origins:
        grouped.setdefault(destination(merged_into, origin.copy_id), []).append(origin)
    sets = _support_sets(db, {o.session_id for o in origins})
    return {pid: combined(found, sets) for pid, found in grouped.items()}


def merges(db: Session, session_ids: list[int]) -> dict[int, int | None]:
    """Each proposal of these sessions and the proposal it was merged into (None: not merged)."""
    query = select(Proposal.id, Proposal.merged_into).where(col(Proposal.session_id).in_(session_ids))
    return {existing(pid): into for pid, into in db.exec(query).all()}


def of_proposal(db: Session, proposal_id: int) -> Provenance:
    """The provenance of one proposal of a theme group's session."""
    proposal = db.get(Proposal, proposal_id)
    if proposal is None:
        return Provenance()
    return by_destination(db, [proposal.session_id]).get(proposal_id, Provenance())


def _origins(db: Session, which: ColumnElement[bool]) -> list[Origin]:
    query = (
        select(  # type: ignore[call-overload]  # sqlmodel types select() for at most four columns
            RoundNomination, Proposal.title, CouncilSession.class_label, CouncilSession.school_id, School.name
        )
        .where(which)
        .join(Proposal, col(Proposal.id) == RoundNomination.proposal_id)
        .join(CouncilSession, col(CouncilSession.id) == RoundNomination.session_id)
        .join(School, col(School.id) == CouncilSession.school_id, isouter=True)
    )
    return [
        Origin(
            n.id,
            n.proposal_id,
            n.copy_id or 0,
            title,
            n.session_id,
            label,
            school_id,
            school or "",
            n.supporters,
            n.voters,
        )
        for n, title, label, school_id, school in db.exec(query)
    ]


def _support_sets(db: Session, session_ids: set[int]) -> dict[int, dict[str, int]]:
    if not session_ids:
        return {}
    query = select(RoundSending.session_id, RoundSending.support_sets).where(
        col(RoundSending.session_id).in_(list(session_ids))
    )
    return {session_id: dict(sets) for session_id, sets in db.exec(query).all()}
